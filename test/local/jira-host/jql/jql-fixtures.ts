import {
  matchesJql,
  parseJql,
  type EntityPropertyIndex,
  type JqlEnv,
  type JqlIssue,
  type JqlNode,
  type JqlQuery,
  type ParseJqlOptions,
} from '../../../../src/local/jira-host/jql';

/** Epoch ms of an ISO instant, for readable fixtures. */
export const at = (iso: string): number => Date.parse(iso);

let sequence = 0;

/** An open, unassigned SUP issue created 2026-10-01T00:00Z; override what the test is about. */
export function anIssue(overrides: Partial<JqlIssue> = {}): JqlIssue {
  sequence++;
  return {
    id: String(10000 + sequence),
    key: `SUP-${sequence}`,
    projectKey: 'SUP',
    issueType: 'Service Request',
    status: 'Open',
    statusCategoryKey: 'new',
    resolution: null,
    created: at('2026-10-01T00:00:00Z'),
    updated: at('2026-10-01T00:00:00Z'),
    resolved: null,
    reporter: 'acc-reporter',
    assignee: null,
    parentKey: null,
    properties: {},
    ...overrides,
  };
}

/** A search at 2026-10-15T12:00Z (20:00 in Shanghai) by `acc-me`, in UTC unless told. */
export const anEnv = (overrides: Partial<JqlEnv> = {}): JqlEnv => ({
  now: at('2026-10-15T12:00:00Z'),
  timeZone: 'UTC',
  currentUser: 'acc-me',
  ...overrides,
});

/** The `quality` issue property as a Forge jira:entityProperty module declares it. */
export const QUALITY_INDEX: EntityPropertyIndex = {
  propertyKey: 'quality',
  values: [
    { path: 'stage', type: 'string', searchAlias: 'qualityStage' },
    { path: 'score', type: 'number', searchAlias: 'qualityScore' },
    { path: 'due', type: 'date', searchAlias: 'qualityDue' },
    { path: 'owner', type: 'user', searchAlias: 'qualityOwner' },
    { path: 'notes', type: 'text', searchAlias: 'qualityNotes' },
    { path: 'tags', type: 'string' },
  ],
};

/** Parses or fails the test with Jira's message. */
export function query(jql: string, options: ParseJqlOptions = { aliases: [QUALITY_INDEX] }): JqlQuery {
  const parsed = parseJql(jql, options);
  if (!parsed.ok) throw new Error(`${jql}: ${parsed.error.message}`);
  return parsed.value;
}

/** Keys of the issues a query matches, in input order. */
export function keysMatching(jql: string, issues: readonly JqlIssue[], env: JqlEnv = anEnv()): string[] {
  const q = query(jql);
  return issues.filter((issue) => matchesJql(q, issue, env)).map((i) => i.key);
}

/** The message Jira would answer for a query, or null when it parses. */
export function errorOf(jql: string, options: ParseJqlOptions = { aliases: [QUALITY_INDEX] }): string | null {
  const parsed = parseJql(jql, options);
  return parsed.ok ? null : parsed.error.message;
}

/** A compact picture of a where-tree: `or(status=a, and(…))`, `not(…)`, `field op value`. */
export function shape(node: JqlNode | null): string {
  if (node === null) return '∅';
  if (node.kind === 'not') return `not(${shape(node.child)})`;
  if (node.kind !== 'clause') return `${node.kind}(${node.children.map(shape).join(', ')})`;
  const field = node.field.kind === 'system' ? node.field.id : `${node.field.key}.${node.field.path}`;
  const values = node.operand.kind === 'list' ? node.operand.values : [node.operand.value];
  const shown = values.map((v) =>
    v.kind === 'empty' ? 'EMPTY' : v.kind === 'function' ? `${v.name}(${v.args.join(',')})` : v.text,
  );
  const operand = node.operand.kind === 'list' ? `(${shown.join(',')})` : (shown[0] ?? '');
  return `${field}${node.operator.includes(' ') || /^[a-z]/.test(node.operator) ? ` ${node.operator} ` : node.operator}${operand}`;
}
