/** A failure as a value: a stable code and a message a person can act on. */
export interface DomainError {
  readonly code: string;
  readonly message: string;
}

/** Either a value or a DomainError; domain functions return this instead of throwing. */
export type Result<T, E extends DomainError = DomainError> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

export const err = <E extends DomainError>(error: E): Result<never, E> => ({ ok: false, error });
