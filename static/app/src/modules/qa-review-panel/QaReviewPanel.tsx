import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { QaAnswer } from '@contract/qa-schema';
import { useState } from 'react';
import { call } from '../../shared/api';
import type { ForgeContext } from '../../shared/context';
import { Loading, Problem } from '../../shared/states';
import { useResolver } from '../project-page/use-resolver';
import { Conversation } from './Conversation';
import { fill, useQaMessages } from './messages';
import { ReviewCard } from './ReviewCard';
import { ScorecardForm } from './ScorecardForm';

const heading = { fontSize: 14, margin: '0 0 6px' } as const;

/**
 * The issue panel "QA review" (质检): the conversation and, for a reviewer, the scorecard to score it
 * on; the ticket's reviews with their version and result; the reviewed agent acknowledges or disputes.
 */
export default function QaReviewPanel({ context }: { context: ForgeContext }) {
  const { m } = useQaMessages();
  const issueKey = context.extension?.issue?.key ?? '';
  const me = context.accountId ?? '';
  const timeZone = context.timezone ?? 'UTC';
  const { state, reload } = useResolver('qa/review/get', issueKey ? { issueKey } : null);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  if (!issueKey) return <Problem message="No issue in the context" />;
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Problem message={state.message} onRetry={reload} />;
  const data = state.data;
  // The server's names of the agent, reviewers and authors; a card falls back to the account id.
  const names = data.people;
  const mine = data.reviews.some((r) => r.reviewer === me);
  const versions = [...data.reviewVersions, ...(data.scorecard ? [data.scorecard] : [])];

  const submit = async (answers: QaAnswer[], comment: string): Promise<string | null> => {
    if (!data.scorecard) return m.noScorecard;
    const answer = await call('qa/review/submit', {
      issueKey,
      scorecardId: data.scorecard.scorecardId,
      scorecardVersion: data.scorecard.version,
      answers,
      comment,
    });
    if (!answer.ok) return answer.error.message;
    setSavedVersion(answer.data.scorecardVersion);
    reload();
    return null;
  };
  const respond =
    (reviewId: string) =>
    async (kind: 'acknowledge' | 'dispute', comment: string): Promise<string | null> => {
      const answer = await call(kind === 'dispute' ? 'qa/review/dispute' : 'qa/review/acknowledge', {
        issueKey,
        reviewId,
        comment,
      });
      if (!answer.ok) return answer.error.message;
      reload();
      return null;
    };

  const whyNoForm = !data.scorecard
    ? m.noScorecard
    : mine
      ? m.alreadyReviewedByYou
      : data.agent?.accountId === me
        ? m.ownTicket
        : !data.canReview
          ? m.notReviewer
          : null;

  return (
    <main style={{ display: 'grid', gap: 16, padding: 8, minWidth: 0, maxWidth: 900 }}>
      <header style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        <h2 style={{ fontSize: 16, margin: 0 }}>
          {m.panelTitle} · {data.issueKey}
        </h2>
        {data.sample && (
          <Lozenge appearance={data.sample.kind === 'random' ? 'inprogress' : 'moved'}>
            {m.sampleKinds[data.sample.kind]}
            {data.sample.reasons.length > 0 &&
              ` · ${data.sample.reasons.map((r) => m.reasons[r]).join(', ')}`}
          </Lozenge>
        )}
        <span style={{ color: token('color.text.subtle'), fontSize: 12 }}>
          {m.agent}: {data.agent?.displayName ?? m.unassigned}
        </span>
      </header>
      <p style={{ margin: 0, overflowWrap: 'anywhere' }}>{data.summary}</p>

      <section aria-labelledby="qa-reviews">
        <h3 id="qa-reviews" style={heading}>
          {m.reviews}
        </h3>
        {savedVersion !== null && (
          <div role="status" style={{ marginBottom: 8 }}>
            <SectionMessage appearance="success">
              <p>{fill(m.reviewSaved, { n: savedVersion })}</p>
            </SectionMessage>
          </div>
        )}
        {data.reviews.length === 0 ? (
          <p style={{ margin: 0 }}>{m.noReviews}</p>
        ) : (
          <div style={{ display: 'grid', gap: 8 }}>
            {data.reviews.map((review) => (
              <ReviewCard
                key={review.id}
                review={review}
                version={versions.find(
                  (v) => v.scorecardId === review.scorecardId && v.version === review.scorecardVersion,
                )}
                names={names}
                timeZone={timeZone}
                canRespond={data.isAgent && review.agent === me}
                onRespond={respond(review.id)}
              />
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="qa-conversation">
        <h3 id="qa-conversation" style={heading}>
          {m.conversation}
        </h3>
        <Conversation entries={data.conversation} timeZone={timeZone} />
      </section>
      {(data.canReview || data.reviews.length === 0) && (
        <section aria-labelledby="qa-scorecard">
          <h3 id="qa-scorecard" style={heading}>
            {m.scorecard}
          </h3>
          {whyNoForm || !data.scorecard ? (
            <p style={{ margin: 0 }}>{whyNoForm}</p>
          ) : (
            <ScorecardForm key={data.scorecard.version} scorecard={data.scorecard} onSubmit={submit} />
          )}
        </section>
      )}
    </main>
  );
}
