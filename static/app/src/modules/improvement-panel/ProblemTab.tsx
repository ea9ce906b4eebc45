import type { ImprovementRecord } from '@contract/improvement-schema';
import { Field } from './Field';
import { formatDate, formatKpiValue } from './format';
import { useTimeZone } from './time-zone';
import { usePanelMessages } from './messages';

/** The problem: statement, scope, KPI with its baseline and target, review date and evidence tickets. */
export function ProblemTab({ record }: { record: ImprovementRecord }) {
  const { m, locale } = usePanelMessages();
  const tz = useTimeZone();
  const p = record.problem;
  const dims = Object.entries(p.scope.dimensions);
  return (
    <dl style={{ display: 'grid', gap: 8, margin: 0, padding: 0 }}>
      <Field label={m.statement}>{p.statement}</Field>
      <Field label={m.project}>{p.scope.projectKey}</Field>
      <Field label={m.jql}>{p.scope.jql ? <code>{p.scope.jql}</code> : m.none}</Field>
      <Field label={m.dimensions}>
        {dims.length ? dims.map(([k, v]) => `${k}: ${v}`).join(' · ') : m.none}
      </Field>
      <Field label={m.kpi}>
        {m[p.kpi]}
        {p.slaName ? ` (${p.slaName})` : ''}
      </Field>
      <Field label={m.baseline}>
        <strong>{formatKpiValue(p.kpi, p.baseline.value)}</strong> · {p.baseline.observations}{' '}
        {m.observations}
        <br />
        {m.window}: {formatDate(p.baseline.from, locale, tz)} – {formatDate(p.baseline.to, locale, tz)}
      </Field>
      <Field label={m.target}>
        <strong>{formatKpiValue(p.kpi, p.target)}</strong>
      </Field>
      <Field label={m.reviewDate}>{formatDate(p.reviewDate, locale, tz)}</Field>
      <Field label={m.evidence}>
        {record.evidence.length === 0
          ? m.noEvidence
          : record.evidence.map((k, i) => (
              <span key={k}>
                {i > 0 ? ', ' : ''}
                <a href={`/browse/${k}`} target="_top">
                  {k}
                </a>
              </span>
            ))}
      </Field>
      {record.previousCycle && (
        <Field label={m.previousCycle}>
          <a href={`/browse/${record.previousCycle}`} target="_top">
            {record.previousCycle}
          </a>
        </Field>
      )}
    </dl>
  );
}
