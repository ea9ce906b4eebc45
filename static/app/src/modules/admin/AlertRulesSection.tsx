import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Select from '@atlaskit/select';
import TextArea from '@atlaskit/textarea';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { call } from '../../shared/api';
import { SaveOutcome, type SaveOutcomeValue } from '../../shared/SaveOutcome';
import { Loading, Problem } from '../../shared/states';
import {
  ALERT_KPIS,
  ALERT_UNITS,
  IMPROVABLE,
  newRule,
  toMonitoringDraft,
  validateMonitoring,
  type MonitoringDraft,
  type RuleDraft,
} from './alert-rules-draft';
import { useAlertRuleMessages, type AlertRuleMessages } from './alert-rules-messages';
import { Check, FieldError, Row, Section, TextInput } from './fields';

type Option<T extends string> = { label: string; value: T };

/** A labelled Atlaskit select of string values. */
function Choice<T extends string>(props: {
  id: string;
  label: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
  width?: number;
}) {
  return (
    <div style={{ display: 'grid', gap: 4, width: props.width ?? 220, maxWidth: '100%' }}>
      <label htmlFor={props.id} style={{ fontSize: 12, fontWeight: 600 }}>
        {props.label}
      </label>
      <Select<Option<T>>
        inputId={props.id}
        options={props.options}
        value={props.options.find((o) => o.value === props.value) ?? null}
        onChange={(o) => o && props.onChange(o.value)}
      />
    </div>
  );
}

function unitWord(m: AlertRuleMessages, rule: RuleDraft): string {
  const u = ALERT_UNITS[rule.kpi].unit;
  return u === 'percent' ? m.percentUnit : u === 'minutes' ? m.minutes : u === 'stars' ? m.stars : m.points;
}

