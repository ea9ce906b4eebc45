import { z } from 'zod';
import { QA_ERROR_CODES } from './qa-schema';

/** A failure every resolver may answer with: a stable code and a message a person can act on. */
export const resolverErrorSchema = z.object({ code: z.string(), message: z.string() });
export type ResolverError = z.infer<typeof resolverErrorSchema>;

/** The one response envelope of every resolver, shared by backend and UI. */
export const envelopeSchema = <T extends z.ZodType>(data: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: resolverErrorSchema }),
  ]);
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ResolverError };

/** Error codes the resolvers share (domain rules add their own, e.g. IMPROVEMENT.NOT_APPROVED). */
export const ERROR_CODES = {
  invalidInput: 'VALIDATION.INVALID_INPUT',
  forbidden: 'AUTH.FORBIDDEN',
  notFound: 'NOT_FOUND',
  /** The issue exists (or is hidden) but carries no improvement record. */
  improvementNotFound: 'IMPROVEMENT.NOT_FOUND',
  conflict: 'IMPROVEMENT.CONFLICT',
  jira: 'JIRA.ERROR',
  /** The project's KPI aggregates are not built yet, or were built with other KPI options. */
  kpiNotReady: 'KPI.NOT_READY',
  internal: 'INTERNAL',
  ...QA_ERROR_CODES,
} as const;
