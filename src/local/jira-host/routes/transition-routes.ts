import { z } from 'zod';
import { jiraError, noContent, okJson } from '../http/answer';
import type { Route } from '../http/route';
import { IssueWriter } from '../site/issue-writer';
import { availableTransitions, statusJson, workflowFor } from '../site/workflows';
import { issueFor } from './issue-access';

const transitionBody = z.object({
  transition: z.object({ id: z.string() }),
  fields: z
    .object({ resolution: z.object({ name: z.string() }).optional() })
    .loose()
    .optional(),
});

/** `GET/POST /rest/api/3/issue/{issueIdOrKey}/transitions`. */
export const transitionRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/rest/api/3/issue/{issueIdOrKey}/transitions',
    handle: (request) => {
      const found = issueFor(request);
      if ('answer' in found) return found.answer;
      const workflow = workflowFor(found.row.issue_type);
      const transitions = request.site.can(request.caller, 'TRANSITION_ISSUES')
        ? availableTransitions(workflow, found.row.status)
        : [];
      return okJson({
        expand: 'transitions',
        transitions: transitions.map((t) => {
          const to = workflow.statuses.find((s) => s.name === t.to);
          return {
            id: t.id,
            name: t.name,
            to: to ? statusJson(request.site.settings.baseUrl, to) : undefined,
            hasScreen: false,
            isGlobal: t.from.length === 0,
            isInitial: false,
            isAvailable: true,
            isConditional: false,
            isLooped: false,
          };
        }),
      });
    },
  },
  {
    method: 'POST',
    path: '/rest/api/3/issue/{issueIdOrKey}/transitions',
    handle: async (request) => {
      // Jira documents 400, not 403, for a caller without the Transition issues permission.
      const found = issueFor(request, 'TRANSITION_ISSUES', 'transition this issue', 400);
      if ('answer' in found) return found.answer;
      const body = transitionBody.safeParse(request.body);
      if (!body.success)
        return jiraError(400, ['The request body must name a transition: {"transition": {"id": "..."}}.']);
      const workflow = workflowFor(found.row.issue_type);
      const transition = availableTransitions(workflow, found.row.status).find(
        (t) => t.id === body.data.transition.id,
      );
      if (!transition) {
        return jiraError(400, [`Transition id '${body.data.transition.id}' is not valid for this issue.`]);
      }
      for (const key of transition.validators ?? []) {
        const validator = request.site.validators.get(key);
        if (!validator) continue;
        const verdict = await validator({
          issue: { id: String(found.row.id), key: found.row.key },
          transition: { id: transition.id, name: transition.name, from: found.row.status, to: transition.to },
          accountId: request.caller.accountId,
        });
        if (!verdict.result) {
          return jiraError(400, [
            verdict.errorMessage ??
              `The transition '${transition.name}' was refused by a workflow validator.`,
          ]);
        }
      }
      new IssueWriter(request.site).transition(
        found.row,
        request.caller,
        transition,
        body.data.fields?.resolution?.name ?? null,
      );
      return noContent();
    },
  },
];
