import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every import specifier of every TypeScript file under a folder, with the layer it resolves to. */
function importsUnder(folder: string): { file: string; spec: string; target: string | null }[] {
  const found: { file: string; spec: string; target: string | null }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === 'node_modules' || name === 'dist') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(name)) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(IMPORT)) {
          const spec = (m[1] ?? m[2] ?? m[3]) as string;
          const target = spec.startsWith('.') ? relative(ROOT, resolve(dirname(path), spec)) : null;
          found.push({ file: relative(ROOT, path), spec, target });
        }
      }
    }
  };
  try {
    walk(join(ROOT, folder));
  } catch {
    // a layer that does not exist yet has no imports to check
  }
  return found;
}

const layerOf = (target: string | null) => (target?.startsWith('src/') ? target.split('/')[1] : null);
const violations = (folder: string, allowedLayers: string[], allowedPackages: RegExp) =>
  importsUnder(folder)
    .filter(({ spec, target }) => {
      if (target !== null) return target.startsWith('src/') && !allowedLayers.includes(layerOf(target) ?? '');
      return !allowedPackages.test(spec);
    })
    .map(({ file, spec }) => `${file} imports ${spec}`);

describe('layers: dependencies point inwards', () => {
  it('domain imports nothing but itself: no packages, no I/O', () => {
    expect(violations('src/domain', ['domain'], /^$/)).toEqual([]);
  });

  it('contract imports only itself and zod', () => {
    expect(violations('src/contract', ['contract'], /^zod$/)).toEqual([]);
  });

  it('jira imports only domain, contract and itself', () => {
    expect(violations('src/jira', ['domain', 'contract', 'jira'], /^(zod|node:.*)$/)).toEqual([]);
  });

  it('app never reaches a composition root or a Forge package', () => {
    expect(violations('src/app', ['domain', 'contract', 'jira', 'store', 'app'], /^(zod)$/)).toEqual([]);
  });

  it('only src/forge imports @forge packages (the UI its bridge, the local host the resolver library it runs)', () => {
    const offenders = [
      'src/domain',
      'src/contract',
      'src/jira',
      'src/store',
      'src/app',
      'src/local',
      'static',
    ]
      .flatMap((f) => importsUnder(f))
      .filter(({ spec }) => spec.startsWith('@forge/'))
      .filter(({ file, spec }) => !(spec === '@forge/bridge' && file.startsWith('static/')))
      .filter(
        ({ file, spec }) => !(spec === '@forge/resolver' && file.startsWith('src/local/forge-runtime/')),
      )
      .map(({ file, spec }) => `${file} imports ${spec}`);
    expect(offenders).toEqual([]);
  });

  it('the two composition roots do not import each other', () => {
    expect(importsUnder('src/forge').filter((i) => layerOf(i.target) === 'local')).toEqual([]);
    expect(importsUnder('src/local').filter((i) => layerOf(i.target) === 'forge')).toEqual([]);
  });

  it('the UI imports only the contract from src', () => {
    const offenders = importsUnder('static')
      .filter((i) => i.target?.startsWith('src/') && layerOf(i.target) !== 'contract')
      .map(({ file, spec }) => `${file} imports ${spec}`);
    expect(offenders).toEqual([]);
  });

  it('finds imports at all (the scanner is not blind)', () => {
    expect(importsUnder('src/app').some((i) => layerOf(i.target) === 'domain')).toBe(true);
  });
});
