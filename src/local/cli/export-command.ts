import { parseArgs } from 'node:util';
import { exportDataset } from '../../app/export/export-dataset';
import { QA_REVIEW_PROPERTY } from '../../app/qa/qa-keys';
import { err, ok, type Result } from '../../domain/result';
import { siteClient } from './site-client';

export const EXPORT_USAGE = 'ql export --site URL --jql QUERY > FILE   (JIRA_EMAIL, JIRA_API_TOKEN)';

/** `ql export`: a dataset in the `ql report --dataset` format from any site, through the Jira client. */
export async function exportCommand(args: readonly string[]): Promise<Result<string>> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { site: { type: 'string' }, jql: { type: 'string' } },
      strict: true,
    }));
  } catch (e) {
    return err({ code: 'CLI.USAGE', message: `${(e as Error).message}; usage: ${EXPORT_USAGE}` });
  }
  values.site ??= process.env.JIRA_BASE_URL;
  if (!values.site || !values.jql)
    return err({ code: 'CLI.USAGE', message: `--site and --jql are required; usage: ${EXPORT_USAGE}` });
  const client = siteClient(values.site, process.env);
  if (!client.ok) return client;
  // Each issue carries its QA reviews (`properties: {"ql.qaReview": …}`), so ql report can print qaCompliance.
  const dataset = await exportDataset(client.value, values.jql, { properties: [QA_REVIEW_PROPERTY] });
  if (!dataset.ok) return err({ code: dataset.error.code, message: dataset.error.message });
  return ok(`${JSON.stringify(dataset.value)}\n`);
}
