import type { JqlClause, JqlField } from './ast';
import { compileClause, type FieldAdapter, type Predicate } from './clause-semantics';
import { dateAdapter, userAdapter, type EvalContext } from './field-adapters';
import { compareText } from './issue-keys';
import { propertyDates, propertyNumbers, propertyValues, type PropertyPrimitive } from './property-values';
import { textMatches } from './text-match';

type PropertyField = Extract<JqlField, { kind: 'property' }>;

/** Compiles a clause on an entity property according to its declared type. */
export function propertyPredicate(field: PropertyField, clause: JqlClause, ctx: EvalContext): Predicate {
  const raw = (issue: { properties: Readonly<Record<string, unknown>> }) =>
    propertyValues(issue.properties, field.key, field.path);
  switch (field.type) {
    case 'number':
      return compileClause(numberAdapter(raw), clause);
    case 'date':
      return compileClause(
        dateAdapter((issue) => propertyDates(raw(issue)), ctx),
        clause,
      );
    case 'user':
      return compileClause(
        userAdapter((issue) => raw(issue).map(String), ctx),
        clause,
      );
    case 'text':
      return compileClause(textAdapter(raw), clause);
    case 'string':
      return compileClause(stringAdapter(raw), clause);
    case null:
      return compileClause(dynamicAdapter(raw), clause);
  }
}

type Reader = (issue: { properties: Readonly<Record<string, unknown>> }) => PropertyPrimitive[];

const numberAdapter = (raw: Reader): FieldAdapter<number> => ({
  values: (issue) => propertyNumbers(raw(issue)),
  operand: (v) => (v.kind === 'function' ? null : Number(v.text)),
  equals: (a, b) => a === b,
  compare: (a, b) => a - b,
});

/** `string` values are indexed as they are and match exactly (case-sensitive). */
const stringAdapter = (raw: Reader): FieldAdapter<string> => ({
  values: (issue) => raw(issue).map(String),
  operand: (v) => (v.kind === 'function' ? null : v.text),
  equals: (a, b) => a === b,
  compare: () => null,
});

const textAdapter = (raw: Reader): FieldAdapter<string> => ({
  values: (issue) => raw(issue).map(String),
  operand: (v) => (v.kind === 'function' ? null : v.text),
  equals: (a, b) => a === b,
  compare: () => null,
  contains: textMatches,
});

/**
 * A property no module indexes: numbers compare as numbers when both sides are numeric, and
 * everything else as exact text.
 */
const dynamicAdapter = (raw: Reader): FieldAdapter<PropertyPrimitive> => ({
  values: raw,
  operand: (v) =>
    v.kind === 'function' ? null : v.kind === 'number' || isNumeric(v.text) ? Number(v.text) : v.text,
  equals: (a, b) => (typeof a === 'number' && typeof b === 'number' ? a === b : String(a) === String(b)),
  compare: (a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : compareText(String(a), String(b)),
});

const isNumeric = (text: string): boolean => /^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(text.trim());
