import { z } from 'zod';

/** The part of a Forge lifecycle event (`avi:forge:installed:app`, `avi:forge:upgraded:app`) the app relies on. */
const lifecycleEvent = z.object({
  eventType: z.enum(['avi:forge:installed:app', 'avi:forge:upgraded:app']),
  context: z.object({ cloudId: z.string().min(1) }).optional(),
  app: z.object({ version: z.string().optional() }).optional(),
});

/** Lifecycle trigger: validates and logs the event; installation set-up arrives in a later issue. */
export const handleLifecycle = async (event: unknown): Promise<void> => {
  const parsed = lifecycleEvent.safeParse(event);
  if (!parsed.success) {
    // Rethrow so Forge records the failed invocation instead of silently dropping it.
    throw new Error(
      `Unexpected lifecycle event: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`,
    );
  }
  const { eventType, context, app } = parsed.data;
  console.info(`quality-loop ${eventType}`, { cloudId: context?.cloudId, appVersion: app?.version });
};
