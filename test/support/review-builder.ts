import type { Review } from '../../src/contract/review-schema';

type StageCounts = Review['improvements']['byStage'];

/** Improvements per stage: the counts given, zero for every other stage. */
export const stageCounts = (given: Partial<StageCounts>): StageCounts => ({
  identified: 0,
  analysing: 0,
  planning: 0,
  awaitingApproval: 0,
  approved: 0,
  implementing: 0,
  checking: 0,
  closed: 0,
  ...given,
});

/** First contact resolution at 75% against an 80% target (gap −5 points), up 5 points from 70%. */
export const FCR_BELOW_TARGET: Review['kpis'][number] = {
  kpi: 'fcrRate',
  unit: 'fraction',
  direction: 'higher',
  actual: 0.75,
  target: 0.8,
  gap: -0.05,
  meetsTarget: false,
  previous: 0.7,
  change: 0.05,
};
