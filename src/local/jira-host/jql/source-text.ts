import { JqlFailure, syntaxError, type SourcePosition } from './errors';

const VALID_ESCAPES = "The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.";
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  "'": "'",
  '"': '"',
  t: '\t',
  n: '\n',
  r: '\r',
  '\\': '\\',
  ' ': ' ',
};

/** The query text with Jira's line/character positions and its escape and control-character rules. */
export class SourceText {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }

  /** 1-based line and character of an index. */
  positionOf(index: number): SourcePosition {
    let line = 0;
    while (line + 1 < this.lineStarts.length && (this.lineStarts[line + 1] ?? Infinity) <= index) line++;
    return { line: line + 1, column: index - (this.lineStarts[line] ?? 0) + 1 };
  }

  /** Throws a syntax error located at an index. */
  fail(detail: string, index: number): never {
    throw new JqlFailure(syntaxError(detail, this.positionOf(index)));
  }

  /** Decodes the escape starting with the backslash at `index`: the character and the index after it. */
  readEscape(index: number): { readonly char: string; readonly next: number } {
    const code = this.text[index + 1];
    if (code === undefined) this.fail(`The escape sequence has not been completed. ${VALID_ESCAPES}`, index);
    const simple = SIMPLE_ESCAPES[code];
    if (simple !== undefined) return { char: simple, next: index + 2 };
    if (code !== 'u') this.fail(`'\\${code}' is an illegal JQL escape sequence. ${VALID_ESCAPES}`, index);
    let end = index + 2;
    while (end < index + 6 && /[0-9a-fA-F]/.test(this.text[end] ?? '')) end++;
    if (end < index + 6) {
      const shown = this.text.slice(index, Math.min(end + 1, this.text.length));
      this.fail(`'${shown}' is an illegal JQL escape sequence. ${VALID_ESCAPES}`, index);
    }
    return { char: String.fromCharCode(parseInt(this.text.slice(index + 2, end), 16)), next: end };
  }

  /** Throws when the character at `index` is a control character Jira requires to be escaped. */
  rejectControl(index: number): void {
    const code = this.text.charCodeAt(index);
    const control =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0xfffe ||
      code === 0xffff;
    if (!control) return;
    const hex = code.toString(16).padStart(4, '0');
    const { line, column } = this.positionOf(index);
    this.fail(
      `The character 'U+${hex.toUpperCase()}' on line ${line} at position ${column} must be escaped. Use the escape '\\u${hex}' instead.`,
      index,
    );
  }
}
