import { REVIEW_MESSAGES } from '@contract/i18n/review-messages';
import { useMessages } from '../../shared/i18n';

/** Words of the Reviews tab (周复盘 / 月稽核) and the alert history (日监控), beside the review's own words. */
const en = {
  reviews: 'Reviews',
  reviewsIntro:
    'Daily monitoring, weekly review and monthly audit: a review is generated once for its period and kept unchanged.',
  history: 'Review history',
  noReviews: 'No review yet. They are generated every day for the last complete week and month.',
  generateWeekly: 'Generate last week’s review',
  generateMonthly: 'Generate last month’s audit',
  open: 'Open',
  downloadCsv: 'Download CSV',
  print: 'Print',
  printLanguage: 'Language',
  back: 'Back to the list',
  alerts: 'Alerts',
  alertsIntro: 'What the alert rules found each day, and what was done about it.',
  month: 'Month',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  noAlerts: 'No alert rule ran for this project in this month.',
  day: 'Day',
  rule: 'Rule',
  result: 'Result',
  evidence: 'Evidence',
  done: 'Done',
  fired: 'Fired',
  notBreached: 'Within bounds',
  noData: 'No data on a day of the streak',
  noReference: 'No baseline or target to compare with',
  notEvaluated: 'Not evaluated',
  warning: 'Warning',
  redCard: 'Red card',
  unfinished: 'Unfinished: the next run will finish it',
  threshold: 'threshold',
  actionLabels: {
    improvementOpened: 'Improvement opened',
    improvementStillOpen: 'Improvement still open',
    commented: 'Notified',
    redCardLabelled: 'Labelled red card',
    priorityRaised: 'Priority raised',
    failed: 'Failed',
  },
};

const zhCN: typeof en = {
  reviews: '复盘与稽核',
  reviewsIntro: '日监控-周复盘-月稽核:每期报告只生成一次,生成后不再改变。',
  history: '历史报告',
  noReviews: '暂无报告。系统每天为上一个完整的周和月生成报告。',
  generateWeekly: '生成上周复盘',
  generateMonthly: '生成上月稽核',
  open: '查看',
  downloadCsv: '下载 CSV',
  print: '打印',
  printLanguage: '语言',
  back: '返回列表',
  alerts: '预警',
  alertsIntro: '预警规则每天的检查结果及处理情况。',
  month: '月份',
  previousMonth: '上个月',
  nextMonth: '下个月',
  noAlerts: '本月该项目没有运行过预警规则。',
  day: '日期',
  rule: '规则',
  result: '结果',
  evidence: '依据',
  done: '处理',
  fired: '已触发',
  notBreached: '未越线',
  noData: '连续期内有一天无数据',
  noReference: '没有可比较的基线或目标',
  notEvaluated: '未检查',
  warning: '预警',
  redCard: '红牌',
  unfinished: '未完成:下次运行将继续',
  threshold: '阈值',
  actionLabels: {
    improvementOpened: '已发起改进项',
    improvementStillOpen: '改进项仍在进行',
    commented: '已通知',
    redCardLabelled: '已标记红牌',
    priorityRaised: '已提升优先级',
    failed: '失败',
  },
};

const WORDS = { en, 'zh-CN': zhCN } as const;

/** The Reviews tab's words and the review's own words, in the user's language. */
export function useReviewMessages() {
  const { locale } = useMessages();
  return { locale, m: WORDS[locale], r: REVIEW_MESSAGES[locale] };
}
