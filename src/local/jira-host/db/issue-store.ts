import type { Database } from 'node-sqlite3-wasm';
import { z } from 'zod';
import { parseJiraTimestamp } from '../../../jira/jira-timestamp';
import { documentRowSchema, issueRowSchema, jsonValue, type DocumentRow, type IssueRow } from './rows';
import { inTransaction } from './open-database';

/** An issue as the emulator searches it: the columns JQL reads, and the entity properties. */
export interface IssueView {
  readonly id: string;
  readonly key: string;
  readonly projectKey: string;
  readonly issueType: string;
  readonly status: string;
  readonly statusCategoryKey: 'new' | 'indeterminate' | 'done';
  readonly resolution: string | null;
  readonly created: number;
  readonly updated: number;
  readonly resolved: number | null;
  readonly reporter: string | null;
  readonly assignee: string | null;
  readonly parentKey: string | null;
  readonly properties: Readonly<Record<string, unknown>>;
}

const named = z.looseObject({ name: z.string() });
/** The parts of an imported issue the emulator indexes; everything else is kept as sent. */
const importedIssueSchema = z.looseObject({
  id: z.string().regex(/^\d+$/),
  key: z.string().regex(/^[A-Z][A-Z0-9]*-\d+$/),
  fields: z.looseObject({
    project: z.looseObject({ key: z.string() }),
    issuetype: named,
    status: z.looseObject({
      name: z.string(),
      statusCategory: z.looseObject({ key: z.enum(['new', 'indeterminate', 'done']) }),
    }),
    resolution: named.nullish(),
    created: z.string(),
    updated: z.string().optional(),
    resolutiondate: z.string().nullish(),
    reporter: z.looseObject({ accountId: z.string() }).nullish(),
    assignee: z.looseObject({ accountId: z.string() }).nullish(),
    parent: z.looseObject({ key: z.string() }).nullish(),
    comment: z
      .looseObject({ comments: z.array(z.looseObject({ id: z.string(), created: z.string() })) })
      .nullish(),
  }),
  changelog: z
    .looseObject({ histories: z.array(z.looseObject({ id: z.string(), created: z.string() })) })
    .optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
});
export type ImportedIssue = z.input<typeof importedIssueSchema>;

/** New values for an issue: indexed columns (by column name) and the whole field map. */
export interface IssuePatch {
  readonly columns: Readonly<
    Partial<
      Record<
        'status' | 'status_category' | 'resolution' | 'resolved' | 'assignee' | 'updated' | 'reporter',
        string | number | null
      >
    >
  >;
  readonly fields: Record<string, unknown>;
}

/** The emulator's issues in SQLite, with an in-memory index of views for JQL (the host is the only writer). */
export class IssueStore {
  private readonly views = new Map<number, IssueView>();

  constructor(private readonly db: Database) {
    const properties = new Map<number, Record<string, unknown>>();
    for (const raw of db.all('SELECT issue_id, key, value FROM issue_properties')) {
      const row = z.object({ issue_id: z.number(), key: z.string(), value: jsonValue }).parse(raw);
      const forIssue = properties.get(row.issue_id) ?? {};
      forIssue[row.key] = row.value;
      properties.set(row.issue_id, forIssue);
    }
    for (const raw of db.all('SELECT * FROM issues')) {
      const row = issueRowSchema.parse(raw);
      this.views.set(row.id, this.toView(row, properties.get(row.id) ?? {}));
    }
  }

  /** Every issue's view, in id order. */
  allViews(): IssueView[] {
    return [...this.views.values()];
  }

  count(): number {
    return this.views.size;
  }

