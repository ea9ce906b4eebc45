import Button from '@atlaskit/button/new';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { call } from '../../shared/api';
import type { ForgeContext } from '../../shared/context';
import { SaveOutcome, type SaveOutcomeValue } from '../../shared/SaveOutcome';
import { Loading, Problem } from '../../shared/states';
import { AlertRulesSection } from './AlertRulesSection';
import { ApproversSection } from './ApproversSection';
import { CategoriesSection } from './CategoriesSection';
import { toDraft, type Draft } from './draft';
import { EnsurePartsSection } from './EnsurePartsSection';
import { FieldMappingSection } from './FieldMappingSection';
import { KpiOptionsSection } from './KpiOptionsSection';
import { MonitorSection } from './MonitorSection';
import { useAdminMessages } from './messages';
import { TargetsSection } from './TargetsSection';
import { validateDraft } from './validate';
import { WeightsSection } from './WeightsSection';

// The QA part (scorecard editor, QA settings) is its own chunk with its own data and save buttons.
const QaScorecardsPage = lazy(() => import('../qa-scorecards/QaScorecardsPage'));

type Outcome = SaveOutcomeValue;

/** The Jira admin page: every setting of the app, checked as typed, saved whole by an admin. */
export default function AdminPage(_: { context: ForgeContext }) {
  const m = useAdminMessages();
  const [saved, setSaved] = useState<Draft | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const load = useCallback(async () => {
    setLoadError(null);
    const answer = await call('settings/get', {});
    if (!answer.ok) return setLoadError(answer.error.message);
    setSaved(toDraft(answer.data));
    setDraft(toDraft(answer.data));
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const checked = useMemo(() => (draft ? validateDraft(draft, m) : null), [draft, m]);
  if (loadError) return <Problem message={loadError} onRetry={() => void load()} />;
  if (!draft || !checked) return <Loading />;

  const change = (update: (d: Draft) => Draft) => {
    setOutcome(null);
    setDraft((d) => (d ? update(d) : d));
  };
  const save = async () => {
    if (!checked.settings) return setOutcome({ kind: 'invalid', count: Object.keys(checked.errors).length });
    setBusy(true);
    const answer = await call('settings/save', { settings: checked.settings });
    setBusy(false);
    if (!answer.ok) return setOutcome({ kind: 'refused', message: answer.error.message });
    setSaved(toDraft(answer.data));
    setDraft(toDraft(answer.data));
    setOutcome({ kind: 'saved' });
  };
  const props = { draft, change, errors: checked.errors };

  return (
    <>
      <form
        aria-label={m.title}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        style={{ display: 'grid', gap: 16, padding: 16, maxWidth: 1000 }}
      >
        <h2 style={{ margin: 0 }}>{m.title}</h2>
        <p style={{ margin: 0 }}>{m.intro}</p>
        <KpiOptionsSection {...props} />
        <TargetsSection {...props} />
        <WeightsSection {...props} />
        <FieldMappingSection {...props} />
        <CategoriesSection {...props} />
        <ApproversSection {...props} />
        <SaveOutcome outcome={outcome} saved={m.saved} refusedTitle={m.saveRefused} fixErrors={m.fixErrors} />
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <Button
            appearance="subtle"
            isDisabled={busy || draft === saved}
            onClick={() => change(() => saved ?? draft)}
          >
            {m.reset}
          </Button>
          <Button appearance="primary" type="submit" isDisabled={busy}>
            {m.save}
          </Button>
        </div>
        <AlertRulesSection />
        <EnsurePartsSection />
        <MonitorSection />
      </form>
      {/* QA scorecards (质检评分表) and QA settings: saved on their own, so outside the settings form. */}
      <Suspense fallback={<Loading />}>
        <QaScorecardsPage />
      </Suspense>
    </>
  );
}
