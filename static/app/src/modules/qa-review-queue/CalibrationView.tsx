import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { CalibrationTicket, People } from '@contract/qa-schema';
import { Loading, Problem } from '../../shared/states';
import IssueLink from '../project-page/IssueLink';
import {
  captionStyle,
  cellStyle,
  headStyle,
  numStyle,
  scrollStyle,
  subtleText,
  tableStyle,
} from '../project-page/styles';
import { useResolver } from '../project-page/use-resolver';
import { fill, nameIn } from '../qa-review-panel/messages';
import { percent, useQueueMessages } from './messages';
import { recentDays, type PeriodViewProps } from './period';

const differs = () => ({ background: token('color.background.warning') });

/** A criterion value as the reviewer gave it: yes/no, 1–5 or N/A. */
function useValueText() {
  const { qa } = useQueueMessages();
  return (scale: 'yesNo' | 'oneToFive', value: number | null) =>
    value === null ? qa.na : scale === 'yesNo' ? (value === 1 ? qa.yes : qa.no) : String(value);
}

/** One calibrated ticket: each reviewer's value per criterion, rows where they differ highlighted. */
function TicketTable({ ticket, people }: { ticket: CalibrationTicket; people: People }) {
  const { m, qa, locale } = useQueueMessages();
  const valueText = useValueText();
  const reviewers = ticket.reviewers.map((r) => r.reviewer);
  return (
    <div style={scrollStyle} data-calibration-ticket={ticket.issueKey}>
      <table style={tableStyle}>
        <caption style={captionStyle}>
          <IssueLink issueKey={ticket.issueKey} /> · {m.passAgreement}{' '}
          {percent(ticket.passAgreement, locale, m.noData)} · {m.scoreDifference}{' '}
          {ticket.scoreDifference === null ? '—' : ticket.scoreDifference.toLocaleString(locale)}
        </caption>
        <thead>
          <tr>
            <th style={headStyle}>{m.criterion}</th>
            {reviewers.map((r) => (
              <th key={r} style={{ ...headStyle, overflowWrap: 'anywhere' }} data-reviewer={r}>
                {people[r] ?? r}
              </th>
            ))}
            <th style={{ ...headStyle, textAlign: 'right' }}>{m.agreement}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row" style={{ ...cellStyle, fontWeight: 600 }}>
              {m.score}
            </th>
            {ticket.reviewers.map((r) => (
              <td key={r.reviewer} style={cellStyle}>
                {r.score === null ? '—' : r.score.toLocaleString(locale)} ({r.passed ? qa.passed : qa.failed},
                v{r.version})
              </td>
            ))}
            <td style={numStyle}>{percent(ticket.passAgreement, locale, m.noData)}</td>
          </tr>
          {ticket.criteria.map((c) => {
            const disagree = c.agreement < 1;
            return (
              <tr key={c.criterionId} style={disagree ? differs() : undefined} data-differs={disagree}>
                <th scope="row" style={{ ...cellStyle, fontWeight: 400, overflowWrap: 'anywhere' }}>
                  {nameIn(c.name, locale)}
                  {disagree && (
                    <>
                      {' '}
                      <Lozenge appearance="moved">{m.differs}</Lozenge>
                    </>
                  )}
                </th>
                {reviewers.map((r) => {
                  const v = c.values.find((x) => x.reviewer === r);
                  return (
                    <td key={r} style={cellStyle}>
                      {v ? valueText(c.scale, v.value) : '—'}
                    </td>
                  );
                })}
                <td style={numStyle}>{percent(c.agreement, locale, m.noData)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Calibration (校准): where reviewers scoring the same tickets differ, per criterion and per ticket. */
export function CalibrationView({ projectKey, timeZone, days }: PeriodViewProps) {
  const { m, locale } = useQueueMessages();
  const { state, reload } = useResolver('qa/calibration', { projectKey, ...recentDays(days, timeZone) });
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Problem message={state.message} onRetry={reload} />;
  const { overall, byCriterion, tickets } = state.data;
  if (tickets.length === 0) return <p style={{ margin: 0 }}>{m.noCalibration}</p>;
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <p style={{ margin: 0 }}>
        {fill(m.overallAgreement, {
          a: percent(overall.criterionAgreement, locale, m.noData),
          p: percent(overall.passAgreement, locale, m.noData),
          d:
            overall.meanScoreDifference === null
              ? '—'
              : overall.meanScoreDifference.toLocaleString(locale, { maximumFractionDigits: 1 }),
          n: overall.tickets,
        })}
      </p>
      <p style={{ ...subtleText, margin: 0 }}>{m.agreementRule}</p>
      <div style={scrollStyle}>
        <table style={tableStyle}>
          <caption style={captionStyle}>{m.byCriterion}</caption>
          <thead>
            <tr>
              <th style={headStyle}>{m.criterion}</th>
              <th style={{ ...headStyle, textAlign: 'right' }}>{m.agreement}</th>
              <th style={{ ...headStyle, width: '30%' }} aria-hidden="true" />
              <th style={{ ...headStyle, textAlign: 'right' }}>{m.pairs}</th>
            </tr>
          </thead>
          <tbody>
            {[...byCriterion]
              .sort((a, b) => (a.agreement ?? 1) - (b.agreement ?? 1))
              .map((c) => (
                <tr
                  key={c.criterionId}
                  style={c.agreement !== null && c.agreement < 1 ? differs() : undefined}
                >
                  <th scope="row" style={{ ...cellStyle, fontWeight: 400, overflowWrap: 'anywhere' }}>
                    {nameIn(c.name, locale)}
                  </th>
                  <td style={numStyle}>{percent(c.agreement, locale, m.noData)}</td>
                  <td style={cellStyle} aria-hidden="true">
                    <div
                      style={{
                        height: 8,
                        width: `${Math.round((c.agreement ?? 0) * 100)}%`,
                        background: token('color.background.accent.blue.subtle'),
                        borderRadius: 2,
                      }}
                    />
                  </td>
                  <td style={numStyle}>{c.pairs}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      <h3 style={{ fontSize: 14, margin: 0 }}>{m.perTicket}</h3>
      {tickets.map((t) => (
        <TicketTable key={t.issueKey} ticket={t} people={state.data.people} />
      ))}
    </div>
  );
}
