import type { CompositeScore } from './composite';
import type { KpiFigures } from './figures';
import type { Targets } from './targets';

export type Direction = 'higher' | 'lower';
export type KpiUnit = 'ms' | 'fraction' | 'points' | 'rating';

/** One headline KPI: actual, target, gap and change against the previous period. */
export interface ScorecardRow {
  readonly kpi: string;
  readonly unit: KpiUnit;
  readonly direction: Direction;
  readonly actual: number | null;
  readonly target: number | null;
  /** actual − target in the KPI's unit (fractions for rates: ×100 gives percentage points). */
  readonly gap: number | null;
  readonly meetsTarget: boolean | null;
  readonly previous: number | null;
  readonly change: number | null;
}

interface Measured {
  readonly figures: KpiFigures;
  readonly composite: CompositeScore;
  /** Present when the report had QA reviews to read (null: none in the period). */
  readonly qaCompliance?: number | null;
}

interface HeadlineKpi {
  readonly kpi: string;
  readonly unit: KpiUnit;
  readonly direction: Direction;
  readonly targetKey?: keyof Targets;
  readonly read: (m: Measured) => number | null;
}

const HEADLINES: readonly HeadlineKpi[] = [
  {
    kpi: 'frtMedianMs',
    unit: 'ms',
    direction: 'lower',
    targetKey: 'frtMedianMs',
    read: (m) => m.figures.frt.median,
  },
  {
    kpi: 'resolutionMedianMs',
    unit: 'ms',
    direction: 'lower',
    targetKey: 'resolutionMedianMs',
    read: (m) => m.figures.resolutionTime.median,
  },
  {
    kpi: 'fcrRate',
    unit: 'fraction',
    direction: 'higher',
    targetKey: 'fcrRate',
    read: (m) => m.figures.fcrRate,
  },
  {
    kpi: 'qaCompliance',
    unit: 'fraction',
    direction: 'higher',
    targetKey: 'qaCompliance',
    read: (m) => m.qaCompliance ?? null,
  },
  {
    kpi: 'reopenRate',
    unit: 'fraction',
    direction: 'lower',
    targetKey: 'reopenRate',
    read: (m) => m.figures.reopenRate,
  },
  {
    kpi: 'repeatContactRate',
    unit: 'fraction',
    direction: 'lower',
    targetKey: 'repeatContactRate',
    read: (m) => m.figures.repeatContactRate,
  },
  { kpi: 'csatAvg', unit: 'rating', direction: 'higher', read: (m) => m.figures.csat.avg },
  {
    kpi: 'csatTop2box',
    unit: 'fraction',
    direction: 'higher',
    targetKey: 'csatTop2box',
    read: (m) => m.figures.csat.top2box,
  },
  {
    kpi: 'nps',
    unit: 'points',
    direction: 'higher',
    targetKey: 'nps',
    read: (m) => m.figures.nps?.score ?? null,
  },
  {
    kpi: 'compositeIndex',
    unit: 'points',
    direction: 'higher',
    targetKey: 'compositeIndex',
    read: (m) => m.composite.score,
  },
];

/** Headline KPIs, then SLA compliance per SLA name, each against its target and the previous period. */
export function scorecard(current: Measured, previous: Measured, targets: Targets): ScorecardRow[] {
  // The QA row only where QA reviews were read: a report without them says nothing about QA.
  const headlines = HEADLINES.filter((h) => h.kpi !== 'qaCompliance' || current.qaCompliance !== undefined);
  const rows = headlines.map((h) =>
    row(
      h.kpi,
      h.unit,
      h.direction,
      h.read(current),
      h.read(previous),
      h.targetKey ? targets[h.targetKey] : undefined,
    ),
  );
  for (const [name, sla] of Object.entries(current.figures.sla)) {
    const before = previous.figures.sla[name]?.compliance ?? null;
    rows.push(row(`sla:${name}`, 'fraction', 'higher', sla.compliance, before, undefined));
  }
  return rows;
}

function row(
  kpi: string,
  unit: KpiUnit,
  direction: Direction,
  actual: number | null,
  previous: number | null,
  target: number | undefined,
): ScorecardRow {
  const hasTarget = target !== undefined;
  return {
    kpi,
    unit,
    direction,
    actual,
    target: hasTarget ? target : null,
    gap: actual !== null && hasTarget ? actual - target : null,
    meetsTarget:
      actual !== null && hasTarget ? (direction === 'higher' ? actual >= target : actual <= target) : null,
    previous,
    change: actual !== null && previous !== null ? actual - previous : null,
  };
}
