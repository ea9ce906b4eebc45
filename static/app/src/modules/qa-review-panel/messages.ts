import { useMessages } from '../../shared/i18n';

/** Words of the QA (质检) review panel, also used by the queue and the scorecard editor. */
const en = {
  panelTitle: 'QA review',
  agent: 'Agent',
  unassigned: 'Unassigned',
  conversation: 'Conversation',
  noConversation: 'No comments on this ticket.',
  publicReply: 'Public reply',
  internalNote: 'Internal note',
  scorecard: 'Scorecard',
  versionN: 'version {n}',
  yes: 'Yes',
  no: 'No',
  na: 'N/A',
  note: 'Note',
  critical: 'Critical',
  weightN: 'weight {n}',
  overallComment: 'Overall comment',
  submitReview: 'Submit review',
  answeredN: '{n} of {total} criteria answered',
  previewTitle: 'Score so far',
  previewNone: 'No score yet: answer a criterion.',
  previewPassing: 'Passing so far',
  previewFailing: 'Failing so far',
  previewNote: 'The server scores the submitted review the same way; its result is the one stored.',
  unanswered: 'Answer every criterion first. Not answered: {names}.',
  reviewSaved: 'Review saved: the result below is the server’s, computed on version {n}.',
  reviews: 'Reviews of this ticket',
  noReviews: 'Not reviewed yet.',
  score: 'Score',
  passMarkN: 'pass mark {n}',
  passed: 'Passed',
  failed: 'Failed',
  failedCriteria: 'Failed criteria',
  criticalFailed: 'Critical criteria failed (the review fails whatever the score)',
  reviewer: 'Reviewer',
  reviewedAt: 'Reviewed',
  scoredOnVersion: 'Scored on version {n}; published versions never change.',
  sampleKinds: { random: 'Random sample', targeted: 'Targeted sample', adHoc: 'Not sampled (ad hoc)' },
  reasons: { lowCsat: 'low CSAT', reopened: 'reopened', slaBreached: 'SLA breached' },
  responseStates: {
    pending: 'Awaiting the agent’s response',
    acknowledged: 'Acknowledged by the agent',
    disputed: 'Disputed by the agent',
  },
  agentResponse: 'Your response',
  responseComment: 'Comment (required to dispute)',
  acknowledge: 'Acknowledge',
  dispute: 'Dispute',
  disputeNeedsComment: 'A dispute needs a comment saying what you disagree with.',
  noScorecard:
    'No scorecard is published yet: a Jira admin publishes one in Apps › Quality Loop › QA scorecards.',
  notReviewer:
    'Only reviewers (project administrators and the reviewer group) score tickets; you see the reviews of your own work.',
  alreadyReviewedByYou: 'You have reviewed this ticket; each reviewer scores a ticket once.',
  ownTicket: 'This is your own ticket: someone else reviews it.',
  noScore: 'no score (every criterion N/A)',
  draft: 'Draft',
};
export type QaMessages = typeof en;

const zhCN: QaMessages = {
  panelTitle: '质检评分',
  agent: '客服',
  unassigned: '未分配',
  conversation: '会话记录',
  noConversation: '此工单没有评论。',
  publicReply: '公开回复',
  internalNote: '内部备注',
  scorecard: '评分表',
  versionN: '第 {n} 版',
  yes: '是',
  no: '否',
  na: '不适用',
  note: '备注',
  critical: '关键项',
  weightN: '权重 {n}',
  overallComment: '总体评语',
  submitReview: '提交评分',
  answeredN: '已评 {n}/{total} 项',
  previewTitle: '当前得分',
  previewNone: '尚无得分:请先为任一项评分。',
  previewPassing: '目前合格',
  previewFailing: '目前不合格',
  previewNote: '提交后由服务端以同样方法评分,保存的以服务端结果为准。',
  unanswered: '请先为每一项评分。未评：{names}。',
  reviewSaved: '评分已保存:以下结果由服务端按第 {n} 版评分表计算。',
  reviews: '此工单的质检记录',
  noReviews: '尚未质检。',
  score: '得分',
  passMarkN: '合格线 {n}',
  passed: '合格',
  failed: '不合格',
  failedCriteria: '不合格项',
  criticalFailed: '关键项不合格(无论总分多少,本次质检均不合格)',
  reviewer: '质检员',
  reviewedAt: '质检时间',
  scoredOnVersion: '按第 {n} 版评分表评分;已发布的版本不会改变。',
  sampleKinds: { random: '随机抽检', targeted: '定向抽检', adHoc: '非抽检(临时质检)' },
  reasons: { lowCsat: '满意度低', reopened: '重开', slaBreached: 'SLA 超时' },
  responseStates: { pending: '等待客服回应', acknowledged: '客服已确认', disputed: '客服已申诉' },
  agentResponse: '您的回应',
  responseComment: '说明(申诉时必填)',
  acknowledge: '确认',
  dispute: '申诉',
  disputeNeedsComment: '申诉需填写说明,写明您不同意的地方。',
  noScorecard: '尚未发布评分表:请 Jira 管理员在 应用 › Quality Loop › 质检评分表 中发布。',
  notReviewer: '只有质检员(项目管理员及质检组成员)可以评分;您可以查看针对您本人工作的质检记录。',
  alreadyReviewedByYou: '您已质检过此工单;每位质检员对同一工单只评分一次。',
  ownTicket: '这是您本人处理的工单,需由他人质检。',
  noScore: '无得分(所有项均不适用)',
  draft: '草稿',
};

const QA = { en, 'zh-CN': zhCN } as const;

/** Fills `{name}` placeholders. */
export const fill = (text: string, values: Readonly<Record<string, string | number>>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

/** The QA words in the user's language, and the locale for names given in both languages. */
export function useQaMessages() {
  const { locale } = useMessages();
  return { locale, m: QA[locale] };
}

/** The name of a bilingual record in the user's language. */
export const nameIn = (name: { en: string; zhCN: string }, locale: string): string =>
  locale === 'zh-CN' ? name.zhCN : name.en;
