import type { PropertyType } from './ast';

/** One indexed value of a Forge `jira:entityProperty` module. */
export interface EntityPropertyValue {
  readonly path: string;
  readonly type: PropertyType;
  readonly searchAlias?: string;
}

/** A Forge `jira:entityProperty` module: which values of an entity property Jira indexes for JQL. */
export interface EntityPropertyIndex {
  readonly propertyKey: string;
  readonly values: readonly EntityPropertyValue[];
  /** Defaults to `issue`; only issue properties are searched here. */
  readonly entityType?: 'issue' | 'user' | 'project';
}

/** A declared issue property value: its property key, path and type. */
export interface DeclaredProperty {
  readonly key: string;
  readonly path: string;
  readonly type: PropertyType;
}

const issueValues = (indexes: readonly EntityPropertyIndex[]): (DeclaredProperty & { alias?: string })[] =>
  indexes
    .filter((index) => (index.entityType ?? 'issue') === 'issue')
    .flatMap((index) =>
      index.values.map((v) => ({ key: index.propertyKey, path: v.path, type: v.type, alias: v.searchAlias })),
    );

/** The declared value whose search alias is this name, compared case-insensitively as field names are. */
export function propertyByAlias(
  indexes: readonly EntityPropertyIndex[],
  name: string,
): DeclaredProperty | null {
  const lower = name.toLowerCase();
  const found = issueValues(indexes).find((v) => v.alias?.toLowerCase() === lower);
  return found ? { key: found.key, path: found.path, type: found.type } : null;
}

/** The declared type of `issue.property[key].path`, or null when no module indexes it. */
export function declaredType(
  indexes: readonly EntityPropertyIndex[],
  key: string,
  path: string,
): PropertyType | null {
  return issueValues(indexes).find((v) => v.key === key && v.path === path)?.type ?? null;
}
