import { fieldsOf } from './dataset-fields';
import { generateIssues } from './generate-issues';
import type { JiraDataset } from './jira-types';
import { createSeedContext } from './seed-context';
import type { SeedOptions } from './seed-options';

/** Generates the whole dataset in memory: the field list and every issue. */
export function generateDataset(options: SeedOptions): JiraDataset {
  return { fields: fieldsOf(createSeedContext(options)), issues: [...generateIssues(options)] };
}
