import { useCallback, useEffect, useState } from 'react';
import type { ResolverOutput } from '@contract/resolvers';
import { call } from '../../shared/api';
import { Loading, Problem } from '../../shared/states';
import { formatInstant } from './format';
import { useTimeZone } from './time-zone';
import { usePanelMessages } from './messages';

type Entry = ResolverOutput<'improvement/audit'>[number];

const show = (v: unknown): string => {
  if (v === null || v === undefined) return '—';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 160 ? `${s.slice(0, 160)}…` : s;
};

/** The audit trail of the improvement, newest first: when, who, what, before → after. */
export function TimelineTab({ issueKey, version }: { issueKey: string; version: number }) {
  const { m, locale } = usePanelMessages();
  const tz = useTimeZone();
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    setError(null);
    const r = await call('improvement/audit', { key: issueKey });
    if (r.ok) setEntries([...r.data].sort((a, b) => b.at.localeCompare(a.at)));
    else setError(r.error.message);
  }, [issueKey]);
  useEffect(() => {
    void load();
  }, [load, version]);
  if (error) return <Problem message={error} onRetry={() => void load()} />;
  if (!entries) return <Loading />;
  if (entries.length === 0) return <p>{m.noAudit}</p>;
  return (
    <ol aria-label={m.timeline} style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 8 }}>
      {entries.map((e, i) => (
        <li key={`${e.at}-${i}`} style={{ overflowWrap: 'anywhere' }}>
          <strong>{formatInstant(e.at, locale, tz)}</strong> · {e.by} · <code>{e.field}</code>
          <div>
            {show(e.before)} → {show(e.after)}
          </div>
        </li>
      ))}
    </ol>
  );
}
