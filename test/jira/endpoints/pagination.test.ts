import {
  changelogPages,
  commentPages,
  groupMemberPages,
  requestSlaPages,
  searchIssuePages,
} from '../../../src/jira/endpoints';
import type { JiraResult } from '../../../src/jira/client';
import { answer, scriptedClient } from '../client/fake-jira';

const collect = async <T>(pages: AsyncIterable<JiraResult<T>>): Promise<JiraResult<T>[]> => {
  const all: JiraResult<T>[] = [];
  for await (const page of pages) all.push(page);
  return all;
};

const issues = (...keys: string[]) => keys.map((key, i) => ({ id: String(10_000 + i), key, fields: {} }));

describe('enhanced JQL search pages', () => {
  const search = { jql: 'project = SUP ORDER BY created', fields: ['created'], maxResults: 2 };

  it('follows nextPageToken across 3 pages and stops at the page without one', async () => {
    const { client, sent } = scriptedClient([
      answer(200, { issues: issues('SUP-1', 'SUP-2'), nextPageToken: 't2', isLast: false }),
      answer(200, { issues: issues('SUP-3', 'SUP-4'), nextPageToken: 't3', isLast: false }),
      answer(200, { issues: issues('SUP-5'), isLast: true }),
    ]);

    const pages = await collect(searchIssuePages(client, search));

    expect(pages.flatMap((p) => (p.ok ? p.value.issues.map((i) => i.key) : []))).toEqual([
      'SUP-1',
      'SUP-2',
      'SUP-3',
      'SUP-4',
      'SUP-5',
    ]);
    expect(sent).toEqual([
      { method: 'POST', path: '/rest/api/3/search/jql', body: { ...search, nextPageToken: undefined } },
      { method: 'POST', path: '/rest/api/3/search/jql', body: { ...search, nextPageToken: 't2' } },
      { method: 'POST', path: '/rest/api/3/search/jql', body: { ...search, nextPageToken: 't3' } },
    ]);
    expect(JSON.stringify(sent[0]?.body)).not.toContain('nextPageToken');
  });

  it('pages with GET, the token in the query string', async () => {
    const { client, sent } = scriptedClient([
      answer(200, { issues: issues('SUP-1'), nextPageToken: 'CAEaAggD' }),
      answer(200, { issues: issues('SUP-2'), nextPageToken: null }),
    ]);

    await collect(searchIssuePages(client, { jql: 'project = SUP' }, 'GET'));

    expect(sent.map((s) => s.path)).toEqual([
      '/rest/api/3/search/jql?jql=project%20%3D%20SUP',
      '/rest/api/3/search/jql?jql=project%20%3D%20SUP&nextPageToken=CAEaAggD',
    ]);
  });

  it('stops when a page says isLast even if it carries a token', async () => {
    const { client, sent } = scriptedClient([
      answer(200, { issues: [], nextPageToken: 'stale', isLast: true }),
    ]);

    expect(await collect(searchIssuePages(client, search))).toHaveLength(1);
    expect(sent).toHaveLength(1);
  });

  it('yields a failed page once and stops', async () => {
    const { client, sent } = scriptedClient([
      answer(200, { issues: issues('SUP-1'), nextPageToken: 't2' }),
      answer(400, { errorMessages: ["The value 'XYZ' does not exist for the field 'project'."] }),
    ]);

    const pages = await collect(searchIssuePages(client, search));

    expect(pages.map((p) => p.ok)).toEqual([true, false]);
    expect(sent).toHaveLength(2);
  });

  it('stops with an error when Jira hands back a token it already gave', async () => {
    const { client, sent } = scriptedClient([
      answer(200, { issues: [], nextPageToken: 'a' }),
      answer(200, { issues: [], nextPageToken: 'b' }),
      answer(200, { issues: [], nextPageToken: 'a' }),
    ]);

    const pages = await collect(searchIssuePages(client, search));

    expect(sent).toHaveLength(3);
    const last = pages[pages.length - 1];
    expect(last?.ok === false && last.error.message).toBe(
      'POST /rest/api/3/search/jql returned nextPageToken "a" a second time; stopped paging to avoid a loop',
    );
  });
});

