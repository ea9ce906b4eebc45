/** The KPIs the composite index scores, keyed as targets are configured. */
export type IndicatorKey =
  | 'frtMedianMs'
  | 'resolutionMedianMs'
  | 'fcrRate'
  | 'qaCompliance'
  | 'csatTop2box'
  | 'nps'
  | 'repeatContactRate';

/** Targets by KPI key (milliseconds, fractions, or NPS points); a KPI without one has no gap. */
export type Targets = Readonly<Partial<Record<IndicatorKey | 'reopenRate' | 'compositeIndex', number>>>;

/** Default targets from KPI_DEFINITIONS.md; resolution time and repeat contact are the admin's to set. */
export const DEFAULT_TARGETS: Targets = {
  frtMedianMs: 15_000,
  fcrRate: 0.8,
  qaCompliance: 0.95,
  csatTop2box: 0.85,
  nps: 40,
};
