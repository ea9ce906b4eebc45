import type { ProblemReason } from '../kpi/problems';
import { paretoRank } from '../pareto';

/** One problem ticket: where it is grouped, why it is a problem, and whether an agent flagged it. */
export interface ProblemTicket {
  readonly key: string;
  readonly reporterId: string | null;
  readonly groups: readonly string[];
  readonly reasons: readonly ProblemReason[];
  readonly flagged: boolean;
  /** Failed its QA review (质检不合格): grouped under the failed criteria as `qa:<criterionId>`. */
  readonly qaFailed?: boolean;
}

/** How much one problem ticket hurts: a low rating most, then a broken SLA, then a second contact. */
export const IMPACT: Readonly<Record<ProblemReason | 'flagged' | 'qaFailed', number>> = {
  lowCsat: 3,
  slaBreached: 2,
  notFcr: 1,
  flagged: 1,
  // A reviewer judged the handling below standard, as an agent's flag judges a ticket a problem.
  qaFailed: 1,
};

export interface ProblemRow {
  readonly name: string;
  readonly count: number;
  readonly share: number;
  readonly cumulativeShare: number;
  readonly vitalFew: boolean;
  readonly affectedCustomers: number;
  /** Mean impact of its tickets (each ticket counts its worst reason). */
  readonly impact: number;
  /** count × impact: what to tackle first. */
  readonly priority: number;
  readonly sources: {
    readonly flags: number;
    readonly slaBreached: number;
    readonly notFcr: number;
    readonly lowCsat: number;
    /** Present only when some of its tickets failed QA review. */
    readonly qaFailed?: number;
  };
  /** Keys of its tickets, at most `evidenceLimit`, in key order. */
  readonly evidence: readonly string[];
}

/** Ranks the problem groups by Pareto (frequency), with share, cumulative share, vital few, customers and priority. */
export function problemList(
  tickets: readonly ProblemTicket[],
  evidenceLimit = 50,
): { total: number; problems: ProblemRow[] } {
  const groups = new Map<string, ProblemTicket[]>();
  for (const t of tickets) for (const g of t.groups) groups.set(g, [...(groups.get(g) ?? []), t]);
  const ranking = paretoRank(new Map([...groups].map(([name, members]) => [name, members.length])));
  const problems = ranking.categories.map((c) => {
    const members = groups.get(c.name) ?? [];
    const impacts = members.map((t) =>
      Math.max(
        t.flagged ? IMPACT.flagged : 0,
        t.qaFailed ? IMPACT.qaFailed : 0,
        ...t.reasons.map((r) => IMPACT[r]),
      ),
    );
    const impact = impacts.reduce((a, b) => a + b, 0) / members.length;
    const count = (reason: ProblemReason) => members.filter((t) => t.reasons.includes(reason)).length;
    const qaFailed = members.filter((t) => t.qaFailed).length;
    return {
      ...c,
      affectedCustomers: new Set(members.flatMap((t) => (t.reporterId ? [t.reporterId] : []))).size,
      impact,
      priority: c.count * impact,
      sources: {
        flags: members.filter((t) => t.flagged).length,
        slaBreached: count('slaBreached'),
        notFcr: count('notFcr'),
        lowCsat: count('lowCsat'),
        ...(qaFailed > 0 && { qaFailed }),
      },
      evidence: members
        .map((t) => t.key)
        .sort(byKey)
        .slice(0, evidenceLimit),
    };
  });
  return { total: ranking.total, problems };
}

/** Issue keys in project then number order (SUP-9 before SUP-10). */
function byKey(a: string, b: string): number {
  const [pa = '', na = '0'] = a.split('-');
  const [pb = '', nb = '0'] = b.split('-');
  return pa < pb ? -1 : pa > pb ? 1 : Number(na) - Number(nb);
}
