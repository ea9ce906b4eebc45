/*
 * QA scoring (质检评分): the one implementation. The server scores a submitted review with it (and
 * stays authoritative: it re-reads the version and scores again), and the review panel previews the
 * score with it while the reviewer answers. Pure: data in, data out. It lives in the contract because
 * the UI may import only the contract, and the domain imports nothing outside itself.
 */

/** A text in both languages of the screens. */
interface Names {
  readonly en: string;
  readonly zhCN: string;
}

/** What scoring needs of a criterion. */
export interface ScoringCriterion {
  readonly id: string;
  readonly name: Names;
  readonly weight: number;
  readonly scale: 'yesNo' | 'oneToFive';
  readonly critical: boolean;
  readonly allowNa: boolean;
}

/** What scoring needs of a scorecard version. */
export interface ScoringCard {
  readonly sections: readonly { readonly criteria: readonly ScoringCriterion[] }[];
  /** Pass mark, percent of the weighted score. */
  readonly passMark: number;
  /** A 1–5 rating at or below this is a failed criterion. */
  readonly failAtMost: number;
}

/** A reviewer's answer: yes/no as 1/0, a 1–5 rating, null = N/A. */
export interface ScoringAnswer {
  readonly criterionId: string;
  readonly value: number | null;
}

/** The outcome of a review, computed once at scoring time and kept with the review. */
export interface QaScore {
  /** Weighted score 0..100, rounded to 0.01 for display; pass/fail uses the exact value. */
  readonly score: number;
  readonly passMark: number;
  readonly passed: boolean;
  readonly criticalFailed: readonly string[];
  readonly failedCriteria: readonly { readonly id: string; readonly name: Names }[];
}

/** Answers that do not fit the scorecard, with a message naming the problem. */
export interface ScoringError {
  readonly code: 'QA.INVALID_ANSWERS';
  readonly message: string;
}

export type ScoringResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ScoringError };

const invalid = (message: string): ScoringResult<never> => ({
  ok: false,
  error: { code: 'QA.INVALID_ANSWERS', message },
});

const criteriaOf = (card: Pick<ScoringCard, 'sections'>): ScoringCriterion[] =>
  card.sections.flatMap((s) => s.criteria);

/**
 * The credit of one answer in [0, 1]: yes = 1, no = 0; a 1–5 rating v gives (v − 1) / 4, so 1 is no
 * credit and 5 full credit, evenly spaced.
 */
export const credit = (criterion: ScoringCriterion, value: number): number =>
  criterion.scale === 'yesNo' ? value : (value - 1) / 4;

/** A no, or a rating at or below the scorecard's `failAtMost`. */
export const isFailed = (criterion: ScoringCriterion, value: number, failAtMost: number): boolean =>
  criterion.scale === 'yesNo' ? value === 0 : value <= failAtMost;

/** Checks each answer names a criterion once, on its scale, N/A only where allowed (not that all are there). */
function checkEach(
  card: ScoringCard,
  answers: readonly ScoringAnswer[],
): ScoringResult<Map<string, number | null>> {
  const criteria = new Map(criteriaOf(card).map((c) => [c.id, c]));
  const values = new Map<string, number | null>();
  for (const a of answers) {
    const criterion = criteria.get(a.criterionId);
    if (!criterion) return invalid(`"${a.criterionId}" is not a criterion of this scorecard version`);
    if (values.has(a.criterionId)) return invalid(`"${a.criterionId}" is answered twice`);
    if (a.value === null) {
      if (!criterion.allowNa) return invalid(`"${criterion.name.en}" cannot be answered N/A`);
    } else if (criterion.scale === 'yesNo' ? a.value !== 0 && a.value !== 1 : a.value < 1 || a.value > 5) {
      const scale = criterion.scale === 'yesNo' ? 'yes (1) or no (0)' : 'a rating from 1 to 5';
      return invalid(`"${criterion.name.en}" takes ${scale}, not ${a.value}`);
    }
    values.set(a.criterionId, a.value);
  }
  return { ok: true, value: values };
}

/** Checks the answers cover every criterion once, on its scale; N/A only where allowed. */
export function checkAnswers(
  card: ScoringCard,
  answers: readonly ScoringAnswer[],
): ScoringResult<Map<string, number | null>> {
  const checked = checkEach(card, answers);
  if (!checked.ok) return checked;
  const missing = criteriaOf(card).filter((c) => !checked.value.has(c.id));
  if (missing.length > 0)
    return invalid(`Answer every criterion; missing: ${missing.map((c) => c.name.en).join(', ')}`);
  return checked;
}

/**
 * The weighted share of credit over the answered criteria (N/A and unanswered ones left out, the
 * remaining weights rescaled to the same total), times 100; null when nothing counts yet.
 */
function tally(card: ScoringCard, values: ReadonlyMap<string, number | null>): QaScore | null {
  let weighted = 0;
  let weights = 0;
  const failed: ScoringCriterion[] = [];
  for (const criterion of criteriaOf(card)) {
    const value = values.get(criterion.id);
    if (value === null || value === undefined) continue;
    weighted += criterion.weight * credit(criterion, value);
    weights += criterion.weight;
    if (isFailed(criterion, value, card.failAtMost)) failed.push(criterion);
  }
  if (weights === 0) return null;
  const exact = (100 * weighted) / weights;
  const criticalFailed = failed.filter((c) => c.critical).map((c) => c.id);
  return {
    score: Math.round(exact * 100) / 100,
    passMark: card.passMark,
    // A small tolerance so a score that is the pass mark in exact arithmetic is not failed by rounding.
    passed: criticalFailed.length === 0 && exact >= card.passMark - 1e-9,
    criticalFailed,
    failedCriteria: failed.map((c) => ({ id: c.id, name: c.name })),
  };
}

/**
 * Scores a review: the weighted share of credit over the answered criteria (N/A answers are left out
 * and the remaining weights rescaled to the same total), times 100. A failed critical criterion fails
 * the review whatever the total; otherwise it passes when the score is at or above the pass mark.
 */
export function scoreReview(card: ScoringCard, answers: readonly ScoringAnswer[]): ScoringResult<QaScore> {
  const checked = checkAnswers(card, answers);
  if (!checked.ok) return checked;
  const score = tally(card, checked.value);
  return score ? { ok: true, value: score } : invalid('Every criterion is N/A: there is nothing to score');
}

/** The score so far while a reviewer answers: the same scoring over the answers given, and how many remain. */
export interface ScorePreview {
  /** null until an answer other than N/A is given. */
  readonly score: QaScore | null;
  readonly answered: number;
  readonly total: number;
}

/**
 * Previews the score of a review being filled in: exactly `scoreReview` over the answers given so
 * far (unanswered criteria are left out as N/A is), so the figure shown at the last answer is the one
 * the server will store.
 */
export function previewScore(
  card: ScoringCard,
  answers: readonly ScoringAnswer[],
): ScoringResult<ScorePreview> {
  const checked = checkEach(card, answers);
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: {
      score: tally(card, checked.value),
      answered: checked.value.size,
      total: criteriaOf(card).length,
    },
  };
}
