import type { BackfillStepEvent } from './backfill';

/**
 * Where backfill steps are queued: Forge's queue (`@forge/events`) in production, an in-process
 * queue locally. Each pushed event becomes one consumer invocation running one step.
 */
export interface BackfillQueue {
  push(event: BackfillStepEvent): Promise<void>;
}
