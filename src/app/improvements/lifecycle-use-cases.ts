import { err, ok, type Result } from '../../domain/result';
import {
  editPlan,
  IMPROVEMENT_COMMANDS,
  linkSubtask,
  nextCycle,
  type Action,
  type Cause,
  type Improvement,
} from '../../domain/improvement';
import { effectivenessCheck } from '../../domain/check/effectiveness-check';
import { parsePeriod } from '../../domain/time/period-text';
import type { Settings } from '../../contract/settings-schema';
import { createIssue, plainTextDocument } from '../../jira/endpoints';
import { fromJira, type AppError } from '../app-error';
import { appendAudit } from '../audit/audit-log';
import { ensureJiraParts } from '../install/ensure-jira-parts';
import { measureKpi } from '../measure/measure-kpi';
import type { AppPorts, Caller } from '../ports';
import { changeImprovement } from './change-improvement';
import { resolveApprovers } from './resolve-approvers';
import { writeImprovement } from './improvement-repository';
import { readActionsFromSubtasks, writeActionsToSubtasks } from './sync-actions';

type Outcome = Promise<Result<Improvement, AppError>>;

/** Replaces the fishbone (causes, sub-causes, 5-Why chains, verified root causes). */
export const saveCauses = (
  ports: AppPorts,
  caller: Caller,
  key: string,
  version: number,
  causes: readonly Cause[],
): Outcome =>
  changeImprovement(ports, caller, key, version, (current, now) =>
    editPlan(current, causes, current.actions, caller.accountId, now),
  );

/** Replaces the SMART plan and keeps each action's Jira sub-task in step. */
export const savePlan = (
  ports: AppPorts,
  caller: Caller,
  key: string,
  version: number,
  actions: readonly Action[],
): Outcome =>
  changeImprovement(ports, caller, key, version, async (current, now) => {
    const planned = editPlan(current, current.causes, actions, caller.accountId, now);
    if (!planned.ok) return planned;
    const parts = await ensureJiraParts(ports.jiraAsApp);
    if (!parts.ok) return parts;
    // Sub-tasks are written as the app (the caller's edit permission was checked), so the issue-event
    // trigger can tell the app's own changes from people's changes in Jira.
    const synced = await writeActionsToSubtasks(
      ports.jiraAsApp,
      planned.value,
      parts.value.actionType,
      current.actions,
    );
    if (!synced.ok) return synced;
    let next = planned.value;
    for (const action of synced.value) {
      const before = next.actions.find((a) => a.id === action.id);
      if (before && before.subtaskKey !== action.subtaskKey) {
        const linked = linkSubtask(next, action.id, action.subtaskKey, caller.accountId, now);
        if (!linked.ok) return linked;
        next = { ...linked.value, version: planned.value.version };
      }
    }
    return ok(next);
  });

/** Moves to the next working stage; checking first reads which actions are done in Jira. */
export const advance = (
  ports: AppPorts,
  caller: Caller,
  key: string,
  version: number,
  to: 'analysing' | 'planning' | 'implementing' | 'checking',
): Outcome =>
  changeImprovement(ports, caller, key, version, async (current, now) => {
    const command = {
      analysing: 'startAnalysis',
      planning: 'startPlanning',
      implementing: 'startImplementation',
      checking: 'startChecking',
    } as const;
    let improvement = current;
    if (to === 'checking') {
      const actions = await readActionsFromSubtasks(ports.jira, current);
      if (!actions.ok) return actions;
      improvement = { ...current, actions: actions.value };
    }
    return IMPROVEMENT_COMMANDS[command[to]](improvement, {}, caller.accountId, now);
  });

/** Submits the plan to the approvers of the settings (users, a group, a project role) under their policy. */
export const submitPlan = (
  ports: AppPorts,
  caller: Caller,
  settings: Settings,
  key: string,
  version: number,
): Outcome =>
  changeImprovement(ports, caller, key, version, async (current, now) => {
    // Read as the app: the admin chose the approvers, and the submitter need not be allowed to browse
    // groups or administer the project to have them resolved.
    const approvers = await resolveApprovers(
      ports.jiraAsApp,
      settings.approvers,
      current.problem.scope.projectKey,
    );
    if (!approvers.ok) return approvers;
    return IMPROVEMENT_COMMANDS.submit(
      current,
      { approvers: approvers.value, policy: settings.approvers.policy },
      caller.accountId,
      now,
    );
  });

