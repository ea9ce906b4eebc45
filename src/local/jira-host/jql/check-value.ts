import type { JqlField, JqlValue, SystemFieldId } from './ast';
import { dateFunctionArgumentError, dateFunctionNamed } from './date-functions';
import { invalidDateMessage, parseDateLiteral } from './date-literals';
import { jqlError, type JqlError } from './errors';
import { specOf, valueKind } from './fields';
import { invalidKeyMessage, isIssueId, parseIssueKey } from './issue-keys';
import { statusCategoryNamed } from './status-categories';

/** Values the host knows exist, lower-cased or not; when given, other values are refused as Jira does. */
export interface KnownValues {
  readonly project?: readonly string[];
  readonly issuetype?: readonly string[];
  readonly status?: readonly string[];
  readonly resolution?: readonly string[];
}

const KNOWN_FIELDS: Readonly<Partial<Record<SystemFieldId, keyof KnownValues>>> = {
  project: 'project',
  issuetype: 'issuetype',
  status: 'status',
  resolution: 'resolution',
};

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Jira's complaint about one operand value of a clause on `field`, or null when it is valid. */
export function checkValue(field: JqlField, value: JqlValue, known: KnownValues): JqlError | null {
  if (value.kind === 'empty') return null;
  if (value.kind === 'function') return checkFunction(field, value.name, value.args);
  const text = value.text;
  const invalid = (message: string) => jqlError('JQL.INVALID_VALUE', message);
  switch (valueKind(field)) {
    case 'date':
      return parseDateLiteral(value) === null ? invalid(invalidDateMessage(text, field.name)) : null;
    case 'key':
    case 'parent':
      return parseIssueKey(text) === null && !isIssueId(text)
        ? invalid(invalidKeyMessage(text, field.name))
        : null;
    case 'category':
      return statusCategoryNamed(text) === undefined ? invalid(doesNotExist(text, field.name)) : null;
    case 'number':
      return NUMBER.test(text.trim())
        ? null
        : invalid(`Value '${text}' for the '${field.name}' field is not a valid number.`);
    case 'name':
      return checkKnown(field, value, known);
    default:
      return null;
  }
}

function checkFunction(field: JqlField, name: string, args: readonly string[]): JqlError | null {
  const dateFunction = dateFunctionNamed(name);
  const isCurrentUser = name.toLowerCase() === 'currentuser';
  if (dateFunction === null && !isCurrentUser) {
    return jqlError('JQL.UNKNOWN_FUNCTION', `Unable to find JQL function '${name}(${args.join(', ')})'.`);
  }
  if (specOf(field).functions !== (isCurrentUser ? 'user' : 'date')) {
    return jqlError(
      'JQL.INVALID_VALUE',
      `A value provided by the function '${name}' is invalid for the field '${field.name}'.`,
    );
  }
  const message =
    dateFunction === null
      ? args.length === 0
        ? null
        : `Function '${name}' expected '0' arguments but received '${args.length}'.`
      : dateFunctionArgumentError(dateFunction, args);
  return message === null ? null : jqlError('JQL.INVALID_VALUE', message);
}

function checkKnown(
  field: JqlField,
  value: Extract<JqlValue, { text: string }>,
  known: KnownValues,
): JqlError | null {
  if (field.kind !== 'system') return null;
  if (field.id === 'resolution' && value.text.trim().toLowerCase() === 'unresolved') return null;
  const knownKey = KNOWN_FIELDS[field.id];
  const list = knownKey === undefined ? undefined : known[knownKey];
  if (list === undefined) return null;
  const lower = value.text.trim().toLowerCase();
  if (list.some((v) => v.toLowerCase() === lower)) return null;
  return jqlError(
    'JQL.INVALID_VALUE',
    value.kind === 'number'
      ? `A value with ID '${value.text}' does not exist for the field '${field.name}'.`
      : doesNotExist(value.text, field.name),
  );
}

const doesNotExist = (text: string, field: string): string =>
  `The value '${text}' does not exist for the field '${field}'.`;
