import Lozenge from '@atlaskit/lozenge';
import type { ImprovementRecord } from '@contract/improvement-schema';
import IssueLink from './IssueLink';
import { kpiLabel } from './format';
import { usePageMessages } from './messages';
import StageLozenge from './StageLozenge';
import { overdueActions } from './stages';
import { badColor, cellStyle, headStyle, scrollStyle, tableStyle, captionStyle } from './styles';

/** The improvement register: key, statement, KPI, stage, review date, and overdue actions called out. */
export default function RegisterTable({
  items,
  today,
}: {
  items: readonly ImprovementRecord[];
  today: string;
}) {
  const { m } = usePageMessages();
  return (
    <div style={scrollStyle}>
      <table style={tableStyle}>
        <caption style={captionStyle}>{m.register}</caption>
        <thead>
          <tr>
            <th style={headStyle}>{m.key}</th>
            <th style={headStyle}>{m.statement}</th>
            <th style={headStyle}>{m.kpi}</th>
            <th style={headStyle}>{m.stage}</th>
            <th style={headStyle}>{m.reviewDate}</th>
            <th style={headStyle}>{m.overdueActions}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => {
            const overdue = overdueActions(i, today);
            const reviewLate = i.stage !== 'closed' && i.problem.reviewDate < today;
            return (
              <tr key={i.key}>
                <th scope="row" style={{ ...cellStyle, whiteSpace: 'nowrap' }}>
                  <IssueLink issueKey={i.key} />
                </th>
                <td style={cellStyle}>{i.problem.statement}</td>
                <td style={cellStyle}>
                  {kpiLabel(i.problem.kpi, m)}
                  {i.problem.slaName && ` · ${i.problem.slaName}`}
                </td>
                <td style={cellStyle}>
                  <StageLozenge stage={i.stage} />
                </td>
                <td
                  style={{ ...cellStyle, color: reviewLate ? badColor() : undefined, whiteSpace: 'nowrap' }}
                >
                  {i.problem.reviewDate} {reviewLate && <Lozenge appearance="removed">{m.overdue}</Lozenge>}
                </td>
                <td style={cellStyle}>
                  {overdue.length === 0
                    ? '—'
                    : overdue.map((a) => (
                        <div key={a.id} style={{ color: badColor() }}>
                          {a.what} ({m.due} {a.dueDate})
                        </div>
                      ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
