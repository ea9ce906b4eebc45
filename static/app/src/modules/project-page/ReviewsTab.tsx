import Button from '@atlaskit/button/new';
import { useState } from 'react';
import type { ReviewKind, ReviewSummary } from '@contract/review-schema';
import { call } from '../../shared/api';
import { Loading, Problem } from '../../shared/states';
import AlertsHistory from './AlertsHistory';
import ReviewView from './ReviewView';
import { useReviewMessages } from './reviews-messages';
import { cellStyle, headStyle, numStyle, scrollStyle, subtleText, tableStyle } from './styles';
import { useResolver } from './use-resolver';

type Opened = { kind: ReviewKind; label: string } | null;

/** The Reviews tab: weekly reviews (周复盘) and monthly audits (月稽核) as history, and the alert history. */
export default function ReviewsTab({ projectKey }: { projectKey: string }) {
  const { m, r } = useReviewMessages();
  const [opened, setOpened] = useState<Opened>(null);
  const [busy, setBusy] = useState<ReviewKind | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const list = useResolver('reviews/list', { projectKey });
  const review = useResolver('reviews/get', opened && { projectKey, ...opened });

  if (opened) {
    if (review.state.status === 'loading') return <Loading />;
    if (review.state.status === 'error')
      return <Problem message={review.state.message} onRetry={review.reload} />;
    return <ReviewView review={review.state.data} onBack={() => setOpened(null)} />;
  }
  const generate = async (kind: ReviewKind) => {
    setBusy(kind);
    setFailure(null);
    const answer = await call('reviews/generate', { projectKey, kind });
    setBusy(null);
    if (!answer.ok) return setFailure(answer.error.message);
    list.reload();
    setOpened({ kind, label: answer.data.label });
  };
  const row = (s: ReviewSummary) => (
    <tr key={`${s.kind}-${s.label}`}>
      <td style={cellStyle}>{s.kind === 'weekly' ? r.weekly : r.monthly}</td>
      <td style={cellStyle}>{s.label}</td>
      <td style={cellStyle}>
        {s.from} – {s.to}
      </td>
      <td style={numStyle}>{s.compositeScore === null ? '–' : s.compositeScore.toFixed(1)}</td>
      <td style={cellStyle}>
        <Button appearance="subtle" onClick={() => setOpened({ kind: s.kind, label: s.label })}>
          {m.open}
        </Button>
      </td>
    </tr>
  );
  return (
    <div style={{ display: 'grid', gap: 16, paddingTop: 12 }}>
      <p style={subtleText}>{m.reviewsIntro}</p>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button isDisabled={busy !== null} onClick={() => void generate('weekly')}>
          {m.generateWeekly}
        </Button>
        <Button isDisabled={busy !== null} onClick={() => void generate('monthly')}>
          {m.generateMonthly}
        </Button>
      </div>
      {busy && <Loading />}
      {failure && <Problem message={failure} />}
      <section aria-label={m.history}>
        <h2 style={{ fontSize: 16, margin: '0 0 8px' }}>{m.history}</h2>
        {list.state.status === 'loading' && <Loading />}
        {list.state.status === 'error' && <Problem message={list.state.message} onRetry={list.reload} />}
        {list.state.status === 'ok' &&
          (list.state.data.reviews.length === 0 ? (
            <p>{m.noReviews}</p>
          ) : (
            <div style={scrollStyle}>
              <table style={tableStyle}>
                <thead>
                  <tr>
                    {['', r.period, '', r.compositeScore, ''].map((h, i) => (
                      <th key={i} scope="col" style={headStyle}>
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>{list.state.data.reviews.map(row)}</tbody>
              </table>
            </div>
          ))}
      </section>
      <section aria-label={m.alerts}>
        <h2 style={{ fontSize: 16, margin: '0 0 8px' }}>{m.alerts}</h2>
        <AlertsHistory projectKey={projectKey} />
      </section>
    </div>
  );
}
