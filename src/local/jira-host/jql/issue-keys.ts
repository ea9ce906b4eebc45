/** An issue key split into its project key (upper case) and number. */
export interface KeyParts {
  readonly project: string;
  readonly number: number;
}

/** Reads `ABC-123` (case-insensitively); null when the text is not an issue key. */
export function parseIssueKey(text: string): KeyParts | null {
  const m = /^([A-Za-z][A-Za-z0-9_]*)-(\d+)$/.exec(text.trim());
  return m ? { project: (m[1] ?? '').toUpperCase(), number: Number(m[2]) } : null;
}

/** True for an issue id: digits only. */
export const isIssueId = (text: string): boolean => /^\d+$/.test(text.trim());

/** Orders issue keys as Jira does: by project key, then numerically by issue number. */
export function compareKeys(a: string, b: string): number {
  const pa = parseIssueKey(a);
  const pb = parseIssueKey(b);
  if (!pa || !pb) return compareText(a, b);
  return compareText(pa.project, pb.project) || pa.number - pb.number;
}

/** Orders ids numerically when both are digit strings, else as text. */
export function compareIds(a: string, b: string): number {
  if (isIssueId(a) && isIssueId(b)) {
    const x = a.trim().replace(/^0+(?=\d)/, '');
    const y = b.trim().replace(/^0+(?=\d)/, '');
    return x.length - y.length || compareText(x, y);
  }
  return compareText(a, b);
}

/** Plain code-unit order, independent of the host's locale. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Jira's message for a value that is neither an issue key nor an id. */
export const invalidKeyMessage = (text: string, field: string): string =>
  `The issue key '${text}' for field '${field}' is invalid.`;