describe('bulk changelog pages', () => {
  it('sends the issues and field filter with each token until none is left', async () => {
    const history = {
      id: '10001',
      created: 1492070429,
      items: [{ field: 'status', fieldId: 'status', fromString: 'Open', toString: 'Done' }],
    };
    const { client, sent } = scriptedClient([
      answer(200, {
        issueChangeLogs: [{ issueId: '10100', changeHistories: [history] }],
        nextPageToken: 'UxAQBFRF',
      }),
      answer(200, { issueChangeLogs: [] }),
    ]);
    const request = { issueIdsOrKeys: ['SUP-1', 'SUP-2'], fieldIds: ['status', 'resolution'] };

    const pages = await collect(changelogPages(client, request));

    expect(sent.map((s) => s.body)).toEqual([
      { ...request, nextPageToken: undefined },
      { ...request, nextPageToken: 'UxAQBFRF' },
    ]);
    const first = pages[0];
    expect(first?.ok && first.value.issueChangeLogs[0]?.changeHistories[0]?.items[0]).toEqual({
      field: 'status',
      fieldId: 'status',
      fromString: 'Open',
      toString: 'Done',
    });
  });
});

describe('offset pages', () => {
  it('reads 5 comments in pages of 2 at startAt 0, 2, 4', async () => {
    const comment = (id: string) => ({ id, body: null, created: '2025-03-01T10:00:00.000+0000' });
    const { client, sent } = scriptedClient([
      answer(200, { startAt: 0, maxResults: 2, total: 5, comments: [comment('1'), comment('2')] }),
      answer(200, { startAt: 2, maxResults: 2, total: 5, comments: [comment('3'), comment('4')] }),
      answer(200, { startAt: 4, maxResults: 2, total: 5, comments: [comment('5')] }),
    ]);

    const pages = await collect(commentPages(client, 'SUP-1', { maxResults: 2 }));

    expect(pages).toHaveLength(3);
    expect(sent.map((s) => s.path)).toEqual([
      '/rest/api/3/issue/SUP-1/comment?maxResults=2&startAt=0',
      '/rest/api/3/issue/SUP-1/comment?maxResults=2&startAt=2',
      '/rest/api/3/issue/SUP-1/comment?maxResults=2&startAt=4',
    ]);
  });

  it("reads a group's members at startAt 0, 2 until a page says isLast", async () => {
    const user = (accountId: string) => ({ accountId, active: true });
    const { client, sent } = scriptedClient([
      answer(200, { startAt: 0, maxResults: 2, total: 3, isLast: false, values: [user('a'), user('b')] }),
      answer(200, { startAt: 2, maxResults: 2, total: 3, isLast: true, values: [user('c')] }),
    ]);

    const pages = await collect(groupMemberPages(client, { groupname: 'quality-managers' }, 2));

    expect(pages.flatMap((p) => (p.ok ? p.value.values.map((u) => u.accountId) : []))).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(sent.map((s) => s.path)).toEqual([
      '/rest/api/3/group/member?groupname=quality-managers&startAt=0&maxResults=2',
      '/rest/api/3/group/member?groupname=quality-managers&startAt=2&maxResults=2',
    ]);
  });

  it('reads group members by total when a page leaves out isLast', async () => {
    const { client, sent } = scriptedClient([
      answer(200, { startAt: 0, total: 2, values: [{ accountId: 'a' }, { accountId: 'b' }] }),
    ]);

    expect(await collect(groupMemberPages(client, { groupId: 'g1' }))).toHaveLength(1);
    expect(sent.map((s) => s.path)).toEqual(['/rest/api/3/group/member?groupId=g1&startAt=0&maxResults=50']);
  });

  it('reads SLA pages until isLastPage', async () => {
    const sla = (id: string) => ({ id, name: `SLA ${id}`, completedCycles: [] });
    const { client, sent } = scriptedClient([
      answer(200, { start: 0, limit: 2, size: 2, isLastPage: false, values: [sla('1'), sla('2')] }),
      answer(200, { start: 2, limit: 2, size: 1, isLastPage: true, values: [sla('3')] }),
    ]);

    const pages = await collect(requestSlaPages(client, 'SUP-1', 2));

    expect(pages.flatMap((p) => (p.ok ? p.value.values.map((v) => v.name) : []))).toEqual([
      'SLA 1',
      'SLA 2',
      'SLA 3',
    ]);
    expect(sent.map((s) => s.path)).toEqual([
      '/rest/servicedeskapi/request/SUP-1/sla?start=0&limit=2',
      '/rest/servicedeskapi/request/SUP-1/sla?start=2&limit=2',
    ]);
  });
});
