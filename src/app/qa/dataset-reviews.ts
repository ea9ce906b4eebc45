import type { CountedReview } from '../../domain/qa/compliance';
import { reviewsOfIssue } from './ticket-reviews';

/**
 * The counting review (the first) of every issue of a dataset that carries the `ql.qaReview`
 * property. Each review recorded its pass/fail with its scorecard version's pass mark when it was
 * scored, so the dataset alone gives QA compliance without the scorecards.
 */
export function countedReviews(issues: readonly unknown[]): CountedReview[] {
  const counted: CountedReview[] = [];
  for (const issue of issues) {
    const first = reviewsOfIssue(issue).sort(
      (a, b) => Date.parse(a.reviewedAt) - Date.parse(b.reviewedAt),
    )[0];
    if (first)
      counted.push({
        issueKey: first.issueKey,
        reviewedAt: Date.parse(first.reviewedAt),
        sampleKind: first.sampleKind,
        passed: first.result.passed,
      });
  }
  return counted;
}
