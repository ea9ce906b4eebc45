import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { newApiToken, type Account } from './site/accounts';
import type { JiraSite } from './site/jira-site';
import type { Role } from './site/roles';

/** A sign-in of the local site: who, with which email and API token. */
export interface Credential {
  readonly accountId: string;
  readonly displayName: string;
  readonly role: Role;
  readonly email: string;
  readonly apiToken: string;
}

const credentialsFile = z.array(
  z.object({
    accountId: z.string(),
    displayName: z.string(),
    role: z.enum(['customer', 'agent', 'qualityManager', 'admin']),
    email: z.string(),
    apiToken: z.string(),
  }),
);

/** The people of the local site who are not in the ticket data: admin, two quality managers. */
const STAFF: readonly (Omit<Account, 'email'> & { email: string })[] = [
  {
    accountId: 'ql-admin',
    displayName: 'Site admin 管理员',
    accountType: 'atlassian',
    role: 'admin',
    email: 'admin@qloop.example',
    timeZone: 'Asia/Shanghai',
    locale: 'en_US',
  },
  {
    accountId: 'ql-manager-1',
    displayName: '高燕 Gao Yan (quality manager)',
    accountType: 'atlassian',
    role: 'qualityManager',
    email: 'gao.yan@qloop.example',
    timeZone: 'Asia/Shanghai',
    locale: 'zh_CN',
  },
  {
    accountId: 'ql-manager-2',
    displayName: '邓辉 Deng Hui (service director)',
    accountType: 'atlassian',
    role: 'qualityManager',
    email: 'deng.hui@qloop.example',
    timeZone: 'Asia/Shanghai',
    locale: 'zh_CN',
  },
];

/**
 * Makes sure every staff member and agent can sign in, and one customer too (for permission
 * checks): tokens are generated once, kept beside the database and printed at each start. The
 * admin's email and token come from QL_ADMIN_EMAIL and QL_ADMIN_TOKEN when set.
 */
export function ensureCredentials(
  site: JiraSite,
  file: string,
  env: { adminEmail?: string; adminToken?: string },
): Credential[] {
  const known = existsSync(file) ? credentialsFile.parse(JSON.parse(readFileSync(file, 'utf8'))) : [];
  const tokenOf = (accountId: string) =>
    known.find((c) => c.accountId === accountId)?.apiToken ?? newApiToken();
  const result: Credential[] = [];
  const grant = (account: Account & { email: string }, token: string) => {
    site.accounts.upsert(account, token);
    result.push({
      accountId: account.accountId,
      displayName: account.displayName,
      role: account.role,
      email: account.email,
      apiToken: token,
    });
  };
  for (const staff of STAFF) {
    const admin = staff.role === 'admin';
    grant(
      { ...staff, email: (admin && env.adminEmail) || staff.email },
      (admin && env.adminToken) || tokenOf(staff.accountId),
    );
  }
  const people = site.accounts.all();
  for (const agent of people.filter((a) => a.role === 'agent' && a.accountType === 'atlassian')) {
    grant({ ...agent, email: agent.email ?? emailFor(agent) }, tokenOf(agent.accountId));
  }
  const customer = people.find((a) => a.role === 'customer' && a.email !== null);
  if (customer?.email) grant({ ...customer, email: customer.email }, tokenOf(customer.accountId));
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`, { mode: 0o600 });
  return result;
}

/** A sign-in email made from the ASCII words of a display name: `张工 Zhang Gong` → `zhang.gong@qloop.example`. */
function emailFor(account: Account): string {
  const words = account.displayName.toLowerCase().match(/[a-z]+/g);
  return `${words && words.length > 0 ? words.join('.') : account.accountId}@qloop.example`;
}
