import type { JqlClause } from './ast';
import { compileClause, type Predicate } from './clause-semantics';
import {
  categoryAdapter,
  dateAdapter,
  keyAdapter,
  nameAdapter,
  parentAdapter,
  userAdapter,
  type EvalContext,
} from './field-adapters';
import { propertyPredicate } from './property-adapters';

const one = <V>(v: V | null): V[] => (v === null ? [] : [v]);

/** Compiles one NOT-free clause into a test of an issue. */
export function clausePredicate(clause: JqlClause, ctx: EvalContext): Predicate {
  const field = clause.field;
  if (field.kind === 'property') return propertyPredicate(field, clause, ctx);
  switch (field.id) {
    case 'project':
      return compileClause(
        nameAdapter((i) => i.projectKey, field.id),
        clause,
      );
    case 'issuetype':
      return compileClause(
        nameAdapter((i) => i.issueType, field.id),
        clause,
      );
    case 'status':
      return compileClause(
        nameAdapter((i) => i.status, field.id),
        clause,
      );
    case 'resolution':
      return compileClause(
        nameAdapter((i) => i.resolution, field.id),
        clause,
      );
    case 'statusCategory':
      return compileClause(categoryAdapter, clause);
    case 'created':
      return compileClause(
        dateAdapter((i) => [i.created], ctx),
        clause,
      );
    case 'updated':
      return compileClause(
        dateAdapter((i) => [i.updated], ctx),
        clause,
      );
    case 'resolved':
      return compileClause(
        dateAdapter((i) => one(i.resolved), ctx),
        clause,
      );
    case 'key':
      return compileClause(keyAdapter, clause);
    case 'parent':
      return compileClause(parentAdapter, clause);
    case 'reporter':
      return compileClause(
        userAdapter((i) => one(i.reporter), ctx),
        clause,
      );
    case 'assignee':
      return compileClause(
        userAdapter((i) => one(i.assignee), ctx),
        clause,
      );
  }
}
