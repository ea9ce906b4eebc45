import { z } from 'zod';
import { formatJiraTimestamp } from '../../seed/jira-time';
import { inTransaction } from '../db/open-database';
import type { Account } from './accounts';
import type { JiraSite } from './jira-site';
import { userDetailsJson } from './user-json';
import { statusJson, workflowFor } from './workflows';

const ref = z.object({ id: z.string().optional(), key: z.string().optional(), name: z.string().optional() });
const projectDoc = z.looseObject({ id: z.string(), key: z.string(), name: z.string() });
const issueTypeDoc = z.looseObject({ id: z.string(), name: z.string(), subtask: z.boolean().default(false) });

export type CreateResult =
  | { ok: true; created: { id: string; key: string; self: string } }
  | { ok: false; errors: Record<string, string> };

/** Creates an issue as `POST /rest/api/3/issue` does, in its workflow's initial status. */
export function createIssue(site: JiraSite, caller: Account, values: Record<string, unknown>): CreateResult {
  const errors: Record<string, string> = {};
  const projectRef = ref.safeParse(values.project);
  const project = projectRef.success
    ? site
        .documents('SELECT doc FROM projects WHERE id = ? OR key = ?', [
          projectRef.data.id ?? '',
          projectRef.data.key ?? '',
        ])
        .map((d) => projectDoc.parse(d))[0]
    : undefined;
  if (!project) errors.project = 'valid project is required';
  const typeRef = ref.safeParse(values.issuetype);
  const issueType = typeRef.success
    ? site
        .documents('SELECT doc FROM issue_types WHERE id = ? OR name = ?', [
          typeRef.data.id ?? '',
          typeRef.data.name ?? '',
        ])
        .map((d) => issueTypeDoc.parse(d))[0]
    : undefined;
  if (!issueType) errors.issuetype = 'valid issue type is required';
  if (typeof values.summary !== 'string' || values.summary.trim() === '')
    errors.summary = 'You must specify a summary of the issue.';
  const parentRef = ref.safeParse(values.parent);
  const parent =
    parentRef.success && values.parent !== undefined
      ? site.issues.find(parentRef.data.key ?? parentRef.data.id ?? '')
      : null;
  if (issueType?.subtask && !parent)
    errors.parent = 'Sub-tasks must have a parent: give an existing parent issue.';
  if (!issueType?.subtask && values.parent !== undefined && !parent)
    errors.parent = 'The parent issue does not exist.';
  const known = new Set(site.fields().map((f) => f.id));
  for (const id of Object.keys(values)) {
    if (id.startsWith('customfield_') && !known.has(id))
      errors[id] = `Field '${id}' cannot be set. It is not on the appropriate screen, or unknown.`;
  }
  // Raising on someone's behalf needs "Modify reporter", which project admins hold.
  const reporterRef = z.object({ accountId: z.string() }).optional().safeParse(values.reporter);
  const onBehalfOf =
    reporterRef.success && reporterRef.data ? site.accounts.find(reporterRef.data.accountId) : null;
  if (!reporterRef.success || (reporterRef.data && !onBehalfOf))
    errors.reporter = 'The reporter is not a user of this site.';
  else if (onBehalfOf && !site.can(caller, 'ADMINISTER_PROJECTS'))
    errors.reporter = 'You do not have permission to set the reporter (Modify reporter).';
  const reporter = onBehalfOf ?? caller;
  const assigneeRef = z.object({ accountId: z.string() }).nullish().safeParse(values.assignee);
  const assignee =
    assigneeRef.success && assigneeRef.data ? site.accounts.find(assigneeRef.data.accountId) : null;
  if (!assigneeRef.success || (assigneeRef.data && !assignee))
    errors.assignee = 'The assignee is not a user of this site.';
  if (!project || !issueType || Object.keys(errors).length > 0) return { ok: false, errors };

  const at = site.settings.now();
  const stamp = formatJiraTimestamp(at, site.settings.utcOffsetMinutes);
  const initial = workflowFor(issueType.name).statuses[0];
  if (!initial) return { ok: false, errors: { issuetype: 'the issue type has no workflow' } };
  const created = inTransaction(site.db, () => {
    const id = site.nextId('issues');
    const key = `${project.key}-${nextNumber(site, project.key)}`;
    const { project: _p, issuetype: _t, parent: _parent, assignee: _a, reporter: _r, ...rest } = values;
    const fields: Record<string, unknown> = {
      labels: [],
      ...rest,
      project: {
        self: site.url(`/rest/api/3/project/${project.id}`),
        id: project.id,
        key: project.key,
        name: project.name,
        projectTypeKey: 'service_desk',
      },
      issuetype: { ...issueType, self: site.url(`/rest/api/3/issuetype/${issueType.id}`) },
      status: statusJson(site.settings.baseUrl, initial),
      created: stamp,
      updated: stamp,
      resolution: null,
      resolutiondate: null,
      reporter: userDetailsJson(site.settings.baseUrl, reporter),
      assignee: assignee ? userDetailsJson(site.settings.baseUrl, assignee) : null,
      ...(parent && {
        parent: {
          id: String(parent.id),
          key: parent.key,
          self: site.url(`/rest/api/3/issue/${parent.id}`),
          fields: { summary: parent.fields.summary, status: parent.fields.status },
        },
      }),
    };
    site.issues.create({
      id,
      key,
      project_key: project.key,
      issue_type: issueType.name,
      status: initial.name,
      status_category: initial.category,
      resolution: null,
      created: at,
      updated: at,
      resolved: null,
      reporter: reporter.accountId,
      assignee: assignee?.accountId ?? null,
      parent_key: parent?.key ?? null,
      fields,
    });
    return { ok: true as const, created: { id: String(id), key, self: site.url(`/rest/api/3/issue/${id}`) } };
  });
  site.issueEvent({
    eventType: 'avi:jira:created:issue',
    issueKey: created.created.key,
    actorAccountId: caller.accountId,
  });
  return created;
}

function nextNumber(site: JiraSite, projectKey: string): number {
  const rows = site.db.all('SELECT key FROM issues WHERE project_key = ?', [projectKey]);
  let max = 0;
  for (const r of rows) max = Math.max(max, Number(String(r.key).split('-')[1] ?? 0));
  return max + 1;
}
