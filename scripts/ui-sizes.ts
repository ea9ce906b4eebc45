/**
 * `npm run size:ui`: what each Forge module's first render downloads from the built bundle, in gzip
 * bytes: the entry with its static imports plus the module's own lazily loaded screen and its
 * static imports (each file once). Fails when a route's initial download exceeds the budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

const DIST = join(__dirname, '..', 'static', 'app', 'dist');
const BUDGET_BYTES = 300 * 1024;

const manifest = z
  .record(
    z.string(),
    z.object({
      file: z.string(),
      isEntry: z.boolean().optional(),
      imports: z.array(z.string()).optional(),
      css: z.array(z.string()).optional(),
      dynamicImports: z.array(z.string()).optional(),
    }),
  )
  .parse(JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')));

const gzipped = new Map<string, number>();
const sizeOf = (file: string) => {
  let size = gzipped.get(file);
  if (size === undefined) gzipped.set(file, (size = gzipSync(readFileSync(join(DIST, file))).length));
  return size;
};

/** Every file a chunk needs before it runs: itself, its CSS, and its static imports, transitively. */
function closure(id: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[id];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const imported of chunk.imports ?? []) closure(imported, into);
  return into;
}

const [entryId, entry] = Object.entries(manifest).find(([, c]) => c.isEntry) ?? [];
if (!entryId || !entry) throw new Error('no entry in the Vite manifest: run npm run build:ui');
const base = closure(entryId);
const rows: [string, number][] = [['(shared entry)', [...base].reduce((s, f) => s + sizeOf(f), 0)]];
for (const screen of entry.dynamicImports ?? []) {
  if (!screen.startsWith('src/modules/')) continue;
  const files = closure(screen, new Set(base));
  rows.push([screen.replace(/^src\/modules\//, ''), [...files].reduce((s, f) => s + sizeOf(f), 0)]);
}
let over = false;
console.log('module route (first render)                      gzip KB');
for (const [name, bytes] of rows) {
  const flag = bytes > BUDGET_BYTES ? '  over the 300 KB budget' : '';
  over ||= flag !== '';
  console.log(`${name.padEnd(48)} ${(bytes / 1024).toFixed(1).padStart(8)}${flag}`);
}
process.exitCode = over ? 1 : 0;
