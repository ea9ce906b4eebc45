import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { useCallback, useEffect, useState } from 'react';
import type { ProjectMonitor } from '@contract/monitor-schema';
import { call } from '../../shared/api';
import { Row, Section, TextInput } from './fields';
import { useMonitorMessages, type MonitorMessages } from './monitor-messages';

const POLL_MS = 3000;
const PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/;

const when = (iso: string | null, m: MonitorMessages) => (iso ? new Date(iso).toLocaleString() : m.never);

const APPEARANCE = { running: 'inprogress', paused: 'moved', done: 'success', failed: 'removed' } as const;

/** The backfill and hourly sync of each project: progress, errors, and Rebuild / Resume. */
export function MonitorSection() {
  const m = useMonitorMessages();
  const [projects, setProjects] = useState<ProjectMonitor[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [newKey, setNewKey] = useState('');

  const load = useCallback(async () => {
    const answer = await call('monitor/status', {});
    if (answer.ok) {
      setProjects(answer.data.projects);
      setError(null);
    } else setError(answer.error.message);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  // While a backfill runs, its checkpoints move: poll so the counts follow.
  const running = projects?.some((p) => p.backfill?.status === 'running') ?? false;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [running, load]);

  const backfill = async (projectKey: string, mode: 'restart' | 'resume') => {
    setBusy(true);
    const answer = await call('monitor/backfill', { projectKey, mode });
    setBusy(false);
    if (!answer.ok) return setError(answer.error.message);
    setError(null);
    await load();
  };

  const keyError = newKey !== '' && !PROJECT_KEY.test(newKey) ? m.badProjectKey : undefined;
  return (
    <Section name="monitor" title={m.monitor} intro={m.monitorIntro}>
      {error && (
        <SectionMessage appearance="error">
          <p>{error}</p>
        </SectionMessage>
      )}
      {projects && projects.length === 0 && <p style={{ margin: 0 }}>{m.noProjects}</p>}
      {projects?.map((p) => (
        <ProjectProgress key={p.projectKey} project={p} busy={busy} m={m} onBackfill={backfill} />
      ))}
      <Row>
        <TextInput
          path="monitor.projectKey"
          label={m.projectKeyLabel}
          value={newKey}
          inputMode="text"
          width={160}
          error={keyError}
          onChange={(v) => setNewKey(v.trim().toUpperCase())}
        />
        <div style={{ alignSelf: 'end', display: 'flex', gap: 8 }}>
          <Button
            isDisabled={busy || newKey === '' || keyError !== undefined}
            onClick={() => void backfill(newKey, 'restart')}
          >
            {m.start}
          </Button>
          <Button appearance="subtle" onClick={() => void load()}>
            {m.refresh}
          </Button>
        </div>
      </Row>
    </Section>
  );
}

function ProjectProgress(props: {
  project: ProjectMonitor;
  busy: boolean;
  m: MonitorMessages;
  onBackfill: (projectKey: string, mode: 'restart' | 'resume') => Promise<void>;
}) {
  const { project: p, busy, m } = props;
  const b = p.backfill;
  const facts: [string, string][] = b
    ? [
        [
          m.tickets,
          `${b.ticketsDone.toLocaleString()}${b.skipped > 0 ? ` (${b.skipped} ${m.skipped})` : ''}`,
        ],
        [m.pages, String(b.pages)],
        [m.steps, String(b.steps)],
        [m.requests, String(b.requests)],
        [m.started, when(b.startedAt, m)],
        [m.lastCheckpoint, when(b.updatedAt, m)],
        ...(b.finishedAt ? [[m.finished, when(b.finishedAt, m)] as [string, string]] : []),
        ...(b.status !== 'done' && b.after ? [[m.resumesAfter, b.after] as [string, string]] : []),
      ]
    : [];
  if (p.sync)
    facts.push([
      m.lastSync,
      p.sync.lastRun
        ? `${when(p.sync.lastRunAt, m)} · ${m.syncSummary(p.sync.lastRun.changed, p.sync.lastRun.requests)}`
        : m.never,
    ]);
  return (
    <div data-monitor-project={p.projectKey} style={{ display: 'grid', gap: 8 }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <strong>{p.projectKey}</strong>
        <Lozenge appearance={b ? APPEARANCE[b.status] : 'default'}>{b ? m[b.status] : m.notStarted}</Lozenge>
      </div>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px', margin: 0 }}>
        {facts.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd style={{ margin: 0 }}>{value}</dd>
          </div>
        ))}
      </dl>
      {p.dirty > 0 && <p style={{ margin: 0 }}>{m.pendingChanges(p.dirty)}</p>}
      {b?.error && (
        <SectionMessage appearance="error">
          <p>{b.error.message}</p>
        </SectionMessage>
      )}
      {p.sync?.lastError && (
        <SectionMessage appearance="warning">
          <p>{p.sync.lastError.message}</p>
        </SectionMessage>
      )}
      {p.needsRebuild && (
        <SectionMessage appearance="warning">
          <p>
            {m.needsRebuild}
            {p.rebuildReason ? ` (${p.rebuildReason})` : ''}
          </p>
        </SectionMessage>
      )}
      <div style={{ display: 'flex', gap: 8 }}>
        <Button
          appearance={p.needsRebuild ? 'primary' : 'default'}
          isDisabled={busy || b?.status === 'running'}
          onClick={() => void props.onBackfill(p.projectKey, 'restart')}
        >
          {m.rebuild}
        </Button>
        {b && (b.status === 'failed' || b.status === 'paused') && (
          <Button isDisabled={busy} onClick={() => void props.onBackfill(p.projectKey, 'resume')}>
            {m.resume}
          </Button>
        )}
      </div>
    </div>
  );
}
