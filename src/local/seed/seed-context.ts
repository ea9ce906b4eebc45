import { customFieldIds, type CustomFieldIds } from './field-ids';
import { hashSeed } from './prng';
import { resolveSeedOptions, type ResolvedSeedOptions, type SeedOptions } from './seed-options';

/** Everything the generator derives once from the options. */
export interface SeedContext {
  options: ResolvedSeedOptions;
  seedHash: number;
  fieldIds: CustomFieldIds;
}

/** Validates the options and derives the seed hash and custom field ids. */
export function createSeedContext(options: SeedOptions): SeedContext {
  const resolved = resolveSeedOptions(options);
  const seedHash = hashSeed(resolved.seed)[0];
  return { options: resolved, seedHash, fieldIds: customFieldIds(seedHash) };
}
