import { parseArgs } from 'node:util';
import { datasetSchema } from '../../app/report/dataset';
import { exportDataset } from '../../app/export/export-dataset';
import { QA_REVIEW_PROPERTY } from '../../app/qa/qa-keys';
import { makeKpiReport, type KpiReportRequest } from '../../app/report/make-kpi-report';
import { reportJql } from '../../app/report/report-jql';
import type { Dataset } from '../../app/report/dataset';
import { err, ok, type Result } from '../../domain/result';
import { kpiConfigSchema, type KpiConfig } from '../../contract/kpi-config';
import { LOCALES, type Locale } from '../../contract/i18n/locale';
import { readJsonFile } from './read-json-file';
import { renderReport } from './render-report';
import { siteClient } from './site-client';

export const REPORT_USAGE =
  'ql report (--dataset FILE | --site URL --project KEY) --from ISO --to ISO [--tz ZONE] [--config FILE] [--json] [--lang en|zh-CN]';

/** `ql report`: the KPI report of a period from a dataset file or live from a site, as a table or JSON. */
export async function reportCommand(args: readonly string[]): Promise<Result<string>> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        dataset: { type: 'string' },
        site: { type: 'string' },
        project: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        tz: { type: 'string', default: 'UTC' },
        config: { type: 'string' },
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'en' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    return err({ code: 'CLI.USAGE', message: `${(e as Error).message}; usage: ${REPORT_USAGE}` });
  }
  for (const required of ['from', 'to'] as const) {
    if (!values[required])
      return err({ code: 'CLI.USAGE', message: `--${required} is required; usage: ${REPORT_USAGE}` });
  }
  // JIRA_BASE_URL names the site when neither a dataset nor --site is given.
  if (!values.dataset && !values.site && process.env.JIRA_BASE_URL) values.site = process.env.JIRA_BASE_URL;
  if (Boolean(values.dataset) === Boolean(values.site)) {
    return err({
      code: 'CLI.USAGE',
      message: `give either --dataset FILE or --site URL --project KEY; usage: ${REPORT_USAGE}`,
    });
  }
  if (values.site && !values.project) {
    return err({ code: 'CLI.USAGE', message: `--site needs --project KEY; usage: ${REPORT_USAGE}` });
  }
  const lang = values.lang;
  if (!isLocale(lang))
    return err({ code: 'CLI.USAGE', message: `--lang must be one of ${LOCALES.join(', ')}, not "${lang}"` });

  let config: KpiConfig = {};
  if (values.config !== undefined) {
    const read = readJsonFile(values.config, kpiConfigSchema, 'config');
    if (!read.ok) return read;
    config = read.value;
  }
  const request = { from: values.from as string, to: values.to as string, timeZone: values.tz, config };
  const dataset = values.site
    ? await liveDataset(values.site, values.project as string, request)
    : readJsonFile(values.dataset as string, datasetSchema, 'dataset');
  if (!dataset.ok) return dataset;

  const report = makeKpiReport(dataset.value.fields, dataset.value.issues, request);
  if (!report.ok) return report;
  return ok(values.json ? `${JSON.stringify(report.value, null, 2)}\n` : renderReport(report.value, lang));
}

/** The tickets a report of the period can need, read live through the Jira client. */
async function liveDataset(
  site: string,
  project: string,
  request: KpiReportRequest,
): Promise<Result<Dataset>> {
  const jql = reportJql(project, request);
  if (!jql.ok) return jql;
  const client = siteClient(site, process.env);
  if (!client.ok) return client;
  const exported = await exportDataset(client.value, jql.value, { properties: [QA_REVIEW_PROPERTY] });
  return exported.ok
    ? ok(exported.value)
    : err({ code: exported.error.code, message: exported.error.message });
}

const isLocale = (s: string | undefined): s is Locale => (LOCALES as readonly string[]).includes(s ?? '');
