import { z } from 'zod';

/** Shares (0..1) of API responses to spoil, for resilience tests; all zero by default. */
export const faultOptionsSchema = z.object({
  rateLimited: z.number().min(0).max(1).default(0),
  serverError: z.number().min(0).max(1).default(0),
  slow: z.number().min(0).max(1).default(0),
  cut: z.number().min(0).max(1).default(0),
  slowMs: z.number().int().min(0).default(1500),
  retryAfterSeconds: z.number().int().min(0).default(1),
  seed: z.number().int().default(1),
});
export type FaultOptions = z.infer<typeof faultOptionsSchema>;

export type Fault =
  { kind: 'none' } | { kind: 'rateLimited' | 'serverError' | 'cut' } | { kind: 'slow'; ms: number };

/** Decides, request by request and reproducibly from the seed, which responses to spoil. */
export function faultPlan(options: FaultOptions): () => Fault {
  let state = options.seed >>> 0 || 1;
  const random = () => {
    // xorshift32: small, seeded, good enough to spread faults
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  return () => {
    let x = random();
    for (const kind of ['rateLimited', 'serverError', 'cut'] as const) {
      if (x < options[kind]) return { kind };
      x -= options[kind];
    }
    if (x < options.slow) return { kind: 'slow', ms: options.slowMs };
    return { kind: 'none' };
  };
}
