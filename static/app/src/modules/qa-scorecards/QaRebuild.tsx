import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import { call } from '../../shared/api';
import { Section } from '../admin/fields';
import { useRebuildMessages } from './rebuild-messages';

const PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/;

/**
 * Repair of the QA figures (admin): rebuilds a project's per-day QA aggregates from the reviews
 * stored on its tickets. Loaded only when the admin opens it.
 */
export default function QaRebuild({ projects }: { projects: readonly string[] }) {
  const { m } = useRebuildMessages();
  const [projectKey, setProjectKey] = useState(projects[0] ?? '');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; lines: string[] } | null>(null);

  const rebuild = async () => {
    const key = projectKey.trim().toUpperCase();
    if (!PROJECT_KEY.test(key)) return setOutcome({ ok: false, lines: [m.projectKey] });
    setBusy(true);
    setOutcome(null);
    const answer = await call('qa/aggregates/rebuild', { projectKey: key });
    setBusy(false);
    if (!answer.ok) return setOutcome({ ok: false, lines: [answer.error.message] });
    const r = answer.data;
    setOutcome({
      ok: r.unreadable.length === 0,
      lines: [m.done(r), ...(r.unreadable.length > 0 ? [m.unreadable(r.unreadable.join(', '))] : [])],
    });
  };

  return (
    <Section name="qa-rebuild" title={m.title} intro={m.intro}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-end', flexWrap: 'wrap' }}>
        <label style={{ display: 'grid', gap: 4, fontSize: 12, fontWeight: 600 }}>
          {m.project}
          <input
            id="ql-qa-rebuild-project"
            value={projectKey}
            list="ql-qa-rebuild-projects"
            onChange={(e) => setProjectKey(e.currentTarget.value)}
            style={{ font: 'inherit', padding: '4px 6px', width: 120 }}
          />
          <datalist id="ql-qa-rebuild-projects">
            {projects.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
        </label>
        <Button appearance="primary" isDisabled={busy} onClick={() => void rebuild()}>
          {busy ? m.busy : m.rebuild}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {outcome && (
          <SectionMessage appearance={outcome.ok ? 'success' : 'warning'}>
            {outcome.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </SectionMessage>
        )}
      </div>
    </Section>
  );
}
