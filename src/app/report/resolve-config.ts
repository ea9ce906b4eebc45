import { DEFAULT_COMPOSITE_WEIGHTS, type CompositeWeights } from '../../domain/kpi/composite';
import { HOUR_OF_DAY } from '../../domain/kpi/dimensions';
import { DEFAULT_KPI_OPTIONS, type KpiOptions } from '../../domain/kpi/options';
import { DEFAULT_TARGETS, type Targets } from '../../domain/kpi/targets';
import type { KpiConfig } from '../../contract/kpi-config';

/** The configuration with every default filled in. */
export interface ResolvedKpiConfig {
  readonly options: KpiOptions;
  readonly targets: Targets;
  readonly weights: CompositeWeights;
  readonly npsField: string | null;
  readonly dimensions: readonly string[];
  readonly paretoDimension: string;
}

export const DEFAULT_DIMENSIONS: readonly string[] = ['requestType', 'assignee', HOUR_OF_DAY];

/** Fills defaults under the configured values; the input was validated by kpiConfigSchema. */
export function resolveKpiConfig(config: KpiConfig): ResolvedKpiConfig {
  const options: KpiOptions = {
    reopenWindowDays: config.reopenWindowDays ?? DEFAULT_KPI_OPTIONS.reopenWindowDays,
    repeatWindowHours: config.repeatWindowHours ?? DEFAULT_KPI_OPTIONS.repeatWindowHours,
    repeatSameRequestType: config.repeatSameRequestType ?? DEFAULT_KPI_OPTIONS.repeatSameRequestType,
    fcrMaxAgentReplies:
      config.fcrMaxAgentReplies === undefined
        ? DEFAULT_KPI_OPTIONS.fcrMaxAgentReplies
        : config.fcrMaxAgentReplies,
    fcrExcludeReopened: config.fcrExcludeReopened ?? DEFAULT_KPI_OPTIONS.fcrExcludeReopened,
    fcrExcludeRepeat: config.fcrExcludeRepeat ?? DEFAULT_KPI_OPTIONS.fcrExcludeRepeat,
    lowCsatMaxRating: config.lowCsatMaxRating ?? DEFAULT_KPI_OPTIONS.lowCsatMaxRating,
  };
  const paretoDimension = config.paretoDimension ?? 'requestType';
  const dimensions = config.dimensions ?? DEFAULT_DIMENSIONS;
  return {
    options,
    targets: { ...DEFAULT_TARGETS, ...config.targets },
    weights: {
      dimensions: { ...DEFAULT_COMPOSITE_WEIGHTS.dimensions, ...config.compositeWeights?.dimensions },
      indicators: { ...DEFAULT_COMPOSITE_WEIGHTS.indicators, ...config.compositeWeights?.indicators },
    },
    npsField: config.npsFieldId ?? null,
    dimensions,
    paretoDimension,
  };
}
