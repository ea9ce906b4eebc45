import { z } from 'zod';
import { jiraFieldListSchema } from '../../jira/schemas/field';

/**
 * A dataset: the field list as `GET /rest/api/3/field` returns it and the issues as
 * `GET /rest/api/3/search/jql?fields=*all&expand=changelog` returns them. Issues are
 * validated one by one later, so one bad ticket is skipped rather than failing the file.
 */
export const datasetSchema = z.strictObject({
  fields: jiraFieldListSchema,
  issues: z.array(z.unknown()),
});
export type Dataset = z.infer<typeof datasetSchema>;
