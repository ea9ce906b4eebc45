import {
  ALERT_KPIS,
  monitoringSettingsSchema,
  type AlertKpi,
  type AlertRule,
  type MonitoringSettings,
} from '@contract/monitoring-schema';
import { improvableKpiSchema } from '@contract/improvement-schema';

/** How an alert value is typed: rates in %, durations in minutes, the rest as it is. */
export const ALERT_UNITS: Readonly<
  Record<AlertKpi, { scale: number; unit: 'percent' | 'minutes' | 'points' | 'stars' }>
> = {
  frtMedianMs: { scale: 60_000, unit: 'minutes' },
  resolutionMedianMs: { scale: 60_000, unit: 'minutes' },
  fcrRate: { scale: 0.01, unit: 'percent' },
  reopenRate: { scale: 0.01, unit: 'percent' },
  repeatContactRate: { scale: 0.01, unit: 'percent' },
  csatAvg: { scale: 1, unit: 'stars' },
  csatTop2box: { scale: 0.01, unit: 'percent' },
  nps: { scale: 1, unit: 'points' },
  compositeIndex: { scale: 1, unit: 'points' },
};
export { ALERT_KPIS };

/** One rule as the admin types it: numbers as text in the units shown, lists as lines. */
export interface RuleDraft {
  readonly id: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly kpi: AlertKpi;
  readonly projectKey: string;
  readonly dimensionName: string;
  readonly dimensionValue: string;
  readonly kind: 'absolute' | 'target' | 'baseline';
  readonly direction: 'below' | 'above';
  readonly value: string;
  readonly percent: string;
  readonly baselineDays: string;
  readonly periodsInRow: string;
  readonly severity: 'warning' | 'redCard';
  readonly openImprovement: boolean;
  readonly improvementKpi: string;
  readonly notifyUsers: string;
  readonly notifyIssueKey: string;
  readonly teamLead: string;
}

export interface MonitoringDraft {
  readonly timeZone: string;
  readonly reviewProjects: string;
  readonly rules: readonly RuleDraft[];
}

/**
 * KPIs a rule's improvement can be measured on (the contract refuses the others without an improvement
 * KPI); SLA compliance needs an SLA name, which a rule does not carry.
 */
export const IMPROVABLE = improvableKpiSchema.exclude(['slaCompliance']).options;

const show = (n: number, scale = 1) => String(Number((n / scale).toPrecision(12)));

export function toRuleDraft(rule: AlertRule): RuleDraft {
  const c = rule.condition;
  return {
    id: rule.id,
    name: rule.name,
    enabled: rule.enabled,
    kpi: rule.kpi,
    projectKey: rule.projectKey,
    dimensionName: rule.dimension?.name ?? '',
    dimensionValue: rule.dimension?.value ?? '',
    kind: c.kind,
    direction: c.direction,
    value: c.kind === 'absolute' ? show(c.value, ALERT_UNITS[rule.kpi].scale) : '',
    percent: c.kind === 'absolute' ? '' : show(c.percent),
    baselineDays: c.kind === 'baseline' ? String(c.baselineDays) : '',
    periodsInRow: String(rule.periodsInRow),
    severity: rule.severity,
    openImprovement: rule.openImprovement,
    improvementKpi: rule.improvementKpi ?? '',
    notifyUsers: rule.notifyUsers.join('\n'),
    notifyIssueKey: rule.notifyIssueKey ?? '',
    teamLead: rule.teamLead ?? '',
  };
}

export const toMonitoringDraft = (s: MonitoringSettings): MonitoringDraft => ({
  timeZone: s.timeZone,
  reviewProjects: s.reviewProjects.join(', '),
  rules: s.rules.map(toRuleDraft),
});

/** A new rule: the seed's example, NPS below the baseline by 30% for 3 days in a row. */
export const newRule = (existing: readonly RuleDraft[]): RuleDraft => {
  let n = existing.length + 1;
  while (existing.some((r) => r.id === `rule-${n}`)) n += 1;
  return {
    id: `rule-${n}`,
    name: '',
    enabled: true,
    kpi: 'nps',
    projectKey: '',
    dimensionName: '',
    dimensionValue: '',
    kind: 'baseline',
    direction: 'below',
    value: '',
    percent: '30',
    baselineDays: '7',
    periodsInRow: '3',
    severity: 'warning',
    openImprovement: true,
    improvementKpi: 'csatTop2box',
    notifyUsers: '',
    notifyIssueKey: '',
    teamLead: '',
  };
};

