import { z } from 'zod';
import { inTransaction } from '../db/open-database';
import type { Account } from './accounts';
import type { JiraSite } from './jira-site';
import type { Role } from './roles';
import { SERVICE_REQUEST_WORKFLOW, SIMPLE_WORKFLOW, statusJson } from './workflows';

const userRef = z.looseObject({
  accountId: z.string(),
  displayName: z.string().optional(),
  accountType: z.enum(['atlassian', 'customer', 'app']).catch('atlassian'),
  emailAddress: z.string().optional(),
});
const issueShape = z.looseObject({
  fields: z.looseObject({
    project: z.looseObject({ id: z.string(), key: z.string(), name: z.string().optional() }),
    issuetype: z.looseObject({ id: z.string(), name: z.string() }),
    status: z.looseObject({ id: z.string(), name: z.string() }),
    reporter: userRef.nullish(),
    assignee: userRef.nullish(),
    comment: z.looseObject({ comments: z.array(z.looseObject({ author: userRef.nullish() })) }).nullish(),
  }),
  changelog: z.looseObject({ histories: z.array(z.looseObject({ author: userRef.nullish() })) }).optional(),
});

/** Jira's default issue link types, plus the ones every site has. */
const DEFAULT_LINK_TYPES = [
  { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  { id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
  { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
  { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
];

/** Issue types every JSM site has besides its request types. */
const DEFAULT_ISSUE_TYPES = [
  { id: '10001', name: 'Task', subtask: false, hierarchyLevel: 0 },
  { id: '10002', name: 'Sub-task', subtask: true, hierarchyLevel: -1 },
];

/**
 * Loads a dataset (`{fields, issues}` as Jira returns them) into the site: its fields, the projects,
 * issue types, statuses and people its issues mention, and the issues themselves; all or nothing.
 */
export function importDataset(
  site: JiraSite,
  fields: readonly unknown[],
  issues: readonly unknown[],
): number {
  return inTransaction(site.db, () => {
    for (const f of fields) {
      const field = z.looseObject({ id: z.string() }).parse(f);
      site.db.run('INSERT OR REPLACE INTO fields (id, doc) VALUES (?, ?)', [field.id, JSON.stringify(f)]);
    }
    for (const type of DEFAULT_LINK_TYPES) {
      const doc = { ...type, self: site.url(`/rest/api/3/issueLinkType/${type.id}`) };
      site.db.run('INSERT OR IGNORE INTO link_types (id, name, doc) VALUES (?, ?, ?)', [
        type.id,
        type.name,
        JSON.stringify(doc),
      ]);
    }
    for (const type of DEFAULT_ISSUE_TYPES) addIssueType(site, { ...type, description: '' });
    for (const status of [...SERVICE_REQUEST_WORKFLOW.statuses, ...SIMPLE_WORKFLOW.statuses]) {
      site.db.run('INSERT OR IGNORE INTO statuses (id, name, doc) VALUES (?, ?, ?)', [
        status.id,
        status.name,
        JSON.stringify(statusJson(site.settings.baseUrl, status)),
      ]);
    }
    const people = new Map<string, z.infer<typeof userRef>>();
    issues.forEach((raw, index) => {
      const parsed = issueShape.safeParse(raw);
      if (!parsed.success)
        throw new Error(
          `issue ${index + 1}: ${parsed.error.issues[0]?.path.join('.') ?? ''} is missing or malformed`,
        );
      const f = parsed.data.fields;
      site.db.run('INSERT OR IGNORE INTO projects (id, key, doc) VALUES (?, ?, ?)', [
        f.project.id,
        f.project.key,
        JSON.stringify({
          ...f.project,
          self: site.url(`/rest/api/3/project/${f.project.id}`),
          name: f.project.name ?? f.project.key,
          projectTypeKey: 'service_desk',
          simplified: false,
          style: 'classic',
        }),
      ]);
      addIssueType(site, f.issuetype);
      site.db.run('INSERT OR IGNORE INTO statuses (id, name, doc) VALUES (?, ?, ?)', [
        f.status.id,
        f.status.name,
        JSON.stringify(f.status),
      ]);
      const mentioned = [
        f.reporter,
        f.assignee,
        ...(f.comment?.comments ?? []).map((c) => c.author),
        ...(parsed.data.changelog?.histories ?? []).map((h) => h.author),
      ];
      for (const person of mentioned) if (person) people.set(person.accountId, person);
    });
    for (const person of people.values()) {
      if (site.accounts.find(person.accountId)) continue;
      const role: Role = person.accountType === 'customer' ? 'customer' : 'agent';
      const account: Account = {
        accountId: person.accountId,
        email: person.emailAddress ?? null,
        displayName: person.displayName ?? person.accountId,
        accountType: person.accountType,
        role,
        timeZone: 'Asia/Shanghai',
        locale: 'zh_CN',
      };
      site.accounts.upsert(account, null);
    }
    return site.issues.importIssues(issues);
  });
}

/**
 * Loads a dataset whose issues come as a stream (e.g. the seed generator), a chunk at a time, so a
 * site of 100k tickets never holds them all in memory; all or nothing like importDataset.
 */
export function importDatasetStream(
  site: JiraSite,
  fields: readonly unknown[],
  issues: Iterable<unknown>,
  chunkSize = 2000,
): number {
  return inTransaction(site.db, () => {
    let count = 0;
    let chunk: unknown[] = [];
    for (const issue of issues) {
      chunk.push(issue);
      if (chunk.length === chunkSize) {
        count += importDataset(site, fields, chunk);
        chunk = [];
      }
    }
    if (chunk.length > 0 || count === 0) count += importDataset(site, fields, chunk);
    return count;
  });
}

/** The properties `IssueTypeDetails` documents; it allows no others (no `untranslatedName`, unlike fields). */
const ISSUE_TYPE_KEYS = new Set([
  'avatarId',
  'description',
  'entityId',
  'hierarchyLevel',
  'iconUrl',
  'id',
  'name',
  'scope',
  'subtask',
]);

function addIssueType(site: JiraSite, type: Record<string, unknown> & { id: string; name: string }): void {
  const documented = Object.entries({ description: '', subtask: false, hierarchyLevel: 0, ...type }).filter(
    ([key]) => ISSUE_TYPE_KEYS.has(key),
  );
  const doc = { ...Object.fromEntries(documented), self: site.url(`/rest/api/3/issuetype/${type.id}`) };
  site.db.run('INSERT OR IGNORE INTO issue_types (id, name, doc) VALUES (?, ?, ?)', [
    type.id,
    type.name,
    JSON.stringify(doc),
  ]);
}
