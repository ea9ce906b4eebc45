import { z } from 'zod';
import type { JiraClient, JiraResult } from '../client';

/** `UserPermission`: whether the caller holds one permission in the asked context. */
export const userPermissionSchema = z.looseObject({
  key: z.string().optional(),
  name: z.string().optional(),
  type: z.string().optional(),
  havePermission: z.boolean(),
});
export type UserPermission = z.infer<typeof userPermissionSchema>;

/** Where to check: globally when empty, else in a project or issue. */
export interface PermissionContext {
  readonly projectKey?: string;
  readonly projectId?: string;
  readonly issueKey?: string;
  readonly issueId?: string;
}

/**
 * `GET /rest/api/3/mypermissions?permissions=…`: the caller's permissions by key, e.g.
 * `BROWSE_PROJECTS`, `EDIT_ISSUES`, `ADMINISTER_PROJECTS` (Jira requires the list).
 */
export const getMyPermissions = (
  client: JiraClient,
  permissions: readonly string[],
  context: PermissionContext = {},
): Promise<JiraResult<Record<string, UserPermission>>> =>
  client.call({
    method: 'GET',
    route: '/rest/api/3/mypermissions',
    query: { ...context, permissions },
    schema: z
      .looseObject({ permissions: z.record(z.string(), userPermissionSchema) })
      .transform((p) => p.permissions),
  });
