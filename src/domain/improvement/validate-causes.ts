import type { DomainError } from '../result';
import type { Cause, VerificationMethod } from './improvement';
import { IMPROVEMENT_ERROR } from './improvement-errors';
import { causeLabel } from './labels';

/** The ways a root cause may be verified. */
export const VERIFICATION_METHODS: readonly VerificationMethod[] = ['data', 'interview', 'processReplay'];

/** The longest 5-Why chain a cause may have. */
export const MAX_WHYS = 7;

/**
 * What is wrong with a set of fishbone causes: duplicate ids, unknown parents, cycles, a sub-cause on
 * another bone than its parent, empty text or whys, too many whys, a root cause without evidence.
 */
export function causeProblems(causes: readonly Cause[]): DomainError[] {
  const byId = new Map<string, Cause>();
  const problems: DomainError[] = [];
  const report = (code: string, message: string): void => void problems.push({ code, message });
  for (const cause of causes) {
    if (byId.has(cause.id)) report(IMPROVEMENT_ERROR.causeDuplicateId, `Two causes have the id ${cause.id}`);
    byId.set(cause.id, cause);
  }
  for (const cause of causes) {
    const label = `Cause ${causeLabel(cause)}`;
    const parent = cause.parentId === null ? null : byId.get(cause.parentId);
    if (parent === undefined)
      report(
        IMPROVEMENT_ERROR.causeUnknownParent,
        `${label} is under cause ${cause.parentId}, which does not exist`,
      );
    else if (inCycle(cause, byId))
      report(
        IMPROVEMENT_ERROR.causeCycle,
        `${label} would end up under itself — choose a parent outside its own branch`,
      );
    else if (parent !== null && parent.category !== cause.category)
      report(
        IMPROVEMENT_ERROR.causeCategoryMismatch,
        `${label} is on the ${cause.category} bone but its parent ${causeLabel(parent)} is on ${parent.category}`,
      );
    if (cause.text.trim() === '') report(IMPROVEMENT_ERROR.causeEmptyText, `Cause ${cause.id} has no text`);
    if (cause.whys.length > MAX_WHYS)
      report(
        IMPROVEMENT_ERROR.causeTooManyWhys,
        `${label} has ${cause.whys.length} whys; at most ${MAX_WHYS} are kept`,
      );
    const empty = cause.whys.findIndex((why) => why.trim() === '');
    if (empty >= 0)
      report(
        IMPROVEMENT_ERROR.causeEmptyWhy,
        `Why ${empty + 1} of ${label} is empty — answer it or remove it`,
      );
    const evidence = verificationProblem(cause);
    if (evidence !== null) report(IMPROVEMENT_ERROR.causeNotVerified, evidence);
  }
  return problems;
}

/** Why a cause marked root cause lacks the evidence that makes it one, or null. */
export function verificationProblem(cause: Cause): string | null {
  if (!cause.isRootCause) return null;
  const v = cause.verification;
  const label = `Root cause ${causeLabel(cause)}`;
  if (v === null)
    return `${label} is not verified — record the data, interview or process replay that shows it`;
  if (!VERIFICATION_METHODS.includes(v.method))
    return `${label} has an unknown verification method; use data, interview or process replay`;
  if (v.note.trim() === '') return `${label} has no verification note — say what the evidence showed`;
  return null;
}

function inCycle(start: Cause, byId: ReadonlyMap<string, Cause>): boolean {
  const seen = new Set<string>([start.id]);
  for (let at = start.parentId; at !== null; at = byId.get(at)?.parentId ?? null) {
    if (seen.has(at)) return at === start.id;
    seen.add(at);
  }
  return false;
}
