import {
  qaConfigSchema,
  scorecardDefinitionSchema,
  type QaConfig,
  type ScorecardDefinition,
} from '@contract/qa-schema';
import type { z } from 'zod';

/** A criterion as typed: numbers stay text until checked. */
export type CriterionDraft = {
  id: string;
  nameEn: string;
  nameZh: string;
  guidanceEn: string;
  guidanceZh: string;
  weight: string;
  scale: 'yesNo' | 'oneToFive';
  critical: boolean;
  allowNa: boolean;
};
export type SectionDraft = { id: string; nameEn: string; nameZh: string; criteria: CriterionDraft[] };
export type ScorecardDraft = {
  nameEn: string;
  nameZh: string;
  passMark: string;
  failAtMost: string;
  sections: SectionDraft[];
};

/** The words the checks need, in the user's language. */
export type CheckWords = {
  required: string;
  tooLong: (max: number) => string;
  number: string;
  between: (min: number, max: number) => string;
  atLeast: (min: number) => string;
  atMost: (max: number) => string;
  positive: string;
  whole: string;
  slug: string;
  duplicateId: string;
  atLeastOne: string;
  tooMany: (max: number) => string;
  invalid: string;
  projectKey: string;
};

const toNumber = (text: string): number =>
  text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.'));

export const fromDefinition = (d: ScorecardDefinition): ScorecardDraft => ({
  nameEn: d.name.en,
  nameZh: d.name.zhCN,
  passMark: String(d.passMark),
  failAtMost: String(d.failAtMost),
  sections: d.sections.map((s) => ({
    id: s.id,
    nameEn: s.name.en,
    nameZh: s.name.zhCN,
    criteria: s.criteria.map((c) => ({
      id: c.id,
      nameEn: c.name.en,
      nameZh: c.name.zhCN,
      guidanceEn: c.guidance.en,
      guidanceZh: c.guidance.zhCN,
      weight: String(c.weight),
      scale: c.scale,
      critical: c.critical,
      allowNa: c.allowNa,
    })),
  })),
});

/** What the draft would send: the contract's shape, not yet checked. */
const candidate = (d: ScorecardDraft) => ({
  name: { en: d.nameEn, zhCN: d.nameZh },
  passMark: toNumber(d.passMark),
  failAtMost: toNumber(d.failAtMost),
  sections: d.sections.map((s) => ({
    id: s.id.trim(),
    name: { en: s.nameEn, zhCN: s.nameZh },
    criteria: s.criteria.map((c) => ({
      id: c.id.trim(),
      name: { en: c.nameEn, zhCN: c.nameZh },
      guidance: { en: c.guidanceEn, zhCN: c.guidanceZh },
      weight: toNumber(c.weight),
      scale: c.scale,
      critical: c.critical,
      allowNa: c.allowNa,
    })),
  })),
});

/** A zod issue in the user's words. */
function wordsFor(issue: z.core.$ZodIssue, w: CheckWords): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'number' ? w.number : issue.expected === 'int' ? w.whole : w.invalid;
    case 'too_small':
      if (issue.origin === 'string') return w.required;
      if (issue.origin === 'array') return w.atLeastOne;
      return issue.inclusive === false && Number(issue.minimum) === 0
        ? w.positive
        : w.atLeast(Number(issue.minimum));
    case 'too_big':
      if (issue.origin === 'string') return w.tooLong(Number(issue.maximum));
      if (issue.origin === 'array') return w.tooMany(Number(issue.maximum));
      return w.atMost(Number(issue.maximum));
    case 'invalid_format':
      return w.slug;
    default:
      return w.invalid;
  }
}

/** The draft field of a contract path: `sections.0.criteria.1.name.zhCN` → `sections.0.criteria.1.nameZh`. */
const fieldPath = (path: ReadonlyArray<PropertyKey>): string =>
  path
    .map(String)
    .join('.')
    .replace(/(name|guidance)\.en$/, '$1En')
    .replace(/(name|guidance)\.zhCN$/, '$1Zh');

/**
 * Checks the draft with the contract's own schema (as the server will), plus criterion ids unique across
 * sections; returns the definition to save, or a message per field path (e.g. `sections.0.criteria.1.weight`).
 */
export function checkScorecard(
  d: ScorecardDraft,
  w: CheckWords,
): { definition: ScorecardDefinition | null; errors: Record<string, string> } {
  const parsed = scorecardDefinitionSchema.safeParse(candidate(d));
  const errors: Record<string, string> = {};
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const path = fieldPath(issue.path);
      errors[path] ??= wordsFor(issue, w);
    }
  const seen = new Set<string>();
  d.sections.forEach((s, si) =>
    s.criteria.forEach((c, ci) => {
      const id = c.id.trim();
      if (seen.has(id)) errors[`sections.${si}.criteria.${ci}.id`] ??= w.duplicateId;
      seen.add(id);
    }),
  );
  const sectionIds = new Set<string>();
  d.sections.forEach((s, si) => {
    if (sectionIds.has(s.id.trim())) errors[`sections.${si}.id`] ??= w.duplicateId;
    sectionIds.add(s.id.trim());
  });
  return { definition: parsed.success && Object.keys(errors).length === 0 ? parsed.data : null, errors };
}

