import type { ResolverKey } from '../../../src/contract/resolvers';
import { searchJql } from '../../../src/jira/endpoints';
import type { LocalApp } from '../../../src/local/forge-runtime/local-app';
import { installMonitoredApp, mustAs } from '../../support/local-app';
import { startTestHost, TEST_NOW, type TestHost } from '../../support/local-host';

let clock = TEST_NOW; // 2026-11-01T08:00Z, a Sunday
let host: TestHost;
let app: LocalApp;
let admin = '';

beforeAll(async () => {
  host = await startTestHost({ now: () => clock });
  app = await installMonitoredApp(host, 'reviews');
  admin = host.credentials.find((c) => c.role === 'admin')?.accountId ?? '';
}, 120_000);
afterAll(async () => {
  app.close();
  await host.dispose();
});

const must = <K extends ResolverKey>(key: K, payload: unknown) => mustAs(app, key, payload, admin);

/**
 * SUP tickets created in `[from, to)` (UTC days), counted from each ticket's own `created` timestamp:
 * an independent path to the review's volume (JQL dates would be read in the admin's time zone).
 */
async function createdBetween(from: string, to: string): Promise<number> {
  const [start, end] = [Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`)];
  let n = 0;
  let nextPageToken: string | undefined;
  do {
    const page = await searchJql(host.clientAs('admin'), {
      jql: 'project = SUP',
      fields: ['created'],
      maxResults: 100,
      nextPageToken,
    });
    if (!page.ok) throw new Error(page.error.message);
    for (const issue of page.value.issues) {
      const at = Date.parse(String((issue.fields as { created?: string } | undefined)?.created));
      if (at >= start && at < end) n += 1;
    }
    nextPageToken = page.value.nextPageToken ?? undefined;
  } while (nextPageToken);
  return n;
}

describe('the weekly review (周复盘) on the local host', () => {
  it('covers the previous ISO week with the tickets created in it, and keeps it unchanged', async () => {
    const review = await must('reviews/generate', { projectKey: 'SUP', kind: 'weekly' });
    expect(review).toMatchObject({
      label: '2026-W43',
      from: '2026-10-19',
      to: '2026-10-26',
      timeZone: 'UTC',
    });
    expect(review.volume.created).toBe(await createdBetween('2026-10-19', '2026-10-26'));
    expect(review.volume.created).toBeGreaterThan(0);
    // No improvements exist on the fresh site.
    expect(Object.values(review.improvements.byStage).reduce((a, b) => a + b, 0)).toBe(0);
    // The Pareto's shares add up to its total.
    expect(review.pareto.rows.reduce((a, r) => a + r.count, 0)).toBe(review.pareto.total);

    clock = TEST_NOW + 3_600_000;
    const again = await must('reviews/generate', { projectKey: 'SUP', kind: 'weekly' });
    expect(again).toEqual(review);
    const read = await must('reviews/get', { projectKey: 'SUP', kind: 'weekly', label: '2026-W43' });
    expect(read).toEqual(review);
    const list = await must('reviews/list', { projectKey: 'SUP' });
    expect(list.reviews.map((r) => `${r.kind} ${r.label}`)).toEqual(['weekly 2026-W43']);
  }, 60_000);

  it('covers the previous month in the monthly audit (月稽核)', async () => {
    const audit = await must('reviews/generate', { projectKey: 'SUP', kind: 'monthly' });
    expect(audit).toMatchObject({ label: '2026-10', from: '2026-10-01', to: '2026-11-01' });
    expect(audit.volume.created).toBe(await createdBetween('2026-10-01', '2026-11-01'));
    const list = await must('reviews/list', { projectKey: 'SUP' });
    expect(list.reviews.map((r) => `${r.kind} ${r.label}`)).toEqual(['weekly 2026-W43', 'monthly 2026-10']);
  }, 60_000);

  it('answers a clear error for a review that was never generated', async () => {
    const answer = await app.invoke(
      'reviews/get',
      { projectKey: 'SUP', kind: 'weekly', label: '2026-W01' },
      admin,
    );
    expect(answer).toEqual({
      ok: false,
      error: { code: 'REVIEWS.NOT_FOUND', message: 'There is no weekly review 2026-W01 of SUP' },
    });
  });
});
