import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatProblem, isFailure } from '../../scripts/forge-lint/report';
import type { ForgeLintReport } from '../../scripts/forge-lint/report';
import { runForgeLint } from '../../scripts/forge-lint/run-forge-lint';

const PROJECT = path.resolve(__dirname, '../..');
const SPECS = path.resolve(PROJECT, '../shared/specs');
const NO_SPECS = path.join(os.tmpdir(), 'quality-loop-no-such-specs');
const specsPresent = existsSync(SPECS);

// The first run compiles the Forge manifest schema several times (about 10 s); later runs reuse it.
jest.setTimeout(120_000);

const MANIFEST = `app:
  id: ari:cloud:ecosystem::app/00000000-0000-0000-0000-000000000000
  runtime:
    name: nodejs22.x
modules:
  trigger:
    - key: app-lifecycle
      function: lifecycle
      events:
        - avi:forge:installed:app
  function:
    - key: lifecycle
      handler: forge/index.handleLifecycle
permissions:
  scopes:
    - read:jira-work
`;
const HANDLER = 'export const handleLifecycle = async (event: unknown) => console.info(event);\n';
const USER_LOOKUP = `import api, { route } from '@forge/api';

export const getUser = (accountId: string) =>
  api.asApp().requestJira(route\`/rest/api/3/user?accountId=\${accountId}\`);
`;

const fixtures: string[] = [];
afterAll(() => fixtures.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface ProjectFixture {
  manifest?: string;
  files?: Record<string, string>;
}

/** A throw-away Forge project: manifest.yml plus files relative to its root. */
const aProject = ({
  manifest = MANIFEST,
  files = { 'src/forge/index.ts': HANDLER },
}: ProjectFixture = {}) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lint-forge-'));
  fixtures.push(dir);
  writeFileSync(path.join(dir, 'manifest.yml'), manifest);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
};

const failures = (report: ForgeLintReport) => report.problems.filter(isFailure).map(formatProblem);

describe('runForgeLint (offline forge lint)', () => {
  it("passes the project's own manifest.yml and src/", async () => {
    const report = await runForgeLint({ projectDir: PROJECT, specsDir: SPECS });

    expect(failures(report)).toEqual([]);
    expect(report.linters).toEqual(expect.arrayContaining(['FullManifestLinter', 'HandlerLinter']));
  });

  it('fails on an unknown property of a module, naming the property and its line', async () => {
    const manifest = MANIFEST.replace(
      '      function: lifecycle\n',
      '      function: lifecycle\n      colour: red\n',
    );

    const report = await runForgeLint({ projectDir: aProject({ manifest }), specsDir: SPECS });

    expect(failures(report)).toContainEqual(
      expect.stringMatching(/^manifest\.yml:\d+:\d+ {2}error {2}.*'colour'/),
    );
  });

  it('fails when the file of a function handler does not exist, naming the handler', async () => {
    const report = await runForgeLint({ projectDir: aProject({ files: {} }), specsDir: SPECS });

    expect(failures(report)).toContainEqual(
      expect.stringMatching(
        /^manifest\.yml:\d+:\d+ {2}error {2}.*'forge\/index\.handleLifecycle'.*cannot find/,
      ),
    );
  });

  it('fails on a syntax error in src/, naming file and line', async () => {
    const files = { 'src/forge/index.ts': `${HANDLER}const = ;\n` };

    const report = await runForgeLint({ projectDir: aProject({ files }), specsDir: SPECS });

    expect(failures(report)).toContainEqual(
      expect.stringMatching(/^src\/forge\/index\.ts:2:\d+ {2}error {2}cannot parse/),
    );
  });

  (specsPresent ? it : it.skip)(
    specsPresent
      ? 'fails when src/ calls a Jira endpoint whose scope the manifest lacks, naming endpoint and scope'
      : 'permission linter case SKIPPED: ../shared/specs is absent',
    async () => {
      const files = { 'src/forge/index.ts': HANDLER, 'src/jira/get-user.ts': USER_LOOKUP };

      const report = await runForgeLint({ projectDir: aProject({ files }), specsDir: SPECS });

      expect(report.permissionLinter).toMatch(/^on local specs/);
      expect(failures(report)).toEqual([
        'src/jira/get-user.ts:4:26  error  Jira endpoint: GET /rest/api/3/user requires "read:jira-user" scope  [permission-scope-required]',
      ]);
    },
  );

  it('without the specs folder skips the permission linter but still validates the manifest', async () => {
    const manifest = MANIFEST.replace('forge/index.handleLifecycle', 'forge/missing.run');
    const files = { 'src/forge/index.ts': HANDLER, 'src/jira/get-user.ts': USER_LOOKUP };

    const report = await runForgeLint({ projectDir: aProject({ manifest, files }), specsDir: NO_SPECS });

    expect(report.permissionLinter).toMatch(/^SKIPPED .*not found/);
    expect(report.linters).not.toContain('PermissionLinter');
    expect(failures(report)).toEqual([
      expect.stringContaining("'forge/missing.run' cannot find associated file"),
    ]);
  });

  it('leaves the working directory, swagger variables and fetch as it found them', async () => {
    const cwd = process.cwd();
    const fetchBefore = globalThis.fetch;
    const useLocalSwagger = process.env.USE_LOCAL_SWAGGER;

    await runForgeLint({ projectDir: aProject(), specsDir: SPECS });

    expect([process.cwd(), globalThis.fetch, process.env.USE_LOCAL_SWAGGER]).toEqual([
      cwd,
      fetchBefore,
      useLocalSwagger,
    ]);
  });
});
