/** A primitive found in a property: what Jira indexes. */
export type PropertyPrimitive = string | number | boolean;

/**
 * The primitives at a dot path inside an issue property. Arrays anywhere along the path are
 * flattened (Jira indexes each element); missing values, null and empty strings drop out, so
 * an empty result is EMPTY.
 */
export function propertyValues(
  properties: Readonly<Record<string, unknown>>,
  key: string,
  path: string,
): PropertyPrimitive[] {
  const segments = path === '' ? [] : path.split('.');
  let current: unknown[] = [properties[key]];
  for (const segment of segments) {
    current = current.flatMap(flatten).flatMap((v) => (isObject(v) ? [v[segment]] : []));
  }
  return current.flatMap(flatten).filter(isIndexable);
}

/** The numbers among the values, as a `number` index keeps them. */
export const propertyNumbers = (values: readonly PropertyPrimitive[]): number[] =>
  values.filter((v): v is number => typeof v === 'number');

/** The instants of the ISO date strings among the values, as a `date` index keeps them. */
export const propertyDates = (values: readonly PropertyPrimitive[]): number[] =>
  values.flatMap((v) => {
    const ms = typeof v === 'string' ? parsePropertyDate(v) : null;
    return ms === null ? [] : [ms];
  });

const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads a date property: ISO 8601 `YYYY-MM-DD[Thh:mm[:ss[.sss]]][offset]`. Without an offset the
 * value is taken as UTC (Jira Cloud's server zone), never the searcher's zone.
 */
export function parsePropertyDate(text: string): number | null {
  if (!ISO.test(text)) return null;
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/.test(text) && text.includes('T');
  const withZone = hasZone
    ? text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')
    : `${text}${text.includes('T') ? 'Z' : 'T00:00Z'}`;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? null : ms;
}

const flatten = (v: unknown): unknown[] => (Array.isArray(v) ? v.flatMap(flatten) : [v]);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndexable = (v: unknown): v is PropertyPrimitive =>
  (typeof v === 'string' && v !== '') ||
  (typeof v === 'number' && Number.isFinite(v)) ||
  typeof v === 'boolean';
