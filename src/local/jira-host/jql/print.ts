import type { JqlField, JqlNode, JqlOperand, JqlQuery, JqlValue, SystemFieldId } from './ast';
import { KEYWORDS, RESERVED_WORDS } from './tokens';

const SYSTEM_NAMES: Readonly<Record<SystemFieldId, string>> = {
  project: 'project',
  issuetype: 'issuetype',
  status: 'status',
  statusCategory: 'statusCategory',
  resolution: 'resolution',
  created: 'created',
  updated: 'updated',
  resolved: 'resolved',
  key: 'key',
  reporter: 'reporter',
  assignee: 'assignee',
  parent: 'parent',
};

/** Canonical JQL text of a query: parsing it gives back an equivalent query. */
export function printJql(query: JqlQuery): string {
  const where = query.where === null ? '' : printNode(query.where);
  if (query.orderBy.length === 0) return where;
  const keys = query.orderBy.map(
    (s) => `${printField(s.field)}${s.direction ? ` ${s.direction.toUpperCase()}` : ''}`,
  );
  return `${where}${where === '' ? '' : ' '}ORDER BY ${keys.join(', ')}`;
}

const LEVEL = { or: 0, and: 1, not: 2, clause: 3 } as const;

function printNode(node: JqlNode): string {
  switch (node.kind) {
    case 'clause':
      return `${printField(node.field)} ${node.operator.toUpperCase()} ${printOperand(node.operand)}`;
    case 'not':
      return `NOT ${wrap(node.child, LEVEL.not)}`;
    default:
      return node.children.map((c) => wrap(c, LEVEL[node.kind])).join(` ${node.kind.toUpperCase()} `);
  }
}

const wrap = (node: JqlNode, level: number): string =>
  LEVEL[node.kind] < level ? `(${printNode(node)})` : printNode(node);

function printField(field: JqlField): string {
  if (field.kind === 'system') return SYSTEM_NAMES[field.id];
  if (field.alias) return word(field.name);
  return `issue.property[${word(field.key)}]${field.path === '' ? '' : `.${field.path}`}`;
}

function printOperand(operand: JqlOperand): string {
  if (operand.kind === 'single') return printValue(operand.value);
  return `(${operand.values.map(printValue).join(', ')})`;
}

function printValue(value: JqlValue): string {
  switch (value.kind) {
    case 'empty':
      return 'EMPTY';
    case 'number':
      return value.text;
    case 'string':
      return quote(value.text);
    case 'function':
      return `${value.name}(${value.args.map(quote).join(', ')})`;
  }
}

/** A name bare when JQL reads it back as the same word, quoted otherwise. */
function word(text: string): string {
  const bare =
    /^[A-Za-z_][A-Za-z0-9_\-:]*$/.test(text) &&
    !KEYWORDS.has(text.toLowerCase()) &&
    !RESERVED_WORDS.has(text.toLowerCase());
  return bare ? text : quote(text);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function quote(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffe || code === 0xffff;
    out += ESCAPES[c] ?? (control ? `\\u${code.toString(16).padStart(4, '0')}` : c);
  }
  return `"${out}"`;
}
