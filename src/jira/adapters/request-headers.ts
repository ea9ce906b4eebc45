/** Headers every Jira request carries: JSON in and out, and JSM's opt-in to experimental methods. */
export const jiraRequestHeaders = (path: string, hasBody: boolean): Record<string, string> => ({
  Accept: 'application/json',
  ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
  // JSM serves some methods the app reads (request feedback) only with this header; JSM ignores
  // it on stable methods, so it is sent on every servicedeskapi call.
  ...(path.startsWith('/rest/servicedeskapi/') ? { 'X-ExperimentalApi': 'opt-in' } : {}),
});
