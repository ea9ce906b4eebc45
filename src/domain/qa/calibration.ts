import type { Bilingual, QaScale } from './model';

/** One reviewer's review of the ticket, as calibration needs it. */
export interface CalibrationReview {
  readonly reviewer: string;
  readonly version: number;
  readonly score: number | null;
  readonly passed: boolean;
  readonly answers: readonly { readonly criterionId: string; readonly value: number | null }[];
}

/** What calibration needs of a criterion (from the versions the reviews used). */
export interface CalibrationCriterion {
  readonly name: Bilingual;
  readonly scale: QaScale;
}

export interface CriterionAgreement {
  readonly criterionId: string;
  readonly name: Bilingual;
  readonly scale: QaScale;
  readonly values: readonly { readonly reviewer: string; readonly value: number | null }[];
  readonly agreement: number;
  readonly pairs: number;
  readonly agreeingPairs: number;
}

export interface TicketCalibration {
  readonly reviewers: readonly {
    readonly reviewer: string;
    readonly score: number | null;
    readonly passed: boolean;
    readonly version: number;
  }[];
  readonly criteria: readonly CriterionAgreement[];
  readonly criterionAgreement: number | null;
  readonly passAgreement: number;
  readonly scoreDifference: number | null;
}

/**
 * Two answers agree when: yes/no answers are equal; 1–5 ratings are at most one point apart (a 4 and
 * a 5 agree, a 3 and a 5 do not); N/A agrees only with N/A.
 */
export function answersAgree(scale: QaScale, a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return scale === 'yesNo' ? a === b : Math.abs(a - b) <= 1;
}

/**
 * Agreement between the reviewers of one ticket. Per criterion: the share of reviewer pairs that
 * agree, over the pairs that both answered it (reviews on different versions compare the criteria
 * they share). Overall: the mean of the per-criterion agreements; pass agreement is the share of
 * pairs with the same pass/fail; the score difference is highest minus lowest score.
 */
export function calibrateTicket(
  reviews: readonly CalibrationReview[],
  criteria: ReadonlyMap<string, CalibrationCriterion>,
): TicketCalibration {
  const ids: string[] = [];
  for (const r of reviews)
    for (const a of r.answers) if (!ids.includes(a.criterionId)) ids.push(a.criterionId);
  const rows: CriterionAgreement[] = [];
  for (const id of ids) {
    const criterion = criteria.get(id);
    if (!criterion) continue;
    const values = reviews.flatMap((r) => {
      const answer = r.answers.find((a) => a.criterionId === id);
      return answer ? [{ reviewer: r.reviewer, value: answer.value }] : [];
    });
    let pairs = 0;
    let agreeing = 0;
    for (let i = 0; i < values.length; i++)
      for (let j = i + 1; j < values.length; j++) {
        pairs++;
        if (answersAgree(criterion.scale, values[i]?.value ?? null, values[j]?.value ?? null)) agreeing++;
      }
    if (pairs === 0) continue;
    rows.push({
      criterionId: id,
      name: criterion.name,
      scale: criterion.scale,
      values,
      agreement: agreeing / pairs,
      pairs,
      agreeingPairs: agreeing,
    });
  }
  let passPairs = 0;
  let passAgreeing = 0;
  for (let i = 0; i < reviews.length; i++)
    for (let j = i + 1; j < reviews.length; j++) {
      passPairs++;
      if (reviews[i]?.passed === reviews[j]?.passed) passAgreeing++;
    }
  const scores = reviews.map((r) => r.score).filter((s): s is number => s !== null);
  return {
    reviewers: reviews.map((r) => ({
      reviewer: r.reviewer,
      score: r.score,
      passed: r.passed,
      version: r.version,
    })),
    criteria: rows,
    criterionAgreement:
      rows.length === 0 ? null : rows.reduce((sum, r) => sum + r.agreement, 0) / rows.length,
    passAgreement: passPairs === 0 ? 1 : passAgreeing / passPairs,
    scoreDifference: scores.length < 2 ? null : round2(Math.max(...scores) - Math.min(...scores)),
  };
}

export interface CalibrationSummary {
  readonly byCriterion: readonly {
    readonly criterionId: string;
    readonly name: Bilingual;
    readonly agreement: number | null;
    readonly pairs: number;
  }[];
  readonly overall: {
    readonly tickets: number;
    readonly criterionAgreement: number | null;
    readonly passAgreement: number | null;
    readonly meanScoreDifference: number | null;
  };
}

/**
 * Pools the tickets: per criterion, agreeing pairs / pairs over every ticket; overall criterion
 * agreement pools the pairs of every criterion; pass agreement pools the reviewer pairs; the mean
 * score difference averages the tickets' differences.
 */
export function summariseCalibration(tickets: readonly TicketCalibration[]): CalibrationSummary {
  const byId = new Map<string, { name: Bilingual; pairs: number; agreeing: number }>();
  let passPairs = 0;
  let passAgreeing = 0;
  for (const t of tickets) {
    for (const c of t.criteria) {
      const acc = byId.get(c.criterionId) ?? { name: c.name, pairs: 0, agreeing: 0 };
      byId.set(c.criterionId, {
        name: acc.name,
        pairs: acc.pairs + c.pairs,
        agreeing: acc.agreeing + c.agreeingPairs,
      });
    }
    const n = t.reviewers.length;
    const pairs = (n * (n - 1)) / 2;
    passPairs += pairs;
    passAgreeing += Math.round(t.passAgreement * pairs);
  }
  const byCriterion = [...byId].map(([criterionId, c]) => ({
    criterionId,
    name: c.name,
    agreement: c.pairs === 0 ? null : c.agreeing / c.pairs,
    pairs: c.pairs,
  }));
  const allPairs = byCriterion.reduce((s, c) => s + c.pairs, 0);
  const allAgreeing = [...byId.values()].reduce((s, c) => s + c.agreeing, 0);
  const differences = tickets.map((t) => t.scoreDifference).filter((d): d is number => d !== null);
  return {
    byCriterion,
    overall: {
      tickets: tickets.length,
      criterionAgreement: allPairs === 0 ? null : allAgreeing / allPairs,
      passAgreement: passPairs === 0 ? null : passAgreeing / passPairs,
      meanScoreDifference:
        differences.length === 0 ? null : round2(differences.reduce((s, d) => s + d, 0) / differences.length),
    },
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
