import { CachedConf } from '@forge/cli-shared';
import { SWAGGER_ENV_VARS } from './swagger-env';

/** Thrown by the fetch stub: any attempt to reach the network during the run fails loudly. */
export const NETWORK_BLOCKED = 'network access is blocked by lint:forge (offline run)';

const blockedFetch: typeof fetch = () => Promise.reject(new Error(NETWORK_BLOCKED));

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` the way the Forge CLI runs its linters: with `projectDir` as working directory
 * (@forge/lint resolves manifest.yml, src/ and tsconfig.json against it) and the given swagger
 * variables. Meanwhile `fetch` is blocked and the linter cache stays in memory instead of
 * ~/.config. Runs are serialised because all of this is process-wide; everything is restored.
 */
export const inOfflineSandbox = <T>(
  projectDir: string,
  env: Record<string, string>,
  task: () => Promise<T>,
) => {
  const run = queue.then(() => sandboxed(projectDir, env, task));
  queue = run.catch(() => undefined);
  return run;
};

const sandboxed = async <T>(projectDir: string, env: Record<string, string>, task: () => Promise<T>) => {
  const cwd = process.cwd();
  const savedFetch = globalThis.fetch;
  const savedGetCache = CachedConf.getCache;
  const savedEnv = SWAGGER_ENV_VARS.map((name) => [name, process.env[name]] as const);
  try {
    process.chdir(projectDir);
    for (const name of SWAGGER_ENV_VARS) delete process.env[name];
    Object.assign(process.env, env);
    globalThis.fetch = blockedFetch;
    CachedConf.getCache = () => CachedConf.memoryCache();
    return await task();
  } finally {
    process.chdir(cwd);
    globalThis.fetch = savedFetch;
    CachedConf.getCache = savedGetCache;
    for (const [name, value] of savedEnv) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
};
