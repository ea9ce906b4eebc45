import type { Result } from '../../src/domain/result';
import {
  completeChangelogs,
  issuePages,
  type IssuePage,
  type IssueReadFailure,
} from '../../src/jira/issue-pages';
import { answer, scriptedClient } from './client/fake-jira';

const collect = async (
  pages: AsyncIterable<Result<IssuePage, IssueReadFailure>>,
): Promise<Result<IssuePage, IssueReadFailure>[]> => {
  const all: Result<IssuePage, IssueReadFailure>[] = [];
  for await (const page of pages) all.push(page);
  return all;
};

const comment = (id: string) => ({ id, body: null, created: '2026-10-01T10:00:00.000+0000' });
const history = (id: string) => ({
  id,
  created: '2026-10-01T11:00:00.000+0000',
  items: [{ field: 'status', fieldId: 'status', fromString: 'Open', toString: 'Done' }],
});

describe('issue pages: a search with what it truncated completed', () => {
  it('reads every comment of a truncated list and lists the truncated changelog for completion', async () => {
    const { client, sent } = scriptedClient([
      answer(200, {
        issues: [
          {
            id: '10001',
            key: 'SUP-1',
            fields: { comment: { startAt: 0, maxResults: 1, total: 3, comments: [comment('1')] } },
            changelog: { startAt: 0, maxResults: 0, total: 2, histories: [] },
          },
          { id: '10002', fields: { comment: { total: 0, comments: [] } } },
        ],
        isLast: true,
      }),
      answer(200, { startAt: 0, maxResults: 2, total: 3, comments: [comment('1'), comment('2')] }),
      answer(200, { startAt: 2, maxResults: 2, total: 3, comments: [comment('3')] }),
      answer(200, { issueChangeLogs: [{ issueId: '10001', changeHistories: [history('7'), history('8')] }] }),
    ]);

    const pages = await collect(issuePages(client, { jql: 'project = SUP', fields: ['comment'] }));

    expect(pages).toHaveLength(1);
    const page = pages[0];
    if (!page?.ok) throw new Error('the page should have been read');
    expect(page.value.keys).toEqual(['SUP-1', '10002']);
    expect(page.value.last).toBe(true);
    const first = page.value.issues[0] as { fields: { comment: unknown } };
    expect(first.fields.comment).toEqual({
      startAt: 0,
      maxResults: 3,
      total: 3,
      comments: [comment('1'), comment('2'), comment('3')],
    });
    // The second issue's list was whole: no request for it, and its changelog is not listed.
    expect(page.value.truncatedChangelogs.map((i) => i.id)).toEqual(['10001']);

    const completed = await completeChangelogs(client, page.value.truncatedChangelogs);
    expect(completed.ok).toBe(true);
    expect(page.value.issues[0]?.changelog).toEqual({
      startAt: 0,
      maxResults: 2,
      total: 2,
      histories: [history('7'), history('8')],
    });
    expect(sent.map((s) => `${s.method} ${s.path.split('?')[0]}`)).toEqual([
      'POST /rest/api/3/search/jql',
      'GET /rest/api/3/issue/10001/comment',
      'GET /rest/api/3/issue/10001/comment',
      'POST /rest/api/3/changelog/bulkfetch',
    ]);
    expect((sent[0]?.body as { expand?: string }).expand).toBe('changelog');
  });

  it('stops at a comment read Jira refuses, naming the ticket it was reading', async () => {
    const { client, sent } = scriptedClient([
      answer(200, {
        issues: [{ id: '10001', key: 'SUP-1', fields: { comment: { total: 2, comments: [comment('1')] } } }],
        nextPageToken: 't2',
      }),
      answer(404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'] }),
    ]);

    const pages = await collect(issuePages(client, { jql: 'project = SUP' }));

    expect(pages).toHaveLength(1);
    const failed = pages[0];
    expect(failed?.ok === false && failed.error.doing).toBe('Reading the comments of SUP-1');
    expect(failed?.ok === false && failed.error.jiraError.status).toBe(404);
    // The next search page is never asked for.
    expect(sent).toHaveLength(2);
  });
});
