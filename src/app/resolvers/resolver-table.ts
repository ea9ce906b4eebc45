import { ok } from '../../domain/result';
import { parsePeriod } from '../../domain/time/period-text';
import type { ResolverKey } from '../../contract/resolvers';
import { smartCheck } from '../../domain/improvement';
import { readAudit } from '../audit/audit-log';
import { projectReport, projectTrend } from '../kpi/project-kpis';
import { flagTicket, readFlag, unflagTicket } from '../flags/flag-ticket';
import { ensureJiraParts } from '../install/ensure-jira-parts';
import { listImprovements, readImprovement } from '../improvements/improvement-repository';
import {
  advance,
  checkEffect,
  closeImprovement,
  decide,
  saveCauses,
  savePlan,
  startNextCycle,
  submitPlan,
} from '../improvements/lifecycle-use-cases';
import { openImprovement } from '../improvements/open-improvement';
import { listProblems } from '../problems/list-problems';
import { readSettings, writeSettings } from '../settings/settings-store';
import type { Settings } from '../../contract/settings-schema';
import type { Period } from '../../domain/kpi/period';
import type { Result } from '../../domain/result';
import type { TimeZone } from '../../domain/time/zone';
import type { AppError } from '../app-error';
import type { AppPorts } from '../ports';
import { define, type ResolverFunction } from './define';
import { MONITOR_RESOLVER_TABLE } from './monitor-resolvers';
import { ALERT_REVIEW_RESOLVER_TABLE } from '../alerts/alert-review-resolvers';
import { QA_RESOLVER_TABLE } from '../qa/qa-resolver-table';
import { qaProblemFailures } from '../qa/qa-problems';

const onIssue = (input: { issueKey?: string; key?: string }) => ({
  issueKey: input.issueKey ?? input.key ?? '',
});
const BROWSE_ISSUE = { permission: 'BROWSE_PROJECTS' as const, on: onIssue };
const EDIT_ISSUE = { permission: 'EDIT_ISSUES' as const, on: onIssue };

/** Reads the settings and the typed period a read-only KPI resolver needs, then runs it. */
async function withSettingsAndPeriod<T>(
  ports: AppPorts,
  input: { from: string; to: string; timeZone: string },
  run: (settings: Settings, period: { period: Period; zone: TimeZone }) => Promise<Result<T, AppError>>,
): Promise<Result<T, AppError>> {
  const settings = await readSettings(ports.store);
  if (!settings.ok) return settings;
  const parsed = parsePeriod(input.from, input.to, input.timeZone);
  if (!parsed.ok) return parsed;
  return run(settings.value, parsed.value);
}

