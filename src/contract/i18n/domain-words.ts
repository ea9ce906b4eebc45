import type { Locale } from './locale';

/*
 * The domain's own words — KPI names and improvement stage names — kept once per language so the
 * report, the reviews and every screen say the same thing. A message file spreads these and overrides
 * only where its screen deliberately words a name differently (each override is written beside it).
 */

const kpiEn = {
  frtMedianMs: 'First response time (median)',
  resolutionMedianMs: 'Resolution time (median)',
  fcrRate: 'First contact resolution',
  reopenRate: 'Reopen rate',
  repeatContactRate: 'Repeat-contact rate',
  csatAvg: 'CSAT (average 1–5)',
  csatTop2box: 'CSAT top-2-box',
  nps: 'NPS',
  qaCompliance: 'QA compliance',
  compositeIndex: 'Composite quality index',
  slaCompliance: 'SLA compliance',
};
export type KpiNames = typeof kpiEn;

const kpiZhCN: KpiNames = {
  frtMedianMs: '首次响应时长(中位数)',
  resolutionMedianMs: '解决时长(中位数)',
  fcrRate: '一次解决率',
  reopenRate: '重开率',
  repeatContactRate: '48h重复来电率',
  csatAvg: 'CSAT(平均 1–5)',
  csatTop2box: 'CSAT 满意率(≥4)',
  nps: 'NPS',
  qaCompliance: '话术规范度',
  compositeIndex: '综合得分',
  slaCompliance: 'SLA 达成率',
};

/** Each KPI's name, by the key the KPI carries in settings and snapshots. */
export const KPI_NAMES: Readonly<Record<Locale, KpiNames>> = { en: kpiEn, 'zh-CN': kpiZhCN };

const stageEn = {
  identified: 'Identified',
  analysing: 'Analysing',
  planning: 'Planning',
  awaitingApproval: 'Awaiting approval',
  approved: 'Approved',
  implementing: 'Implementing',
  checking: 'Checking',
  closed: 'Closed',
};
export type StageNames = typeof stageEn;

const stageZhCN: StageNames = {
  identified: '已识别',
  analysing: '分析中',
  planning: '计划中',
  awaitingApproval: '待审批',
  approved: '已批准',
  implementing: '实施中',
  checking: '效果验证',
  closed: '已关闭',
};

/** Each improvement stage's name, Identified … Closed, by the stage key of the improvement record. */
export const STAGE_NAMES: Readonly<Record<Locale, StageNames>> = { en: stageEn, 'zh-CN': stageZhCN };
