import { arrivalTimes } from './arrivals';
import type { JiraIssue } from './jira-types';
import { KNOBS } from './knobs';
import { createRng, deriveSeed } from './prng';
import type { IdCounters } from './render-comments';
import { renderIssue } from './render-issue';
import { RepeatContacts } from './repeat-contacts';
import { createSeedContext } from './seed-context';
import type { SeedOptions } from './seed-options';
import { simulateTicket } from './simulate-ticket';
import { SiteUsers } from './site-users';

const ARRIVAL_STREAM = 0xa771;
const TICKET_STREAM = 0x71c7;
const PRONE_TO_REPEAT = new Set(['logistics', 'refund', 'complaint']);

/** Streams the issues of the options one at a time, in creation order; memory stays bounded by open state. */
export function* generateIssues(options: SeedOptions): Generator<JiraIssue, void, undefined> {
  const context = createSeedContext(options);
  const { startMs, endMs, tickets, utcOffsetMinutes } = context.options;
  const users = new SiteUsers(context.options.baseUrl);
  const repeats = new RepeatContacts();
  const ids: IdCounters = { comment: 10_000, history: 20_000 };
  const customerPool = Math.max(KNOBS.minCustomers, Math.round(tickets * KNOBS.customersPerTicket));
  const arrivalRng = createRng(deriveSeed(context.seedHash, ARRIVAL_STREAM));
  let index = 0;
  for (const created of arrivalTimes(startMs, endMs, tickets, utcOffsetMinutes, arrivalRng)) {
    const rng = createRng(deriveSeed(context.seedHash, TICKET_STREAM, index));
    const repeat = repeats.draw(created, rng);
    const ticket = simulateTicket(
      rng,
      { index, created, customerPool, offsetMinutes: utcOffsetMinutes, repeat },
      endMs,
    );
    const { plan, firstResolvedAt, reopened } = ticket.snapshot;
    if (firstResolvedAt !== null) {
      const slow = ticket.slas.firstResponse.completed.some((c) => c.breached);
      repeats.add({
        at: firstResolvedAt,
        customerIndex: plan.customerIndex,
        typeKey: plan.type.key,
        propensity: Math.min(
          1,
          (PRONE_TO_REPEAT.has(plan.type.key) ? 0.6 : 0.35) + (slow || reopened ? 0.3 : 0),
        ),
      });
    }
    yield renderIssue(context, users, ticket, ids);
    index++;
  }
}
