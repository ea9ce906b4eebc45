/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ProjectMonitor } from '@contract/monitor-schema';

const call = jest.fn();
jest.mock('../../../static/app/src/shared/api', () => ({ call: (...args: unknown[]) => call(...args) }));

import { MonitorSection } from '../../../static/app/src/modules/admin/MonitorSection';
import { I18nContext, messagesFor } from '../../../static/app/src/shared/i18n';

const running: ProjectMonitor = {
  projectKey: 'SUP',
  backfill: {
    status: 'running',
    ticketsDone: 12_300,
    skipped: 2,
    pages: 124,
    steps: 3,
    requests: 127,
    after: 'SUP-12302',
    startedAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:31:00.000Z',
    finishedAt: null,
    error: null,
  },
  sync: null,
  dirty: 0,
  needsRebuild: false,
  rebuildReason: null,
};
const stale: ProjectMonitor = {
  projectKey: 'OPS',
  backfill: {
    ...running.backfill!,
    ticketsDone: 800,
    skipped: 0,
    after: 'OPS-800',
    status: 'failed',
    error: { code: 'JIRA.ERROR', message: 'Jira answered 503' },
  },
  sync: null,
  dirty: 4,
  needsRebuild: true,
  rebuildReason: 'the KPI options or dimensions changed since the aggregates were built',
};

const answer = (projects: ProjectMonitor[]) => ({ ok: true, data: { projects } });

describe('the monitoring section of the admin page', () => {
  beforeEach(() => call.mockReset());

  it('shows each backfill’s progress, its failure, the pending marks and the need to rebuild', async () => {
    call.mockResolvedValue(answer([running, stale]));
    render(<MonitorSection />);
    expect(await screen.findByText('12,300 (2 skipped)')).toBeTruthy();
    expect(screen.getByText('SUP-12302')).toBeTruthy();
    expect(screen.getByText('OPS-800')).toBeTruthy();
    expect(screen.getByText('Running')).toBeTruthy();
    expect(screen.getByText('Jira answered 503')).toBeTruthy();
    expect(screen.getByText('4 tickets waiting for the next sync')).toBeTruthy();
    expect(screen.getByText(/The settings changed since these figures were built/)).toBeTruthy();
  });

  it('rebuilds a project, resumes a failed one, and will not start one twice', async () => {
    call.mockImplementation(async (key: string) =>
      key === 'monitor/status' ? answer([running, stale]) : { ok: true, data: stale },
    );
    render(<MonitorSection />);
    const rebuild = await screen.findAllByRole('button', { name: 'Rebuild' });
    // The running backfill's Rebuild is disabled; the failed one offers Rebuild and Resume.
    expect((rebuild[0] as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(rebuild[1] as HTMLElement);
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('monitor/backfill', { projectKey: 'OPS', mode: 'restart' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('monitor/backfill', { projectKey: 'OPS', mode: 'resume' }),
    );
  });

  it('speaks Chinese to a Chinese admin and checks a new project key', async () => {
    call.mockResolvedValue(answer([]));
    render(
      <I18nContext.Provider value={messagesFor('zh_CN')}>
        <MonitorSection />
      </I18nContext.Provider>,
    );
    expect(await screen.findByText('尚无已回填的项目。')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('项目代码'), { target: { value: 'sup-1' } });
    expect(screen.getByText('项目代码,如 SUP')).toBeTruthy();
    expect((screen.getByRole('button', { name: '开始回填' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('项目代码'), { target: { value: 'ops' } });
    fireEvent.click(screen.getByRole('button', { name: '开始回填' }));
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('monitor/backfill', { projectKey: 'OPS', mode: 'restart' }),
    );
  });
});
