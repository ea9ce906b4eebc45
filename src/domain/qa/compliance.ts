import type { SampleKind } from './model';

/** A ticket's counting review: the first review of the ticket (later ones are calibration reviews). */
export interface CountedReview {
  readonly issueKey: string;
  /** Epoch milliseconds. */
  readonly reviewedAt: number;
  readonly sampleKind: SampleKind;
  readonly passed: boolean;
}

export interface QaFigures {
  readonly reviews: number;
  readonly passed: number;
  /** passed / reviews of the random sample; null when there are none. */
  readonly compliance: number | null;
  readonly targeted: { readonly reviews: number; readonly passed: number };
}

/**
 * QA compliance (话术规范度) of a period: passed random-sample reviews / random-sample reviews whose
 * review date is in [from, to). Only the first review of a ticket counts, so calibrating a ticket
 * with a second reviewer does not count it twice; targeted and ad-hoc reviews are left out of the
 * rate (targeted ones are reported apart) so the random sample stays unbiased.
 */
export function qaFigures(
  reviews: readonly CountedReview[],
  period: { readonly from: number; readonly to: number },
): QaFigures {
  const first = new Map<string, CountedReview>();
  for (const r of reviews) {
    const seen = first.get(r.issueKey);
    if (!seen || r.reviewedAt < seen.reviewedAt) first.set(r.issueKey, r);
  }
  let total = 0;
  let passed = 0;
  let targeted = 0;
  let targetedPassed = 0;
  for (const r of first.values()) {
    if (r.reviewedAt < period.from || r.reviewedAt >= period.to) continue;
    if (r.sampleKind === 'random') {
      total++;
      if (r.passed) passed++;
    } else if (r.sampleKind === 'targeted') {
      targeted++;
      if (r.passed) targetedPassed++;
    }
  }
  return {
    reviews: total,
    passed,
    compliance: total === 0 ? null : passed / total,
    targeted: { reviews: targeted, passed: targetedPassed },
  };
}