  /** Stores issues as `search/jql?fields=*all&expand=changelog,properties` returns them; all or none. */
  importIssues(issues: Iterable<unknown>): number {
    let count = 0;
    inTransaction(this.db, () => {
      for (const raw of issues) {
        const parsed = importedIssueSchema.safeParse(raw);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new Error(
            `issue ${count + 1}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
          );
        }
        this.insert(parsed.data, raw);
        count++;
      }
    });
    return count;
  }

  private insert(issue: z.infer<typeof importedIssueSchema>, raw: unknown): void {
    const f = issue.fields;
    const created = timestamp(f.created, `${issue.key} created`);
    const id = Number(issue.id);
    const { comment: _comment, ...fields } = rawFields(raw);
    this.db.run(
      `INSERT INTO issues (id, key, project_key, issue_type, status, status_category, resolution, created, updated,
        resolved, reporter, assignee, parent_key, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        issue.key,
        f.project.key,
        f.issuetype.name,
        f.status.name,
        f.status.statusCategory.key,
        f.resolution?.name ?? null,
        created,
        f.updated ? timestamp(f.updated, `${issue.key} updated`) : created,
        f.resolutiondate ? timestamp(f.resolutiondate, `${issue.key} resolutiondate`) : null,
        f.reporter?.accountId ?? null,
        f.assignee?.accountId ?? null,
        f.parent?.key ?? null,
        JSON.stringify(fields),
      ],
    );
    for (const c of f.comment?.comments ?? []) {
      this.db.run('INSERT INTO comments (id, issue_id, created, doc) VALUES (?, ?, ?, ?)', [
        Number(c.id),
        id,
        timestamp(c.created, `${issue.key} comment ${c.id}`),
        JSON.stringify(c),
      ]);
    }
    for (const h of issue.changelog?.histories ?? []) {
      this.db.run('INSERT INTO histories (id, issue_id, created, doc) VALUES (?, ?, ?, ?)', [
        Number(h.id),
        id,
        timestamp(h.created, `${issue.key} history ${h.id}`),
        JSON.stringify(h),
      ]);
    }
    for (const [key, value] of Object.entries(issue.properties ?? {})) {
      this.db.run('INSERT INTO issue_properties (issue_id, key, value) VALUES (?, ?, ?)', [
        id,
        key,
        JSON.stringify(value),
      ]);
    }
    this.refresh(id);
  }

  /** The issue by key (case-insensitive, as Jira) or numeric id, or null. */
  find(idOrKey: string): IssueRow | null {
    const raw = /^\d+$/.test(idOrKey)
      ? this.db.get('SELECT * FROM issues WHERE id = ?', [Number(idOrKey)])
      : this.db.get('SELECT * FROM issues WHERE key = ?', [idOrKey.toUpperCase()]);
    return raw ? issueRowSchema.parse(raw) : null;
  }

  comments(issueId: number): DocumentRow[] {
    return this.db
      .all('SELECT * FROM comments WHERE issue_id = ? ORDER BY created, id', [issueId])
      .map((r) => documentRowSchema.parse(r));
  }

  histories(issueId: number): DocumentRow[] {
    return this.db
      .all('SELECT * FROM histories WHERE issue_id = ? ORDER BY created, id', [issueId])
      .map((r) => documentRowSchema.parse(r));
  }

  properties(issueId: number): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    for (const r of this.db.all('SELECT key, value FROM issue_properties WHERE issue_id = ? ORDER BY key', [
      issueId,
    ])) {
      const row = z.object({ key: z.string(), value: jsonValue }).parse(r);
      result[row.key] = row.value;
    }
    return result;
  }

  setProperty(issueId: number, key: string, value: unknown): 'created' | 'updated' {
    const existed =
      this.db.get('SELECT 1 AS x FROM issue_properties WHERE issue_id = ? AND key = ?', [issueId, key]) !==
      null;
    this.db.run('INSERT OR REPLACE INTO issue_properties (issue_id, key, value) VALUES (?, ?, ?)', [
      issueId,
      key,
      JSON.stringify(value),
    ]);
    this.refresh(issueId);
    return existed ? 'updated' : 'created';
  }

  deleteProperty(issueId: number, key: string): boolean {
    const { changes } = this.db.run('DELETE FROM issue_properties WHERE issue_id = ? AND key = ?', [
      issueId,
      key,
    ]);
    this.refresh(issueId);
    return changes > 0;
  }

  /** Writes new values of an issue's indexed columns and field values, then re-indexes it. */
  update(issueId: number, patch: IssuePatch): void {
    const columns = Object.entries(patch.columns);
    const assignments = [...columns.map(([c]) => `${c} = ?`), 'fields = ?'].join(', ');
    this.db.run(`UPDATE issues SET ${assignments} WHERE id = ?`, [
      ...columns.map(([, v]) => v),
      JSON.stringify(patch.fields),
      issueId,
    ]);
    this.refresh(issueId);
  }

  /** Inserts a new issue row (fields as Jira returns them); comments and histories come separately. */
  create(row: Omit<IssueRow, 'fields'> & { fields: Record<string, unknown> }): void {
    this.db.run(
      `INSERT INTO issues (id, key, project_key, issue_type, status, status_category, resolution, created, updated,
        resolved, reporter, assignee, parent_key, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        row.id,
        row.key,
        row.project_key,
        row.issue_type,
        row.status,
        row.status_category,
        row.resolution,
        row.created,
        row.updated,
        row.resolved,
        row.reporter,
        row.assignee,
        row.parent_key,
        JSON.stringify(row.fields),
      ],
    );
    this.refresh(row.id);
  }

  addHistory(issueId: number, id: number, created: number, doc: Record<string, unknown>): void {
    this.db.run('INSERT INTO histories (id, issue_id, created, doc) VALUES (?, ?, ?, ?)', [
      id,
      issueId,
      created,
      JSON.stringify(doc),
    ]);
  }

  addComment(issueId: number, id: number, created: number, doc: Record<string, unknown>): void {
    this.db.run('INSERT INTO comments (id, issue_id, created, doc) VALUES (?, ?, ?, ?)', [
      id,
      issueId,
      created,
      JSON.stringify(doc),
    ]);
  }

  /** Re-reads one issue into the search index after a write. */
  refresh(issueId: number): void {
    const raw = this.db.get('SELECT * FROM issues WHERE id = ?', [issueId]);
    if (raw) this.views.set(issueId, this.toView(issueRowSchema.parse(raw), this.properties(issueId)));
    else this.views.delete(issueId);
  }

  private toView(row: IssueRow, properties: Record<string, unknown>): IssueView {
    return {
      id: String(row.id),
      key: row.key,
      projectKey: row.project_key,
      issueType: row.issue_type,
      status: row.status,
      statusCategoryKey: row.status_category,
      resolution: row.resolution,
      created: row.created,
      updated: row.updated,
      resolved: row.resolved,
      reporter: row.reporter,
      assignee: row.assignee,
      parentKey: row.parent_key,
      properties,
    };
  }
}

function timestamp(text: string, what: string): number {
  const instant = parseJiraTimestamp(text);
  if (instant === null) throw new Error(`${what}: "${text}" is not a Jira timestamp`);
  return instant;
}

function rawFields(raw: unknown): Record<string, unknown> {
  const fields = typeof raw === 'object' && raw !== null && 'fields' in raw ? raw.fields : null;
  return typeof fields === 'object' && fields !== null ? { ...fields } : {};
}
