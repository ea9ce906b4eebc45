import { z } from 'zod';

const HOUR_MS = 3_600_000;

/** Options accepted by the generator; time and seed are parameters, never read from the environment. */
export const seedOptionsSchema = z.object({
  seed: z.union([z.number(), z.string()]),
  tickets: z.number().int().min(0),
  days: z.number().positive(),
  end: z.iso.datetime({ offset: true }),
  projectKey: z
    .string()
    .regex(/^[A-Z][A-Z0-9]{1,9}$/)
    .optional(),
  utcOffsetMinutes: z.number().int().min(-720).max(840).optional(),
  baseUrl: z.url().optional(),
});

/** Options for `generateDataset`, `generateIssues` and `datasetFields`. */
export type SeedOptions = z.input<typeof seedOptionsSchema>;

/** Options with defaults applied and the period as epoch milliseconds `[startMs, endMs)`. */
export interface ResolvedSeedOptions {
  seed: string;
  tickets: number;
  startMs: number;
  endMs: number;
  projectKey: string;
  utcOffsetMinutes: number;
  baseUrl: string;
}

/** Validates options and applies defaults (project SUP, +0800, a demo site URL). */
export function resolveSeedOptions(options: SeedOptions): ResolvedSeedOptions {
  const parsed = seedOptionsSchema.parse(options);
  const endMs = Date.parse(parsed.end);
  return {
    seed: String(parsed.seed),
    tickets: parsed.tickets,
    startMs: endMs - Math.round(parsed.days * 24 * HOUR_MS),
    endMs,
    projectKey: parsed.projectKey ?? 'SUP',
    utcOffsetMinutes: parsed.utcOffsetMinutes ?? 480,
    baseUrl: (parsed.baseUrl ?? 'https://qloop.atlassian.net').replace(/\/+$/, ''),
  };
}
