import { isJsonObject } from './json-object';

/** What a documented request or response body looks like, read from an OpenAPI `content` map. */
export type BodyShape =
  | { kind: 'none' }
  | { kind: 'json'; mediaType: string; schema: unknown }
  | { kind: 'any'; mediaType: string }
  | { kind: 'not-json'; mediaTypes: string[] };

const isJsonMediaType = (mediaType: string): boolean => /^application\/(.+\+)?json\b/i.test(mediaType);

/** Picks the JSON media type of a `content` map (application/json first, then `+json`, then `*\/*`). */
export function bodyShapeOf(content: unknown): BodyShape {
  if (!isJsonObject(content) || Object.keys(content).length === 0) return { kind: 'none' };
  const mediaTypes = Object.keys(content);
  const chosen =
    mediaTypes.find((type) => type.toLowerCase() === 'application/json') ??
    mediaTypes.find(isJsonMediaType) ??
    mediaTypes.find((type) => type === '*/*');
  if (chosen === undefined) return { kind: 'not-json', mediaTypes };
  const media = content[chosen];
  if (isJsonObject(media) && media.schema !== undefined)
    return { kind: 'json', mediaType: chosen, schema: media.schema };
  return { kind: 'any', mediaType: chosen };
}