/** QA settings as typed. */
export type ConfigDraft = {
  ratePercent: string;
  minPerAgent: string;
  cadence: 'daily' | 'weekly';
  projects: string;
  timeZone: string;
  lowCsat: boolean;
  lowCsatMaxRating: string;
  reopened: boolean;
  slaBreached: boolean;
  maxPerAgent: string;
  reviewerGroup: string;
  activeScorecardId: string;
};

export const fromConfig = (c: QaConfig): ConfigDraft => ({
  ratePercent: String(Math.round(c.rate * 10000) / 100),
  minPerAgent: String(c.minPerAgent),
  cadence: c.cadence,
  projects: c.projects.join(', '),
  timeZone: c.timeZone,
  lowCsat: c.targeted.lowCsat,
  lowCsatMaxRating: String(c.targeted.lowCsatMaxRating),
  reopened: c.targeted.reopened,
  slaBreached: c.targeted.slaBreached,
  maxPerAgent: String(c.targeted.maxPerAgent),
  reviewerGroup: c.reviewerGroup ?? '',
  activeScorecardId: c.activeScorecardId ?? '',
});

const CONFIG_FIELD: Readonly<Record<string, string>> = {
  rate: 'ratePercent',
  'targeted.lowCsatMaxRating': 'lowCsatMaxRating',
  'targeted.maxPerAgent': 'maxPerAgent',
};

/** Checks the QA settings with the contract's schema; the rate is typed as a percentage. */
export function checkConfig(
  d: ConfigDraft,
  w: CheckWords,
): { config: QaConfig | null; errors: Record<string, string> } {
  const rate = toNumber(d.ratePercent) / 100;
  const parsed = qaConfigSchema.safeParse({
    schemaVersion: 1,
    rate,
    minPerAgent: toNumber(d.minPerAgent),
    cadence: d.cadence,
    projects: d.projects
      .split(/[\s,，]+/)
      .map((p) => p.trim())
      .filter((p) => p !== ''),
    timeZone: d.timeZone.trim() || 'UTC',
    targeted: {
      lowCsat: d.lowCsat,
      lowCsatMaxRating: toNumber(d.lowCsatMaxRating),
      reopened: d.reopened,
      slaBreached: d.slaBreached,
      maxPerAgent: toNumber(d.maxPerAgent),
    },
    reviewerGroup: d.reviewerGroup.trim() === '' ? null : d.reviewerGroup.trim(),
    activeScorecardId: d.activeScorecardId === '' ? null : d.activeScorecardId,
  });
  if (parsed.success) return { config: parsed.data, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const raw = issue.path.map(String).join('.');
    const path = CONFIG_FIELD[raw] ?? (raw.startsWith('projects') ? 'projects' : raw);
    const message =
      path === 'ratePercent' && (issue.code === 'too_small' || issue.code === 'too_big')
        ? w.between(0, 100)
        : path === 'projects'
          ? w.projectKey
          : wordsFor(issue, w);
    errors[path] ??= message;
  }
  return { config: null, errors };
}

let counter = 0;
/** A fresh id unused in the draft (ids are kept once saved: reviews and the Pareto name criteria by id). */
export function freshId(prefix: string, taken: ReadonlySet<string>): string {
  for (;;) {
    counter += 1;
    const id = `${prefix}-${counter}`;
    if (!taken.has(id)) return id;
  }
}

export const newCriterion = (id: string): CriterionDraft => ({
  id,
  nameEn: '',
  nameZh: '',
  guidanceEn: '',
  guidanceZh: '',
  weight: '10',
  scale: 'yesNo',
  critical: false,
  allowNa: false,
});

/** A new scorecard starts with the six sections of the standard call-centre scorecard, one criterion each. */
export const blankScorecard = (
  names: ReadonlyArray<{ id: string; en: string; zhCN: string }>,
): ScorecardDraft => ({
  nameEn: '',
  nameZh: '',
  passMark: '80',
  failAtMost: '2',
  sections: names.map((n) => ({
    id: n.id,
    nameEn: n.en,
    nameZh: n.zhCN,
    criteria: [newCriterion(`${n.id}-1`)],
  })),
});

export const STANDARD_SECTIONS = [
  { id: 'greeting', en: 'Greeting', zhCN: '开场问候' },
  { id: 'understanding', en: 'Understanding the problem', zhCN: '问题理解' },
  { id: 'accuracy', en: 'Accuracy of the answer', zhCN: '解答准确性' },
  { id: 'empathy', en: 'Empathy', zhCN: '同理心' },
  { id: 'process', en: 'Process compliance', zhCN: '流程合规' },
  { id: 'closing', en: 'Closing', zhCN: '结束语' },
] as const;
