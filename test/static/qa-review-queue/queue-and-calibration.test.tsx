/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { CalibrationReport } from '@contract/qa-schema';

const call = jest.fn();
jest.mock('../../../static/app/src/shared/api', () => ({ call: (...args: unknown[]) => call(...args) }));
jest.mock('@forge/bridge', () => ({ router: { navigate: jest.fn() } }));

import { CalibrationView } from '../../../static/app/src/modules/qa-review-queue/CalibrationView';
import { completeDays } from '../../../static/app/src/modules/qa-review-queue/period';
import { QueueView } from '../../../static/app/src/modules/qa-review-queue/QueueView';

const item = (
  issueKey: string,
  kind: 'random' | 'targeted',
  reasons: Array<'lowCsat' | 'reopened' | 'slaBreached'>,
) => ({
  issueKey,
  projectKey: 'SUP',
  agent: 'a-1',
  channel: 'Chat',
  kind,
  reasons,
  sampleId: 'run-1',
  summary: `Ticket ${issueKey}`,
  resolvedAt: '2026-11-20T03:00:00.000Z',
  drawnAt: '2026-11-23T00:00:00.000Z',
  reviewers: [],
  reviewed: false,
});

describe('the reviewer queue', () => {
  beforeEach(() => call.mockReset());

  it('draws the sample of the last complete days and lists random and targeted picks with their reasons', async () => {
    let items = [item('SUP-1', 'random', [])];
    call.mockImplementation(async (key: string) => {
      if (key === 'qa/queue') return { ok: true, data: { items, people: { 'a-1': '王芳 Wang Fang' } } };
      if (key === 'qa/sample/run') {
        items = [...items, item('SUP-2', 'targeted', ['lowCsat', 'reopened'])];
        return {
          ok: true,
          data: {
            schemaVersion: 1,
            id: 'run-2',
            projectKey: 'SUP',
            period: {
              from: '2026-11-16T16:00:00.000Z',
              to: '2026-11-23T16:00:00.000Z',
              timeZone: 'Asia/Shanghai',
            },
            seed: 42,
            rate: 0.03,
            minPerAgent: 1,
            drawnAt: '2026-11-24T00:00:00.000Z',
            drawnBy: 'r-1',
            population: 40,
            items: [],
          },
        };
      }
      throw new Error(`unexpected ${key}`);
    });
    render(<QueueView projectKey="SUP" timeZone="Asia/Shanghai" days={7} />);
    await screen.findByText('Ticket SUP-1');
    fireEvent.click(screen.getByRole('button', { name: 'Draw sample' }));
    await screen.findByText('Sample drawn: 0 of 40 resolved tickets (seed 42).');
    expect(call).toHaveBeenCalledWith('qa/sample/run', {
      projectKey: 'SUP',
      ...completeDays(7, 'Asia/Shanghai'),
    });
    const targeted = (await screen.findByText('Ticket SUP-2')).closest('tr') as HTMLElement;
    expect(targeted.getAttribute('data-kind')).toBe('targeted');
    expect(within(targeted).getByText('low CSAT, reopened')).toBeTruthy();
    expect(within(targeted).getByRole('link', { name: 'SUP-2' }).getAttribute('href')).toBe('/browse/SUP-2');
    // The agent by name, the account id kept on the row for scripts.
    expect(within(targeted).getByText('王芳 Wang Fang')).toBeTruthy();
    expect(targeted.getAttribute('data-agent')).toBe('a-1');
  });

  it('shows the account id of an agent Jira gave no name for', async () => {
    call.mockResolvedValue({ ok: true, data: { items: [item('SUP-3', 'random', [])], people: {} } });
    render(<QueueView projectKey="SUP" timeZone="UTC" days={7} />);
    const row = (await screen.findByText('Ticket SUP-3')).closest('tr') as HTMLElement;
    expect(within(row).getByText('a-1')).toBeTruthy();
  });

  it('asks again for random picks only, all of them', async () => {
    call.mockResolvedValue({ ok: true, data: { items: [], people: {} } });
    render(<QueueView projectKey="SUP" timeZone="UTC" days={7} />);
    await screen.findByText('Nothing to review: draw a sample, or wait for the daily sampling.');
    fireEvent.click(screen.getByRole('button', { name: 'Random' }));
    fireEvent.click(screen.getByRole('button', { name: 'All sampled' }));
    await waitFor(() =>
      expect(call).toHaveBeenLastCalledWith('qa/queue', { projectKey: 'SUP', show: 'all', kind: 'random' }),
    );
  });

  it('takes the 7 complete days before today in the time zone', () => {
    // 2026-11-24 01:00 in Shanghai is still 2026-11-23 in UTC.
    const now = Date.parse('2026-11-23T17:00:00Z');
    expect(completeDays(7, 'Asia/Shanghai', now)).toEqual({
      from: '2026-11-17',
      to: '2026-11-24',
      timeZone: 'Asia/Shanghai',
    });
    expect(completeDays(7, 'UTC', now)).toEqual({ from: '2026-11-16', to: '2026-11-23', timeZone: 'UTC' });
  });
});

