import type { QaCriterion, QaScale } from '../../src/contract/qa-schema';

/**
 * A scorecard criterion as the contract holds it, named in both languages: no guidance, not critical
 * and no N/A unless `more` says otherwise (the schema's own defaults).
 */
export const criterion = (
  id: string,
  name: readonly [en: string, zhCN: string],
  weight: number,
  scale: QaScale,
  more: Partial<Pick<QaCriterion, 'guidance' | 'critical' | 'allowNa'>> = {},
): QaCriterion => ({
  id,
  name: { en: name[0], zhCN: name[1] },
  guidance: { en: '', zhCN: '' },
  weight,
  scale,
  critical: false,
  allowNa: false,
  ...more,
});
