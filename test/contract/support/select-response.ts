import { isJsonObject, type JsonObject } from './json-object';

/** The response documented for a status, with the key it was found under (`404`, `4XX` or `default`). */
export interface SelectedResponse {
  key: string;
  response: JsonObject;
}

/** Finds the response documented for a status: the exact code, then its range (`4XX`), then `default`. */
export function selectResponse(responses: unknown, status: number): SelectedResponse | null {
  if (!isJsonObject(responses)) return null;
  const range = `${Math.floor(status / 100)}XX`;
  const keys = [String(status), range, range.toLowerCase(), 'default'];
  for (const key of keys) {
    const response = responses[key];
    if (isJsonObject(response)) return { key, response };
  }
  return null;
}
