const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * A simplified Jira text search for `~` on `text` properties: every word of the query must
 * occur in the value (case-insensitive; a trailing `*` matches a word prefix), and a query
 * wrapped in double quotes must occur as a phrase. Jira's stemming is not reproduced.
 */
export function textMatches(value: string, query: string): boolean {
  const haystack = words(value);
  const trimmed = query.trim();
  if (trimmed.length > 1 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    const phrase = words(trimmed.slice(1, -1));
    if (phrase.length === 0) return false;
    return haystack.some((_, i) => phrase.every((w, j) => haystack[i + j] === w));
  }
  const terms = trimmed.split(/\s+/).flatMap((term) => {
    const parts = words(term);
    const last = parts.pop();
    if (last === undefined) return [];
    return [...parts.map((w) => ({ word: w, prefix: false })), { word: last, prefix: term.endsWith('*') }];
  });
  if (terms.length === 0) return false;
  return terms.every((t) => haystack.some((w) => (t.prefix ? w.startsWith(t.word) : w === t.word)));
}
