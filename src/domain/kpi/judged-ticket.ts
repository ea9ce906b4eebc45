import type { TicketFacts } from '../ticket';
import type { KpiOptions } from './options';
import { isReopened } from './reopen';
import type { RepeatContactIndex } from './repeat-contact';

/** A ticket with the period-independent judgements of the definitions made once. */
export interface JudgedTicket {
  readonly facts: TicketFacts;
  readonly reopened: boolean;
  readonly repeatContact: boolean;
  readonly fcr: boolean;
}

/** Judges reopen, repeat contact and FCR for a ticket under the options. */
export function judgeTicket(
  facts: TicketFacts,
  options: KpiOptions,
  repeats: RepeatContactIndex,
): JudgedTicket {
  const reopened = isReopened(facts, options.reopenWindowDays);
  const repeatContact = repeats.hasRepeatContact(
    facts,
    options.repeatWindowHours,
    options.repeatSameRequestType,
  );
  const withinReplies =
    options.fcrMaxAgentReplies === null || facts.agentPublicReplies <= options.fcrMaxAgentReplies;
  const fcr =
    facts.firstResolvedAt !== null &&
    withinReplies &&
    !(options.fcrExcludeReopened && reopened) &&
    !(options.fcrExcludeRepeat && repeatContact);
  return { facts, reopened, repeatContact, fcr };
}
