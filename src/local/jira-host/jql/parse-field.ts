import type { FieldRef } from './ast';
import type { TokenStream } from './token-stream';
import { isPunct, type Token } from './tokens';

const PROPERTY_PREFIX = 'issue.property';

/** Reads a field name: a word, a quoted name, `issue.property[key].path` or `cf[id]`. */
export function parseField(stream: TokenStream): FieldRef {
  const token = stream.next();
  if (token.kind === 'eof') stream.expected('a field name', token, { end: 'at' });
  if (isPunct(token, '[')) stream.fail(`Expecting a field name but got '['. Did you mean 'cf['?`, token);
  if (!isName(token)) {
    stream.expected('a field name', token, {
      hint: ` You must surround '${token.text}' in quotation marks to use it as a field name.`,
    });
  }
  if (token.value === '') stream.fail('A field name cannot be empty.', token);
  if (!isPunct(stream.peek(), '[')) return { name: token.value, property: null };
  stream.next();
  const argument = stream.next();
  if (!isName(argument)) stream.expected('a property key', argument);
  const close = stream.next();
  if (!isPunct(close, ']')) stream.expected("']'", close);
  const path = readPath(stream);
  const name = `${token.value}[${argument.value}]${path === null ? '' : `.${path}`}`;
  const isProperty = token.value.toLowerCase() === PROPERTY_PREFIX && argument.value !== '';
  return { name, property: isProperty ? { key: argument.value, path: path ?? '' } : null };
}

/** True for a token that can name something: a non-keyword word or a quoted string. */
export const isName = (token: Token): boolean =>
  token.kind === 'string' || (token.kind === 'word' && token.keyword === null);

function readPath(stream: TokenStream): string | null {
  const next = stream.peek();
  if (next.kind !== 'word' || next.keyword !== null || !next.value.startsWith('.')) return null;
  stream.next();
  return next.value.slice(1);
}
