import { z } from 'zod';
import { ensureJiraParts } from '../app/install/ensure-jira-parts';
import { getMyself } from '../jira/endpoints';
import { syncActionFromJira } from '../app/improvements/sync-from-jira';
import { validateStartImplementation, type TransitionVerdict } from '../app/improvements/validate-transition';
import { forgeAppPorts } from './ports';
import { makeResolvers } from './resolvers';

export { monitorBackfillStep, monitorSync, onMonitorIssueEvent } from './monitor-handlers';
export { dailyMonitoring } from './daily-monitoring';
export { qaSampling } from './qa-handlers';

/** Every resolver of the Custom UI, as Forge invokes them. */
export const handler = makeResolvers().getDefinitions();

const lifecycleEvent = z.object({
  eventType: z.enum(['avi:forge:installed:app', 'avi:forge:upgraded:app']),
  context: z.object({ cloudId: z.string().min(1) }).optional(),
  app: z.object({ version: z.string().optional() }).optional(),
});

/** On install and upgrade: make sure the app's issue types and link type exist (idempotent). */
export const handleLifecycle = async (event: unknown): Promise<void> => {
  const parsed = lifecycleEvent.safeParse(event);
  // Rethrow so Forge records the failed invocation instead of silently dropping it.
  if (!parsed.success)
    throw new Error(
      `Unexpected lifecycle event: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`,
    );
  const parts = await ensureJiraParts(forgeAppPorts().jiraAsApp);
  if (!parts.ok) throw new Error(`${parsed.data.eventType}: ${parts.error.message}`);
  console.info(`quality-loop ${parsed.data.eventType}`, {
    cloudId: parsed.data.context?.cloudId,
    created: parts.value.created,
  });
};

const validatorEvent = z.looseObject({ issue: z.looseObject({ key: z.string() }) });

/** `jira:workflowValidator` on "Start implementation": the same rule as the resolvers. */
export const validatePlanApproved = async (event: unknown): Promise<TransitionVerdict> => {
  const parsed = validatorEvent.safeParse(event);
  if (!parsed.success)
    return {
      result: false,
      errorMessage: 'Quality Loop could not tell which improvement this transition is for.',
    };
  return validateStartImplementation(forgeAppPorts().jiraAsApp, parsed.data.issue.key);
};

const issueEvent = z.looseObject({
  issue: z.looseObject({ key: z.string() }),
  atlassianId: z.string().optional(),
});

/**
 * `avi:jira:updated:issue`: an action's sub-task changed in Jira, so the plan follows (idempotent).
 * Events caused by the app's own writes are ignored: it made those changes from the plan itself.
 */
export const onIssueUpdated = async (event: unknown): Promise<void> => {
  const parsed = issueEvent.safeParse(event);
  if (!parsed.success) return;
  const ports = forgeAppPorts();
  const app = await getMyself(ports.jiraAsApp);
  if (app.ok && app.value.accountId === parsed.data.atlassianId) return;
  const synced = await syncActionFromJira(ports, parsed.data.issue.key);
  // Rethrow so Forge records the failure and the event can be retried.
  if (!synced.ok) throw new Error(`Syncing ${parsed.data.issue.key}: ${synced.error.message}`);
};
