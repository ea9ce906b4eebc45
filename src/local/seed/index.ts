/** Deterministic Jira Service Management seed data in the JSON shapes Jira Cloud REST returns. */
export { datasetFields } from './dataset-fields';
export { generateDataset } from './generate-dataset';
export { generateIssues } from './generate-issues';
export { seedOptionsSchema, type SeedOptions } from './seed-options';
export type * from './jira-types';
export type * from './jsm-types';
