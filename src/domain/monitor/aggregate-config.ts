import { HOUR_OF_DAY } from '../kpi/dimensions';
import type { KpiOptions } from '../kpi/options';

/** The breakdowns the project page offers whatever the admin configured (BreakdownSection). */
const ALWAYS_OFFERED = ['requestType', 'assignee', HOUR_OF_DAY] as const;

/**
 * The dimensions aggregates are kept for: the configured ones, the Pareto dimension and the
 * breakdowns the screens offer. Ticket readers must read these field dimensions (all but hour of day).
 */
export function monitoredDimensions(config: {
  readonly dimensions: readonly string[];
  readonly paretoDimension: string;
}): string[] {
  return [...new Set([...config.dimensions, config.paretoDimension, ...ALWAYS_OFFERED])].sort();
}

/** What the stored aggregates depend on: when any of it changes, they must be rebuilt. */
export interface AggregateBasis {
  readonly options: KpiOptions;
  readonly dimensions: readonly string[];
  readonly npsField: string | null;
}

/** A short, stable fingerprint of the basis (FNV-1a over its canonical JSON). */
export function basisHash(basis: AggregateBasis): string {
  const o = basis.options;
  const canonical = JSON.stringify([
    o.reopenWindowDays,
    o.repeatWindowHours,
    o.repeatSameRequestType,
    o.fcrMaxAgentReplies,
    o.fcrExcludeReopened,
    o.fcrExcludeRepeat,
    [...basis.dimensions].sort(),
    basis.npsField,
  ]);
  let h = 0x811c9dc5;
  for (let i = 0; i < canonical.length; i++) {
    h ^= canonical.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `v1-${h.toString(16).padStart(8, '0')}`;
}