/** One rule's fields. */
function RuleEditor(props: {
  index: number;
  rule: RuleDraft;
  errors: Readonly<Record<string, string>>;
  set: (patch: Partial<RuleDraft>) => void;
  remove: () => void;
}) {
  const m = useAlertRuleMessages();
  const { rule, index, set } = props;
  const at = (f: string) => `rules.${index}.${f}`;
  const err = (f: string) => props.errors[at(f)];
  const kpis = ALERT_KPIS.map((k) => ({ value: k, label: m.kpis[k] ?? k }));
  return (
    <fieldset
      aria-label={rule.name || rule.id}
      style={{ display: 'grid', gap: 8, border: '1px solid #dcdfe4', borderRadius: 6, padding: 12 }}
    >
      <Row>
        <TextInput
          path={at('name')}
          label={m.name}
          inputMode="text"
          width={280}
          value={rule.name}
          error={err('name')}
          onChange={(name) => set({ name })}
        />
        <TextInput
          path={at('id')}
          label={m.ruleId}
          inputMode="text"
          width={160}
          value={rule.id}
          error={err('id')}
          onChange={(id) => set({ id })}
        />
        <TextInput
          path={at('projectKey')}
          label={m.project}
          inputMode="text"
          width={120}
          value={rule.projectKey}
          error={err('projectKey')}
          onChange={(projectKey) => set({ projectKey })}
        />
        <div style={{ alignSelf: 'end', paddingBottom: 8 }}>
          <Check label={m.enabled} checked={rule.enabled} onChange={(enabled) => set({ enabled })} />
        </div>
      </Row>
      <Row>
        <TextInput
          path={at('dimensionName')}
          label={m.dimensionName}
          inputMode="text"
          width={220}
          placeholder="requestType"
          value={rule.dimensionName}
          error={err('dimensionName')}
          onChange={(dimensionName) => set({ dimensionName })}
        />
        <TextInput
          path={at('dimensionValue')}
          label={m.dimensionValue}
          inputMode="text"
          width={260}
          value={rule.dimensionValue}
          error={err('dimensionValue')}
          onChange={(dimensionValue) => set({ dimensionValue })}
        />
      </Row>
      <Row>
        <Choice
          id={`ql-${at('kpi')}`}
          label={m.kpi}
          value={rule.kpi}
          options={kpis}
          onChange={(kpi) => set({ kpi })}
          width={260}
        />
        <Choice
          id={`ql-${at('direction')}`}
          label={m.condition}
          value={rule.direction}
          options={[
            { value: 'below', label: m.below },
            { value: 'above', label: m.above },
          ]}
          onChange={(direction) => set({ direction })}
          width={120}
        />
        <Choice
          id={`ql-${at('kind')}`}
          label={m.comparedWith}
          value={rule.kind}
          options={[
            { value: 'absolute', label: m.absolute },
            { value: 'target', label: m.target },
            { value: 'baseline', label: m.baseline },
          ]}
          onChange={(kind) => set({ kind })}
          width={160}
        />
        {rule.kind === 'absolute' ? (
          <TextInput
            path={at('value')}
            label={m.value}
            width={140}
            unit={unitWord(m, rule)}
            value={rule.value}
            error={err('value')}
            onChange={(value) => set({ value })}
          />
        ) : (
          <TextInput
            path={at('percent')}
            label={m.percent}
            width={120}
            unit="%"
            placeholder="0"
            value={rule.percent}
            error={err('percent')}
            onChange={(percent) => set({ percent })}
          />
        )}
        {rule.kind === 'baseline' && (
          <TextInput
            path={at('baselineDays')}
            label={m.baselineDays}
            width={200}
            unit={m.days}
            value={rule.baselineDays}
            error={err('baselineDays')}
            onChange={(baselineDays) => set({ baselineDays })}
          />
        )}
        <TextInput
          path={at('periodsInRow')}
          label={m.periodsInRow}
          width={120}
          unit={m.days}
          value={rule.periodsInRow}
          error={err('periodsInRow')}
          onChange={(periodsInRow) => set({ periodsInRow })}
        />
      </Row>
      <Row>
        <Choice
          id={`ql-${at('severity')}`}
          label={m.severity}
          value={rule.severity}
          options={[
            { value: 'warning', label: m.warning },
            { value: 'redCard', label: m.redCard },
          ]}
          onChange={(severity) => set({ severity })}
          width={260}
        />
        {rule.severity === 'redCard' && (
          <TextInput
            path={at('teamLead')}
            label={m.teamLead}
            inputMode="text"
            width={320}
            value={rule.teamLead}
            error={err('teamLead')}
            onChange={(teamLead) => set({ teamLead })}
          />
        )}
      </Row>
      <Check
        label={m.openImprovement}
        checked={rule.openImprovement}
        onChange={(openImprovement) => set({ openImprovement })}
      />
      {rule.openImprovement ? (
        <div>
          <Choice
            id={`ql-${at('improvementKpi')}`}
            label={m.improvementKpi}
            value={rule.improvementKpi}
            options={[
              { value: '', label: m.sameKpi },
              ...IMPROVABLE.map((k) => ({ value: k, label: m.kpis[k] ?? k })),
            ]}
            onChange={(improvementKpi) => set({ improvementKpi })}
            width={320}
          />
          <FieldError path={at('improvementKpi')} error={err('improvementKpi')} />
        </div>
      ) : (
        <TextInput
          path={at('notifyIssueKey')}
          label={m.notifyIssueKey}
          inputMode="text"
          width={420}
          value={rule.notifyIssueKey}
          error={err('notifyIssueKey')}
          onChange={(notifyIssueKey) => set({ notifyIssueKey })}
        />
      )}
      <div style={{ display: 'grid', gap: 4, maxWidth: 560 }}>
        <label htmlFor={`ql-rules-${index}-notifyUsers`} style={{ fontSize: 12, fontWeight: 600 }}>
          {m.notifyUsers}
        </label>
        <TextArea
          id={`ql-rules-${index}-notifyUsers`}
          name={at('notifyUsers')}
          value={rule.notifyUsers}
          minimumRows={2}
          isInvalid={Boolean(err('notifyUsers'))}
          onChange={(e) => set({ notifyUsers: e.currentTarget.value })}
        />
        <FieldError path={at('notifyUsers')} error={err('notifyUsers')} />
      </div>
      <div>
        <Button appearance="subtle" onClick={props.remove}>
          {m.removeRule}
        </Button>
      </div>
    </fieldset>
  );
}