describe('calibration', () => {
  beforeEach(() => call.mockReset());
  const name = (en: string) => ({ en, zhCN: en });
  const report: CalibrationReport & { people: Record<string, string> } = {
    tickets: [
      {
        issueKey: 'SUP-7',
        reviewers: [
          { reviewer: 'r-1', score: 40, passed: false, version: 1 },
          { reviewer: 'r-2', score: 90, passed: true, version: 1 },
        ],
        criteria: [
          {
            criterionId: 'greet',
            name: name('Greets'),
            scale: 'yesNo',
            values: [
              { reviewer: 'r-1', value: 1 },
              { reviewer: 'r-2', value: 1 },
            ],
            agreement: 1,
          },
          {
            criterionId: 'correct',
            name: name('Correct'),
            scale: 'oneToFive',
            values: [
              { reviewer: 'r-1', value: 2 },
              { reviewer: 'r-2', value: 5 },
            ],
            agreement: 0,
          },
          {
            criterionId: 'empathy',
            name: name('Empathy'),
            scale: 'yesNo',
            values: [
              { reviewer: 'r-1', value: null },
              { reviewer: 'r-2', value: 0 },
            ],
            agreement: 0,
          },
        ],
        criterionAgreement: 1 / 3,
        passAgreement: 0,
        scoreDifference: 50,
      },
    ],
    byCriterion: [
      { criterionId: 'greet', name: name('Greets'), agreement: 1, pairs: 1 },
      { criterionId: 'correct', name: name('Correct'), agreement: 0, pairs: 1 },
      { criterionId: 'empathy', name: name('Empathy'), agreement: 0, pairs: 1 },
    ],
    overall: { tickets: 1, criterionAgreement: 1 / 3, passAgreement: 0, meanScoreDifference: 50 },
    // r-2 has no name from Jira: its column falls back to the account id.
    people: { 'r-1': '高燕 Gao Yan' },
  };

  it('shows each reviewer’s value per criterion and marks the criteria they differ on', async () => {
    call.mockResolvedValue({ ok: true, data: report });
    render(<CalibrationView projectKey="SUP" timeZone="UTC" days={7} />);
    await screen.findByText(
      'Criterion agreement 33.3% · pass/fail agreement 0.0% · mean score difference 50 over 1 tickets',
    );
    const ticket = document.querySelector('[data-calibration-ticket="SUP-7"]') as HTMLElement;
    const rows = within(ticket).getAllByRole('row');
    const cells = (label: string) => {
      const row = rows.find((r) => r.querySelector('th')?.textContent?.startsWith(label));
      return [...(row?.querySelectorAll('td') ?? [])].map((td) => td.textContent);
    };
    expect(
      within(ticket)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Criterion', '高燕 Gao Yan', 'r-2', 'Agreement']);
    expect(cells('Greets')).toEqual(['Yes', 'Yes', '100.0%']);
    expect(cells('Correct')).toEqual(['2', '5', '0.0%']);
    expect(cells('Empathy')).toEqual(['N/A', 'No', '0.0%']);
    expect(cells('Score')).toEqual(['40 (Failed, v1)', '90 (Passed, v1)', '0.0%']);
    expect(
      rows
        .filter((r) => r.getAttribute('data-differs') === 'true')
        .map((r) => r.querySelector('th')?.firstChild?.textContent),
    ).toEqual(['Correct', 'Empathy']);
  });

  it('says so when no ticket has two reviewers', async () => {
    call.mockResolvedValue({
      ok: true,
      data: {
        tickets: [],
        byCriterion: [],
        overall: { tickets: 0, criterionAgreement: null, passAgreement: null, meanScoreDifference: null },
        people: {},
      },
    });
    render(<CalibrationView projectKey="SUP" timeZone="UTC" days={7} />);
    await screen.findByText('No ticket was scored by two or more reviewers in this period.');
  });
});
