import { runDailyMonitoring } from '../app/alerts/run-daily';
import { syncAllProjects } from '../app/monitor/scheduled-sync';
import { forgeAppPorts } from './ports';

/**
 * `scheduledTrigger`, daily (日监控): sync the KPI aggregates, run the alert rules, generate the weekly
 * review and monthly audit due. Runs as the app; a failure is rethrown so Forge records it.
 */
export const dailyMonitoring = async (): Promise<void> => {
  const outcome = await runDailyMonitoring(forgeAppPorts(), { sync: syncAllProjects });
  if (!outcome.ok) throw new Error(`daily monitoring: ${outcome.error.code}: ${outcome.error.message}`);
  const { today, syncError, alerts, reviews, reviewFailures } = outcome.value;
  if (syncError) console.error(`daily monitoring ${today}: sync failed: ${syncError}`);
  console.info(`daily monitoring ${today}`, {
    fired: alerts.filter((a) => a.evaluation?.fired).map((a) => a.ruleId),
    unfinished: alerts.filter((a) => !a.complete).map((a) => a.ruleId),
    reviews: reviews.map((r) => `${r.projectKey} ${r.kind} ${r.label}`),
  });
  for (const f of reviewFailures)
    console.error(`daily monitoring ${today}: ${f.projectKey} ${f.kind}: ${f.message}`);
};
