import { err, ok, type Result } from '../../../domain/result';
import type { FieldRef, JqlClause, JqlField, JqlNode, JqlQuery } from './ast';
import { checkClause } from './check-clause';
import type { KnownValues } from './check-value';
import { jqlError, type JqlError } from './errors';
import { systemFieldNamed } from './fields';
import { declaredType, propertyByAlias, type EntityPropertyIndex } from './property-indexes';

/** What a query is checked against: declared entity property indexes and, optionally, known values. */
export interface CheckOptions {
  readonly aliases: readonly EntityPropertyIndex[];
  readonly known: KnownValues;
}

/**
 * Resolves every field and validates operators and values as Jira's validators do, collecting
 * all messages (Jira reports them together); the first error's code names the failure.
 */
export function checkQuery(raw: JqlQuery<FieldRef>, options: CheckOptions): Result<JqlQuery, JqlError> {
  const errors: JqlError[] = [];
  const resolve = (ref: FieldRef): JqlField | null => {
    const field = resolveField(ref, options.aliases);
    if (field === null) {
      errors.push(
        jqlError(
          'JQL.UNKNOWN_FIELD',
          `Field '${ref.name}' does not exist or you do not have permission to view it.`,
        ),
      );
    }
    return field;
  };
  const visit = (node: JqlNode<FieldRef>): JqlNode | null => {
    if (node.kind === 'not') {
      const child = visit(node.child);
      return child && { kind: 'not', child };
    }
    if (node.kind !== 'clause') {
      const children = node.children.map(visit);
      return children.every((c) => c !== null) ? { kind: node.kind, children: children as JqlNode[] } : null;
    }
    const field = resolve(node.field);
    if (field === null) return null;
    const clause: JqlClause = { ...node, field };
    errors.push(...checkClause(clause, options.known));
    return clause;
  };
  const where = raw.where && visit(raw.where);
  const orderBy = raw.orderBy.flatMap((sort) => {
    const field = resolve(sort.field);
    return field === null ? [] : [{ field, direction: sort.direction }];
  });
  const first = errors[0];
  if (first !== undefined) {
    const messages = [...new Set(errors.map((e) => e.message))];
    return err({ ...first, messages });
  }
  return ok({ where, orderBy });
}

function resolveField(ref: FieldRef, aliases: readonly EntityPropertyIndex[]): JqlField | null {
  if (ref.property !== null) {
    const { key, path } = ref.property;
    return {
      kind: 'property',
      key,
      path,
      type: declaredType(aliases, key, path),
      name: ref.name,
      alias: false,
    };
  }
  const id = systemFieldNamed(ref.name);
  if (id !== null) return { kind: 'system', id, name: ref.name };
  const declared = propertyByAlias(aliases, ref.name);
  if (declared === null) return null;
  return {
    kind: 'property',
    key: declared.key,
    path: declared.path,
    type: declared.type,
    name: ref.name,
    alias: true,
  };
}
