import { z } from 'zod';

/** One entry of `GET /rest/api/3/field`: only what field discovery reads. */
export const jiraFieldSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  custom: z.boolean().optional(),
  schema: z
    .looseObject({
      type: z.string().optional(),
      custom: z.string().optional(),
      system: z.string().optional(),
    })
    .optional(),
});
export type JiraField = z.infer<typeof jiraFieldSchema>;

export const jiraFieldListSchema = z.array(jiraFieldSchema);
