import type { QaAnswer, ScorecardVersion } from '@contract/qa-schema';

/** A criterion's answer as the reviewer fills it in: undefined = not answered yet, null = N/A. */
export type AnswerDraft = { readonly value: number | null | undefined; readonly note: string };
export type AnswersDraft = Readonly<Record<string, AnswerDraft>>;

/** Every criterion of the version in order, with its section. */
export const criteriaOf = (scorecard: Pick<ScorecardVersion, 'sections'>) =>
  scorecard.sections.flatMap((s) => s.criteria.map((c) => ({ section: s, criterion: c })));

/**
 * The answers to send, or the criteria still unanswered. The server checks the same and scores;
 * this only keeps the reviewer from sending a form with gaps.
 */
export function toAnswers(
  scorecard: Pick<ScorecardVersion, 'sections'>,
  draft: AnswersDraft,
): { ok: true; answers: QaAnswer[] } | { ok: false; missing: string[] } {
  const all = criteriaOf(scorecard).map(({ criterion }) => criterion);
  const missing = all.filter((c) => draft[c.id]?.value === undefined).map((c) => c.id);
  if (missing.length > 0) return { ok: false, missing };
  return {
    ok: true,
    answers: all.map((c) => ({
      criterionId: c.id,
      value: draft[c.id]?.value ?? null,
      note: draft[c.id]?.note.trim() ?? '',
    })),
  };
}

/** The answers given so far (N/A included, unanswered left out), for the live score preview. */
export const answersGiven = (
  scorecard: Pick<ScorecardVersion, 'sections'>,
  draft: AnswersDraft,
): { criterionId: string; value: number | null }[] =>
  criteriaOf(scorecard).flatMap(({ criterion }) => {
    const value = draft[criterion.id]?.value;
    return value === undefined ? [] : [{ criterionId: criterion.id, value }];
  });
