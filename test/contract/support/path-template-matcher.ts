/** A documented path template that matched a concrete path, with the decoded parameter values. */
export interface PathMatch<T> {
  template: string;
  params: Record<string, string>;
  value: T;
  /** One digit per segment (2 literal, 1 mixed, 0 parameter); templates compare by this string. */
  specificity: string;
}

interface Segment {
  /** 2 for a literal segment, 1 for a mixed one (`{id}.json`), 0 for a lone parameter. */
  rank: number;
  literal: string | null;
  pattern: RegExp;
  names: string[];
}

interface Template<T> {
  template: string;
  segments: Segment[];
  value: T;
}

const PARAMETER = /\{([^}]+)\}/g;

const decode = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function parseSegment(text: string): Segment {
  const names = [...text.matchAll(PARAMETER)].map((m) => m[1] ?? '');
  if (names.length === 0) return { rank: 2, literal: text, pattern: /^$/, names };
  const source = text
    .split(PARAMETER)
    .map((part, i) => (i % 2 === 1 ? '([^/]+?)' : escapeRegExp(part)))
    .join('');
  return { rank: text === `{${names[0]}}` ? 0 : 1, literal: null, pattern: new RegExp(`^${source}$`), names };
}

/** Splits a path into its segments (without the leading slash, ignoring one trailing slash). */
const segmentsOf = (path: string): string[] => path.replace(/^\/+/, '').replace(/\/$/, '').split('/');

/** The path of a request, without scheme, host, query string or fragment. */
export function pathOnly(path: string): string {
  const withoutHost = /^[a-z][a-z0-9+.-]*:\/\//i.test(path) ? new URL(path).pathname : path;
  return withoutHost.replace(/[?#].*$/, '');
}

function matchTemplate<T>(candidate: Template<T>, parts: string[]): PathMatch<T> | null {
  const params: Record<string, string> = {};
  for (const [i, segment] of candidate.segments.entries()) {
    const part = parts[i] ?? '';
    if (segment.literal !== null) {
      if (segment.literal !== part && segment.literal !== decode(part)) return null;
      continue;
    }
    const found = segment.pattern.exec(part);
    if (found === null) return null;
    segment.names.forEach((name, n) => (params[name] = decode(found[n + 1] ?? '')));
  }
  const specificity = candidate.segments.map((segment) => segment.rank).join('');
  return { template: candidate.template, params, value: candidate.value, specificity };
}

/** Compares two templates: at the first segment where they differ, the more literal one comes first. */
function bySpecificity<T>(a: PathMatch<T>, b: PathMatch<T>): number {
  return a.specificity < b.specificity ? 1 : a.specificity > b.specificity ? -1 : 0;
}

/** Builds a matcher returning every template that matches a concrete path, most specific first. */
export function createPathMatcher<T>(templates: Iterable<[string, T]>): (path: string) => PathMatch<T>[] {
  // At the first segment where two templates differ, a literal beats a mixed segment (`{id}.json`), which
  // beats a lone parameter: `/issue/createmeta` wins over `/issue/{issueIdOrKey}`.
  const bySegmentCount = new Map<number, Template<T>[]>();
  for (const [template, value] of templates) {
    const segments = segmentsOf(template).map(parseSegment);
    const list = bySegmentCount.get(segments.length) ?? [];
    list.push({ template, segments, value });
    bySegmentCount.set(segments.length, list);
  }
  return (path) => {
    const parts = segmentsOf(pathOnly(path));
    const candidates = bySegmentCount.get(parts.length) ?? [];
    return candidates.flatMap((candidate) => matchTemplate(candidate, parts) ?? []).sort(bySpecificity);
  };
}
