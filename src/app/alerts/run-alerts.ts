import { err, ok, type Result } from '../../domain/result';
import { addDays } from '../../domain/alerts/calendar-day';
import { daysNeeded } from '../../domain/alerts/alert-rule';
import { evaluateRule } from '../../domain/alerts/evaluate-rule';
import { alertCommentDocument, alertStatement } from '../../domain/alerts/alert-text';
import type {
  AlertAction,
  AlertHistoryEntry,
  AlertRule,
  MonitoringSettings,
} from '../../contract/monitoring-schema';
import { improvableKpiSchema } from '../../contract/improvement-schema';
import type { Settings } from '../../contract/settings-schema';
import { addComment, getMyself } from '../../jira/endpoints';
import type { AppError } from '../app-error';
import { readImprovement } from '../improvements/improvement-repository';
import { openImprovement } from '../improvements/open-improvement';
import type { AppPorts, Caller } from '../ports';
import { resolveKpiConfig } from '../report/resolve-config';
import { readHistoryEntry, readOpenRecord, writeHistoryEntry, writeOpenRecord } from './alert-records';
import { kpiSeries } from './kpi-series';
import { addRedCardLabel, raisePriority, teamLeadOf } from './red-card';

/** How far back an alert's improvement measures its baseline: four weeks, enough for the later check. */
const IMPROVEMENT_BASELINE_DAYS = 28;
/** When the improvement's effect is due for review. */
const IMPROVEMENT_REVIEW_DAYS = 30;

/** Steps whose failure leaves the day's entry unfinished, so the next run the same day tries them again. */
const RETRIED_STEPS: readonly string[] = ['evaluate', 'openImprovement', 'comment', 'redCardLabel'];

export interface AlertRun {
  /** The local day the run is for (`YYYY-MM-DD` in the monitoring zone); the rules read the days before it. */
  readonly today: string;
  /** Only rules of these projects; all when absent. */
  readonly projectKeys?: readonly string[];
}

/**
 * The daily alert run (日监控): every enabled rule is evaluated over the complete days before `today`;
 * a fired rule opens an Identified improvement with the evidence (never a second while the one it
 * opened for the scope is open), notifies its users by a comment with mentions, and a red card flags
 * the team lead (mention, label, priority). Each rule's run is kept as an entry of the alert history;
 * a re-run the same day returns a complete entry as it is and only finishes an incomplete one, so
 * nothing is opened or posted twice.
 */
export async function runAlerts(
  ports: AppPorts,
  config: { readonly settings: Settings; readonly monitoring: MonitoringSettings },
  run: AlertRun,
): Promise<Result<AlertHistoryEntry[], AppError>> {
  const rules = config.monitoring.rules.filter(
    (r) => r.enabled && (run.projectKeys === undefined || run.projectKeys.includes(r.projectKey)),
  );
  const entries: AlertHistoryEntry[] = [];
  let caller: Caller | null = null;
  for (const rule of rules) {
    const previous = await readHistoryEntry(ports.store, rule.projectKey, run.today, rule.id);
    if (previous && 'unreadable' in previous)
      return err({
        code: 'ALERTS.UNREADABLE',
        message: `The alert history of rule ${rule.id} on ${run.today} cannot be read (${previous.unreadable}); it was kept as it is`,
      });
    if (previous?.complete) {
      entries.push(previous);
      continue;
    }
    caller ??= await appCaller(ports, config.monitoring.timeZone);
    try {
      entries.push(await runRule(ports, config, run.today, rule, previous ?? null, caller));
    } catch (e) {
      // One rule's unexpected failure must not stop the others; its unfinished entry is retried next run.
      console.error(`alert rule ${rule.id} on ${run.today} failed`, e);
      const stored = await readHistoryEntry(ports.store, rule.projectKey, run.today, rule.id);
      if (stored && !('unreadable' in stored)) entries.push(stored);
    }
  }
  return ok(entries);
}

async function appCaller(ports: AppPorts, zone: string): Promise<Caller> {
  const me = await getMyself(ports.jiraAsApp);
  return { accountId: me.ok ? me.value.accountId : 'quality-loop', locale: 'en_US', timeZone: zone };
}

