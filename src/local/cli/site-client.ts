import { err, ok, type Result } from '../../domain/result';
import { httpTransport } from '../../jira/adapters/http-transport';
import { makeJiraClient, type JiraClient } from '../../jira/client';

/** A client for a Jira Cloud site (or the local one) from `--site` and JIRA_EMAIL / JIRA_API_TOKEN. */
export function siteClient(site: string, env: NodeJS.ProcessEnv): Result<JiraClient> {
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    return err({
      code: 'CLI.USAGE',
      message: `--site must be a URL such as https://your-site.atlassian.net, not "${site}"`,
    });
  }
  const email = env.JIRA_EMAIL;
  const apiToken = env.JIRA_API_TOKEN;
  if (!email || !apiToken) {
    return err({
      code: 'CLI.USAGE',
      message:
        'set JIRA_EMAIL and JIRA_API_TOKEN to the account that reads the site (an Atlassian API token, or one `ql serve` printed)',
    });
  }
  return ok(
    makeJiraClient(httpTransport({ baseUrl: url.toString().replace(/\/$/, ''), email, apiToken }), {
      timeoutMs: 60_000,
    }),
  );
}
