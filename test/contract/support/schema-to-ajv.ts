import { isJsonObject, type JsonObject } from './json-object';

/** Which side of the exchange a schema checks: readOnly properties are not required in requests, writeOnly ones not in responses. */
export type Direction = 'request' | 'response';

/** What converting one document's schemas needs to know. */
export interface ConversionContext {
  direction: Direction;
  /** The `$id` under which the converted `components.schemas` are registered as `definitions`. */
  rootId: string;
  /** The document's raw `components.schemas`, to see through `$ref` when reading readOnly/writeOnly. */
  components: JsonObject;
  /** Formats the validator knows; any other format is dropped rather than rejected. */
  isKnownFormat: (format: string) => boolean;
}

const COMPONENT_REF = '#/components/schemas/';

/** Validation keywords that mean the same in OpenAPI 3.0 and JSON Schema draft-07 and are copied as they are. */
const COPIED = new Set([
  'type',
  'enum',
  'multipleOf',
  'maximum',
  'minimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxProperties',
  'minProperties',
]);

/** Rewrites `#/components/schemas/X` into the registered root (`<rootId>#/definitions/X`). */
export function rewriteRef(ref: string, context: ConversionContext): string {
  if (!ref.startsWith(COMPONENT_REF))
    throw new Error(`unsupported $ref ${ref}: only ${COMPONENT_REF}* is resolved`);
  return `${context.rootId}#/definitions/${ref.slice(COMPONENT_REF.length)}`;
}

function resolveLocal(schema: unknown, context: ConversionContext): unknown {
  const ref = isJsonObject(schema) ? schema.$ref : undefined;
  if (typeof ref !== 'string' || !ref.startsWith(COMPONENT_REF)) return schema;
  return context.components[decodeURIComponent(ref.slice(COMPONENT_REF.length))];
}

/** True when a property schema (or the component it refers to) carries `readOnly`/`writeOnly`. */
function hasFlag(schema: unknown, flag: 'readOnly' | 'writeOnly', context: ConversionContext): boolean {
  return [schema, resolveLocal(schema, context)].some((s) => isJsonObject(s) && s[flag] === true);
}

function convertRequired(schema: JsonObject, context: ConversionContext): string[] {
  const required = Array.isArray(schema.required) ? schema.required : [];
  const properties = isJsonObject(schema.properties) ? schema.properties : {};
  const hidden = context.direction === 'request' ? 'readOnly' : 'writeOnly';
  return required.filter(
    (name): name is string => typeof name === 'string' && !hasFlag(properties[name], hidden, context),
  );
}

const convertMap = (value: unknown, context: ConversionContext): JsonObject =>
  Object.fromEntries(
    Object.entries(isJsonObject(value) ? value : {}).map(([k, v]) => [k, toAjvSchema(v, context)]),
  );

const convertList = (value: unknown, context: ConversionContext): unknown[] =>
  (Array.isArray(value) ? value : []).map((v) => toAjvSchema(v, context));

/** OpenAPI 3.0's boolean `exclusiveMaximum`/`exclusiveMinimum` become draft-07's numeric bounds. */
function convertExclusiveBounds(schema: JsonObject, out: JsonObject): void {
  for (const [flag, bound] of [
    ['exclusiveMaximum', 'maximum'],
    ['exclusiveMinimum', 'minimum'],
  ] as const) {
    if (schema[flag] === true && typeof schema[bound] === 'number') {
      out[flag] = schema[bound];
      delete out[bound];
    } else if (typeof schema[flag] === 'number') out[flag] = schema[flag];
  }
}

/**
 * A `discriminator` base only constrains its discriminator property: the subtypes (its `oneOf` branches, or
 * schemas that `allOf` it) carry the other properties, so the base's `additionalProperties: false` and other
 * property types are dropped, `oneOf` (whose branches overlap) becomes `anyOf`, and `mapping` selects the branch.
 */
function convertDiscriminator(schema: JsonObject, out: JsonObject, context: ConversionContext): void {
  const discriminator = schema.discriminator;
  if (!isJsonObject(discriminator) || typeof discriminator.propertyName !== 'string') return;
  const property = discriminator.propertyName;
  if (out.additionalProperties === false) delete out.additionalProperties;
  if (isJsonObject(out.properties)) {
    const kept = out.properties[property];
    out.properties = kept === undefined ? {} : { [property]: kept };
  }
  if (out.oneOf !== undefined) {
    out.anyOf = out.oneOf;
    delete out.oneOf;
  }
  const mapping = isJsonObject(discriminator.mapping) ? Object.entries(discriminator.mapping) : [];
  const selections = mapping
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([value, target]) => ({
      if: { properties: { [property]: { const: value } }, required: [property] },
      then: { $ref: rewriteRef(target, context) },
    }));
  if (selections.length > 0) out.allOf = [...(Array.isArray(out.allOf) ? out.allOf : []), ...selections];
}

/** OpenAPI 3.0's `nullable: true` becomes a `null` type (and a `null` enum value), or `anyOf: [null, schema]`. */
function makeNullable(out: JsonObject): JsonObject {
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (out.allOf !== undefined || out.anyOf !== undefined || out.oneOf !== undefined) {
    return { anyOf: [{ type: 'null' }, out] };
  }
  return typeof out.type === 'string' ? { ...out, type: [out.type, 'null'] } : out;
}

/** Converts one OpenAPI 3.0 schema into JSON Schema draft-07 for ajv (see the rules below). */
export function toAjvSchema(schema: unknown, context: ConversionContext): JsonObject | boolean {
  // `$ref`s point into the registered root; their siblings are ignored, as OpenAPI 3.0 says. `nullable` and
  // boolean exclusive bounds are translated, `required` skips readOnly/writeOnly properties by direction, and
  // unknown formats and every annotation or OpenAPI-only keyword (`example`, `xml`, `discriminator`, `readOnly`,
  // `x-*`, ...) are dropped. `additionalProperties` is kept as declared, except on `anyOf`/`oneOf`/discriminator
  // schemas, where `false` would reject the branches' own properties.
  if (typeof schema === 'boolean') return schema;
  if (!isJsonObject(schema)) return {};
  if (typeof schema.$ref === 'string') return { $ref: rewriteRef(schema.$ref, context) };
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (COPIED.has(key)) out[key] = value;
    else if (key === 'format') {
      if (typeof value === 'string' && context.isKnownFormat(value)) out.format = value;
    } else if (key === 'items') {
      out.items = Array.isArray(value) ? convertList(value, context) : toAjvSchema(value, context);
    } else if (key === 'additionalProperties' || key === 'not') out[key] = toAjvSchema(value, context);
    else if (key === 'properties' || key === 'patternProperties') out[key] = convertMap(value, context);
    else if (key === 'allOf' || key === 'anyOf' || key === 'oneOf') out[key] = convertList(value, context);
    else if (key === 'required') out.required = convertRequired(schema, context);
  }
  convertExclusiveBounds(schema, out);
  convertDiscriminator(schema, out, context);
  if ((out.anyOf !== undefined || out.oneOf !== undefined) && out.additionalProperties === false) {
    delete out.additionalProperties;
  }
  return schema.nullable === true ? makeNullable(out) : out;
}

/** Converts a document's `components.schemas` into a root schema whose `definitions` the `$ref`s point at. */
export function toAjvRoot(context: ConversionContext): JsonObject {
  const definitions = convertMap(context.components, context);
  return { $id: context.rootId, definitions };
}
