import type { Draft } from './draft';
import type { FieldErrors } from './validate';

/** What every part of the admin form gets: the form state, a way to change it, and its problems. */
export interface SectionProps {
  readonly draft: Draft;
  readonly change: (update: (draft: Draft) => Draft) => void;
  readonly errors: FieldErrors;
}
