import type { z } from 'zod';
import { settingsSchema, type Settings } from '@contract/settings-schema';
import {
  DIMENSION_KEYS,
  FLAG_KEYS,
  INDICATOR_KEYS,
  OPTION_UNITS,
  TARGET_UNITS,
  show,
  type Draft,
  type TargetKey,
} from './draft';
import type { AdminMessages } from './messages';

/** Problems by field, keyed by the settings path the field edits (`kpi.targets.fcrRate`). */
export type FieldErrors = Readonly<Record<string, string>>;

/** Leaves out keys whose value is undefined, so an empty field means "not set". */
const defined = <T extends Record<string, unknown>>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * Checks the form by the contract's own schema (the rules the backend applies) and returns either the
 * settings to save or the problems by field, in the units the admin typed.
 */
export function validateDraft(
  d: Draft,
  m: AdminMessages,
): { settings: Settings; errors: FieldErrors } | { settings: null; errors: FieldErrors } {
  const errors: Record<string, string> = {};
  const num = (text: string, path: string, scale = 1): number | undefined => {
    const t = text.trim();
    if (t === '') return undefined;
    const n = Number(t);
    if (!Number.isFinite(n)) {
      errors[path] = m.notNumber;
      return undefined;
    }
    return Number((n * scale).toPrecision(12));
  };
  const numbers = <K extends string>(keys: readonly K[], values: Record<K, string>, prefix: string) =>
    defined(Object.fromEntries(keys.map((k) => [k, num(values[k], `${prefix}.${k}`)])));

  const targets = defined(
    Object.fromEntries(
      (Object.keys(TARGET_UNITS) as TargetKey[]).map((t) => [
        t,
        num(d.targets[t], `kpi.targets.${t}`, TARGET_UNITS[t].scale),
      ]),
    ),
  );
  const dimensions = numbers(DIMENSION_KEYS, d.dimensionWeights, 'kpi.compositeWeights.dimensions');
  const indicators = numbers(INDICATOR_KEYS, d.indicatorWeights, 'kpi.compositeWeights.indicators');
  const kpi = defined({
    reopenWindowDays: num(d.options.reopenWindowDays, 'kpi.reopenWindowDays'),
    repeatWindowHours: num(d.options.repeatWindowHours, 'kpi.repeatWindowHours'),
    lowCsatMaxRating: num(d.options.lowCsatMaxRating, 'kpi.lowCsatMaxRating'),
    fcrMaxAgentReplies: d.noReplyLimit ? null : num(d.options.fcrMaxAgentReplies, 'kpi.fcrMaxAgentReplies'),
    ...Object.fromEntries(FLAG_KEYS.map((f) => [f, d.flags[f]])),
    npsFieldId: d.npsFieldId.trim() === '' ? null : d.npsFieldId.trim(),
    targets: Object.keys(targets).length > 0 ? targets : undefined,
    compositeWeights:
      Object.keys(dimensions).length + Object.keys(indicators).length > 0
        ? { dimensions, indicators }
        : undefined,
    dimensions: d.dimensions.length > 0 ? [...d.dimensions] : undefined,
    paretoDimension: d.paretoDimension.trim() === '' ? undefined : d.paretoDimension.trim(),
  });
  const users = d.approvers.users
    .split(/[\s,]+/)
    .map((u) => u.trim())
    .filter((u) => u !== '');
  const n = num(d.approvers.n, 'approvers.policy.n');
  if (d.approvers.policy === 'nOfM' && n === undefined && !errors['approvers.policy.n'])
    errors['approvers.policy.n'] = m.required;
  const candidate = {
    schemaVersion: 1,
    categories: d.categories.map((c) => ({ id: c.id.trim(), en: c.en.trim(), zhCN: c.zhCN.trim() })),
    approvers: {
      users,
      group: d.approvers.group.trim() === '' ? null : d.approvers.group.trim(),
      projectRole: d.approvers.projectRole.trim() === '' ? null : d.approvers.projectRole.trim(),
      policy: d.approvers.policy === 'nOfM' ? { kind: 'nOfM', n } : { kind: d.approvers.policy },
    },
    kpi,
  };
  const seen = new Set<string>();
  candidate.categories.forEach((c, i) => {
    if (seen.has(c.id)) errors[`categories.${i}.id`] = m.duplicateId;
    seen.add(c.id);
  });

  const parsed = settingsSchema.safeParse(candidate);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const path = fieldOf(issue.path);
      errors[path] ??= describe(issue, path, m);
    }
  if (Object.keys(errors).length > 0 || !parsed.success) return { settings: null, errors };
  return { settings: parsed.data, errors };
}

/** The field a schema problem belongs to (a user id problem belongs to the users box). */
function fieldOf(path: readonly PropertyKey[]): string {
  const p = path.map(String).join('.');
  return p.startsWith('approvers.users') ? 'approvers.users' : p;
}

const scaleOf = (path: string): number => {
  const target = /^kpi\.targets\.(\w+)$/.exec(path)?.[1] as TargetKey | undefined;
  return target
    ? TARGET_UNITS[target].scale
    : (OPTION_UNITS[path.slice(4) as 'reopenWindowDays']?.scale ?? 1);
};

/** A schema problem in the admin's words and units. */
function describe(issue: z.core.$ZodIssue, path: string, m: AdminMessages): string {
  const scale = scaleOf(path);
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return m.required;
      return issue.inclusive === false ? m.moreThan(show(min, scale)) : m.atLeast(show(min, scale));
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array') return m.tooMany(String(max));
      return m.atMost(show(max, scale));
    }
    case 'invalid_format':
      return path.endsWith('.id') ? m.badId : m.invalid;
    case 'invalid_type':
      if (issue.expected === 'int') return m.wholeNumber;
      return issue.input === undefined ? m.required : m.invalid;
    default:
      return m.invalid;
  }
}
