import type { JqlOperand, JqlValue } from './ast';
import { isName } from './parse-field';
import type { TokenStream } from './token-stream';
import { isPunct, type Token } from './tokens';

/** Reads the right-hand side of a clause: a value, a function call, EMPTY/NULL or a (nested) list. */
export function parseOperand(stream: TokenStream): JqlOperand {
  if (!isPunct(stream.peek(), '(')) return { kind: 'single', value: parseValue(stream) };
  return { kind: 'list', values: parseList(stream) };
}

function parseList(stream: TokenStream): JqlValue[] {
  stream.next();
  const values: JqlValue[] = [];
  for (;;) {
    if (isPunct(stream.peek(), '(')) values.push(...parseList(stream));
    else values.push(parseValue(stream));
    const token = stream.next();
    if (isPunct(token, ')')) return values;
    if (!isPunct(token, ',')) stream.expected("')'", token);
  }
}

function parseValue(stream: TokenStream): JqlValue {
  const token = stream.next();
  if (token.keyword === 'empty' || token.keyword === 'null') return { kind: 'empty' };
  if (!isName(token)) {
    stream.expected('either a value, list or function', token, {
      hint: ` You must surround ${quoteHint(token)} in quotation marks to use it as a value.`,
    });
  }
  if (isPunct(stream.peek(), '(')) return parseFunction(stream, token);
  if (token.kind === 'word' && /^-?\d+$/.test(token.value)) return { kind: 'number', text: token.value };
  return { kind: 'string', text: token.value };
}

function parseFunction(stream: TokenStream, name: Token): JqlValue {
  if (name.value === '') stream.fail('A function name cannot be empty.', name);
  stream.next();
  const args: string[] = [];
  let token = stream.next();
  if (isPunct(token, ')')) return { kind: 'function', name: name.value, args };
  if (token.kind === 'eof' || isPunct(token, ',')) stream.expected("')'", token);
  for (;;) {
    if (!isName(token)) {
      stream.expected('a function argument', token, {
        hint: ` You must surround ${quoteHint(token)} in quotation marks to use it as an argument.`,
      });
    }
    args.push(token.value);
    const after = stream.next();
    if (isPunct(after, ')')) return { kind: 'function', name: name.value, args };
    if (after.kind === 'eof') stream.expected("')'", after);
    if (!isPunct(after, ',')) stream.fail(`Expecting ')' or ',' but got '${after.text}'.`, after);
    token = stream.next();
    if (token.kind === 'eof') stream.expected('a function argument', token, { end: 'at' });
    if (isPunct(token, ')')) stream.fail('Function argument must be specified.', token);
  }
}

const quoteHint = (token: Token): string => `'${token.text}'`;