type Outcome = SaveOutcomeValue | { kind: 'ran'; text: string };

/**
 * The admin's alert rules (日监控) and review settings: kept in their own record, loaded and saved by
 * this section (the rest of the page saves the KPI settings).
 */
export function AlertRulesSection() {
  const m = useAlertRuleMessages();
  const [draft, setDraft] = useState<MonitoringDraft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const load = useCallback(async () => {
    setLoadError(null);
    const answer = await call('alerts/settings/get', {});
    if (!answer.ok) return setLoadError(answer.error.message);
    setDraft(toMonitoringDraft(answer.data));
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  const checked = useMemo(() => (draft ? validateMonitoring(draft, m.words) : null), [draft, m]);
  if (loadError) return <Problem message={loadError} onRetry={() => void load()} />;
  if (!draft || !checked) return <Loading />;

  const change = (update: (d: MonitoringDraft) => MonitoringDraft) => {
    setOutcome(null);
    setDraft((d) => (d ? update(d) : d));
  };
  const setRule = (index: number) => (patch: Partial<RuleDraft>) =>
    change((d) => ({ ...d, rules: d.rules.map((r, i) => (i === index ? { ...r, ...patch } : r)) }));
  const save = async () => {
    if (!checked.monitoring)
      return setOutcome({ kind: 'invalid', count: Object.keys(checked.errors).length });
    setBusy(true);
    const answer = await call('alerts/settings/save', { monitoring: checked.monitoring });
    setBusy(false);
    if (!answer.ok) return setOutcome({ kind: 'refused', message: answer.error.message });
    setDraft(toMonitoringDraft(answer.data));
    setOutcome({ kind: 'saved' });
  };
  const runNow = async () => {
    setBusy(true);
    const answer = await call('alerts/run-daily', {});
    setBusy(false);
    if (!answer.ok) return setOutcome({ kind: 'refused', message: answer.error.message });
    const fired = answer.data.alerts.filter((a) => a.evaluation?.fired).length;
    setOutcome({ kind: 'ran', text: m.ranNow(fired, answer.data.reviews.length) });
  };
  return (
    // Enter in a rule's field must not submit the page's settings form.
    <div
      onKeyDown={(e) =>
        e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT' && e.preventDefault()
      }
    >
      <Section name="alert-rules" title={m.title} intro={m.intro}>
        <Row>
          <TextInput
            path="timeZone"
            label={m.timeZone}
            inputMode="text"
            width={240}
            value={draft.timeZone}
            error={checked.errors.timeZone}
            onChange={(timeZone) => change((d) => ({ ...d, timeZone }))}
          />
          <TextInput
            path="reviewProjects"
            label={m.reviewProjects}
            inputMode="text"
            width={320}
            value={draft.reviewProjects}
            error={checked.errors.reviewProjects}
            onChange={(reviewProjects) => change((d) => ({ ...d, reviewProjects }))}
          />
        </Row>
        {draft.rules.length === 0 && <p style={{ margin: 0 }}>{m.noRules}</p>}
        {draft.rules.map((rule, index) => (
          <RuleEditor
            key={index}
            index={index}
            rule={rule}
            errors={checked.errors}
            set={setRule(index)}
            remove={() => change((d) => ({ ...d, rules: d.rules.filter((_, i) => i !== index) }))}
          />
        ))}
        <SaveOutcome outcome={outcome} saved={m.saved} fixErrors={m.fixErrors}>
          {outcome?.kind === 'ran' && (
            <SectionMessage appearance="information">
              <p>{outcome.text}</p>
            </SectionMessage>
          )}
        </SaveOutcome>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Button onClick={() => change((d) => ({ ...d, rules: [...d.rules, newRule(d.rules)] }))}>
            {m.addRule}
          </Button>
          <Button appearance="primary" isDisabled={busy} onClick={() => void save()}>
            {m.save}
          </Button>
          <Button appearance="subtle" isDisabled={busy} onClick={() => void runNow()}>
            {m.runNow}
          </Button>
        </div>
      </Section>
    </div>
  );
}
