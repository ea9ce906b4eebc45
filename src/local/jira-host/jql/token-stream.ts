import { JqlFailure, syntaxError } from './errors';
import type { Token } from './tokens';

/** How a token is quoted in "but got 'X'". */
export const shown = (token: Token): string => `'${token.kind === 'string' ? token.value : token.text}'`;

/** A cursor over the tokens that raises Jira's "Expecting … but got …" errors. */
export class TokenStream {
  private index = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  peek(offset = 0): Token {
    const last = this.tokens[this.tokens.length - 1];
    const token = this.tokens[this.index + offset] ?? last;
    if (token === undefined) throw new Error('a token stream always ends with eof');
    return token;
  }

  next(): Token {
    const token = this.peek();
    if (token.kind !== 'eof') this.index++;
    return token;
  }

  /** Throws a syntax error about a token; errors about the end of the query carry no position. */
  fail(detail: string, token: Token): never {
    throw new JqlFailure(syntaxError(detail, token.kind === 'eof' ? null : token));
  }

  /**
   * Throws "Expecting WHAT but got 'X'.[ hint]" or, at the end, "Expecting WHAT before the end of
   * the query." (`end` picks Jira's wording, which says "at the end" in a few places).
   */
  expected(what: string, token: Token, options: { hint?: string; end?: 'before' | 'at' } = {}): never {
    if (token.kind === 'eof')
      this.fail(`Expecting ${what} ${options.end ?? 'before'} the end of the query.`, token);
    return this.fail(`Expecting ${what} but got ${shown(token)}.${options.hint ?? ''}`, token);
  }
}
