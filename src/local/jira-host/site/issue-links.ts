import { z } from 'zod';
import type { JiraSite } from './jira-site';

/** The `issuelinks` field of an issue, computed from the stored links. */
export function issueLinksField(site: JiraSite, issueId: number): Record<string, unknown>[] {
  const rows = site.db.all(
    'SELECT * FROM issue_links WHERE inward_issue_id = ? OR outward_issue_id = ? ORDER BY id',
    [issueId, issueId],
  );
  return rows.flatMap((row) => {
    const link = z
      .object({
        id: z.number(),
        type_id: z.string(),
        inward_issue_id: z.number(),
        outward_issue_id: z.number(),
      })
      .parse(row);
    const [type] = site.documents('SELECT doc FROM link_types WHERE id = ?', [link.type_id]);
    const otherId = link.inward_issue_id === issueId ? link.outward_issue_id : link.inward_issue_id;
    const other = site.issues.find(String(otherId));
    if (!type || !other) return [];
    const brief = {
      id: String(other.id),
      key: other.key,
      self: site.url(`/rest/api/3/issue/${other.id}`),
      fields: { summary: other.fields.summary, status: other.fields.status },
    };
    return [
      {
        id: String(link.id),
        self: site.url(`/rest/api/3/issueLink/${link.id}`),
        type,
        ...(link.inward_issue_id === issueId ? { outwardIssue: brief } : { inwardIssue: brief }),
      },
    ];
  });
}
