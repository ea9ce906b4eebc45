import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Alias } from 'vite';

const ATLASKIT = resolve(import.meta.dirname, '../../node_modules/@atlaskit');

/**
 * npm leaves some Atlaskit packages nested under each of their dependants (analytics-next sits under 14
 * of them), and a bundler keeps one copy of the code per folder. Where every copy of a package has the
 * same version, all imports of it are sent to one folder, so the copies become one shared module.
 */
function oneCopyOfEachAtlaskitPackage(): Alias[] {
  const copies = new Map<string, string[]>();
  const add = (name: string, dir: string) => copies.set(name, [...(copies.get(name) ?? []), dir]);
  for (const name of readdirSync(ATLASKIT)) add(name, join(ATLASKIT, name));
  for (const owner of readdirSync(ATLASKIT)) {
    const nested = join(ATLASKIT, owner, 'node_modules', '@atlaskit');
    if (existsSync(nested)) for (const name of readdirSync(nested)) add(name, join(nested, name));
  }
  const versionOf = (dir: string): string | null => {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) return null;
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null && 'version' in parsed
      ? String(parsed.version)
      : null;
  };
  return [...copies]
    .filter(
      ([, dirs]) =>
        dirs.length > 1 && new Set(dirs.map(versionOf)).size === 1 && versionOf(dirs[0] ?? '') !== null,
    )
    .map(([name, dirs]) => ({ find: new RegExp(`^@atlaskit/${name}(?=/|$)`), replacement: dirs[0] ?? '' }));
}

/** One Custom UI bundle for every module; each module's screen is its own lazily loaded chunk. */
export default defineConfig({
  root: import.meta.dirname,
  // Forge serves the resource from its own path: every asset URL must be relative.
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    alias: [
      { find: '@contract', replacement: resolve(import.meta.dirname, '../../src/contract') },
      // Uninitialised in a Forge iframe, the feature-gate client answers every gate `false`: keep the answer, not the client.
      {
        find: '@atlaskit/feature-gate-js-client/feature-gates',
        replacement: resolve(import.meta.dirname, 'src/shared/feature-gates-off.ts'),
      },
      ...oneCopyOfEachAtlaskitPackage(),
    ],
    // Some Atlaskit packages carry their own nested react-dom 18; one React 19 copy for the whole bundle.
    dedupe: ['react', 'react-dom'],
  },
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    // The manifest lets `npm run size:ui` add up what each module's first render downloads.
    manifest: true,
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: false,
  },
});
