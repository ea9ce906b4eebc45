import type { Channel } from './channels';
import type { RequestTypeProfile } from './request-types';
import type { Team } from './roster';
import type { ComponentKey, PriorityKey, ResolutionKey, StatusKey } from './site-catalogue';

/** Who did something: an agent (index into AGENTS), the reporting customer, or the automation app. */
export type Actor = { kind: 'agent'; agent: number } | { kind: 'customer' } | { kind: 'automation' };

/** One moment of a ticket's life: a comment and/or field changes by one actor. */
export interface Step {
  at: number;
  actor: Actor;
  comment?: { public: boolean; text: string };
  status?: StatusKey;
  /** A resolution key sets it, null clears it, undefined leaves it alone. */
  resolution?: ResolutionKey | null;
  assignee?: number;
}

/** Survey answers the customer would give, drawn up front so truncation does not shift the random stream. */
export interface SurveyDraw {
  answersCsat: boolean;
  answersNps: boolean;
  delayMs: number;
  csatNoise: number;
  npsNoise: number;
}

/** The whole planned life of a ticket, possibly running past the end of the period. */
export interface TicketPlan {
  index: number;
  created: number;
  type: RequestTypeProfile;
  channel: Channel;
  team: Team;
  priority: PriorityKey;
  customerIndex: number;
  summary: string;
  labels: string[];
  components: ComponentKey[];
  imported: boolean;
  steps: Step[];
  survey: SurveyDraw;
}