async function runRule(
  ports: AppPorts,
  config: { readonly settings: Settings; readonly monitoring: MonitoringSettings },
  today: string,
  rule: AlertRule,
  unfinished: AlertHistoryEntry | null,
  caller: Caller,
): Promise<AlertHistoryEntry> {
  const zone = config.monitoring.timeZone;
  // An unfinished entry is resumed: its successful steps stand, its failed steps are tried again.
  let entry: AlertHistoryEntry = unfinished
    ? { ...unfinished, actions: unfinished.actions.filter((a) => a.kind !== 'failed') }
    : {
        schemaVersion: 1,
        day: today,
        ranAt: new Date(ports.now()).toISOString(),
        ruleId: rule.id,
        ruleName: rule.name,
        projectKey: rule.projectKey,
        dimension: rule.dimension,
        kpi: rule.kpi,
        severity: rule.severity,
        evaluation: null,
        improvementKey: null,
        actions: [],
        complete: false,
      };
  const save = async (next: AlertHistoryEntry) => {
    entry = next;
    await writeHistoryEntry(ports.store, next);
  };
  const did = async (action: AlertAction): Promise<void> =>
    save({ ...entry, actions: [...entry.actions, action] });
  /** Complete unless a step that may succeed on a re-run failed (a missing lead or priority will not). */
  const finish = async (): Promise<AlertHistoryEntry> => {
    const retry = entry.actions.some((a) => a.kind === 'failed' && RETRIED_STEPS.includes(a.step));
    await save({ ...entry, complete: !retry });
    return entry;
  };
  const done = (kind: AlertAction['kind']) => entry.actions.some((a) => a.kind === kind);
  const failedAt = (step: string) => entry.actions.some((a) => a.kind === 'failed' && a.step === step);

  if (entry.evaluation === null) {
    const series = await kpiSeries(ports, config.settings, {
      projectKey: rule.projectKey,
      kpi: rule.kpi,
      dimension: rule.dimension,
      from: addDays(today, -daysNeeded(rule)),
      to: today,
      timeZone: zone,
    });
    if (!series.ok) {
      await did({ kind: 'failed', step: 'evaluate', message: series.error.message });
      return finish();
    }
    const found = evaluateRule(rule, series.value.points, series.value.target);
    await save({
      ...entry,
      evaluation: {
        ...found,
        streak: [...found.streak],
        baseline: found.baseline && { ...found.baseline, days: [...found.baseline.days] },
      },
    });
  }
  const evaluation = entry.evaluation;
  if (!evaluation?.fired) return finish();

  const statement = alertStatement(rule, evaluation);
  let commentOn: string | null = null;
  let newlyOpened = false;
  if (rule.openImprovement) {
    const opened = await keepImprovementOpen(ports, config.settings, today, rule, statement, caller, entry);
    if (opened.kind === 'failed') {
      await did({ kind: 'failed', step: 'openImprovement', message: opened.message });
      return finish();
    }
    if (!entry.improvementKey) {
      await save({ ...entry, improvementKey: opened.key });
      await did({ kind: opened.kind, issueKey: opened.key });
    }
    newlyOpened = entry.actions.some((a) => a.kind === 'improvementOpened');
    if (newlyOpened) commentOn = opened.key;
  } else if (rule.notifyIssueKey && (await startsEpisode(ports, today, rule))) {
    commentOn = rule.notifyIssueKey;
  }

  const redCard = rule.severity === 'redCard';
  const lead = redCard ? await teamLeadOf(ports.jiraAsApp, rule.teamLead, rule.projectKey) : null;
  if (redCard && !lead && !failedAt('redCard'))
    await did({
      kind: 'failed',
      step: 'redCard',
      message: `no team lead: the rule names none and project ${rule.projectKey} has no lead in Jira`,
    });
  if (commentOn && !done('commented') && !failedAt('comment')) {
    const mentioned = [...new Set([...(lead ? [lead] : []), ...rule.notifyUsers])];
    if (mentioned.length > 0) {
      const posted = await addComment(ports.jira, commentOn, {
        body: alertCommentDocument(statement, mentioned, lead),
      });
      await did(
        posted.ok
          ? { kind: 'commented', issueKey: commentOn, mentioned }
          : { kind: 'failed', step: 'comment', message: posted.error.message },
      );
    }
  }
  if (redCard && newlyOpened && entry.improvementKey) {
    const key = entry.improvementKey;
    if (!done('redCardLabelled') && !failedAt('redCardLabel')) {
      const labelled = await addRedCardLabel(ports.jira, key);
      await did(
        labelled.ok
          ? { kind: 'redCardLabelled', issueKey: key }
          : { kind: 'failed', step: 'redCardLabel', message: labelled.message },
      );
    }
    if (!done('priorityRaised') && !failedAt('priority')) {
      const raised = await raisePriority(ports.jira, key);
      await did(
        raised.ok
          ? { kind: 'priorityRaised', issueKey: key, priority: 'Highest' }
          : { kind: 'failed', step: 'priority', message: `priority not raised: ${raised.message}` },
      );
    }
  }
  return finish();
}