/** What the validation says, in the admin's language. */
export interface RuleWords {
  readonly notNumber: string;
  readonly required: string;
  readonly wholeDays: string;
  readonly improvementKpiNeeded: string;
  readonly nothingToDo: string;
  readonly issueNeeded: string;
  readonly duplicateId: string;
  readonly slaNotAllowed: string;
}

const lines = (text: string) =>
  text
    .split(/[\n,]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');

/**
 * Checks the draft by the contract's own schema and returns the settings to save or the problems by
 * field path (`rules.0.percent`), worded for the admin.
 */
export function validateMonitoring(
  d: MonitoringDraft,
  w: RuleWords,
): { monitoring: MonitoringSettings | null; errors: Readonly<Record<string, string>> } {
  const errors: Record<string, string> = {};
  const num = (text: string, path: string, scale = 1): number => {
    const t = text.trim();
    const n = Number(t);
    if (t === '' || !Number.isFinite(n)) {
      errors[path] = t === '' ? w.required : w.notNumber;
      return Number.NaN;
    }
    return Number((n * scale).toPrecision(12));
  };
  const rules = d.rules.map((r, i) => {
    const at = (f: string) => `rules.${i}.${f}`;
    const condition =
      r.kind === 'absolute'
        ? { kind: r.kind, direction: r.direction, value: num(r.value, at('value'), ALERT_UNITS[r.kpi].scale) }
        : r.kind === 'target'
          ? { kind: r.kind, direction: r.direction, percent: num(r.percent || '0', at('percent')) }
          : {
              kind: r.kind,
              direction: r.direction,
              percent: num(r.percent || '0', at('percent')),
              baselineDays: num(r.baselineDays, at('baselineDays')),
            };
    return {
      id: r.id.trim(),
      name: r.name,
      enabled: r.enabled,
      kpi: r.kpi,
      projectKey: r.projectKey.trim().toUpperCase(),
      dimension:
        r.dimensionName.trim() === '' && r.dimensionValue.trim() === ''
          ? null
          : { name: r.dimensionName.trim(), value: r.dimensionValue.trim() },
      condition,
      periodsInRow: num(r.periodsInRow, at('periodsInRow')),
      severity: r.severity,
      openImprovement: r.openImprovement,
      improvementKpi: r.improvementKpi === '' ? null : r.improvementKpi,
      notifyUsers: lines(r.notifyUsers),
      notifyIssueKey: r.notifyIssueKey.trim() === '' ? null : r.notifyIssueKey.trim().toUpperCase(),
      teamLead: r.teamLead.trim() === '' ? null : r.teamLead.trim(),
    };
  });
  // Checked here as well as by the schema, whose rule-level checks wait until every field parses.
  d.rules.forEach((r, i) => {
    if (d.rules.findIndex((o) => o.id.trim() === r.id.trim()) !== i) errors[`rules.${i}.id`] = w.duplicateId;
    // A dimension scope needs both its name and its value.
    if ((r.dimensionName.trim() === '') !== (r.dimensionValue.trim() === ''))
      errors[`rules.${i}.${r.dimensionName.trim() === '' ? 'dimensionName' : 'dimensionValue'}`] = w.required;
    if (r.openImprovement && r.improvementKpi === '' && !(IMPROVABLE as readonly string[]).includes(r.kpi))
      errors[`rules.${i}.improvementKpi`] = w.improvementKpiNeeded;
  });
  const candidate = {
    schemaVersion: 1,
    timeZone: d.timeZone.trim(),
    reviewProjects: lines(d.reviewProjects).map((p) => p.toUpperCase()),
    rules,
  };
  const parsed = monitoringSettingsSchema.safeParse(candidate);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      // `rules.0.condition.percent` is the `rules.0.percent` field of the form.
      const field = path[0] === 'rules' && path[2] === 'condition' ? [path[0], path[1], path[3]] : path;
      const key = field.join('.');
      if (errors[key]) continue;
      const last = field[field.length - 1];
      errors[key] =
        issue.code === 'custom'
          ? last === 'improvementKpi'
            ? issue.message.startsWith('SLA')
              ? w.slaNotAllowed
              : w.improvementKpiNeeded
            : last === 'notifyUsers'
              ? w.nothingToDo
              : last === 'notifyIssueKey'
                ? w.issueNeeded
                : last === 'id'
                  ? w.duplicateId
                  : issue.message
          : last === 'baselineDays' || last === 'periodsInRow'
            ? w.wholeDays
            : issue.message;
    }
  return { monitoring: parsed.success && Object.keys(errors).length === 0 ? parsed.data : null, errors };
}
