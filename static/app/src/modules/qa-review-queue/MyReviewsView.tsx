import Lozenge from '@atlaskit/lozenge';
import { Loading, Problem } from '../../shared/states';
import IssueLink from '../project-page/IssueLink';
import { cellStyle, headStyle, numStyle, scrollStyle, tableStyle } from '../project-page/styles';
import { useResolver } from '../project-page/use-resolver';
import { FigureCards } from './FiguresView';
import { useQueueMessages } from './messages';
import { recentDays, type PeriodViewProps } from './period';

/** The agent's own reviews of the period with their figures; each is answered on the ticket's QA panel. */
export function MyReviewsView({ projectKey, timeZone, days }: PeriodViewProps) {
  const { m, qa, locale } = useQueueMessages();
  const { state, reload } = useResolver('qa/my-reviews', { projectKey, ...recentDays(days, timeZone) });
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Problem message={state.message} onRetry={reload} />;
  const { reviews, figures } = state.data;
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <FigureCards figures={figures} title={m.myFigures} />
      {reviews.length === 0 ? (
        <p style={{ margin: 0 }}>{m.noMyReviews}</p>
      ) : (
        <div style={scrollStyle}>
          <table style={tableStyle} aria-label={m.myReviews}>
            <thead>
              <tr>
                <th style={headStyle}>{m.ticket}</th>
                <th style={headStyle}>{qa.reviewedAt}</th>
                <th style={headStyle}>{m.kind}</th>
                <th style={headStyle}>{m.version}</th>
                <th style={{ ...headStyle, textAlign: 'right' }}>{m.score}</th>
                <th style={headStyle}>{m.result}</th>
                <th style={headStyle}>{qa.failedCriteria}</th>
                <th style={headStyle}>{m.response}</th>
              </tr>
            </thead>
            <tbody>
              {reviews.map((r) => (
                <tr key={r.id}>
                  <td style={cellStyle}>
                    <IssueLink issueKey={r.issueKey} />
                  </td>
                  <td style={cellStyle}>{new Date(r.reviewedAt).toLocaleDateString(locale, { timeZone })}</td>
                  <td style={cellStyle}>{qa.sampleKinds[r.sampleKind]}</td>
                  <td style={cellStyle}>{r.scorecardVersion}</td>
                  <td style={numStyle}>
                    {r.result.score === null ? '—' : r.result.score.toLocaleString(locale)}
                  </td>
                  <td style={cellStyle}>
                    <Lozenge appearance={r.result.passed ? 'success' : 'removed'}>
                      {r.result.passed ? qa.passed : qa.failed}
                    </Lozenge>
                  </td>
                  <td style={{ ...cellStyle, overflowWrap: 'anywhere' }}>
                    {r.result.failedCriteria
                      .map((c) => (locale === 'zh-CN' ? c.name.zhCN : c.name.en))
                      .join(', ') || '—'}
                  </td>
                  <td style={cellStyle}>{qa.responseStates[r.response.state]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
