import type { QaCriterion, ScorecardContent } from '../../../src/domain/qa/model';

const criterion = (
  id: string,
  scale: QaCriterion['scale'],
  weight: number,
  extra: Partial<QaCriterion> = {},
): QaCriterion => ({
  id,
  name: { en: id, zhCN: id },
  weight,
  scale,
  critical: false,
  allowNa: false,
  ...extra,
});

/** greeting g1 yes/no ×10, accuracy a1 1–5 ×30 critical, empathy e1 1–5 ×20 (N/A allowed), process p1 yes/no ×40. */
export const card = (passMark = 80, failAtMost = 2): ScorecardContent => ({
  passMark,
  failAtMost,
  sections: [
    { id: 'greeting', name: { en: 'Greeting', zhCN: '开场' }, criteria: [criterion('g1', 'yesNo', 10)] },
    {
      id: 'accuracy',
      name: { en: 'Accuracy', zhCN: '解答准确' },
      criteria: [criterion('a1', 'oneToFive', 30, { critical: true })],
    },
    {
      id: 'empathy',
      name: { en: 'Empathy', zhCN: '同理心' },
      criteria: [criterion('e1', 'oneToFive', 20, { allowNa: true })],
    },
    { id: 'process', name: { en: 'Process', zhCN: '流程合规' }, criteria: [criterion('p1', 'yesNo', 40)] },
  ],
});

export const answers = (g1: number | null, a1: number | null, e1: number | null, p1: number | null) => [
  { criterionId: 'g1', value: g1 },
  { criterionId: 'a1', value: a1 },
  { criterionId: 'e1', value: e1 },
  { criterionId: 'p1', value: p1 },
];
