import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describeAjvErrors } from './ajv-error-messages';
import type { SpecDocument } from './spec-files';
import { toAjvRoot, toAjvSchema, type ConversionContext, type Direction } from './schema-to-ajv';

const ROOT_BASE = 'https://openapi-contract.local/';

/** Compiles OpenAPI schemas with ajv on first use (per document, direction and operation) and caches them. */
export class SchemaValidators {
  private readonly ajv: Ajv;
  private readonly contexts = new Map<string, ConversionContext>();
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    this.ajv = new Ajv({
      allErrors: true,
      strict: true,
      strictTypes: false,
      strictTuples: false,
      strictRequired: false,
    });
    addFormats(this.ajv);
  }

  /** Validates `body` against an OpenAPI schema of `document`; `cacheKey` names the operation, status and direction. */
  validate(
    document: SpecDocument,
    direction: Direction,
    cacheKey: string,
    schema: unknown,
    body: unknown,
  ): string[] {
    const validator = this.validatorFor(document, direction, cacheKey, schema);
    return validator(body) ? [] : describeAjvErrors(validator.errors);
  }

  private validatorFor(
    document: SpecDocument,
    direction: Direction,
    cacheKey: string,
    schema: unknown,
  ): ValidateFunction {
    const key = `${document.name} ${direction} ${cacheKey}`;
    const cached = this.compiled.get(key);
    if (cached !== undefined) return cached;
    const validator = this.ajv.compile(toAjvSchema(schema, this.contextFor(document, direction)));
    this.compiled.set(key, validator);
    return validator;
  }

  /** Registers the document's converted `components.schemas` for one direction, the first time it is needed. */
  private contextFor(document: SpecDocument, direction: Direction): ConversionContext {
    const key = `${document.name} ${direction}`;
    const known = this.contexts.get(key);
    if (known !== undefined) return known;
    const context: ConversionContext = {
      direction,
      rootId: `${ROOT_BASE}${encodeURIComponent(document.name)}/${direction}`,
      components: document.schemas,
      isKnownFormat: (format) => this.ajv.formats[format] !== undefined,
    };
    this.ajv.addSchema(toAjvRoot(context));
    this.contexts.set(key, context);
    return context;
  }
}
