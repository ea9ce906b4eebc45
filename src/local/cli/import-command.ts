import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetSchema } from '../../app/report/dataset';
import { err, ok, type Result } from '../../domain/result';
import { openDatabase } from '../jira-host/db/open-database';
import { JiraSite } from '../jira-host/site/jira-site';
import { importDataset } from '../jira-host/site/populate';
import { readJsonFile } from './read-json-file';

export const IMPORT_USAGE = 'ql import FILE [--db .ql/jira.db]';

/** `ql import`: loads a dataset (the `ql report` format) into the local site, all of it or nothing. */
export function importCommand(args: readonly string[], now: () => number = Date.now): Result<string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { db: { type: 'string', default: join('.ql', 'jira.db') } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    return err({ code: 'CLI.USAGE', message: `${(e as Error).message}; usage: ${IMPORT_USAGE}` });
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0)
    return err({ code: 'CLI.USAGE', message: `name one dataset file; usage: ${IMPORT_USAGE}` });
  const dataset = readJsonFile(file, datasetSchema, 'dataset');
  if (!dataset.ok) return dataset;
  const db = openDatabase(parsed.values.db);
  try {
    const site = new JiraSite(db, { baseUrl: 'http://127.0.0.1:8080', utcOffsetMinutes: 480, now });
    const count = importDataset(site, dataset.value.fields, dataset.value.issues);
    return ok(
      `imported ${count} tickets from ${file} into ${parsed.values.db} (now ${site.issues.count()})\n`,
    );
  } catch (e) {
    return err({
      code: 'IMPORT.REJECTED',
      message: `${file}: nothing was imported: ${(e as Error).message}`,
    });
  } finally {
    db.close();
  }
}
