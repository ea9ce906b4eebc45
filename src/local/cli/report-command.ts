import { parseArgs } from 'node:util';
import { datasetSchema } from '../../app/report/dataset';
import { makeKpiReport } from '../../app/report/make-kpi-report';
import { err, ok, type Result } from '../../domain/result';
import { kpiConfigSchema, type KpiConfig } from '../../contract/kpi-config';
import { LOCALES, type Locale } from '../../contract/i18n/locale';
import { readJsonFile } from './read-json-file';
import { renderReport } from './render-report';

export const REPORT_USAGE =
  'ql report --dataset FILE --from ISO --to ISO [--tz ZONE] [--config FILE] [--json] [--lang en|zh-CN]';

/** `ql report`: the KPI report of a period from a dataset file, as a table or JSON. */
export function reportCommand(args: readonly string[]): Result<string> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        dataset: { type: 'string' },
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
  for (const required of ['dataset', 'from', 'to'] as const) {
    if (!values[required])
      return err({ code: 'CLI.USAGE', message: `--${required} is required; usage: ${REPORT_USAGE}` });
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
  const dataset = readJsonFile(values.dataset as string, datasetSchema, 'dataset');
  if (!dataset.ok) return dataset;

  const report = makeKpiReport(dataset.value.fields, dataset.value.issues, {
    from: values.from as string,
    to: values.to as string,
    timeZone: values.tz,
    config,
  });
  if (!report.ok) return report;
  return ok(values.json ? `${JSON.stringify(report.value, null, 2)}\n` : renderReport(report.value, lang));
}

const isLocale = (s: string | undefined): s is Locale => (LOCALES as readonly string[]).includes(s ?? '');
