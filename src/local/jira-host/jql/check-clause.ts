import type { JqlClause } from './ast';
import { checkValue, type KnownValues } from './check-value';
import { jqlError, type JqlError } from './errors';
import { specOf } from './fields';

/**
 * Jira's complaints about one clause: the operator the field supports, unknown functions, the
 * operand's shape for the operator (IS takes EMPTY, IN a list, others one value), then each value.
 */
export function checkClause(clause: JqlClause, known: KnownValues): JqlError[] {
  const { field, operator, operand } = clause;
  const unsupported = (message: string) => [jqlError('JQL.UNSUPPORTED_OPERATOR', message)];
  if (!specOf(field).operators.includes(operator)) {
    return unsupported(`The operator '${operator}' is not supported by the '${field.name}' field.`);
  }
  const values = operand.kind === 'list' ? operand.values : [operand.value];
  const unknownFunctions = values.flatMap((v) => {
    const error = v.kind === 'function' ? checkValue(field, v, known) : null;
    return error?.code === 'JQL.UNKNOWN_FUNCTION' ? [error] : [];
  });
  if (unknownFunctions.length > 0) return unknownFunctions;
  const isEmpty = operand.kind === 'single' && operand.value.kind === 'empty';
  if ((operator === 'is' || operator === 'is not') && !isEmpty) {
    return unsupported(`The operator '${operator}' only supports the use of 'EMPTY' or 'NULL'.`);
  }
  if ((operator === 'in' || operator === 'not in') && operand.kind !== 'list') {
    return unsupported(`The operator '${operator}' only supports a list of values.`);
  }
  if (operand.kind === 'list' && operator !== 'in' && operator !== 'not in') {
    return unsupported(`The operator '${operator}' does not support a list of values.`);
  }
  const ordered = ['>', '>=', '<', '<=', '~', '!~'].includes(operator);
  if (ordered && values.some((v) => v.kind === 'empty')) {
    return unsupported(`The operator '${operator}' does not support searching for EMPTY values.`);
  }
  return values.flatMap((value) => checkValue(field, value, known) ?? []);
}
