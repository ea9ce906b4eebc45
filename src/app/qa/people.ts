import { getUsersBulk, USER_BULK_MAX } from '../../jira/endpoints';
import type { JiraClient } from '../../jira/client';

/** Display names by account id, as the QA screens show people. */
export type People = Record<string, string>;

/**
 * The display names of the account ids, looked up in batches of USER_BULK_MAX, each id once per call.
 * Names only decorate the screens (they fall back to the id), so a failed lookup leaves those ids out
 * rather than failing the screen; `known` names (e.g. the assignee already read) are not asked again.
 */
export async function displayNames(
  jira: JiraClient,
  accountIds: Iterable<string | null>,
  known: People = {},
): Promise<People> {
  const people: People = { ...known };
  const wanted = [...new Set([...accountIds].filter((id): id is string => !!id && !(id in people)))];
  for (let i = 0; i < wanted.length; i += USER_BULK_MAX) {
    const page = await getUsersBulk(jira, wanted.slice(i, i + USER_BULK_MAX));
    if (!page.ok) continue;
    for (const user of page.value.values) if (user.displayName) people[user.accountId] = user.displayName;
  }
  return people;
}
