import { useMessages } from '../../shared/i18n';

const en = {
  monitor: 'Monitoring data',
  monitorIntro:
    'Gadgets and pages read figures built from each project’s whole history (the backfill, in background steps), then kept up to date every hour.',
  project: 'Project',
  status: 'Status',
  running: 'Running',
  paused: 'Paused',
  done: 'Done',
  failed: 'Failed',
  notStarted: 'Not started',
  tickets: 'Tickets read',
  skipped: 'skipped',
  pages: 'Pages',
  steps: 'Steps',
  requests: 'Jira requests',
  started: 'Started',
  lastCheckpoint: 'Last checkpoint',
  finished: 'Finished',
  resumesAfter: 'Resumes after',
  lastSync: 'Last hourly sync',
  never: 'not yet',
  syncSummary: (changed: number, requests: number) => `${changed} tickets, ${requests} requests`,
  pendingChanges: (n: number) => `${n} ${n === 1 ? 'ticket' : 'tickets'} waiting for the next sync`,
  needsRebuild: 'The settings changed since these figures were built: rebuild them.',
  rebuild: 'Rebuild',
  resume: 'Resume',
  start: 'Start backfill',
  projectKeyLabel: 'Project key',
  badProjectKey: 'A project key such as SUP',
  noProjects: 'No project has been backfilled yet.',
  refresh: 'Refresh',
};

export type MonitorMessages = typeof en;

const zhCN: MonitorMessages = {
  monitor: '监控数据',
  monitorIntro: '小工具和页面读取由各项目全部历史工单构建的数据(回填,后台分步执行),之后每小时增量更新。',
  project: '项目',
  status: '状态',
  running: '进行中',
  paused: '已暂停',
  done: '已完成',
  failed: '失败',
  notStarted: '未开始',
  tickets: '已读取工单',
  skipped: '已跳过',
  pages: '页数',
  steps: '步数',
  requests: 'Jira 请求数',
  started: '开始时间',
  lastCheckpoint: '最近检查点',
  finished: '完成时间',
  resumesAfter: '从此之后继续',
  lastSync: '最近一次每小时同步',
  never: '尚未执行',
  syncSummary: (changed, requests) => `${changed} 个工单,${requests} 次请求`,
  pendingChanges: (n) => `${n} 个工单等待下次同步`,
  needsRebuild: '构建这些数据后设置已更改:请重建。',
  rebuild: '重建',
  resume: '继续',
  start: '开始回填',
  projectKeyLabel: '项目代码',
  badProjectKey: '项目代码,如 SUP',
  noProjects: '尚无已回填的项目。',
  refresh: '刷新',
};

/** The monitoring section's words in the user's language. */
export function useMonitorMessages(): MonitorMessages {
  const { locale } = useMessages();
  return locale === 'zh-CN' ? zhCN : en;
}
