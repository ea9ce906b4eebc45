import type { JiraClient } from '../../src/jira/client';
import {
  addComment,
  bulkFetchChangelogs,
  createIssue,
  createIssueType,
  deleteIssueProperty,
  doTransition,
  editIssue,
  getComments,
  getFields,
  getIssue,
  getIssueLinkTypes,
  getIssueProperty,
  getMyPermissions,
  getMyself,
  getProject,
  getRequestFeedback,
  getRequestSla,
  getStatuses,
  getTransitions,
  linkIssues,
  listIssueProperties,
  plainTextDocument,
  searchIssuePages,
  searchJql,
  searchUsers,
  setIssueProperty,
} from '../../src/jira/endpoints';
import { httpTransport } from '../../src/jira/adapters/http-transport';
import { makeJiraClient } from '../../src/jira/client';
import { startTestHost, type TestHost } from '../support/local-host';

let host: TestHost;
let agent: JiraClient;
let customer: JiraClient;
let admin: JiraClient;

beforeAll(async () => {
  host = await startTestHost({ tickets: 300, days: 30 });
  agent = host.clientAs('agent');
  customer = host.clientAs('customer');
  admin = host.clientAs('admin');
}, 60_000);
afterAll(() => host.dispose());

const value = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('the local host speaks Jira Cloud to the client', () => {
  it('authenticates with Basic email:apiToken and refuses anything else with 401', async () => {
    expect(value(await getMyself(agent)).accountType).toBe('atlassian');
    const stranger = makeJiraClient(
      httpTransport({ baseUrl: host.url, email: 'nobody@qloop.example', apiToken: 'wrong' }),
    );
    const refused = await getMyself(stranger);
    expect(!refused.ok && refused.error.status).toBe(401);
  });

  it('answers mypermissions from the caller role', async () => {
    const perms = value(await getMyPermissions(agent, ['BROWSE_PROJECTS', 'ADMINISTER']));
    expect(perms.BROWSE_PROJECTS?.havePermission).toBe(true);
    expect(perms.ADMINISTER?.havePermission).toBe(false);
    expect(value(await getMyPermissions(admin, ['ADMINISTER'])).ADMINISTER?.havePermission).toBe(true);
  });

  it('pages the enhanced search with nextPageToken and no total, 100 issues at most with fields', async () => {
    let pages = 0;
    const keys = new Set<string>();
    for await (const page of searchIssuePages(agent, {
      jql: 'project = SUP ORDER BY key ASC',
      fields: ['summary'],
      maxResults: 500,
    })) {
      const p = value(page);
      pages++;
      expect(p.issues.length).toBeLessThanOrEqual(100);
      expect(p).not.toHaveProperty('total');
      for (const issue of p.issues) keys.add(issue.key ?? '');
    }
    expect(keys.size).toBe(300);
    expect(pages).toBe(3);
  });

  it('allows pages of up to 5000 when only ids are asked for', async () => {
    const page = value(await searchJql(agent, { jql: 'project = SUP', maxResults: 5000 }));
    expect(page.issues).toHaveLength(300);
    expect(page.nextPageToken ?? undefined).toBeUndefined();
    expect(Object.keys(page.issues[0] ?? {})).toContain('id');
  });

  it('finds by JQL the same issues a filter of all issues finds', async () => {
    const all: { key: string; resolved: boolean }[] = [];
    for await (const page of searchIssuePages(agent, {
      jql: 'project = SUP',
      fields: ['resolution'],
      maxResults: 100,
    })) {
      for (const i of value(page).issues)
        all.push({ key: i.key ?? '', resolved: (i.fields as { resolution: unknown }).resolution != null });
    }
    const unresolved = value(
      await searchJql(agent, { jql: 'project = SUP AND resolution IS EMPTY', maxResults: 5000 }),
    );
    expect(unresolved.issues.length).toBe(all.filter((i) => !i.resolved).length);
    expect(unresolved.issues.length).toBeGreaterThan(0);
  });

  it('answers bad JQL with 400 and Jira error messages, and the removed search with 410', async () => {
    const bad = await searchJql(agent, { jql: 'project = SUP AND colour = red' });
    expect(!bad.ok && bad.error.status).toBe(400);
    expect(!bad.ok && bad.error.errorMessages).toEqual([
      "Field 'colour' does not exist or you do not have permission to view it.",
    ]);
    const unbounded = await searchJql(agent, { jql: 'ORDER BY created' });
    expect(!unbounded.ok && unbounded.error.status).toBe(400);
    const removed = await httpTransport({ baseUrl: host.url, email: 'x', apiToken: 'y' }).request(
      'GET',
      '/rest/api/3/search?jql=project%3DSUP',
    );
    expect(removed.status).toBe(401);
    const credential = host.credentials.find((c) => c.role === 'agent');
    const authorised = httpTransport({
      baseUrl: host.url,
      email: credential?.email ?? '',
      apiToken: credential?.apiToken ?? '',
    });
    expect((await authorised.request('GET', '/rest/api/3/search?jql=project%3DSUP')).status).toBe(410);
  });

  it('hides issues from a customer and says 404 for unknown issues', async () => {
    expect(value(await searchJql(customer, { jql: 'project = SUP', maxResults: 5000 })).issues).toHaveLength(
      0,
    );
    const hidden = await getIssue(customer, 'SUP-1');
    expect(!hidden.ok && hidden.error.status).toBe(404);
    const missing = await getIssue(agent, 'SUP-99999');
    expect(!missing.ok && missing.error.status).toBe(404);
  });

  it('lists the site fields with JSM SLA and satisfaction fields discoverable by schema.custom', async () => {
    const fields = value(await getFields(agent));
    expect(fields.filter((f) => f.schema?.custom === 'com.atlassian.servicedesk:sd-sla-field')).toHaveLength(
      2,
    );
    expect(fields.some((f) => f.schema?.custom === 'com.atlassian.servicedesk:sd-request-feedback')).toBe(
      true,
    );
    expect(value(await getStatuses(agent)).length).toBeGreaterThan(3);
    expect(value(await getProject(agent, 'SUP')).key).toBe('SUP');
  });

  it('resolves and reopens through transitions, recording the changelog and completing the resolution SLA', async () => {
    const open = value(
      await searchJql(agent, {
        jql: 'project = SUP AND statusCategory != Done ORDER BY key ASC',
        fields: ['status'],
        maxResults: 1,
      }),
    );
    const key = open.issues[0]?.key ?? '';
    const transitions = value(await getTransitions(agent, key));
    const resolve = transitions.find((t) => t.name === 'Resolve this issue');
    expect(resolve).toBeDefined();
    value(await doTransition(agent, key, { transition: { id: resolve?.id ?? '' } }));
    const resolved = value(
      await getIssue(agent, key, { fields: ['resolution', 'resolutiondate', 'status'], expand: 'changelog' }),
    );
    expect((resolved.fields as { resolution: { name: string } }).resolution.name).toBe('Done');
    const histories = (
      resolved.changelog as { histories: { items: { field: string; toString: string | null }[] }[] }
    ).histories;
    expect(histories.at(-1)?.items.map((i) => i.field)).toEqual(['status', 'resolution']);
    const sla = value(await getRequestSla(agent, key));
    const ttr = sla.values.find((v) => v.name === 'Time to resolution');
    expect(ttr?.ongoingCycle ?? null).toBeNull();
    const reopen = value(await getTransitions(agent, key)).find((t) => t.name === 'Reopen');
    value(await doTransition(agent, key, { transition: { id: reopen?.id ?? '' } }));
    const reopened = value(await getIssue(agent, key, { fields: ['resolution'] }));
    expect((reopened.fields as { resolution: unknown }).resolution).toBeNull();
    const bad = await doTransition(agent, key, { transition: { id: '999' } });
    expect(!bad.ok && bad.error.status).toBe(400);
  });

  it('keeps comments public or internal as JSM does', async () => {
    value(await addComment(agent, 'SUP-3', { body: plainTextDocument('We are on it.') }));
    value(
      await addComment(agent, 'SUP-3', {
        body: plainTextDocument('Internal note'),
        properties: [{ key: 'sd.public.comment', value: { internal: true } }],
      }),
    );
    const comments = value(await getComments(agent, 'SUP-3')).comments.slice(-2);
    expect(comments.map((c) => (c as { jsdPublic: boolean }).jsdPublic)).toEqual([true, false]);
  });

  it('stores issue properties up to 32 KB, lists, reads and deletes them', async () => {
    value(await setIssueProperty(agent, 'SUP-4', 'ql.flag', { category: 'logistics', cause: 'method' }));
    expect(value(await listIssueProperties(agent, 'SUP-4'))).toContain('ql.flag');
    expect(value(await getIssueProperty(agent, 'SUP-4', 'ql.flag')).value).toEqual({
      category: 'logistics',
      cause: 'method',
    });
    value(await deleteIssueProperty(agent, 'SUP-4', 'ql.flag'));
    const gone = await getIssueProperty(agent, 'SUP-4', 'ql.flag');
    expect(!gone.ok && gone.error.status).toBe(404);
    const customerWrite = await setIssueProperty(customer, 'SUP-4', 'ql.flag', {});
    expect(!customerWrite.ok && customerWrite.error.status).toBe(404);
  });

  it('creates issue types (admin only), issues and sub-tasks, edits them and links them', async () => {
    const denied = await createIssueType(agent, { name: 'Service Improvement' });
    expect(!denied.ok && denied.error.status).toBe(403);
    const type = value(await createIssueType(admin, { name: 'Service Improvement', hierarchyLevel: 0 }));
    const again = await createIssueType(admin, { name: 'Service Improvement' });
    expect(!again.ok && again.error.status).toBe(409);
    const created = value(
      await createIssue(agent, {
        fields: {
          project: { key: 'SUP' },
          issuetype: { id: type.id },
          summary: 'Night logistics replies are slow',
        },
      }),
    );
    expect(created.key).toMatch(/^SUP-\d+$/);
    const sub = value(
      await createIssue(agent, {
        fields: {
          project: { key: 'SUP' },
          issuetype: { name: 'Sub-task' },
          parent: { key: created.key },
          summary: 'Add a night shift',
        },
      }),
    );
    const me = value(await getMyself(agent));
    value(
      await editIssue(agent, sub.key, {
        fields: { assignee: { accountId: me.accountId }, duedate: '2026-11-20' },
      }),
    );
    const edited = value(await getIssue(agent, sub.key, { fields: ['assignee', 'duedate', 'parent'] }));
    expect(edited.fields).toMatchObject({
      assignee: { accountId: me.accountId },
      duedate: '2026-11-20',
      parent: { key: created.key },
    });
    const badEdit = await editIssue(agent, sub.key, { fields: { status: 'Done' } });
    expect(!badEdit.ok && badEdit.error.status).toBe(400);
    const relates = value(await getIssueLinkTypes(agent)).find((t) => t.name === 'Relates');
    value(
      await linkIssues(agent, {
        type: { name: relates?.name ?? '' },
        inwardIssue: { key: 'SUP-1' },
        outwardIssue: { key: created.key },
      }),
    );
    const linked = value(await getIssue(agent, created.key, { fields: ['issuelinks'] }));
    expect(
      (linked.fields as { issuelinks: { inwardIssue?: { key: string } }[] }).issuelinks[0]?.inwardIssue?.key,
    ).toBe('SUP-1');
  });

  it('bulk-fetches changelogs filtered by field', async () => {
    const logs = value(
      await bulkFetchChangelogs(agent, {
        issueIdsOrKeys: ['SUP-1', 'SUP-2', 'SUP-5'],
        fieldIds: ['resolution'],
      }),
    );
    for (const log of logs.issueChangeLogs) {
      for (const h of log.changeHistories)
        for (const item of h.items) expect(item.fieldId ?? item.field).toBe('resolution');
    }
  });

  it('answers JSM feedback for rated requests and 404 for unrated ones', async () => {
    const rated = value(
      await searchJql(agent, {
        jql: 'project = SUP AND resolution IS NOT EMPTY ORDER BY key ASC',
        fields: ['*all'],
        maxResults: 100,
      }),
    );
    const fields = value(await getFields(agent));
    const csat =
      fields.find((f) => f.schema?.custom === 'com.atlassian.servicedesk:sd-request-feedback')?.id ?? '';
    const withRating = rated.issues.find(
      (i) => (i.fields as Record<string, { rating?: number } | null>)[csat]?.rating,
    );
    const withoutRating = rated.issues.find((i) => !(i.fields as Record<string, unknown>)[csat]);
    const rating = (withRating?.fields as Record<string, { rating: number }>)[csat]?.rating;
    expect(value(await getRequestFeedback(agent, withRating?.key ?? '')).rating).toBe(rating);
    const none = await getRequestFeedback(agent, withoutRating?.key ?? '');
    expect(!none.ok && none.error.status).toBe(404);
  });

  it('finds users by name', async () => {
    const found = value(await searchUsers(agent, { query: 'zhang' }));
    expect(found.some((u) => (u.displayName ?? '').includes('Zhang'))).toBe(true);
  });
});
