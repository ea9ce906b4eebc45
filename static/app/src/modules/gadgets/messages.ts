import { usePageMessages } from '../project-page/messages';

const en = {
  configure: 'Gadget settings',
  projectKey: 'Project key',
  periodDays: 'Period (days)',
  trendKpi: 'KPI for the trend',
  refresh: 'Refresh every',
  noRefresh: 'Never',
  minutesN: '{n} minutes',
  saveSettings: 'Save',
  invalidProject: 'A project key such as SUP',
  scorecardTitle: 'KPI scorecard',
  trendTitle: 'KPI trend',
  paretoTitleShort: 'Problem Pareto',
  pipelineTitle: 'Improvement pipeline',
  byStage: 'Improvements by stage',
  noOverdue: 'No overdue actions',
  lastNDays: '{project} · last {n} days',
  count: 'Count',
  belowTarget: 'target missed',
};
export type GadgetMessages = typeof en;

const zhCN: GadgetMessages = {
  configure: '小工具设置',
  projectKey: '项目编号',
  periodDays: '统计周期(天)',
  trendKpi: '趋势指标',
  refresh: '刷新间隔',
  noRefresh: '不自动刷新',
  minutesN: '{n} 分钟',
  saveSettings: '保存',
  invalidProject: '请输入项目编号,例如 SUP',
  scorecardTitle: '指标计分卡',
  trendTitle: '指标趋势',
  paretoTitleShort: '问题帕累托图',
  pipelineTitle: '改进项进度',
  byStage: '各阶段改进项数量',
  noOverdue: '没有逾期行动',
  lastNDays: '{project} · 最近 {n} 天',
  count: '数量',
  belowTarget: '未达目标值',
};

const GADGET = { en, 'zh-CN': zhCN } as const;

/** The project page's words plus the gadgets' own, in the user's language. */
export function useGadgetMessages() {
  const { m, locale } = usePageMessages();
  return { locale, m: { ...m, ...GADGET[locale] } };
}
