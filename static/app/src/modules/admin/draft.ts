import type { Settings } from '@contract/settings-schema';

type Kpi = Settings['kpi'];
type Targets = NonNullable<Kpi['targets']>;
type Weights = NonNullable<Kpi['compositeWeights']>;

export type OptionKey = 'reopenWindowDays' | 'repeatWindowHours' | 'lowCsatMaxRating' | 'fcrMaxAgentReplies';
export type FlagKey = 'repeatSameRequestType' | 'fcrExcludeReopened' | 'fcrExcludeRepeat';
export type TargetKey = keyof Targets;
export type DimensionKey = keyof NonNullable<Weights['dimensions']>;
export type IndicatorKey = keyof NonNullable<Weights['indicators']>;

/** The unit a number is entered in, and how many stored units one entered unit is. */
export interface Unit {
  readonly scale: number;
  readonly unit: 'days' | 'hours' | 'minutes' | 'replies' | 'stars' | 'percent' | 'points' | null;
}

export const OPTION_UNITS: Readonly<Record<OptionKey, Unit>> = {
  reopenWindowDays: { scale: 1, unit: 'days' },
  repeatWindowHours: { scale: 1, unit: 'hours' },
  fcrMaxAgentReplies: { scale: 1, unit: 'replies' },
  lowCsatMaxRating: { scale: 1, unit: 'stars' },
};
/** The defaults KPI_DEFINITIONS.md states (shown as placeholders: an empty field keeps the default). */
export const OPTION_DEFAULTS: Readonly<Record<OptionKey | FlagKey, number | boolean>> = {
  reopenWindowDays: 7,
  repeatWindowHours: 48,
  fcrMaxAgentReplies: 1,
  lowCsatMaxRating: 2,
  repeatSameRequestType: false,
  fcrExcludeReopened: true,
  fcrExcludeRepeat: false,
};
export const FLAG_KEYS: readonly FlagKey[] = [
  'repeatSameRequestType',
  'fcrExcludeReopened',
  'fcrExcludeRepeat',
];

const PERCENT: Unit = { scale: 0.01, unit: 'percent' };
export const TARGET_UNITS: Readonly<Record<TargetKey, Unit>> = {
  frtMedianMs: { scale: 60_000, unit: 'minutes' },
  resolutionMedianMs: { scale: 3_600_000, unit: 'hours' },
  fcrRate: PERCENT,
  qaCompliance: PERCENT,
  csatTop2box: PERCENT,
  nps: { scale: 1, unit: 'points' },
  repeatContactRate: PERCENT,
  reopenRate: PERCENT,
  compositeIndex: { scale: 1, unit: 'points' },
};
export const DIMENSION_KEYS: readonly DimensionKey[] = ['efficiency', 'quality', 'experience', 'proactive'];
export const INDICATOR_KEYS: readonly IndicatorKey[] = [
  'frtMedianMs',
  'resolutionMedianMs',
  'fcrRate',
  'qaCompliance',
  'csatTop2box',
  'nps',
  'repeatContactRate',
];

export type Policy = Settings['approvers']['policy']['kind'];

/** The form's state: numbers as the admin typed them, in the units shown. */
export interface Draft {
  readonly options: Readonly<Record<OptionKey, string>>;
  readonly noReplyLimit: boolean;
  readonly flags: Readonly<Record<FlagKey, boolean>>;
  readonly targets: Readonly<Record<TargetKey, string>>;
  readonly dimensionWeights: Readonly<Record<DimensionKey, string>>;
  readonly indicatorWeights: Readonly<Record<IndicatorKey, string>>;
  readonly npsFieldId: string;
  readonly dimensions: readonly string[];
  readonly paretoDimension: string;
  readonly categories: Settings['categories'];
  readonly approvers: {
    readonly users: string;
    readonly group: string;
    readonly projectRole: string;
    readonly policy: Policy;
    readonly n: string;
  };
}

/** A stored number in entered units, without floating-point noise (0.07 → "7"). */
export const show = (value: number | undefined | null, scale = 1): string =>
  value === undefined || value === null ? '' : String(Number((value / scale).toPrecision(12)));

const mapKeys = <K extends string>(keys: readonly K[], f: (k: K) => string): Record<K, string> =>
  Object.fromEntries(keys.map((k) => [k, f(k)])) as Record<K, string>;

/** The form state of saved settings. */
export function toDraft(s: Settings): Draft {
  const k = s.kpi;
  return {
    options: {
      reopenWindowDays: show(k.reopenWindowDays),
      repeatWindowHours: show(k.repeatWindowHours),
      lowCsatMaxRating: show(k.lowCsatMaxRating),
      fcrMaxAgentReplies: show(k.fcrMaxAgentReplies),
    },
    noReplyLimit: k.fcrMaxAgentReplies === null,
    flags: {
      repeatSameRequestType: k.repeatSameRequestType ?? false,
      fcrExcludeReopened: k.fcrExcludeReopened ?? true,
      fcrExcludeRepeat: k.fcrExcludeRepeat ?? false,
    },
    targets: mapKeys(Object.keys(TARGET_UNITS) as TargetKey[], (t) =>
      show(k.targets?.[t], TARGET_UNITS[t].scale),
    ),
    dimensionWeights: mapKeys(DIMENSION_KEYS, (d) => show(k.compositeWeights?.dimensions?.[d])),
    indicatorWeights: mapKeys(INDICATOR_KEYS, (i) => show(k.compositeWeights?.indicators?.[i])),
    npsFieldId: k.npsFieldId ?? '',
    dimensions: k.dimensions ?? [],
    paretoDimension: k.paretoDimension ?? '',
    categories: s.categories,
    approvers: {
      users: s.approvers.users.join('\n'),
      group: s.approvers.group ?? '',
      projectRole: s.approvers.projectRole ?? '',
      policy: s.approvers.policy.kind,
      n: s.approvers.policy.kind === 'nOfM' ? String(s.approvers.policy.n) : '',
    },
  };
}
