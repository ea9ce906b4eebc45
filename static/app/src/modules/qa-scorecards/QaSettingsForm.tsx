import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { QaConfig, ScorecardSummary } from '@contract/qa-schema';
import { useMemo, useState } from 'react';
import { call } from '../../shared/api';
import { bindFields, Check, groupStyle, legendStyle, Row, Section, TextInput } from '../admin/fields';
import { nameIn } from '../qa-review-panel/messages';
import { checkConfig, fromConfig, type ConfigDraft } from './editor-draft';
import { useScorecardMessages } from './messages';

const selectStyle = {
  font: 'inherit',
  padding: 6,
  background: token('color.background.input'),
  color: token('color.text'),
};

/** QA settings (质检设置): sampling rate and cadence, targeted sampling, reviewers, the active scorecard. */
export function QaSettingsForm(props: {
  config: QaConfig;
  scorecards: readonly ScorecardSummary[];
  onSaved: (c: QaConfig) => void;
}) {
  const { m, locale } = useScorecardMessages();
  const [draft, setDraft] = useState<ConfigDraft>(() => fromConfig(props.config));
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const checked = useMemo(() => checkConfig(draft, m.words), [draft, m.words]);
  const set = (patch: Partial<ConfigDraft>) => {
    setOutcome(null);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const save = async () => {
    if (!checked.config)
      return setOutcome({ ok: false, message: m.fixErrors(Object.keys(checked.errors).length) });
    setBusy(true);
    const answer = await call('qa/config/save', { config: checked.config });
    setBusy(false);
    if (!answer.ok) return setOutcome({ ok: false, message: answer.error.message });
    setDraft(fromConfig(answer.data));
    props.onSaved(answer.data);
    setOutcome({ ok: true, message: m.settingsSaved });
  };
  const e = checked.errors;
  const field = bindFields('qa', draft, e, set);
  const published = props.scorecards.filter((s) => s.latest !== null);
  return (
    <form
      aria-label={m.settings}
      onSubmit={(ev) => {
        ev.preventDefault();
        void save();
      }}
    >
      <Section name="qa-settings" title={m.settings} intro={m.settingsIntro}>
        <Row>
          <TextInput {...field('ratePercent')} label={m.rate} unit={m.percentUnit} width={140} />
          <TextInput {...field('minPerAgent')} label={m.minPerAgent} width={140} />
          <label style={{ display: 'grid', gap: 4, fontSize: 12, fontWeight: 600 }}>
            {m.cadence}
            <select
              value={draft.cadence}
              style={selectStyle}
              onChange={(ev) => set({ cadence: ev.currentTarget.value === 'weekly' ? 'weekly' : 'daily' })}
            >
              <option value="daily">{m.daily}</option>
              <option value="weekly">{m.weekly}</option>
            </select>
          </label>
          <TextInput {...field('projects')} label={m.projects} inputMode="text" width={240} />
          <TextInput {...field('timeZone')} label={m.timeZone} inputMode="text" width={180} />
        </Row>
        <fieldset style={groupStyle}>
          <legend style={legendStyle}>{m.targetedSampling}</legend>
          <Row>
            <div style={{ display: 'grid', gap: 4, paddingTop: 18 }}>
              <Check label={m.lowCsat} checked={draft.lowCsat} onChange={(lowCsat) => set({ lowCsat })} />
              <Check label={m.reopened} checked={draft.reopened} onChange={(reopened) => set({ reopened })} />
              <Check
                label={m.slaBreached}
                checked={draft.slaBreached}
                onChange={(slaBreached) => set({ slaBreached })}
              />
            </div>
            <TextInput
              {...field('lowCsatMaxRating')}
              label={m.lowCsatMaxRating}
              width={140}
              isDisabled={!draft.lowCsat}
            />
            <TextInput {...field('maxPerAgent')} label={m.maxPerAgent} width={220} />
          </Row>
        </fieldset>
        <Row>
          <TextInput {...field('reviewerGroup')} label={m.reviewerGroup} inputMode="text" width={300} />
          <label style={{ display: 'grid', gap: 4, fontSize: 12, fontWeight: 600 }}>
            {m.activeScorecard}
            <select
              value={draft.activeScorecardId}
              style={selectStyle}
              onChange={(ev) => set({ activeScorecardId: ev.currentTarget.value })}
            >
              <option value="">{m.noActive}</option>
              {published.map((s) => (
                <option key={s.id} value={s.id}>
                  {nameIn(s.name, locale)} (v{s.latest?.version})
                </option>
              ))}
            </select>
          </label>
        </Row>
        <div role="status" aria-live="polite">
          {outcome && (
            <SectionMessage appearance={outcome.ok ? 'success' : 'error'}>
              <p>{outcome.message}</p>
            </SectionMessage>
          )}
        </div>
        <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button appearance="primary" type="submit" isDisabled={busy}>
            {m.saveSettings}
          </Button>
        </div>
      </Section>
    </form>
  );
}
