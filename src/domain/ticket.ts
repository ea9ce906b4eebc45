/** One SLA of a ticket as JSM reports it: its finished cycles and the running one. */
export interface SlaRecord {
  readonly name: string;
  readonly completedCycles: readonly { readonly stopTime: number; readonly breached: boolean }[];
  readonly ongoingCycle: { readonly breached: boolean; readonly breachTime: number | null } | null;
}

/**
 * What the KPI definitions read from one ticket, with every instant in epoch milliseconds.
 * Built at the Jira boundary; the domain never sees Jira JSON.
 */
export interface TicketFacts {
  readonly key: string;
  readonly projectKey: string;
  readonly createdAt: number;
  /** The customer who raised it; null when Jira has no reporter. */
  readonly reporterId: string | null;
  readonly requestType: string | null;
  /** The first instant a resolution was set, or `resolutiondate` when the changelog has none. */
  readonly firstResolvedAt: number | null;
  /** Instants at which a previously set resolution was cleared, ascending. */
  readonly resolutionClearedAt: readonly number[];
  readonly firstAgentReplyAt: number | null;
  readonly agentPublicReplies: number;
  readonly sla: readonly SlaRecord[];
  /** CSAT rating 1..5, or null when the customer did not rate. */
  readonly csatRating: number | null;
  /** NPS answer 0..10, or null. */
  readonly npsScore: number | null;
  /** Values of the configured field dimensions (a ticket may carry several, e.g. labels). */
  readonly dimensions: Readonly<Record<string, readonly string[]>>;
}
