import { err, ok, type Result } from '../../../domain/result';
import { JqlFailure, type JqlError } from './errors';
import { SourceText } from './source-text';
import { KEYWORDS, PUNCTUATION, RESERVED_CHARS, RESERVED_WORDS, type Token } from './tokens';

const WORD_STOP = new Set(' \t\n\r()[],=!<>~&|"\'');
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Splits JQL text into tokens, ending with `eof`; lexical mistakes come back as Jira's syntax errors. */
export function tokenize(text: string): Result<readonly Token[], JqlError> {
  try {
    return ok(scan(new SourceText(text)));
  } catch (e) {
    if (e instanceof JqlFailure) return err(e.error);
    throw e;
  }
}

function scan(source: SourceText): Token[] {
  const text = source.text;
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const at = source.positionOf(i);
    const punct = PUNCTUATION.find((p) => text.startsWith(p, i));
    if (c === '"' || c === "'") {
      const quoted = readQuoted(source, i);
      tokens.push({
        kind: 'string',
        text: text.slice(i, quoted.next),
        value: quoted.value,
        keyword: null,
        ...at,
      });
      i = quoted.next;
    } else if (punct !== undefined) {
      tokens.push({ kind: 'punct', text: punct, value: punct, keyword: null, ...at });
      i += punct.length;
    } else {
      const word = readWord(source, i);
      const raw = text.slice(i, word.next);
      // A keyword written with escapes (e.g. \u0061nd) is read as a plain word.
      const keyword = raw === word.value && KEYWORDS.has(raw.toLowerCase()) ? raw.toLowerCase() : null;
      tokens.push({ kind: 'word', text: raw, value: word.value, keyword, ...at });
      checkWord(source, i, word.value);
      i = word.next;
    }
  }
  const end = source.positionOf(text.length);
  tokens.push({ kind: 'eof', text: '', value: '', keyword: null, ...end });
  return tokens;
}

function readQuoted(source: SourceText, start: number): { value: string; next: number } {
  const text = source.text;
  const quote = text[start];
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === quote) return { value, next: i + 1 };
    if (c === '\\') {
      const escape = source.readEscape(i);
      value += escape.char;
      i = escape.next;
      continue;
    }
    source.rejectControl(i);
    value += c;
    i++;
  }
  const shown = text.slice(start + 1).replace(/\r\n|\r|\n/g, ' ');
  return source.fail(
    shown === ''
      ? 'The quoted string has not been completed.'
      : `The quoted string '${shown}' has not been completed.`,
    start,
  );
}

function readWord(source: SourceText, start: number): { value: string; next: number } {
  const text = source.text;
  let value = '';
  let i = start;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (WORD_STOP.has(c) || /\s/.test(c)) break;
    if (RESERVED_CHARS.has(c)) {
      const hex = c.charCodeAt(0).toString(16).padStart(4, '0');
      source.fail(
        `The character '${c}' is a reserved JQL character. You must enclose it in a string or use the escape '\\u${hex}' instead.`,
        i,
      );
    }
    if (c === '\\') {
      const escape = source.readEscape(i);
      value += escape.char;
      i = escape.next;
      continue;
    }
    source.rejectControl(i);
    value += c;
    i++;
  }
  return { value, next: i };
}

function checkWord(source: SourceText, start: number, value: string): void {
  if (RESERVED_WORDS.has(value.toLowerCase())) {
    source.fail(
      `'${value}' is a reserved JQL word. You must surround it in quotation marks to use it in a query.`,
      start,
    );
  }
  if (/^-?\d+$/.test(value)) {
    const n = BigInt(value);
    if (n < INT64_MIN || n > INT64_MAX) {
      source.fail(
        `'${value}' is not a valid number. Numbers must be between -9,223,372,036,854,775,808 and 9,223,372,036,854,775,807.`,
        start,
      );
    }
  }
}
