import { z } from 'zod';
import { consumeBackfillStep } from '../app/monitor/backfill-consumer';
import { markIssueEvent } from '../app/monitor/issue-events';
import { syncAllProjects } from '../app/monitor/scheduled-sync';
import { forgeAppPorts } from './ports';

/** The async event a queue consumer receives: the pushed body with invocation details. */
const asyncEvent = z.looseObject({ body: z.unknown() });

/** `consumer` of the monitor-backfill queue: one backfill step; a hand-over queues the next. */
export const monitorBackfillStep = async (event: unknown): Promise<void> => {
  const parsed = asyncEvent.safeParse(event);
  const outcome = await consumeBackfillStep(forgeAppPorts(), parsed.success ? parsed.data.body : event);
  // A failed step is recorded in the checkpoint (status failed, with the error) for the admin page;
  // it is not rethrown, since a retry would only repeat the same failure on the same page.
  if (!outcome.ok) console.error(`monitor backfill step: ${outcome.error.code}: ${outcome.error.message}`);
};

/** `scheduledTrigger`, hourly: the incremental sync of every backfilled project. */
export const monitorSync = async (): Promise<void> => {
  const outcomes = await syncAllProjects(forgeAppPorts());
  if (!outcomes.ok) throw new Error(`monitor sync: ${outcomes.error.message}`);
  for (const { projectKey, result } of outcomes.value) {
    if (result.ok) console.info(`monitor sync ${projectKey}`, result.value);
    else console.error(`monitor sync ${projectKey}: ${result.error.code}: ${result.error.message}`);
  }
};

/** Issue created, updated, commented on or deleted: marked for the next sync. */
export const onMonitorIssueEvent = async (event: unknown): Promise<void> => {
  await markIssueEvent(forgeAppPorts().store, event, Date.now());
};
