import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { useMemo, useState } from 'react';
import { call } from '../../shared/api';
import { SaveOutcome, type SaveOutcomeValue } from '../../shared/SaveOutcome';
import { bindFields, Check, FieldError, groupStyle, legendStyle, Row, TextInput } from '../admin/fields';
import { fill } from '../qa-review-panel/messages';
import {
  checkScorecard,
  freshId,
  newCriterion,
  type CriterionDraft,
  type ScorecardDraft,
  type SectionDraft,
} from './editor-draft';
import { useScorecardMessages } from './messages';

type Outcome = SaveOutcomeValue | { kind: 'published'; version: number };

// minWidth 0 lets a criterion's fieldset shrink below its inputs' width in a narrow page.
const box = { ...groupStyle, minWidth: 0 } as const;

/** One criterion's fields. */
function CriterionFields(props: {
  at: string;
  criterion: CriterionDraft;
  errors: Readonly<Record<string, string>>;
  set: (patch: Partial<CriterionDraft>) => void;
  remove: (() => void) | null;
}) {
  const { m } = useScorecardMessages();
  const { at, criterion: c, set } = props;
  const err = (f: string) => props.errors[`${at}.${f}`];
  const text = (f: 'id' | 'nameEn' | 'nameZh' | 'guidanceEn' | 'guidanceZh', label: string, width = 220) => (
    <TextInput
      path={`qa.${at}.${f}`}
      label={label}
      value={c[f]}
      inputMode="text"
      width={width}
      error={err(f)}
      onChange={(v) => set({ [f]: v })}
    />
  );
  return (
    <fieldset style={box} aria-label={`${m.criterion} ${c.nameEn || c.id}`}>
      <Row>
        {text('id', m.criterionId, 160)}
        {text('nameEn', m.nameEn)}
        {text('nameZh', m.nameZh)}
      </Row>
      <Row>
        {text('guidanceEn', m.guidanceEn, 300)}
        {text('guidanceZh', m.guidanceZh, 300)}
      </Row>
      <Row>
        <TextInput
          path={`qa.${at}.weight`}
          label={m.weight}
          value={c.weight}
          width={100}
          error={err('weight')}
          onChange={(v) => set({ weight: v })}
        />
        <label style={{ display: 'grid', gap: 4, fontSize: 12, fontWeight: 600 }}>
          {m.scale}
          <select
            value={c.scale}
            onChange={(e) => set({ scale: e.currentTarget.value === 'oneToFive' ? 'oneToFive' : 'yesNo' })}
            style={{
              font: 'inherit',
              padding: 6,
              background: token('color.background.input'),
              color: token('color.text'),
            }}
          >
            <option value="yesNo">{m.yesNo}</option>
            <option value="oneToFive">{m.oneToFive}</option>
          </select>
        </label>
        <div style={{ display: 'grid', gap: 4, paddingTop: 18 }}>
          <Check label={m.critical} checked={c.critical} onChange={(critical) => set({ critical })} />
          <Check label={m.allowNa} checked={c.allowNa} onChange={(allowNa) => set({ allowNa })} />
        </div>
      </Row>
      {props.remove && (
        <div>
          <Button appearance="subtle" spacing="compact" onClick={props.remove}>
            {m.removeCriterion}
          </Button>
        </div>
      )}
    </fieldset>
  );
}

/**
 * Edits a scorecard's draft: name, pass mark, sections of criteria. Checked as typed with the
 * contract's schema; saving stores the draft, publishing makes the next immutable version.
 */
