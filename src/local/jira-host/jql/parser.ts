import { err, ok, type Result } from '../../../domain/result';
import type { FieldRef, JqlNode, JqlQuery, JqlSort } from './ast';
import { JqlFailure, type JqlError } from './errors';
import { parseClause } from './parse-clause';
import { parseField } from './parse-field';
import { TokenStream } from './token-stream';
import { isKeyword, isPunct, type Token } from './tokens';

/**
 * Parses tokens into a query with fields as written. Precedence as Jira's: parentheses, then
 * NOT, then AND, then OR; `&`/`&&`, `|`/`||` and `!` stand for AND, OR and NOT.
 */
export function parseTokens(tokens: readonly Token[]): Result<JqlQuery<FieldRef>, JqlError> {
  try {
    return ok(parseQuery(new TokenStream(tokens)));
  } catch (e) {
    if (e instanceof JqlFailure) return err(e.error);
    throw e;
  }
}

function parseQuery(stream: TokenStream): JqlQuery<FieldRef> {
  const first = stream.peek();
  const where = first.kind === 'eof' || first.keyword === 'order' ? null : parseOr(stream);
  const next = stream.peek();
  if (where !== null && next.kind !== 'eof' && next.keyword !== 'order') {
    stream.expected("either 'OR' or 'AND'", next);
  }
  return { where, orderBy: parseOrderBy(stream) };
}

function parseOr(stream: TokenStream): JqlNode<FieldRef> {
  const children = [parseAnd(stream)];
  while (isKeyword(stream.peek(), 'or')) {
    stream.next();
    children.push(parseAnd(stream));
  }
  return join('or', children);
}

function parseAnd(stream: TokenStream): JqlNode<FieldRef> {
  const children = [parseNot(stream)];
  while (isKeyword(stream.peek(), 'and')) {
    stream.next();
    children.push(parseNot(stream));
  }
  return join('and', children);
}

function parseNot(stream: TokenStream): JqlNode<FieldRef> {
  const token = stream.peek();
  if (isKeyword(token, 'not')) {
    stream.next();
    return { kind: 'not', child: parseNot(stream) };
  }
  if (!isPunct(token, '(')) return parseClause(stream);
  stream.next();
  const inner = parseOr(stream);
  const close = stream.next();
  if (!isPunct(close, ')')) stream.expected("')'", close);
  return inner;
}

function join(kind: 'and' | 'or', children: JqlNode<FieldRef>[]): JqlNode<FieldRef> {
  const flat = children.flatMap((c) => (c.kind === kind ? c.children : [c]));
  return flat.length === 1 && flat[0] ? flat[0] : { kind, children: flat };
}

function parseOrderBy(stream: TokenStream): JqlSort<FieldRef>[] {
  if (stream.next().keyword !== 'order') return [];
  const by = stream.next();
  if (by.keyword !== 'by') stream.expected("'by'", by);
  const sorts: JqlSort<FieldRef>[] = [];
  for (;;) {
    const field = parseField(stream);
    const word = stream.peek().keyword;
    const direction = word === 'asc' || word === 'desc' ? word : null;
    if (direction !== null) stream.next();
    sorts.push({ field, direction });
    const next = stream.next();
    if (next.kind === 'eof') return sorts;
    if (isPunct(next, ',')) continue;
    if (direction === null) stream.expected("either 'ASC' or 'DESC'", next);
    stream.expected("','", next);
  }
}
