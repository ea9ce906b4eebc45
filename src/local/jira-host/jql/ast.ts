/** Canonical ids of the Jira system fields the emulator can search and sort by. */
export type SystemFieldId =
  | 'project'
  | 'issuetype'
  | 'status'
  | 'statusCategory'
  | 'resolution'
  | 'created'
  | 'updated'
  | 'resolved'
  | 'key'
  | 'reporter'
  | 'assignee'
  | 'parent';

/** How Jira indexes an entity property value (the `type` of a Forge `jira:entityProperty` value). */
export type PropertyType = 'string' | 'text' | 'number' | 'date' | 'user';

/** A field as written in the query: a name, or an entity property `issue.property[key].path`. */
export interface FieldRef {
  readonly name: string;
  readonly property: { readonly key: string; readonly path: string } | null;
}

/**
 * A field resolved against Jira's system fields and the declared entity property indexes.
 * `name` is the field as the query wrote it (Jira's messages quote it); a property's `type`
 * is null when no module indexes that path.
 */
export type JqlField =
  | { readonly kind: 'system'; readonly id: SystemFieldId; readonly name: string }
  | {
      readonly kind: 'property';
      readonly key: string;
      readonly path: string;
      readonly type: PropertyType | null;
      readonly name: string;
      readonly alias: boolean;
    };

/** One operand value: a string (quoted or bare word), a bare integer, a function call, or EMPTY/NULL. */
export type JqlValue =
  | { readonly kind: 'string'; readonly text: string }
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'function'; readonly name: string; readonly args: readonly string[] }
  | { readonly kind: 'empty' };

/** The right-hand side of a clause: one value, or a parenthesised list (nested lists are flattened). */
export type JqlOperand =
  | { readonly kind: 'single'; readonly value: JqlValue }
  | { readonly kind: 'list'; readonly values: readonly JqlValue[] };

/** Clause operators; word operators are kept in Jira's lower-case display form. */
export type JqlOperator =
  '=' | '!=' | '>' | '>=' | '<' | '<=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

/** A terminal clause `field operator operand`. */
export interface JqlClause<F = JqlField> {
  readonly kind: 'clause';
  readonly field: F;
  readonly operator: JqlOperator;
  readonly operand: JqlOperand;
}

/** A where-tree: clauses joined by AND/OR (flattened, two or more children) and negated by NOT. */
export type JqlNode<F = JqlField> =
  | JqlClause<F>
  | { readonly kind: 'and' | 'or'; readonly children: readonly JqlNode<F>[] }
  | { readonly kind: 'not'; readonly child: JqlNode<F> };

/** One ORDER BY key; a null direction means the field's own default direction. */
export interface JqlSort<F = JqlField> {
  readonly field: F;
  readonly direction: 'asc' | 'desc' | null;
}

/** A parsed query: the where-tree (null when there is no restriction) and the ORDER BY keys. */
export interface JqlQuery<F = JqlField> {
  readonly where: JqlNode<F> | null;
  readonly orderBy: readonly JqlSort<F>[];
}
