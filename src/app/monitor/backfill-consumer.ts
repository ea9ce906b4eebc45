import { z } from 'zod';
import { err, ok, type Result } from '../../domain/result';
import type { AppError } from '../app-error';
import type { AppPorts } from '../ports';
import { readSettings } from '../settings/settings-store';
import { runBackfillStep, type BackfillStepOutcome } from './backfill';

/** The body of a backfill step event, as it comes off the queue. */
export const backfillStepEventSchema = z.object({
  projectKey: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  runId: z.string().min(1),
});

/**
 * The queue consumer's work, the same on Forge and locally: runs one backfill step for the event
 * and, when the step hands over, queues the next one with the same body (a new event, so a new
 * invocation with a fresh time limit).
 */
export async function consumeBackfillStep(
  ports: AppPorts,
  body: unknown,
  options: { readonly budgetMs?: number; readonly clock?: () => number } = {},
): Promise<Result<BackfillStepOutcome, AppError>> {
  const event = backfillStepEventSchema.safeParse(body);
  if (!event.success)
    return err({
      code: 'VALIDATION.INVALID_INPUT',
      message: `a backfill step event needs projectKey and runId: ${event.error.issues[0]?.path.join('.') ?? ''}`,
    });
  const settings = await readSettings(ports.store);
  if (!settings.ok) return settings;
  const outcome = await runBackfillStep(ports, settings.value, event.data, options);
  if (!outcome.ok) return outcome;
  if (outcome.value.handOver) {
    if (!ports.backfillQueue)
      return err({
        code: 'MONITOR.NO_QUEUE',
        message: 'the backfill cannot hand over: no queue on this host',
      });
    await ports.backfillQueue.push(event.data);
  }
  return ok(outcome.value);
}
