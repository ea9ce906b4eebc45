/** The Jira client: one port wrapped with timeouts, retries, request counting and response validation. */
export type { JiraClientOptions } from './client-options';
export type { JiraCall, JiraClient } from './jira-call';
export type { JiraErrorCode, JiraErrorDetails, JiraResult } from './jira-error';
export { JiraError, orThrow } from './jira-error';
export type { QueryParams, RouteParamNames, RouteParams } from './jira-path';
export { makeJiraClient } from './make-jira-client';
export type { JiraStats } from './request-stats';
export type { SetTimer } from './send-attempt';
