/**
 * `npm run size:ui`: what each Forge module's first render downloads from the built bundle, in gzip
 * bytes, and the 300 KB budget on it. A route's first render is the entry with its static imports, the
 * module's screen with its static imports, and every chunk the screen requests with `import()` before its
 * first meaningful render (a chart fetched in parallel with the data call counts), each file once.
 * Only the dynamic imports listed in DEFERRED, each behind a user action or never taken, are left out:
 * a new lazy import counts until someone lists it here with its reason. Exits 1 over the budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

const DIST = join(__dirname, '..', 'static', 'app', 'dist');
const BUDGET_BYTES = 300 * 1024;

/** Dynamic imports a route does not take before its first render, by manifest source, with why. */
const DEFERRED: ReadonlyArray<{ source: RegExp; why: string }> = [
  { source: /^src\/modules\/gadgets\/GadgetEdit\.tsx$/, why: 'gadget edit view (own row below)' },
  {
    // Atlaskit Tabs mounts a panel once it is first selected; the first tab (Overview) is never lazy.
    source: /^src\/modules\/project-page\/(?!OverviewTab)\w+Tab\.tsx$/,
    why: 'tab, loads when opened',
  },
  { source: /^src\/modules\/project-page\/Sparkline\.tsx$/, why: 'a KPI trend, after its Trend button' },
  {
    source: /^src\/modules\/qa-scorecards\/QaRebuild\.tsx$/,
    why: 'admin QA figures repair, after its Repair QA figures button',
  },
  {
    source: /^src\/modules\/project-page\/ProblemTable\.tsx$/,
    why: "Pareto gadget's table view, on its switch",
  },
  {
    // Likewise the panel's tabs after the first (Problem).
    source: /^src\/modules\/improvement-panel\/(?!ProblemTab)\w+Tab\.tsx$/,
    why: 'tab, loads when opened',
  },
  {
    source: /^src\/shared\/ErrorMessage\.tsx$/,
    why: 'error state: only after a failed call, its message shown as text meanwhile',
  },
  // setGlobalTheme's theme loaders: never called, shared/theme.ts applies the four themes it needs itself.
  {
    source: /node_modules\/@atlaskit\/tokens\/dist\/esm\/(artifacts\/themes\/|custom-theme)/,
    why: 'unused theme loader',
  },
  // @forge/bridge's ADF renderer: the screens never render ADF through the bridge.
  { source: /node_modules\/iframe-resizer\//, why: 'bridge ADF renderer, unused' },
];

/** Views of a route that are first renders of their own: the route's screen plus this deferred chunk. */
const ALTERNATE_VIEWS: ReadonlyArray<{ route: RegExp; adds: string; name: string }> = [
  { route: /^src\/modules\/gadgets\//, adds: 'src/modules/gadgets/GadgetEdit.tsx', name: 'edit view' },
];

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
const isDeferred = (id: string) => DEFERRED.some((d) => d.source.test(id));

/**
 * Every file a chunk needs before its first render: itself, its CSS, its static imports and, when
 * `withDynamic`, its dynamic imports not DEFERRED, transitively.
 */
function closure(id: string, into: Set<string>, withDynamic: boolean, seen = new Set<string>()): Set<string> {
  const chunk = manifest[id];
  if (!chunk || seen.has(id)) return into;
  seen.add(id);
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const imported of chunk.imports ?? []) closure(imported, into, withDynamic, seen);
  if (withDynamic)
    for (const lazy of chunk.dynamicImports ?? [])
      if (!isDeferred(lazy) && !isRoute(lazy)) closure(lazy, into, withDynamic, seen);
  return into;
}

const [entryId, entry] = Object.entries(manifest).find(([, c]) => c.isEntry) ?? [];
if (!entryId || !entry) throw new Error('no entry in the Vite manifest: run npm run build:ui');
const screens = (entry.dynamicImports ?? []).filter((id) => id.startsWith('src/modules/'));
function isRoute(id: string): boolean {
  return screens.includes(id);
}
const total = (files: Set<string>) => [...files].reduce((s, f) => s + sizeOf(f), 0);

// The entry's own dynamic imports are the screens: each route takes one of them, not all.
const base = closure(entryId, new Set(), false);
for (const lazy of entry.dynamicImports ?? [])
  if (!isRoute(lazy) && !isDeferred(lazy)) closure(lazy, base, true);
const rows: [string, number][] = [['(shared entry)', total(base)]];
for (const screen of screens) {
  const name = screen.replace(/^src\/modules\//, '');
  rows.push([name, total(closure(screen, new Set(base), true))]);
  for (const view of ALTERNATE_VIEWS.filter((v) => v.route.test(screen))) {
    const files = closure(screen, new Set(base), false);
    rows.push([`${name} (${view.name})`, total(closure(view.adds, files, true))]);
  }
}
let over = false;
console.log('module route (first render)                      gzip KB');
for (const [name, bytes] of rows) {
  const flag = bytes > BUDGET_BYTES ? '  over the 300 KB budget' : '';
  over ||= flag !== '';
  console.log(`${name.padEnd(48)} ${(bytes / 1024).toFixed(1).padStart(8)}${flag}`);
}
// What each deferred part adds when used, over the first render of the first route that reaches it.
function reaches(id: string, target: string, seen = new Set<string>()): boolean {
  if (id === target) return true;
  const chunk = manifest[id];
  // The entry's dynamic imports are every screen: a route reaches only through its own chunks.
  if (!chunk || seen.has(id) || id === entryId) return false;
  seen.add(id);
  return [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])].some((next) =>
    reaches(next, target, seen),
  );
}
console.log('\nloaded on use (over its route), not counted above gzip KB');
for (const id of Object.keys(manifest).filter((id) => id.startsWith('src/') && isDeferred(id))) {
  const route = screens.find((screen) => reaches(screen, id));
  const routeFiles = route ? closure(route, new Set(base), true) : base;
  const extra = total(new Set([...closure(id, new Set(), true)].filter((f) => !routeFiles.has(f))));
  const why = DEFERRED.find((d) => d.source.test(id))?.why ?? '';
  console.log(`${id.replace(/^src\//, '').padEnd(48)} ${(extra / 1024).toFixed(1).padStart(8)}  ${why}`);
}
process.exitCode = over ? 1 : 0;
