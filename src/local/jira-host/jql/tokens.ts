import type { SourcePosition } from './errors';

/** A lexical token. `text` is the source as written, `value` the decoded text (escapes applied). */
export interface Token extends SourcePosition {
  readonly kind: 'word' | 'string' | 'punct' | 'eof';
  readonly text: string;
  readonly value: string;
  /** Lower-cased keyword when an unquoted word is one, else null. */
  readonly keyword: string | null;
}

/** Words with a meaning in JQL's grammar; they must be quoted to be used as values. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'not',
  'in',
  'is',
  'empty',
  'null',
  'order',
  'by',
  'asc',
  'desc',
  'was',
  'changed',
]);

/** Jira's reserved JQL words (JqlStringSupportImpl): an unquoted occurrence is an error. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set(
  (
    'abort access add alias all alter any as audit avg begin between boolean break byte catch char ' +
    'character check checkpoint collate collation column commit connect continue count create current ' +
    'date decimal declare decrement default defaults define delete delimiter difference distinct divide ' +
    'do double drop else encoding end equals escape exclusive exec execute exists explain false fetch ' +
    'file field first float for function go goto grant greater group having identified if immediate ' +
    'increment index initial inner inout input insert int integer intersect intersection into isempty ' +
    'isnull join last left less like limit lock long max min minus mode modify modulo more multiply next ' +
    'noaudit notin nowait number object of option outer output power previous prior privileges public ' +
    'raise raw remainder rename resource return returns revoke right row rowid rownum rows select ' +
    'session set share size sqrt start strict string subtract sum synonym table then trans transaction ' +
    'trigger true uid union unique update user validate values view when whenever where while with'
  ).split(' '),
);

/** Characters Jira reserves: they must be quoted or escaped. */
export const RESERVED_CHARS: ReadonlySet<string> = new Set('{}*/%+^$#@?;');

/** Operators and punctuation, longest first so `!=` wins over `!`. */
export const PUNCTUATION: readonly string[] = [
  '&&',
  '||',
  '!=',
  '!~',
  '<=',
  '>=',
  '(',
  ')',
  ',',
  '[',
  ']',
  '=',
  '<',
  '>',
  '~',
  '!',
  '&',
  '|',
];

/** True when the token is the keyword (or its symbol: `&`/`&&` for AND, `|`/`||` for OR, `!` for NOT). */
export function isKeyword(token: Token, keyword: 'and' | 'or' | 'not' | string): boolean {
  if (token.keyword === keyword) return true;
  if (token.kind !== 'punct') return false;
  if (keyword === 'and') return token.text === '&' || token.text === '&&';
  if (keyword === 'or') return token.text === '|' || token.text === '||';
  return keyword === 'not' && token.text === '!';
}

/** True when the token is this punctuation. */
export const isPunct = (token: Token, text: string): boolean => token.kind === 'punct' && token.text === text;
