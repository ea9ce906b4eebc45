import type { z } from 'zod';
import { err, ok } from '../../domain/result';
import type { JiraTransport } from '../port';
import type { JiraClientOptions } from './client-options';
import { clientSettings } from './client-options';
import type { JiraCall, JiraClient } from './jira-call';
import type { JiraResult } from './jira-error';
import { JiraError } from './jira-error';
import { buildPath, withoutQuery } from './jira-path';
import { errorFromOutcome, unexpectedBodyError } from './outcome-error';
import { makeRequestStats } from './request-stats';
import { decideRetry } from './retry-decision';
import { isIdempotent } from './retry-policy';
import { sendAttempt } from './send-attempt';

/**
 * Wraps the port: builds and encodes the path, bounds each call by a time budget, retries 429, 5xx,
 * transport failures and timeouts on idempotent calls (see decideRetry), counts requests per
 * endpoint, and validates 2xx bodies with the call's schema.
 */
export const makeJiraClient = (transport: JiraTransport, options: JiraClientOptions = {}): JiraClient => {
  const settings = clientSettings(options);
  const stats = makeRequestStats();

  const call = async <S extends z.ZodType, R extends string>(
    spec: JiraCall<S, R>,
  ): Promise<JiraResult<z.output<S>>> => {
    const endpoint = `${spec.method} ${spec.route}`;
    const path = buildPath(spec.route, spec.params ?? {}, spec.query);
    if (!path.ok) {
      const message = `${endpoint} was not sent: ${path.error.message}`;
      return err(new JiraError({ ...path.error, message, status: null, call: endpoint, endpoint }));
    }
    const request = { method: spec.method, path: path.value, body: spec.body };
    const callName = `${spec.method} ${withoutQuery(path.value)}`;
    const idempotent = isIdempotent(spec.method, spec.idempotent === true);
    const budgetMs = spec.timeoutMs ?? settings.timeoutMs;
    const deadline = settings.now() + budgetMs;

    for (let attempt = 1; ; attempt += 1) {
      stats.count(endpoint, attempt > 1);
      const timeout = Math.min(Math.max(0, deadline - settings.now()), settings.attemptTimeoutMs ?? budgetMs);
      const outcome = await sendAttempt(transport, request, timeout, settings.setTimer);
      const label = { call: callName, endpoint, attempts: attempt };

      if (outcome.kind === 'answered' && outcome.response.status >= 200 && outcome.response.status < 300) {
        const parsed = spec.schema.safeParse(outcome.response.json);
        if (parsed.success) return ok(parsed.data);
        return err(unexpectedBodyError(outcome.response, parsed.error, label));
      }
      if (outcome.kind === 'transport-failed' && settings.rethrow(outcome.error)) throw outcome.error;
      const decision = decideRetry(outcome, { endpoint, attempt, idempotent, deadline, budgetMs }, settings);
      if (decision.retryInMs === null) {
        return err(errorFromOutcome(outcome, { ...label, stopReason: decision.reason }));
      }
      await settings.sleep(decision.retryInMs);
    }
  };

  return { call, stats: () => stats.snapshot(), resetStats: () => stats.reset() };
};
