/** The languages every screen and report ships in. */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** Picks a supported locale from a Jira/Forge locale such as `zh_CN` or `en-US`; English otherwise. */
export function toLocale(jiraLocale: string | undefined): Locale {
  return jiraLocale?.toLowerCase().replace('_', '-').startsWith('zh') ? 'zh-CN' : 'en';
}
