import { useMessages } from '../../shared/i18n';

/** Words of the QA figures repair (rebuild of the QA aggregates), loaded with it. */
const en = {
  title: 'Repair QA figures',
  intro:
    'Rebuilds the project’s QA compliance figures from the reviews stored on its tickets. Use it when figures miss a review that the ticket shows (a save interrupted between the ticket and the figures).',
  project: 'Project key',
  rebuild: 'Rebuild QA figures',
  busy: 'Rebuilding…',
  done: (r: { tickets: number; reviews: number; restored: number; removed: number }) =>
    `Rebuilt from ${r.tickets} reviewed tickets (${r.reviews} reviews): ${r.restored} missing day records restored, ${r.removed} stray ones removed.`,
  unreadable: (keys: string) => `Left as they were (their stored reviews cannot be read): ${keys}.`,
  projectKey: 'Enter a project key, e.g. SUP',
};

const zhCN: typeof en = {
  title: '修复质检指标',
  intro:
    '根据工单上保存的质检记录重建本项目的质检合格率指标。当工单上有质检记录而指标中缺失时使用(保存在工单与指标之间被中断)。',
  project: '项目编号',
  rebuild: '重建质检指标',
  busy: '正在重建…',
  done: (r) =>
    `已根据 ${r.tickets} 张已质检工单(${r.reviews} 条质检记录)重建:恢复缺失的日记录 ${r.restored} 条,移除多余的 ${r.removed} 条。`,
  unreadable: (keys) => `以下工单保存的质检记录无法读取,保持不变:${keys}。`,
  projectKey: '请输入项目编号,例如 SUP',
};

const WORDS = { en, 'zh-CN': zhCN } as const;

export function useRebuildMessages() {
  const { locale } = useMessages();
  return { locale, m: WORDS[locale] };
}
