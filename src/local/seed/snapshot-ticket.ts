import type { ResolutionKey, StatusKey } from './site-catalogue';
import type { Step, TicketPlan } from './ticket-plan';

/** A ticket as Jira shows it at the end of the period: only what happened before then. */
export interface TicketSnapshot {
  plan: TicketPlan;
  steps: Step[];
  status: StatusKey;
  statusChangedAt: number;
  resolution: ResolutionKey | null;
  resolvedAt: number | null;
  firstResolvedAt: number | null;
  reopened: boolean;
  assignee: number | null;
}

/** Cuts a plan at `endMs` (exclusive) and replays the steps into the current field values. */
export function snapshotTicket(plan: TicketPlan, endMs: number): TicketSnapshot {
  const steps = plan.steps.filter((step) => step.at < endMs).sort((a, b) => a.at - b.at);
  const snapshot: TicketSnapshot = {
    plan,
    steps,
    status: 'waitingSupport',
    statusChangedAt: plan.created,
    resolution: null,
    resolvedAt: null,
    firstResolvedAt: null,
    reopened: false,
    assignee: null,
  };
  for (const step of steps) {
    if (step.status !== undefined && step.status !== snapshot.status) {
      snapshot.status = step.status;
      snapshot.statusChangedAt = step.at;
    }
    if (step.assignee !== undefined) snapshot.assignee = step.assignee;
    if (step.resolution === null && snapshot.resolution !== null) snapshot.reopened = true;
    if (step.resolution !== undefined) {
      snapshot.resolution = step.resolution;
      snapshot.resolvedAt = step.resolution === null ? null : step.at;
      if (step.resolution !== null) snapshot.firstResolvedAt ??= step.at;
    }
  }
  return snapshot;
}