/** An approver's decision; a rejection needs a comment. */
export const decide = (
  ports: AppPorts,
  caller: Caller,
  key: string,
  version: number,
  decision: 'approve' | 'reject',
  comment: string,
): Outcome =>
  changeImprovement(ports, caller, key, version, (current, now) =>
    decision === 'approve'
      ? IMPROVEMENT_COMMANDS.approve(current, { comment }, caller.accountId, now)
      : IMPROVEMENT_COMMANDS.reject(current, { comment }, caller.accountId, now),
  );

/** The PDCA "Check": the KPI over the after window against the baseline window, tested, verdict stored. */
export const checkEffect = (
  ports: AppPorts,
  caller: Caller,
  settings: Settings,
  request: { key: string; version: number; afterFrom: string; afterTo: string; timeZone: string },
): Outcome =>
  changeImprovement(ports, caller, request.key, request.version, async (current, now) => {
    const window = parsePeriod(request.afterFrom, request.afterTo, request.timeZone, {
      from: 'after-window start',
      to: 'after-window end',
    });
    if (!window.ok) return window;
    const p = current.problem;
    const baselineWindow = { from: Date.parse(p.baseline.from), to: Date.parse(p.baseline.to) };
    const [baseline, after] = await Promise.all([
      measureKpi(ports.jira, p.scope, p.kpi, p.slaName, baselineWindow, settings.kpi),
      measureKpi(ports.jira, p.scope, p.kpi, p.slaName, window.value.period, settings.kpi),
    ]);
    if (!baseline.ok) return baseline;
    if (!after.ok) return after;
    const outcome = effectivenessCheck({
      kpi: p.kpi,
      baseline: baseline.value.observations,
      after: after.value.observations,
      target: p.target,
    });
    return IMPROVEMENT_COMMANDS.recordCheck(
      current,
      {
        after: after.value.measurement,
        test: outcome.test,
        statistic: outcome.statistic,
        pValue: outcome.pValue,
        alpha: 0.05,
        targetMet: outcome.targetMet,
        verdict: outcome.verdict,
      },
      caller.accountId,
      now,
    );
  });

/** Closes with a closure code; successful needs an effective or improved check and the standard it became. */
export const closeImprovement = (
  ports: AppPorts,
  caller: Caller,
  request: {
    key: string;
    version: number;
    code: 'successful' | 'unsuccessful' | 'withdrawn';
    standard: string | null;
    learnings: string;
  },
): Outcome =>
  changeImprovement(ports, caller, request.key, request.version, (current, now) =>
    IMPROVEMENT_COMMANDS.close(
      current,
      { code: request.code, standard: request.standard, learnings: request.learnings },
      caller.accountId,
      now,
    ),
  );

/** "Start another cycle": a new Service Improvement continuing a closed one, with its learnings. */
export async function startNextCycle(ports: AppPorts, caller: Caller, closed: Improvement): Outcome {
  const parts = await ensureJiraParts(ports.jiraAsApp);
  if (!parts.ok) return parts;
  const created = await createIssue(ports.jira, {
    fields: {
      project: { key: closed.problem.scope.projectKey },
      issuetype: { id: parts.value.improvementType },
      summary: `${closed.problem.statement.split('\n')[0]?.slice(0, 200) ?? ''} (next cycle of ${closed.key})`,
      description: plainTextDocument(closed.problem.statement),
    },
  });
  if (!created.ok) return err(fromJira(created.error, `Creating the next cycle of ${closed.key}`));
  const nowIso = new Date(ports.now()).toISOString();
  const next = nextCycle(closed, created.value.key, caller.accountId, nowIso);
  if (!next.ok) return next;
  const saved = await writeImprovement(ports.jira, next.value, 0);
  if (!saved.ok) return saved;
  await appendAudit(ports.store, saved.value.key, saved.value.version, [
    { at: nowIso, by: caller.accountId, field: 'created', before: closed.key, after: saved.value.problem },
  ]);
  return saved;
}
