/** A change to an SLA clock: a cycle starts or stops, or the running cycle pauses or resumes. */
export interface SlaClockEvent {
  at: number;
  kind: 'start' | 'stop' | 'pause' | 'resume';
}

/** One SLA cycle in epoch milliseconds; `breachAt` is when it breached or would breach. */
export interface SlaCycleTimes {
  start: number;
  stop: number | null;
  elapsed: number;
  breachAt: number;
  breached: boolean;
  paused: boolean;
}

/** Completed cycles and the running one, if any, as of `endMs`. */
export interface SlaOutcome {
  goalMs: number;
  completed: SlaCycleTimes[];
  ongoing: SlaCycleTimes | null;
}

/** Runs a 24/7 SLA clock over time-ordered events up to `endMs`. */
export function runSlaClock(goalMs: number, endMs: number, events: readonly SlaClockEvent[]): SlaOutcome {
  const completed: SlaCycleTimes[] = [];
  let cycle: { start: number; elapsed: number; breachAt: number | null } | null = null;
  let paused = false;
  let last = 0;
  const advance = (to: number): void => {
    if (cycle && !paused && to > last) {
      if (cycle.breachAt === null && cycle.elapsed + (to - last) > goalMs)
        cycle.breachAt = last + (goalMs - cycle.elapsed);
      cycle.elapsed += to - last;
    }
    last = Math.max(last, to);
  };
  const close = (at: number | null): SlaCycleTimes | null => {
    if (!cycle) return null;
    const breached = cycle.elapsed > goalMs;
    const projected = (at ?? endMs) + (goalMs - cycle.elapsed);
    return {
      start: cycle.start,
      stop: at,
      elapsed: cycle.elapsed,
      breachAt: cycle.breachAt ?? projected,
      breached,
      paused,
    };
  };
  for (const event of events) {
    if (event.at >= endMs) break;
    advance(event.at);
    if (event.kind === 'pause') paused = true;
    else if (event.kind === 'resume') paused = false;
    else if (event.kind === 'start' && !cycle) cycle = { start: event.at, elapsed: 0, breachAt: null };
    else if (event.kind === 'stop' && cycle) {
      const done = close(event.at);
      if (done) completed.push(done);
      cycle = null;
    }
  }
  advance(endMs);
  return { goalMs, completed, ongoing: close(null) };
}