export function ScorecardEditor(props: {
  id: string;
  isNew: boolean;
  initial: ScorecardDraft;
  nextVersion: number;
  onDone: () => void;
  onChanged: () => void;
}) {
  const { m } = useScorecardMessages();
  const [id, setId] = useState(props.id);
  const [draft, setDraft] = useState(props.initial);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [touched, setTouched] = useState(false);
  const checked = useMemo(() => checkScorecard(draft, m.words), [draft, m.words]);
  const idError = /^[a-z][a-z0-9-]{0,39}$/.test(id) ? undefined : m.words.slug;
  const errors = touched || outcome?.kind === 'invalid' ? checked.errors : {};
  const count = Object.keys(checked.errors).length + (idError ? 1 : 0);

  const change = (update: (d: ScorecardDraft) => ScorecardDraft) => {
    setOutcome(null);
    setTouched(true);
    setDraft(update);
  };
  const field = bindFields('qa', draft, errors, (patch: Partial<ScorecardDraft>) =>
    change((d) => ({ ...d, ...patch })),
  );
  const setSection = (si: number, patch: Partial<SectionDraft>) =>
    change((d) => ({ ...d, sections: d.sections.map((s, i) => (i === si ? { ...s, ...patch } : s)) }));
  const setCriterion = (si: number, ci: number, patch: Partial<CriterionDraft>) =>
    change((d) => ({
      ...d,
      sections: d.sections.map((s, i) =>
        i === si ? { ...s, criteria: s.criteria.map((c, j) => (j === ci ? { ...c, ...patch } : c)) } : s,
      ),
    }));
  const taken = new Set(draft.sections.flatMap((s) => [s.id, ...s.criteria.map((c) => c.id)]));
  const totalWeight = draft.sections
    .flatMap((s) => s.criteria)
    .reduce((sum, c) => sum + (Number(c.weight) > 0 ? Number(c.weight) : 0), 0);

  const save = async (thenPublish: boolean) => {
    if (!checked.definition || idError) return setOutcome({ kind: 'invalid', count });
    setBusy(true);
    const saved = await call('qa/scorecard/save', { id, definition: checked.definition });
    if (!saved.ok) {
      setBusy(false);
      return setOutcome({ kind: 'refused', message: saved.error.message });
    }
    // The list reloads once, after the last call, so it never shows a state between the two.
    if (!thenPublish) {
      setBusy(false);
      props.onChanged();
      return setOutcome({ kind: 'saved' });
    }
    const published = await call('qa/scorecard/publish', { id });
    setBusy(false);
    props.onChanged();
    if (!published.ok) return setOutcome({ kind: 'refused', message: published.error.message });
    setOutcome({ kind: 'published', version: published.data.version });
  };

  return (
    <form
      aria-label={m.title}
      onSubmit={(e) => {
        e.preventDefault();
        void save(false);
      }}
      style={{ display: 'grid', gap: 12 }}
    >
      <p style={{ margin: 0, color: token('color.text.subtle') }}>{m.immutable}</p>
      <Row>
        <TextInput
          path="qa.scorecardId"
          label={m.scorecardId}
          value={id}
          inputMode="text"
          width={180}
          isDisabled={!props.isNew}
          error={props.isNew && (touched || outcome?.kind === 'invalid') ? idError : undefined}
          onChange={(v) => {
            setTouched(true);
            setId(v.trim());
          }}
        />
        <TextInput {...field('nameEn')} label={m.nameEn} inputMode="text" width={260} />
        <TextInput {...field('nameZh')} label={m.nameZh} inputMode="text" width={260} />
      </Row>
      <Row>
        <TextInput {...field('passMark')} label={m.passMark} unit="%" width={120} />
        <TextInput {...field('failAtMost')} label={m.failAtMost} width={220} />
        <span style={{ paddingTop: 26, color: token('color.text.subtle') }}>
          {fill(m.totalWeight, { w: totalWeight })}
        </span>
      </Row>
      <FieldError path="qa.sections" error={errors.sections} />
      {draft.sections.map((section, si) => (
        <fieldset key={si} style={box} aria-label={`${m.section} ${section.nameEn || section.id}`}>
          <legend style={legendStyle}>
            {m.section} {si + 1}: {section.nameEn || section.id}
          </legend>
          <Row>
            <TextInput
              path={`qa.sections.${si}.id`}
              label={m.sectionId}
              value={section.id}
              inputMode="text"
              width={160}
              error={errors[`sections.${si}.id`]}
              onChange={(v) => setSection(si, { id: v })}
            />
            <TextInput
              path={`qa.sections.${si}.nameEn`}
              label={m.nameEn}
              value={section.nameEn}
              inputMode="text"
              error={errors[`sections.${si}.nameEn`]}
              onChange={(v) => setSection(si, { nameEn: v })}
            />
            <TextInput
              path={`qa.sections.${si}.nameZh`}
              label={m.nameZh}
              value={section.nameZh}
              inputMode="text"
              error={errors[`sections.${si}.nameZh`]}
              onChange={(v) => setSection(si, { nameZh: v })}
            />
          </Row>
          <FieldError path={`qa.sections.${si}.criteria`} error={errors[`sections.${si}.criteria`]} />
          {section.criteria.map((criterion, ci) => (
            <CriterionFields
              key={ci}
              at={`sections.${si}.criteria.${ci}`}
              criterion={criterion}
              errors={errors}
              set={(patch) => setCriterion(si, ci, patch)}
              remove={
                section.criteria.length > 1
                  ? () => setSection(si, { criteria: section.criteria.filter((_, j) => j !== ci) })
                  : null
              }
            />
          ))}
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            <Button
              spacing="compact"
              onClick={() =>
                setSection(si, {
                  criteria: [...section.criteria, newCriterion(freshId(section.id || 'criterion', taken))],
                })
              }
            >
              {m.addCriterion}
            </Button>
            {draft.sections.length > 1 && (
              <Button
                appearance="subtle"
                spacing="compact"
                onClick={() => change((d) => ({ ...d, sections: d.sections.filter((_, i) => i !== si) }))}
              >
                {m.removeSection}
              </Button>
            )}
          </div>
        </fieldset>
      ))}
      <div>
        <Button
          onClick={() => {
            const sid = freshId('section', taken);
            change((d) => ({
              ...d,
              sections: [
                ...d.sections,
                { id: sid, nameEn: '', nameZh: '', criteria: [newCriterion(`${sid}-1`)] },
              ],
            }));
          }}
        >
          {m.addSection}
        </Button>
      </div>
      <SaveOutcome outcome={outcome} saved={m.saved} refusedTitle={m.refused} fixErrors={m.fixErrors}>
        {outcome?.kind === 'published' && (
          <SectionMessage appearance="success">
            <p>{fill(m.published, { n: outcome.version })}</p>
          </SectionMessage>
        )}
      </SaveOutcome>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', justifyContent: 'flex-end' }}>
        <Button appearance="subtle" onClick={props.onDone}>
          {m.close}
        </Button>
        <Button type="submit" isDisabled={busy}>
          {m.saveDraft}
        </Button>
        <Button appearance="primary" isDisabled={busy} onClick={() => void save(true)}>
          {fill(m.publish, { n: props.nextVersion })}
        </Button>
      </div>
    </form>
  );
}
