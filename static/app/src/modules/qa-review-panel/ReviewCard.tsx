import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { QaReview, ScorecardVersion } from '@contract/qa-schema';
import { fill, nameIn, useQaMessages } from './messages';
import { ResponseControl } from './ResponseControl';

const subtle = { color: token('color.text.subtle'), fontSize: 12 } as const;

const when = (iso: string, locale: string, timeZone: string) =>
  new Date(iso).toLocaleString(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });

/**
 * One review as scored: its version, score, pass/fail, failed and critical criteria, and the agent's
 * response; the agent of the review answers it here while it is pending.
 */
export function ReviewCard(props: {
  review: QaReview;
  version: ScorecardVersion | undefined;
  names: Readonly<Record<string, string>>;
  timeZone: string;
  canRespond: boolean;
  onRespond: (kind: 'acknowledge' | 'dispute', comment: string) => Promise<string | null>;
}) {
  const { m, locale } = useQaMessages();
  const { review, version } = props;
  const { result, response } = review;
  const criterionName = (id: string) => {
    const c = version?.sections.flatMap((s) => s.criteria).find((x) => x.id === id);
    return c ? nameIn(c.name, locale) : id;
  };
  const score =
    result.score === null ? m.noScore : result.score.toLocaleString(locale, { maximumFractionDigits: 2 });
  return (
    <article
      aria-label={`${m.reviewer} ${props.names[review.reviewer] ?? review.reviewer}`}
      data-review={review.id}
      style={{
        display: 'grid',
        gap: 6,
        padding: 8,
        border: `1px solid ${token('color.border')}`,
        borderRadius: 6,
        minWidth: 0,
      }}
    >
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        <Lozenge appearance={result.passed ? 'success' : 'removed'} isBold>
          {result.passed ? m.passed : m.failed}
        </Lozenge>
        <span>
          {m.score}: <strong data-score>{score}</strong>{' '}
          <span style={subtle}>({fill(m.passMarkN, { n: result.passMark })})</span>
        </span>
        <Lozenge>{m.sampleKinds[review.sampleKind]}</Lozenge>
      </div>
      <span style={subtle}>
        {m.reviewer}: {props.names[review.reviewer] ?? review.reviewer} · {m.reviewedAt}:{' '}
        {when(review.reviewedAt, locale, props.timeZone)} ·{' '}
        {fill(m.scoredOnVersion, { n: review.scorecardVersion })}
      </span>
      {result.criticalFailed.length > 0 && (
        <div style={{ color: token('color.text.danger') }}>
          <strong>{m.criticalFailed}:</strong> {result.criticalFailed.map(criterionName).join(', ')}
        </div>
      )}
      {result.failedCriteria.length > 0 && (
        <div>
          <strong>{m.failedCriteria}:</strong>
          <ul style={{ margin: '2px 0 0', paddingLeft: 20 }}>
            {result.failedCriteria.map((c) => (
              <li key={c.id} style={{ overflowWrap: 'anywhere' }}>
                {nameIn(c.name, locale)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {review.comment && <p style={{ margin: 0, overflowWrap: 'anywhere' }}>{review.comment}</p>}
      <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap', alignItems: 'center' }}>
        <Lozenge
          appearance={
            response.state === 'disputed'
              ? 'moved'
              : response.state === 'acknowledged'
                ? 'success'
                : 'default'
          }
        >
          {m.responseStates[response.state]}
        </Lozenge>
        {response.comment && <span style={{ overflowWrap: 'anywhere' }}>“{response.comment}”</span>}
      </div>
      {props.canRespond && response.state === 'pending' && <ResponseControl onRespond={props.onRespond} />}
    </article>
  );
}
