import { isJsonObject, type JsonObject } from './json-object';
import type { SpecDocument } from './spec-files';

/** A property whose documented schema Atlassian's own example (and the live service) contradicts, and the fix. */
export interface SpecCorrection {
  document: string;
  schema: string;
  property: string;
  /** Merged into the property's schema (the property is added when the document omits it). */
  patch: JsonObject;
  evidence: string;
}

const nullable = (property: string): SpecCorrection => ({
  document: 'jira-platform.v3.json',
  schema: 'ChangeDetails',
  property,
  patch: { nullable: true },
  evidence: 'GET /rest/api/3/issue/{issueIdOrKey}/changelog example has "from": null, "to": null',
});

/** The corrections applied unless a caller passes its own list (pass [] to check against the raw documents). */
export const SPEC_CORRECTIONS: readonly SpecCorrection[] = [
  nullable('from'),
  nullable('to'),
  nullable('fromString'),
  nullable('toString'),
  {
    document: 'jira-platform.v3.json',
    schema: 'FieldDetails',
    property: 'untranslatedName',
    patch: { type: 'string' },
    evidence:
      'POST /rest/api/3/field 201 example returns "untranslatedName" although FieldDetails forbids extra properties',
  },
];

/** The document with the corrections that concern it applied to copies of the touched schemas. */
export function applyCorrections(
  document: SpecDocument,
  corrections: readonly SpecCorrection[],
): SpecDocument {
  const schemas: JsonObject = { ...document.schemas };
  for (const { schema, property, patch } of corrections.filter((c) => c.document === document.name)) {
    const target = schemas[schema];
    if (!isJsonObject(target)) throw new Error(`correction for unknown schema ${schema} in ${document.name}`);
    const properties = isJsonObject(target.properties) ? target.properties : {};
    const current = isJsonObject(properties[property]) ? properties[property] : {};
    schemas[schema] = { ...target, properties: { ...properties, [property]: { ...current, ...patch } } };
  }
  return { ...document, schemas };
}
