import Lozenge from '@atlaskit/lozenge';
import type { ImprovementRecord } from '@contract/improvement-schema';
import { Field } from './Field';
import { formatInstant } from './format';
import { useTimeZone } from './time-zone';
import { usePanelMessages } from './messages';
import { StageActions } from './StageActions';
import { StageLozenge } from './StageLozenge';
import type { Mutate } from './use-improvement';

/** Approval: the stage, approvers and policy, the decisions so far, and what can be done next. */
export function ApprovalTab({
  record,
  mutate,
  busy,
}: {
  record: ImprovementRecord;
  mutate: Mutate;
  busy: boolean;
}) {
  const { m, locale } = usePanelMessages();
  const tz = useTimeZone();
  const a = record.approval;
  const policy =
    a.policy.kind === 'any'
      ? m.policyAny
      : a.policy.kind === 'all'
        ? m.policyAll
        : m.policyNOfM.replace('{n}', String(a.policy.n));
  return (
    <div style={{ display: 'grid', gap: 12, minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <dl style={{ display: 'grid', gap: 8, margin: 0, padding: 0 }}>
        <Field label={m.stage}>
          <StageLozenge stage={record.stage} />
        </Field>
        <Field label={m.approvers}>{a.approvers.length ? a.approvers.join(', ') : m.none}</Field>
        <Field label={m.policy}>{policy}</Field>
        {a.submittedBy && (
          <Field label={m.submittedBy}>
            {a.submittedBy}
            {a.submittedAt ? ` · ${formatInstant(a.submittedAt, locale, tz)}` : ''}
          </Field>
        )}
      </dl>
      <h3 style={{ margin: 0 }}>{m.decisions}</h3>
      {a.decisions.length === 0 ? (
        <p style={{ margin: 0 }}>{m.noDecisions}</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 6 }}>
          {a.decisions.map((d) => (
            <li key={d.by + d.at}>
              <Lozenge appearance={d.decision === 'approve' ? 'success' : 'removed'}>
                {d.decision === 'approve' ? m.approved : m.rejected}
              </Lozenge>{' '}
              {d.by} · {formatInstant(d.at, locale, tz)}
              {d.comment && <blockquote style={{ margin: '4px 0 0 8px' }}>{d.comment}</blockquote>}
            </li>
          ))}
        </ul>
      )}
      <StageActions record={record} mutate={mutate} busy={busy} />
    </div>
  );
}