type Kept =
  { kind: 'improvementOpened' | 'improvementStillOpen'; key: string } | { kind: 'failed'; message: string };

/**
 * The improvement the rule keeps for its scope: the one it opened before if that still exists and is
 * not closed (a deleted or closed one does not count), else a new Identified improvement.
 */
async function keepImprovementOpen(
  ports: AppPorts,
  settings: Settings,
  today: string,
  rule: AlertRule,
  statement: string,
  caller: Caller,
  entry: AlertHistoryEntry,
): Promise<Kept> {
  if (entry.improvementKey) {
    const kind = entry.actions.some((a) => a.kind === 'improvementOpened')
      ? 'improvementOpened'
      : 'improvementStillOpen';
    return { kind, key: entry.improvementKey };
  }
  const record = await readOpenRecord(ports.store, rule);
  if (record) {
    const current = await readImprovement(ports.jiraAsApp, record.improvementKey);
    if (current.ok && current.value.stage !== 'closed')
      return { kind: 'improvementStillOpen', key: record.improvementKey };
    if (!current.ok && current.error.code !== 'IMPROVEMENT.NOT_FOUND' && current.error.code !== 'NOT_FOUND')
      return { kind: 'failed', message: `checking ${record.improvementKey}: ${current.error.message}` };
  }
  const kpi = improvableKpiSchema.safeParse(rule.improvementKpi ?? rule.kpi);
  if (!kpi.success) return { kind: 'failed', message: `an improvement cannot be measured on ${rule.kpi}` };
  const configured = resolveKpiConfig(settings.kpi).targets;
  const target =
    (Object.entries(configured).find(([k]) => k === kpi.data)?.[1] as number | undefined) ??
    (kpi.data === rule.kpi ? entry.evaluation?.reference : undefined);
  if (target === undefined || target === null)
    return { kind: 'failed', message: `${kpi.data} has no target: set one in the settings` };
  const opened = await openImprovement(ports, caller, settings.kpi, {
    statement,
    scope: {
      projectKey: rule.projectKey,
      jql: null,
      dimensions: rule.dimension ? { [rule.dimension.name]: rule.dimension.value } : {},
    },
    kpi: kpi.data,
    slaName: null,
    baselineFrom: addDays(today, -IMPROVEMENT_BASELINE_DAYS),
    baselineTo: today,
    timeZone: caller.timeZone,
    target,
    reviewDate: addDays(today, IMPROVEMENT_REVIEW_DAYS),
    evidence: [],
  });
  if (!opened.ok) return { kind: 'failed', message: opened.error.message };
  await writeOpenRecord(ports.store, rule, opened.value.key, today);
  return { kind: 'improvementOpened', key: opened.value.key };
}

/** Whether the rule did not fire the day before, so a notify-only rule posts once per episode. */
async function startsEpisode(ports: AppPorts, today: string, rule: AlertRule): Promise<boolean> {
  const yesterday = await readHistoryEntry(ports.store, rule.projectKey, addDays(today, -1), rule.id);
  return !(yesterday && !('unreadable' in yesterday) && yesterday.evaluation?.fired);
}
