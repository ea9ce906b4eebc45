import type { Period } from '../../domain/kpi/period';
import type { KeyValueStore } from '../../store/port';
import type { QaFailedCriterion } from '../problems/list-problems';
import { readDailyTickets } from './qa-aggregates';

/** The category of a review failed on its total alone (no single criterion failed). */
export const BELOW_PASS_MARK: QaFailedCriterion = {
  id: 'below-pass-mark',
  name: { en: 'Below the QA pass mark', zhCN: '质检未达合格线' },
};

/**
 * Tickets whose counting review in the period failed, with the criteria that failed: the QA
 * categories of the problem Pareto (质检不合格 feeds the problem list). Targeted reviews count here:
 * the sample's bias matters to the compliance rate, not to finding problems.
 */
export async function qaProblemFailures(
  store: KeyValueStore,
  projectKey: string,
  period: Period,
): Promise<Map<string, QaFailedCriterion[]>> {
  const failed = (await readDailyTickets(store, projectKey, period)).filter((t) => !t.passed);
  return new Map(
    failed.map((t) => [t.issueKey, t.failedCriteria.length > 0 ? t.failedCriteria : [BELOW_PASS_MARK]]),
  );
}
