import { formatJiraTimestamp } from '../../seed/jira-time';
import { inTransaction } from '../db/open-database';
import type { IssuePatch } from '../db/issue-store';
import type { IssueRow } from '../db/rows';
import type { Account } from './accounts';
import type { JiraSite } from './jira-site';
import { applySlaEvent, slaFieldIds, type SlaEvent } from './sla-events';
import { userDetailsJson } from './user-json';
import { statusJson, workflowFor, type WorkflowTransition } from './workflows';

/** One changed field, as a changelog item records it. */
export interface ChangeItem {
  readonly field: string;
  readonly fieldtype: 'jira' | 'custom';
  readonly fieldId?: string;
  readonly from: string | null;
  readonly fromString: string | null;
  readonly to: string | null;
  readonly toString: string | null;
}

const RESOLUTION_DONE = { id: '10000', name: 'Done', description: 'Work has been completed on this issue.' };

/** Writes to issues the way Jira does: every change timestamped, recorded in the changelog, SLAs updated. */
export class IssueWriter {
  constructor(private readonly site: JiraSite) {}

  private stamp(at: number): string {
    return formatJiraTimestamp(at, this.site.settings.utcOffsetMinutes);
  }

  /** Applies new field values and columns with their changelog items, all in one transaction. */
  write(
    row: IssueRow,
    caller: Account,
    change: { patch: IssuePatch; items: readonly ChangeItem[]; slaEvent?: SlaEvent },
  ): void {
    const at = this.site.settings.now();
    inTransaction(this.site.db, () => {
      let fields: Record<string, unknown> = { ...change.patch.fields, updated: this.stamp(at) };
      if (change.slaEvent) {
        fields = applySlaEvent(
          fields,
          slaFieldIds(this.site.fields()),
          change.slaEvent,
          at,
          this.site.settings.utcOffsetMinutes,
        );
      }
      this.site.issues.update(row.id, { columns: { ...change.patch.columns, updated: at }, fields });
      if (change.items.length > 0) {
        const id = this.site.nextId('histories');
        this.site.issues.addHistory(row.id, id, at, {
          id: String(id),
          author: userDetailsJson(this.site.settings.baseUrl, caller),
          created: this.stamp(at),
          items: change.items,
        });
      }
    });
    if (change.items.length > 0) this.site.issueUpdated(row.key, caller.accountId);
  }

  /** Moves the issue along a transition, setting or clearing the resolution as the transition says. */
  transition(
    row: IssueRow,
    caller: Account,
    transition: WorkflowTransition,
    resolutionName: string | null,
  ): void {
    const workflow = workflowFor(row.issue_type);
    const target = workflow.statuses.find((s) => s.name === transition.to);
    if (!target) throw new Error(`workflow ${workflow.name} has no status ${transition.to}`);
    const at = this.site.settings.now();
    const fields: Record<string, unknown> = {
      ...row.fields,
      status: statusJson(this.site.settings.baseUrl, target),
    };
    const items: ChangeItem[] = [
      {
        field: 'status',
        fieldtype: 'jira',
        fieldId: 'status',
        from: null,
        fromString: row.status,
        to: target.id,
        toString: target.name,
      },
    ];
    const columns: IssuePatch['columns'] = { status: target.name, status_category: target.category };
    let slaEvent: SlaEvent | undefined;
    if (transition.resolution === 'set' && row.resolution === null) {
      const resolution = {
        ...RESOLUTION_DONE,
        name: resolutionName ?? RESOLUTION_DONE.name,
        self: this.site.url('/rest/api/3/resolution/10000'),
      };
      fields.resolution = resolution;
      fields.resolutiondate = this.stamp(at);
      items.push({
        field: 'resolution',
        fieldtype: 'jira',
        fieldId: 'resolution',
        from: null,
        fromString: null,
        to: resolution.id,
        toString: resolution.name,
      });
      Object.assign(columns, { resolution: resolution.name, resolved: at });
      slaEvent = 'resolved';
    } else if (transition.resolution === 'clear' && row.resolution !== null) {
      fields.resolution = null;
      fields.resolutiondate = null;
      items.push({
        field: 'resolution',
        fieldtype: 'jira',
        fieldId: 'resolution',
        from: '10000',
        fromString: row.resolution,
        to: null,
        toString: null,
      });
      Object.assign(columns, { resolution: null, resolved: null });
      slaEvent = 'reopened';
    }
    this.write(row, caller, { patch: { columns, fields }, items, ...(slaEvent && { slaEvent }) });
  }

  /** Adds a comment; a public comment by an agent stops the first-response SLA. */
  comment(row: IssueRow, caller: Account, body: unknown, internal: boolean): Record<string, unknown> {
    const at = this.site.settings.now();
    const id = this.site.nextId('comments');
    const author = userDetailsJson(this.site.settings.baseUrl, caller);
    const doc = {
      self: this.site.url(`/rest/api/3/issue/${row.id}/comment/${id}`),
      id: String(id),
      author,
      body,
      updateAuthor: author,
      created: this.stamp(at),
      updated: this.stamp(at),
      jsdPublic: !internal,
    };
    inTransaction(this.site.db, () => {
      this.site.issues.addComment(row.id, id, at, doc);
      const agentReply = !internal && caller.accountType !== 'customer' && caller.accountId !== row.reporter;
      this.write(row, caller, {
        patch: { columns: {}, fields: row.fields },
        items: [],
        ...(agentReply && { slaEvent: 'publicAgentReply' as const }),
      });
    });
    this.site.issueEvent({
      eventType: 'avi:jira:commented:issue',
      issueKey: row.key,
      actorAccountId: caller.accountId,
    });
    return doc;
  }
}
