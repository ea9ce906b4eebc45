import { Queue } from '@forge/events';
import type { BackfillQueue } from '../app/monitor/backfill-queue';

/** The Forge queue the manifest's `monitor-backfill-consumer` consumes. */
export const BACKFILL_QUEUE_KEY = 'monitor-backfill';

/** Backfill steps on Forge's async events queue: one event, one consumer invocation of up to 900 s. */
export const forgeBackfillQueue = (): BackfillQueue => {
  const queue = new Queue({ key: BACKFILL_QUEUE_KEY });
  return {
    async push(event) {
      await queue.push({ body: { projectKey: event.projectKey, runId: event.runId } });
    },
  };
};
