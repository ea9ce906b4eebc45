import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { useState } from 'react';
import type { AlertHistoryEntry } from '@contract/monitoring-schema';
import { Loading, Problem } from '../../shared/states';
import { useReviewMessages } from './reviews-messages';
import { CaptionedTable } from './CaptionedTable';
import { cellStyle, subtleText } from './styles';
import { useResolver } from './use-resolver';

const RATES = new Set(['fcrRate', 'reopenRate', 'repeatContactRate', 'csatTop2box']);
const DURATIONS = new Set(['frtMedianMs', 'resolutionMedianMs']);
/** A KPI value as people read it: rates in %, durations in minutes. */
const shown = (kpi: string, value: number | null): string =>
  value === null
    ? '–'
    : RATES.has(kpi)
      ? `${(value * 100).toFixed(1)}%`
      : DURATIONS.has(kpi)
        ? `${(value / 60_000).toFixed(1)} min`
        : String(Number(value.toFixed(2)));

const shiftMonth = (month: string, by: number): string => {
  const [y = 0, m = 1] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
};

/** The alert history of the project (日监控): each rule's daily run, what it found and did. */
export default function AlertsHistory({ projectKey }: { projectKey: string }) {
  const { m } = useReviewMessages();
  const [month, setMonth] = useState<string | undefined>(undefined);
  const { state, reload } = useResolver('alerts/history', { projectKey, ...(month && { month }) });
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Problem message={state.message} onRetry={reload} />;
  const shownMonth = state.data.month;
  const result = (e: AlertHistoryEntry) => (e.evaluation ? m[e.evaluation.reason] : m.notEvaluated);
  return (
    <section aria-label={m.alerts} style={{ display: 'grid', gap: 8 }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <Button appearance="subtle" onClick={() => setMonth(shiftMonth(shownMonth, -1))}>
          {m.previousMonth}
        </Button>
        <strong>
          {m.month} {shownMonth}
        </strong>
        <Button appearance="subtle" onClick={() => setMonth(shiftMonth(shownMonth, 1))}>
          {m.nextMonth}
        </Button>
      </div>
      {state.data.entries.length === 0 ? (
        <p>{m.noAlerts}</p>
      ) : (
        <CaptionedTable caption={m.alertsIntro} headers={[m.day, m.rule, m.result, m.evidence, m.done]}>
          {state.data.entries.map((e) => (
            <tr key={`${e.day}-${e.ruleId}`}>
              <td style={cellStyle}>{e.day}</td>
              <td style={cellStyle}>
                {e.ruleName}{' '}
                <Lozenge appearance={e.severity === 'redCard' ? 'removed' : 'moved'}>
                  {e.severity === 'redCard' ? m.redCard : m.warning}
                </Lozenge>
              </td>
              <td style={cellStyle}>
                {e.evaluation?.fired ? <Lozenge appearance="removed">{m.fired}</Lozenge> : result(e)}
                {!e.complete && <div style={subtleText}>{m.unfinished}</div>}
              </td>
              <td style={cellStyle}>
                {e.evaluation?.streak.map((d) => `${d.day}: ${shown(e.kpi, d.value)}`).join(', ')}
                {e.evaluation?.threshold !== null && e.evaluation?.threshold !== undefined && (
                  <div style={subtleText}>
                    {m.threshold} {shown(e.kpi, e.evaluation.threshold)}
                  </div>
                )}
              </td>
              <td style={cellStyle}>
                {e.actions.map((a, i) => (
                  <div key={i}>
                    {m.actionLabels[a.kind]}
                    {'issueKey' in a ? ` ${a.issueKey}` : ''}
                    {a.kind === 'failed' ? `: ${a.message}` : ''}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </CaptionedTable>
      )}
    </section>
  );
}
