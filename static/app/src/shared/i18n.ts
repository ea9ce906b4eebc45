import { createContext, useContext } from 'react';
import { toLocale, type Locale } from '@contract/i18n/locale';
import { reportMessages } from '@contract/i18n/report-messages';

const en = {
  loading: 'Loading…',
  retry: 'Try again',
  save: 'Save',
  cancel: 'Cancel',
  conflictReloaded:
    'Someone else changed this while you were editing; it has been reloaded with their change.',
  flagTitle: 'Flag for improvement',
  flagIntro: 'Tell the quality team this ticket shows a problem worth fixing.',
  category: 'Category',
  causeHint: 'Likely cause (6M)',
  noHint: 'Not sure',
  note: 'Note',
  notePlaceholder: 'What went wrong for the customer?',
  attachTo: 'Attach to an open improvement',
  attachNone: 'None — just flag it',
  flagSave: 'Flag ticket',
  flagUpdate: 'Update flag',
  unflag: 'Remove flag',
  flagged: 'Flagged',
  notFlagged: 'Not flagged yet',
  flaggedBy: 'Flagged by',
  people: 'People',
  machine: 'Machine',
  material: 'Material',
  method: 'Method',
  environment: 'Environment',
  measurement: 'Measurement',
};

export type Messages = typeof en & (typeof reportMessages)['en'];

const zhCN: typeof en = {
  loading: '加载中…',
  retry: '重试',
  save: '保存',
  cancel: '取消',
  conflictReloaded: '您编辑期间他人修改了此内容,已重新加载并显示其修改。',
  flagTitle: '标记待改进',
  flagIntro: '告知质量团队:此工单暴露了值得改进的问题。',
  category: '问题类别',
  causeHint: '可能原因(6M)',
  noHint: '不确定',
  note: '备注',
  notePlaceholder: '客户遇到了什么问题?',
  attachTo: '关联到进行中的改进项',
  attachNone: '不关联,仅标记',
  flagSave: '标记工单',
  flagUpdate: '更新标记',
  unflag: '取消标记',
  flagged: '已标记',
  notFlagged: '尚未标记',
  flaggedBy: '标记人',
  people: '人',
  machine: '机',
  material: '料',
  method: '法',
  environment: '环',
  measurement: '测',
};

const ALL: Readonly<Record<Locale, Messages>> = {
  en: { ...reportMessages.en, ...en },
  'zh-CN': { ...reportMessages['zh-CN'], ...zhCN },
};

/** The words of every screen in the user's language (from the Forge context's locale). */
export const messagesFor = (jiraLocale: string | undefined): { locale: Locale; m: Messages } => {
  const locale = toLocale(jiraLocale);
  return { locale, m: ALL[locale] };
};

export const I18nContext = createContext<{ locale: Locale; m: Messages }>({ locale: 'en', m: ALL.en });

/** The current language's words. */
export const useMessages = () => useContext(I18nContext);
