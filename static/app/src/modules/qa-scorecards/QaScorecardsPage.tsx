import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { QaConfig, ScorecardSummary, ScorecardVersion } from '@contract/qa-schema';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { call } from '../../shared/api';
import { Loading, Problem } from '../../shared/states';
import { Section } from '../admin/fields';
import { fill, nameIn } from '../qa-review-panel/messages';
import { blankScorecard, fromDefinition, STANDARD_SECTIONS } from './editor-draft';
import { useScorecardMessages } from './messages';
import { QaSettingsForm } from './QaSettingsForm';
import { ScorecardEditor } from './ScorecardEditor';

// The repair of the QA figures is rare admin work: loaded on its button, not with the admin page.
const QaRebuild = lazy(() => import('./QaRebuild'));

type Editing = { id: string; isNew: boolean; from: 'draft' | 'latest' | 'blank' } | null;

/** A published version, read-only: its sections and criteria as reviewers score them. */
function VersionView({ version }: { version: ScorecardVersion }) {
  const { m, locale } = useScorecardMessages();
  return (
    <div style={{ display: 'grid', gap: 4, paddingLeft: 12 }} data-version={version.version}>
      {version.sections.map((s) => (
        <div key={s.id}>
          <strong>{nameIn(s.name, locale)}</strong>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {s.criteria.map((c) => (
              <li key={c.id}>
                {nameIn(c.name, locale)} · {m.weight} {c.weight} ·{' '}
                {c.scale === 'yesNo' ? m.yesNo : m.oneToFive}
                {c.critical && ` · ${m.critical}`}
                {c.allowNa && ` · ${m.allowNa}`}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** One scorecard of the list: its draft, versions (each viewable) and the way to edit it. */
function ScorecardRow(props: { summary: ScorecardSummary; active: boolean; onEdit: (e: Editing) => void }) {
  const { m, locale } = useScorecardMessages();
  const { summary: s } = props;
  const [shown, setShown] = useState<ScorecardVersion | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const view = async (version: number) => {
    if (shown?.version === version) return setShown(null);
    const answer = await call('qa/scorecard/version', { id: s.id, version });
    if (!answer.ok) return setProblem(answer.error.message);
    setShown(answer.data);
  };
  return (
    <li
      style={{
        display: 'grid',
        gap: 6,
        padding: 8,
        border: `1px solid ${token('color.border')}`,
        borderRadius: 6,
      }}
      data-scorecard={s.id}
    >
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        <strong>{nameIn(s.name, locale)}</strong>
        <code>{s.id}</code>
        {props.active && <Lozenge appearance="success">{m.active}</Lozenge>}
        <Lozenge>{s.draft ? m.draftSaved : m.noDraft}</Lozenge>
      </div>
      <div>
        <span style={{ fontSize: 12, fontWeight: 600 }}>{m.versions}: </span>
        {s.versions.length === 0 && <span>{m.noVersions}</span>}
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {s.versions.map((v) => (
            <li key={v.version}>
              {fill(m.versionLine, {
                n: v.version,
                date: new Date(v.publishedAt).toLocaleDateString(locale),
                p: v.passMark,
              })}{' '}
              <Button
                spacing="compact"
                appearance="subtle"
                aria-expanded={shown?.version === v.version}
                onClick={() => void view(v.version)}
              >
                {shown?.version === v.version ? m.hide : m.view}
              </Button>
              {shown?.version === v.version && <VersionView version={shown} />}
            </li>
          ))}
        </ul>
      </div>
      {problem && <Problem message={problem} />}
      <div>
        <Button onClick={() => props.onEdit({ id: s.id, isNew: false, from: s.draft ? 'draft' : 'latest' })}>
          {s.draft || !s.latest ? m.editDraft : fill(m.startDraft, { n: s.latest.version })}
        </Button>
      </div>
    </li>
  );
}

/** The admin page's QA part: the scorecards (评分表) with their versions, the editor, and QA settings. */
export default function QaScorecardsPage() {
  const { m } = useScorecardMessages();
  const [scorecards, setScorecards] = useState<ScorecardSummary[] | null>(null);
  const [config, setConfig] = useState<QaConfig | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [repairing, setRepairing] = useState(false);
  // The settings form starts over when a load brings other settings (a first publish sets the active
  // scorecard), not after its own save, whose message must stay.
  const [loadedConfig, setLoadedConfig] = useState('');

  const load = useCallback(async () => {
    setLoadError(null);
    const [list, qa] = await Promise.all([call('qa/scorecards', {}), call('qa/config/get', {})]);
    if (!list.ok) return setLoadError(list.error.message);
    if (!qa.ok) return setLoadError(qa.error.message);
    setScorecards(list.data);
    setConfig(qa.data);
    setLoadedConfig(JSON.stringify(qa.data));
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  if (loadError) return <Problem message={loadError} onRetry={() => void load()} />;
  if (!scorecards || !config) return <Loading />;
  const current = editing && scorecards.find((s) => s.id === editing.id);
  const initial = !editing
    ? null
    : editing.from === 'draft' && current?.draft
      ? fromDefinition(current.draft)
      : editing.from === 'latest' && current?.latest
        ? fromDefinition(current.latest)
        : blankScorecard(STANDARD_SECTIONS);
  const taken = new Set(scorecards.map((s) => s.id));
  let n = scorecards.length + 1;
  while (taken.has(`scorecard-${n}`)) n += 1;

  return (
    <div style={{ display: 'grid', gap: 16, padding: 16, maxWidth: 1000 }}>
      <Section name="qa-scorecards" title={m.title} intro={m.intro}>
        {scorecards.length === 0 ? (
          <p style={{ margin: 0 }}>{m.none}</p>
        ) : (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
            {scorecards.map((s) => (
              // Active as the settings last saved say, so saving another active scorecard shows at once.
              <ScorecardRow
                key={s.id}
                summary={s}
                active={config.activeScorecardId === s.id}
                onEdit={setEditing}
              />
            ))}
          </ul>
        )}
        {!editing && (
          <div>
            <Button onClick={() => setEditing({ id: `scorecard-${n}`, isNew: true, from: 'blank' })}>
              {m.newScorecard}
            </Button>
          </div>
        )}
        {editing && initial && (
          <ScorecardEditor
            key={`${editing.id}:${editing.from}`}
            id={editing.id}
            isNew={editing.isNew && !current}
            initial={initial}
            nextVersion={(current?.latest?.version ?? 0) + 1}
            onDone={() => setEditing(null)}
            onChanged={() => void load()}
          />
        )}
      </Section>
      <QaSettingsForm key={loadedConfig} config={config} scorecards={scorecards} onSaved={setConfig} />
      {repairing ? (
        <Suspense fallback={<Loading />}>
          <QaRebuild projects={config.projects} />
        </Suspense>
      ) : (
        <div>
          <Button onClick={() => setRepairing(true)}>{m.repairOpen}</Button>
        </div>
      )}
    </div>
  );
}
