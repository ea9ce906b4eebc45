import type { FieldRef, JqlClause, JqlOperator } from './ast';
import { JqlFailure, jqlError } from './errors';
import { parseField } from './parse-field';
import { parseOperand } from './parse-operand';
import type { TokenStream } from './token-stream';
import { isPunct, type Token } from './tokens';

const VALID_OPERATORS =
  " The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
const SYMBOLS: readonly JqlOperator[] = ['=', '!=', '<', '<=', '>', '>=', '~', '!~'];

/** Reads one terminal clause `field operator operand`. */
export function parseClause(stream: TokenStream): JqlClause<FieldRef> {
  const field = parseField(stream);
  const operator = parseOperator(stream, field);
  return { kind: 'clause', field, operator, operand: parseOperand(stream) };
}

function parseOperator(stream: TokenStream, field: FieldRef): JqlOperator {
  const token = stream.next();
  const symbol = token.kind === 'punct' ? SYMBOLS.find((s) => s === token.text) : undefined;
  if (symbol !== undefined) return symbol;
  switch (token.keyword) {
    case 'in':
      return 'in';
    case 'not':
      expectKeyword(stream, 'in', "'IN'");
      return 'not in';
    case 'is':
      if (isPunct(stream.peek(), '!')) stream.expected("'NOT'", stream.peek());
      if (stream.peek().keyword !== 'not') return 'is';
      stream.next();
      return 'is not';
    case 'was':
    case 'changed':
      // History searches need the change log, which the emulator does not index.
      throw new JqlFailure(
        jqlError(
          'JQL.UNSUPPORTED_OPERATOR',
          `The operator '${token.keyword}' is not supported by the '${field.name}' field.`,
        ),
      );
    default:
      return notAnOperator(stream, token);
  }
}

function notAnOperator(stream: TokenStream, token: Token): never {
  if (token.kind === 'eof')
    return stream.fail(`Expecting operator before the end of the query.${VALID_OPERATORS}`, token);
  return stream.expected('operator', token, { hint: VALID_OPERATORS });
}

function expectKeyword(stream: TokenStream, keyword: string, shownAs: string): void {
  const token = stream.next();
  if (token.keyword !== keyword) stream.expected(shownAs, token);
}
