/** Writes samples/sample-dataset.json: ~400 seeded tickets over 30 days, one issue per line, valid JSON. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetFields, generateIssues, type SeedOptions } from '../src/local/seed';

const options: SeedOptions = { seed: 'quality-loop', tickets: 400, days: 30, end: '2026-11-01T00:00:00Z' };
const out = join(__dirname, '..', 'samples', 'sample-dataset.json');

const lines = [...generateIssues(options)].map((issue) => JSON.stringify(issue));
const json = `{"fields":${JSON.stringify(datasetFields(options))},\n"issues":[\n${lines.join(',\n')}\n]}\n`;
mkdirSync(join(__dirname, '..', 'samples'), { recursive: true });
writeFileSync(out, json);
console.log(`wrote ${lines.length} issues, ${(Buffer.byteLength(json) / 1e6).toFixed(2)} MB to ${out}`);
