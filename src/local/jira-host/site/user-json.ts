import type { Account } from './accounts';

/**
 * A user as Jira embeds it in issues, comments and changelogs (`UserDetails`): no `locale`, which
 * that schema does not allow.
 */
export function userDetailsJson(baseUrl: string, account: Account): Record<string, unknown> {
  return {
    self: `${baseUrl}/rest/api/3/user?accountId=${account.accountId}`,
    accountId: account.accountId,
    accountType: account.accountType,
    ...(account.email !== null && { emailAddress: account.email }),
    avatarUrls: {
      '48x48': `${baseUrl}/avatars/${account.accountId}/48`,
      '24x24': `${baseUrl}/avatars/${account.accountId}/24`,
      '16x16': `${baseUrl}/avatars/${account.accountId}/16`,
      '32x32': `${baseUrl}/avatars/${account.accountId}/32`,
    },
    displayName: account.displayName,
    active: true,
    timeZone: account.timeZone,
  };
}

/** A user as `myself` and user search return it (`User`): the details plus the locale. */
export function userJson(baseUrl: string, account: Account): Record<string, unknown> {
  return { ...userDetailsJson(baseUrl, account), locale: account.locale };
}
