import { existsSync } from 'node:fs';
import path from 'node:path';

/** The variables @forge/lint's PermissionLinter reads; without all of them it downloads the specs. */
export const SWAGGER_ENV_VARS = [
  'USE_LOCAL_SWAGGER',
  'LOCAL_JIRA_SWAGGER',
  'LOCAL_JSM_SWAGGER',
  'LOCAL_JSW_SWAGGER',
  'LOCAL_CONF_SWAGGER',
  'LOCAL_CONF_V2_SWAGGER',
  'LOCAL_BB_SWAGGER',
] as const;

const FILE_FOR: Record<Exclude<(typeof SWAGGER_ENV_VARS)[number], 'USE_LOCAL_SWAGGER'>, string> = {
  LOCAL_JIRA_SWAGGER: 'jira-platform.v3.json',
  LOCAL_JSM_SWAGGER: 'jsm.v3.json',
  LOCAL_JSW_SWAGGER: 'empty.v3.json',
  LOCAL_CONF_SWAGGER: 'empty.v3.json',
  LOCAL_CONF_V2_SWAGGER: 'empty.v3.json',
  LOCAL_BB_SWAGGER: 'empty.v3.json',
};

/** Local specs found, specs folder absent (linter skipped), or present but incomplete (an error). */
export type SwaggerSetup =
  | { kind: 'local'; env: Record<string, string> }
  | { kind: 'absent' }
  | { kind: 'incomplete'; missing: string[] };

/** Maps the shared OpenAPI documents in `specsDir` to the permission linter's environment variables. */
export const swaggerSetup = (specsDir: string): SwaggerSetup => {
  if (!existsSync(specsDir)) return { kind: 'absent' };
  const env: Record<string, string> = { USE_LOCAL_SWAGGER: 'true' };
  const missing = new Set<string>();
  for (const [name, file] of Object.entries(FILE_FOR)) {
    const full = path.join(specsDir, file);
    if (!existsSync(full)) missing.add(file);
    env[name] = full;
  }
  return missing.size > 0 ? { kind: 'incomplete', missing: [...missing] } : { kind: 'local', env };
};
