import { z } from 'zod';

/** A JSON column read back through a schema: what we wrote must still be an object. */
export const jsonObject = z.string().transform((text, ctx) => {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  ctx.addIssue({ code: 'custom', message: 'stored JSON is not an object' });
  return z.NEVER;
});

/** Any JSON value stored as text (issue property values may be any JSON). */
export const jsonValue = z.string().transform((text, ctx): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'stored text is not JSON' });
    return z.NEVER;
  }
});

/** A row of the `issues` table. */
export const issueRowSchema = z.object({
  id: z.number(),
  key: z.string(),
  project_key: z.string(),
  issue_type: z.string(),
  status: z.string(),
  status_category: z.enum(['new', 'indeterminate', 'done']),
  resolution: z.string().nullable(),
  created: z.number(),
  updated: z.number(),
  resolved: z.number().nullable(),
  reporter: z.string().nullable(),
  assignee: z.string().nullable(),
  parent_key: z.string().nullable(),
  fields: jsonObject,
});
export type IssueRow = z.infer<typeof issueRowSchema>;

/** A row with an id, a time and a JSON document (comments, histories). */
export const documentRowSchema = z.object({
  id: z.number(),
  issue_id: z.number(),
  created: z.number(),
  doc: jsonObject,
});
export type DocumentRow = z.infer<typeof documentRowSchema>;

/** A row of the `users` table. */
export const userRowSchema = z.object({
  account_id: z.string(),
  email: z.string().nullable(),
  display_name: z.string(),
  account_type: z.enum(['atlassian', 'customer', 'app']),
  role: z.enum(['customer', 'agent', 'qualityManager', 'admin']),
  token_hash: z.string().nullable(),
  time_zone: z.string(),
  locale: z.string(),
});
export type UserRow = z.infer<typeof userRowSchema>;
