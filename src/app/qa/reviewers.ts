import { err, ok, type Result } from '../../domain/result';
import type { QaConfig } from '../../contract/qa-schema';
import { getMyPermissions, groupMemberPages } from '../../jira/endpoints';
import { fromJira, type AppError } from '../app-error';
import type { AppPorts, Caller } from '../ports';

/**
 * Whether the caller may review (and sample) the project's tickets: quality staff are the project's
 * administrators (Jira's ADMINISTER_PROJECTS) and, when the admin names one, the members of the
 * reviewer group (e.g. `quality-managers`). The group is read as the app, since a reviewer need not
 * be allowed to browse groups.
 */
export async function isReviewer(
  ports: AppPorts,
  caller: Caller,
  projectKey: string,
  config: QaConfig,
): Promise<Result<boolean, AppError>> {
  const granted = await getMyPermissions(ports.jira, ['ADMINISTER_PROJECTS'], { projectKey });
  if (!granted.ok) return err(fromJira(granted.error, 'Checking your permissions'));
  if (granted.value.ADMINISTER_PROJECTS?.havePermission) return ok(true);
  if (config.reviewerGroup === null) return ok(false);
  for await (const page of groupMemberPages(ports.jiraAsApp, { groupname: config.reviewerGroup })) {
    if (!page.ok && page.error.status === 404) return ok(false);
    if (!page.ok) return err(fromJira(page.error, `Reading the reviewer group ${config.reviewerGroup}`));
    if (page.value.values.some((u) => u.accountId === caller.accountId)) return ok(true);
  }
  return ok(false);
}

/** The same as an error value for use cases that need a reviewer. */
export async function requireReviewer(
  ports: AppPorts,
  caller: Caller,
  projectKey: string,
  config: QaConfig,
): Promise<Result<true, AppError>> {
  const reviewer = await isReviewer(ports, caller, projectKey, config);
  if (!reviewer.ok) return reviewer;
  if (!reviewer.value)
    return err({
      code: 'QA.NOT_REVIEWER',
      message: `Only QA reviewers of ${projectKey} may do this: project administrators${
        config.reviewerGroup ? ` and members of the group ${config.reviewerGroup}` : ''
      }; ask your Jira admin to add you`,
    });
  return ok(true);
}