/** Every resolver of the app, by key: thin adapters from the contract to the use cases. */
export const RESOLVER_TABLE: Readonly<Record<ResolverKey, ResolverFunction>> = {
  'kpi/report': define(
    'kpi/report',
    { permission: 'BROWSE_PROJECTS', on: (i) => ({ projectKey: i.projectKey }) },
    ({ input, ports }) =>
      withSettingsAndPeriod(ports, input, (settings, period) =>
        projectReport(ports.store, settings, {
          projectKey: input.projectKey,
          ...period,
          breakdownBy: input.breakdownBy,
        }),
      ),
  ),
  'kpi/trend': define(
    'kpi/trend',
    { permission: 'BROWSE_PROJECTS', on: (i) => ({ projectKey: i.projectKey }) },
    ({ input, ports }) =>
      withSettingsAndPeriod(ports, input, (settings, period) =>
        projectTrend(ports.store, settings, {
          projectKey: input.projectKey,
          kpi: input.kpi,
          ...period,
        }),
      ),
  ),
  'improvement/plan-hints': define('improvement/plan-hints', BROWSE_ISSUE, async ({ input, ports }) => {
    const improvement = await readImprovement(ports.jira, input.key);
    if (!improvement.ok) return improvement;
    const today = new Date(ports.now()).toISOString().slice(0, 10);
    return ok(Object.fromEntries(improvement.value.actions.map((a) => [a.id, smartCheck(a, today)])));
  }),

  'settings/get': define('settings/get', null, ({ ports }) => readSettings(ports.store)),
  'settings/save': define('settings/save', { permission: 'ADMINISTER' }, async ({ input, ports }) =>
    ok(await writeSettings(ports.store, input.settings)),
  ),
  'install/ensure': define('install/ensure', { permission: 'ADMINISTER' }, ({ ports }) =>
    ensureJiraParts(ports.jiraAsApp),
  ),

  'flag/get': define('flag/get', BROWSE_ISSUE, ({ input, ports }) => readFlag(ports.jira, input.issueKey)),
  'flag/set': define('flag/set', EDIT_ISSUE, async ({ input, caller, ports }) => {
    const settings = await readSettings(ports.store);
    if (!settings.ok) return settings;
    return flagTicket(
      ports.jira,
      settings.value,
      input,
      caller.accountId,
      new Date(ports.now()).toISOString(),
    );
  }),
  'flag/remove': define('flag/remove', EDIT_ISSUE, ({ input, ports }) =>
    unflagTicket(ports.jira, input.issueKey),
  ),

  'problems/list': define(
    'problems/list',
    { permission: 'BROWSE_PROJECTS', on: (i) => ({ projectKey: i.projectKey }) },
    ({ input, ports }) =>
      withSettingsAndPeriod(ports, input, async (settings, period) =>
        listProblems(
          ports,
          settings,
          { projectKey: input.projectKey, ...period, groupBy: input.groupBy },
          await qaProblemFailures(ports.store, input.projectKey, period.period),
        ),
      ),
  ),

  'improvement/open': define(
    'improvement/open',
    { permission: 'BROWSE_PROJECTS', on: (i) => ({ projectKey: i.scope.projectKey }) },
    async ({ input, caller, ports }) => {
      const settings = await readSettings(ports.store);
      if (!settings.ok) return settings;
      return openImprovement(ports, caller, settings.value.kpi, input);
    },
  ),
  'improvement/get': define('improvement/get', BROWSE_ISSUE, ({ input, ports }) =>
    readImprovement(ports.jira, input.key),
  ),
  'improvement/list': define(
    'improvement/list',
    { permission: 'BROWSE_PROJECTS', on: (i) => ({ projectKey: i.projectKey }) },
    ({ input, ports }) => listImprovements(ports.jira, input.projectKey),
  ),
  'improvement/save-causes': define('improvement/save-causes', EDIT_ISSUE, ({ input, caller, ports }) =>
    saveCauses(ports, caller, input.key, input.version, input.causes),
  ),
  'improvement/save-plan': define('improvement/save-plan', EDIT_ISSUE, ({ input, caller, ports }) =>
    savePlan(ports, caller, input.key, input.version, input.actions),
  ),
  'improvement/advance': define('improvement/advance', EDIT_ISSUE, ({ input, caller, ports }) =>
    advance(ports, caller, input.key, input.version, input.to),
  ),
  'improvement/submit': define('improvement/submit', EDIT_ISSUE, async ({ input, caller, ports }) => {
    const settings = await readSettings(ports.store);
    if (!settings.ok) return settings;
    return submitPlan(ports, caller, settings.value, input.key, input.version);
  }),
  // Deciding needs only to see the issue: approvers need not be able to edit it; the domain checks they are approvers.
  'improvement/decide': define('improvement/decide', BROWSE_ISSUE, ({ input, caller, ports }) =>
    decide(ports, caller, input.key, input.version, input.decision, input.comment),
  ),
  'improvement/check': define('improvement/check', EDIT_ISSUE, async ({ input, caller, ports }) => {
    const settings = await readSettings(ports.store);
    if (!settings.ok) return settings;
    return checkEffect(ports, caller, settings.value, input);
  }),
  'improvement/close': define('improvement/close', EDIT_ISSUE, ({ input, caller, ports }) =>
    closeImprovement(ports, caller, input),
  ),
  'improvement/next-cycle': define('improvement/next-cycle', EDIT_ISSUE, async ({ input, caller, ports }) => {
    const closed = await readImprovement(ports.jira, input.key);
    if (!closed.ok) return closed;
    return startNextCycle(ports, caller, closed.value);
  }),
  'improvement/audit': define('improvement/audit', BROWSE_ISSUE, async ({ input, ports }) =>
    ok(await readAudit(ports.store, input.key)),
  ),
  ...MONITOR_RESOLVER_TABLE,
  ...ALERT_REVIEW_RESOLVER_TABLE,
  ...QA_RESOLVER_TABLE,
};
