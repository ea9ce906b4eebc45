import type { ImprovementRecord } from '@contract/improvement-schema';
import { CheckChart } from './CheckChart';
import { CheckResult } from './CheckResult';
import { CloseForm } from './CloseForm';
import { Field } from './Field';
import { formatInstant } from './format';
import { useTimeZone } from './time-zone';
import { usePanelMessages } from './messages';
import { NextCycle } from './NextCycle';
import { RunCheckForm } from './RunCheckForm';
import type { Mutate } from './use-improvement';

type Props = { record: ImprovementRecord; mutate: Mutate; busy: boolean; timeZone: string };

/** Effect check: baseline against after with the significance test, then closing or another cycle. */
export function CheckTab({ record, mutate, busy, timeZone }: Props) {
  const { m, locale } = usePanelMessages();
  const tz = useTimeZone();
  const closure = record.closure;
  const codeLabel = {
    successful: m.codeSuccessful,
    unsuccessful: m.codeUnsuccessful,
    withdrawn: m.codeWithdrawn,
  };
  return (
    <div style={{ display: 'grid', gap: 16, minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      {record.check ? (
        <>
          <CheckChart problem={record.problem} check={record.check} />
          <CheckResult check={record.check} />
        </>
      ) : (
        <p style={{ margin: 0 }}>{m.noCheck}</p>
      )}
      {record.stage === 'checking' && <RunCheckForm mutate={mutate} busy={busy} timeZone={timeZone} />}
      {record.stage === 'checking' && <CloseForm mutate={mutate} busy={busy} />}
      {closure && (
        <dl style={{ display: 'grid', gap: 6, margin: 0, padding: 0 }}>
          <Field label={m.closedAs}>
            {codeLabel[closure.code]} · {closure.closedBy} · {formatInstant(closure.closedAt, locale, tz)}
          </Field>
          <Field label={m.standard}>{closure.standard ?? m.none}</Field>
          <Field label={m.learnings}>{closure.learnings || m.none}</Field>
        </dl>
      )}
      {record.stage === 'closed' && <NextCycle issueKey={record.key} />}
    </div>
  );
}
