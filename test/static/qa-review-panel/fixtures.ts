import type { QaReview, ScorecardVersion } from '@contract/qa-schema';
import { criterion } from '../../support/scorecard-builder';

/** A small published version: a yes/no, a critical 1–5 and a yes/no that allows N/A. */
export const VERSION: ScorecardVersion = {
  schemaVersion: 1,
  scorecardId: 'standard',
  version: 3,
  publishedAt: '2026-11-01T00:00:00.000Z',
  publishedBy: 'admin-1',
  name: { en: 'Standard', zhCN: '标准评分表' },
  passMark: 80,
  failAtMost: 2,
  sections: [
    {
      id: 'greeting',
      name: { en: 'Greeting', zhCN: '开场问候' },
      criteria: [criterion('greet', ['Greets by name', '称呼客户'], 10, 'yesNo')],
    },
    {
      id: 'accuracy',
      name: { en: 'Accuracy', zhCN: '解答准确性' },
      criteria: [
        criterion('correct', ['Correct answer', '解答正确'], 30, 'oneToFive', {
          guidance: { en: '5: complete with next steps', zhCN: '5:完整并说明后续' },
          critical: true,
        }),
        criterion('empathy', ['Acknowledges frustration', '安抚情绪'], 10, 'yesNo', { allowNa: true }),
      ],
    },
  ],
};

/** A failed review of SUP-12 by reviewer r-1 of agent a-1, as the server returns it. */
export const REVIEW: QaReview = {
  id: 'SUP-12-r1',
  issueKey: 'SUP-12',
  projectKey: 'SUP',
  scorecardId: 'standard',
  scorecardVersion: 3,
  reviewer: 'r-1',
  agent: 'a-1',
  reviewedAt: '2026-11-20T08:00:00.000Z',
  sampleKind: 'random',
  sampleId: 'SUP-2026-11-19',
  answers: [
    { criterionId: 'greet', value: 1, note: '' },
    { criterionId: 'correct', value: 1, note: 'wrong tariff' },
    { criterionId: 'empathy', value: null, note: '' },
  ],
  comment: '',
  result: {
    score: 25,
    passMark: 80,
    passed: false,
    criticalFailed: ['correct'],
    failedCriteria: [{ id: 'correct', name: { en: 'Correct answer', zhCN: '解答正确' } }],
  },
  response: { state: 'pending', comment: '', at: null, jiraCommentId: null },
};

/** The panel's data for SUP-12 as `qa/review/get` answers it. */
export const panelData = (over: Partial<Record<string, unknown>> = {}) => ({
  issueKey: 'SUP-12',
  summary: 'Refund not received',
  agent: { accountId: 'a-1', displayName: 'Liu Yang' },
  conversation: [
    {
      id: '1',
      author: 'c-1',
      authorName: 'Customer',
      created: '2026-11-18T01:00:00.000Z',
      public: true,
      text: 'Where is my refund?',
    },
    {
      id: '2',
      author: 'a-1',
      authorName: 'Liu Yang',
      created: '2026-11-18T02:00:00.000Z',
      public: false,
      text: 'Ask finance',
    },
  ],
  scorecard: VERSION,
  reviewVersions: [],
  reviews: [],
  sample: null,
  canReview: true,
  isAgent: false,
  // r-1 reviewed REVIEW; a-1 is the agent. No name for r-2: shown by id.
  people: { 'a-1': 'Liu Yang', 'r-1': '高燕 Gao Yan', 'c-1': 'Customer' },
  ...over,
});
