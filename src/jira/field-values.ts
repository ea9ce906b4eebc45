/**
 * The display values of a Jira field value for grouping: option `value`, `name`, user
 * `displayName`, request type name, plain strings and numbers; arrays give several.
 */
export function displayValues(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(displayValues);
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of ['value', 'name', 'displayName', 'key']) {
      if (typeof record[key] === 'string') return [record[key]];
    }
    if (record.requestType !== undefined) return displayValues(record.requestType);
  }
  return [];
}
