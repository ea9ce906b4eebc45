import { alertCommentDocument, alertStatement, formatKpiValue } from '../../../src/domain/alerts/alert-text';
import { evaluateRule } from '../../../src/domain/alerts/evaluate-rule';

const rule = {
  id: 'nps-drop',
  name: 'NPS drop',
  kpi: 'nps',
  projectKey: 'SUP',
  dimension: null,
  condition: { kind: 'baseline' as const, direction: 'below' as const, percent: 30, baselineDays: 2 },
  periodsInRow: 2,
  severity: 'redCard' as const,
};

describe('the words of an alert', () => {
  it('states the condition and the evidence: days, reference, threshold, baseline', () => {
    const evaluation = evaluateRule(
      rule,
      [
        { day: '2026-10-27', value: 40 },
        { day: '2026-10-28', value: 50 },
        { day: '2026-10-29', value: 20 },
        { day: '2026-10-30', value: 31.5 },
      ],
      40,
    );
    // Baseline (40 + 50) / 2 = 45; 30% below is 31.5, which 31.5 reaches.
    expect(alertStatement(rule, evaluation).split('\n')).toEqual([
      'nps in SUP below the baseline (mean of the 2 days before) by 30% for 2 days in a row',
      'Alert rule "NPS drop" (nps-drop), red card (红牌) fired with this evidence:',
      '- days: 2026-10-29: 20, 2026-10-30: 31.5',
      '- reference: 45; threshold: 31.5',
      '- baseline 2026-10-27 to 2026-10-28: 2026-10-27: 40, 2026-10-28: 50',
    ]);
  });

  it('names a dimension scope', () => {
    const scoped = { ...rule, dimension: { name: 'requestType', value: '物流咨询' } };
    const evaluation = evaluateRule(scoped, [], null);
    expect(alertStatement(scoped, evaluation).split('\n')[0]).toBe(
      'nps in SUP (requestType = 物流咨询) below the baseline (mean of the 2 days before) by 30% for 2 days in a row',
    );
  });

  it('formats rates in percent and durations in minutes', () => {
    expect(formatKpiValue('fcrRate', 0.755)).toBe('75.5%');
    expect(formatKpiValue('frtMedianMs', 90_000)).toBe('1.5 min');
    expect(formatKpiValue('nps', null)).toBe('no data');
  });

  it('mentions the lead first on a red card, then the other users once each', () => {
    const doc = alertCommentDocument('line one\nline two', ['lead', 'u1', 'u2'], 'lead') as {
      content: { content: { type: string; attrs?: { id: string }; text?: string }[] }[];
    };
    const mentions = doc.content.flatMap((p) =>
      p.content.filter((n) => n.type === 'mention').map((n) => n.attrs?.id),
    );
    expect(mentions).toEqual(['lead', 'u1', 'u2']);
    expect(doc.content.map((p) => p.content.map((n) => n.text ?? `@${n.attrs?.id ?? ''}`).join(''))).toEqual([
      'Red card (红牌): @lead please lead the root-cause analysis.',
      'Quality alert for @u1 @u2',
      'line one',
      'line two',
    ]);
  });
});
