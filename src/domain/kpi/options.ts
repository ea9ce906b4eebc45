/** The parameters of the KPI definitions (KPI_DEFINITIONS.md), by their documented names. */
export interface KpiOptions {
  readonly reopenWindowDays: number;
  readonly repeatWindowHours: number;
  readonly repeatSameRequestType: boolean;
  /** null = no limit on agent public replies. */
  readonly fcrMaxAgentReplies: number | null;
  readonly fcrExcludeReopened: boolean;
  readonly fcrExcludeRepeat: boolean;
  /** A resolved ticket rated at or below this counts as a low-CSAT problem. */
  readonly lowCsatMaxRating: number;
}

/** The defaults KPI_DEFINITIONS.md states. */
export const DEFAULT_KPI_OPTIONS: KpiOptions = {
  reopenWindowDays: 7,
  repeatWindowHours: 48,
  repeatSameRequestType: false,
  fcrMaxAgentReplies: 1,
  fcrExcludeReopened: true,
  fcrExcludeRepeat: false,
  lowCsatMaxRating: 2,
};

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
