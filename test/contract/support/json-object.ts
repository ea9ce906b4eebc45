/** A parsed JSON object whose values are not yet narrowed. */
export type JsonObject = { [key: string]: unknown };

/** True when a value is a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value under `key` when `value` is a JSON object, otherwise undefined. */
export function fieldOf(value: unknown, key: string): unknown {
  return isJsonObject(value) ? value[key] : undefined;
}

/** The JSON object under `key`, or an empty object when it is missing or not an object. */
export function objectFieldOf(value: unknown, key: string): JsonObject {
  const found = fieldOf(value, key);
  return isJsonObject(found) ? found : {};
}
