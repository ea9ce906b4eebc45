import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { EntityPropertyIndex } from '../jira-host/jql';

const manifestSchema = z.looseObject({
  modules: z.looseObject({
    'jira:entityProperty': z
      .array(
        z.looseObject({
          propertyKey: z.string(),
          entityType: z.enum(['issue', 'project', 'user']).optional(),
          values: z.array(
            z.object({
              path: z.string(),
              type: z.enum(['number', 'string', 'text', 'user', 'date']),
              searchAlias: z.string().optional(),
            }),
          ),
        }),
      )
      .optional(),
  }),
});

/** The search aliases the app's manifest declares, as Jira would index them once the app is installed. */
export function manifestPropertyIndexes(manifestFile: string): EntityPropertyIndex[] {
  const manifest = manifestSchema.parse(parse(readFileSync(manifestFile, 'utf8')));
  return (manifest.modules['jira:entityProperty'] ?? []).map((m) => ({
    propertyKey: m.propertyKey,
    entityType: m.entityType ?? 'issue',
    values: m.values.map((v) => ({
      path: v.path,
      type: v.type,
      ...(v.searchAlias && { searchAlias: v.searchAlias }),
    })),
  }));
}
