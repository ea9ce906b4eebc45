import { token } from '@atlaskit/tokens';
import { Loading, Problem } from '../../shared/states';
import IssueLink from '../project-page/IssueLink';
import StageLozenge from '../project-page/StageLozenge';
import { badColor, cellStyle, headStyle, numStyle, tableStyle, captionStyle } from '../project-page/styles';
import type { GadgetConfig } from './config';
import { countByStage, overdueList, todayIn } from './format';
import { useGadgetMessages } from './messages';
import { useGadgetData } from './use-gadget-data';

/** The pipeline gadget's body: improvements per stage as bars in a table, then overdue actions (one call). */
export default function PipelineView({ config, timeZone }: { config: GadgetConfig; timeZone: string }) {
  const { m } = useGadgetMessages();
  const { state, reload } = useGadgetData(
    'improvement/list',
    () => ({ projectKey: config.projectKey }),
    config.refreshMinutes,
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Problem message={state.message} onRetry={reload} />;
  if (state.data.length === 0) return <p>{m.noImprovements}</p>;
  const counts = countByStage(state.data);
  const most = Math.max(1, ...counts.map((c) => c.count));
  const overdue = overdueList(state.data, todayIn(timeZone));
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <table style={{ ...tableStyle, fontSize: 13 }}>
        <caption style={captionStyle}>{m.byStage}</caption>
        <thead>
          <tr>
            <th style={headStyle}>{m.stage}</th>
            <th style={{ ...headStyle, textAlign: 'right' }}>{m.count}</th>
            <th style={{ ...headStyle, width: '35%' }} aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {counts.map(({ stage, count }) => (
            <tr key={stage}>
              <th scope="row" style={{ ...cellStyle, fontWeight: 400 }}>
                <StageLozenge stage={stage} />
              </th>
              <td style={numStyle}>{count}</td>
              <td style={cellStyle} aria-hidden="true">
                <div
                  style={{
                    height: 10,
                    width: `${(count / most) * 100}%`,
                    background: token('color.chart.brand', '#1d7afc'),
                    borderRadius: 2,
                  }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-label={m.overdueActions}>
        <h3 style={{ fontSize: 14, margin: '0 0 4px' }}>
          {m.overdueActions} ({overdue.length})
        </h3>
        {overdue.length === 0 ? (
          <p style={{ margin: 0, fontSize: 13 }}>{m.noOverdue}</p>
        ) : (
          <ul style={{ margin: 0, paddingLeft: 16, fontSize: 13 }}>
            {overdue.map(({ key, action }) => (
              <li key={`${key}-${action.id}`} style={{ color: badColor(), overflowWrap: 'anywhere' }}>
                <IssueLink issueKey={key} /> {action.what} ({m.due} {action.dueDate})
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
