import { err, ok, type DomainError, type Result } from '../result';
import { criteriaOf, type QaSection } from './model';

/** Checks a scorecard's content: ids unique (criteria across sections) and some weight to score on. */
export function checkDefinition<
  T extends { readonly sections: readonly QaSection[]; readonly passMark: number },
>(definition: T): Result<T, DomainError> {
  const sectionIds = definition.sections.map((s) => s.id);
  const dupSection = sectionIds.find((id, i) => sectionIds.indexOf(id) !== i);
  if (dupSection) return invalid(`The section id "${dupSection}" is used twice`);
  const criterionIds = criteriaOf(definition).map((c) => c.id);
  const dupCriterion = criterionIds.find((id, i) => criterionIds.indexOf(id) !== i);
  if (dupCriterion)
    return invalid(`The criterion id "${dupCriterion}" is used twice; ids are unique across sections`);
  if (criteriaOf(definition).every((c) => c.weight <= 0))
    return invalid('Give at least one criterion a weight');
  return ok(definition);
}

/**
 * The next version number: versions are never edited once published, so editing a scorecard and
 * publishing again always creates `latest + 1`, and reviews keep pointing at the version they used.
 */
export function nextVersion(published: readonly number[]): number {
  return published.reduce((max, v) => Math.max(max, v), 0) + 1;
}

const invalid = (message: string): Result<never, DomainError> =>
  err({ code: 'QA.INVALID_SCORECARD', message });
