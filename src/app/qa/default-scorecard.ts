import type { ScorecardDefinition } from '../../contract/qa-schema';

const yesNo = 'yesNo' as const;
const rating = 'oneToFive' as const;
const noGuidance = { en: '', zhCN: '' };

/**
 * The standard call-centre QA scorecard (质检评分表) the seed assessment describes: greeting,
 * understanding the problem, accuracy of the answer, empathy, process compliance and closing, with
 * the answer's accuracy and the process checks critical. Weights add up to 100; pass mark 80.
 */
export const DEFAULT_SCORECARD: ScorecardDefinition = {
  name: { en: 'Standard service scorecard', zhCN: '标准服务质检评分表' },
  passMark: 80,
  failAtMost: 2,
  sections: [
    {
      id: 'greeting',
      name: { en: 'Greeting', zhCN: '开场问候' },
      criteria: [
        {
          id: 'greet-and-identify',
          name: { en: 'Greets the customer and gives their name', zhCN: '问候客户并自报姓名/工号' },
          guidance: noGuidance,
          weight: 5,
          scale: yesNo,
          critical: false,
          allowNa: false,
        },
      ],
    },
    {
      id: 'understanding',
      name: { en: 'Understanding the problem', zhCN: '问题理解' },
      criteria: [
        {
          id: 'confirm-need',
          name: { en: "Confirms the customer's need before answering", zhCN: '解答前准确确认客户诉求' },
          guidance: noGuidance,
          weight: 10,
          scale: rating,
          critical: false,
          allowNa: false,
        },
      ],
    },
    {
      id: 'accuracy',
      name: { en: 'Accuracy of the answer', zhCN: '解答准确性' },
      criteria: [
        {
          id: 'correct-answer',
          name: { en: 'The answer is correct and complete', zhCN: '解答正确、完整' },
          guidance: {
            en: '1–2: wrong or misleading; 3: correct but incomplete; 5: correct, complete, with next steps',
            zhCN: '1–2：错误或误导；3：正确但不完整；5：正确完整并说明后续步骤',
          },
          weight: 25,
          scale: rating,
          critical: true,
          allowNa: false,
        },
      ],
    },
    {
      id: 'empathy',
      name: { en: 'Empathy', zhCN: '服务态度与同理心' },
      criteria: [
        {
          id: 'empathy-tone',
          name: { en: 'Shows empathy in a courteous tone', zhCN: '语气亲和、表达同理心' },
          guidance: noGuidance,
          weight: 15,
          scale: rating,
          critical: false,
          allowNa: true,
        },
      ],
    },
    {
      id: 'process',
      name: { en: 'Process compliance', zhCN: '流程合规' },
      criteria: [
        {
          id: 'follow-process',
          name: {
            en: 'Follows the process (identity check, ticket notes)',
            zhCN: '按流程操作（身份核验、工单记录）',
          },
          guidance: noGuidance,
          weight: 15,
          scale: yesNo,
          critical: true,
          allowNa: false,
        },
        {
          id: 'standard-script',
          name: { en: 'Uses the standard script, no forbidden phrases', zhCN: '使用规范话术，无服务禁语' },
          guidance: noGuidance,
          weight: 15,
          scale: yesNo,
          critical: false,
          allowNa: false,
        },
      ],
    },
    {
      id: 'closing',
      name: { en: 'Closing', zhCN: '结束语' },
      criteria: [
        {
          id: 'confirm-and-close',
          name: { en: 'Confirms the problem is solved and closes politely', zhCN: '确认问题解决并礼貌结束' },
          guidance: noGuidance,
          weight: 15,
          scale: yesNo,
          critical: false,
          allowNa: false,
        },
      ],
    },
  ],
};
