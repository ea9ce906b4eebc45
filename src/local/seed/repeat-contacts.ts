import { KNOBS } from './knobs';
import { MinHeap } from './min-heap';
import type { RepeatContact } from './plan-ticket';
import type { Rng } from './prng';
import type { RequestTypeProfile } from './request-types';

/** A first resolution that may draw the customer back. */
export interface Resolved {
  at: number;
  customerIndex: number;
  typeKey: RequestTypeProfile['key'];
  /** Chance (0..1) that this customer is the one who comes back when a repeat is drawn. */
  propensity: number;
}

/**
 * Per-customer state for repeat contacts: resolutions not yet reached (a heap by instant) and those of the last
 * `KNOBS.repeatWindowMs` (a queue). Tickets arrive in time order, so each resolution is moved and dropped once.
 */
export class RepeatContacts {
  private readonly pending = new MinHeap<Resolved>((r) => r.at);
  private recent: Resolved[] = [];
  private head = 0;

  /** Remembers a ticket's first resolution. */
  add(resolved: Resolved): void {
    this.pending.push(resolved);
  }

  /** Maybe draws a customer resolved in `(created - window, created)` to contact again at `created`. */
  draw(created: number, rng: Rng): RepeatContact | undefined {
    for (let next = this.pending.peek(); next && next.at < created; next = this.pending.peek()) {
      this.recent.push(next);
      this.pending.pop();
    }
    while (
      this.head < this.recent.length &&
      (this.recent[this.head]?.at ?? 0) + KNOBS.repeatWindowMs < created
    ) {
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.recent.length) {
      this.recent = this.recent.slice(this.head);
      this.head = 0;
    }
    if (this.head >= this.recent.length || !rng.chance(KNOBS.repeatChance)) return undefined;
    const candidate = this.recent[rng.int(this.head, this.recent.length)];
    if (!candidate || !rng.chance(candidate.propensity)) return undefined;
    return rng.chance(KNOBS.repeatSameType)
      ? { customerIndex: candidate.customerIndex, typeKey: candidate.typeKey }
      : { customerIndex: candidate.customerIndex };
  }
}
