import { err, ok, type Result } from '../../domain/result';
import type { ResolverOutput } from '../../contract/resolvers';
import type { ScorecardVersion } from '../../contract/qa-schema';
import { commentPages } from '../../jira/endpoints';
import { fromJira, type AppError } from '../app-error';
import type { AppPorts, Caller } from '../ports';
import { adfText } from './adf-text';
import { readQaConfig } from './qa-config-store';
import { readSampledItem } from './qa-aggregates';
import { displayNames } from './people';
import { isReviewer } from './reviewers';
import { activeScorecardVersion, readScorecardVersion } from './scorecard-store';
import { readTicketReviews } from './ticket-reviews';
import { ticketAgent } from './ticket-summary';

/**
 * What the review panel on a ticket shows: the conversation, the scorecard version to score on, the
 * ticket's reviews with the versions they were scored on, and what the caller may do. Everything is
 * read as the caller, so a person who cannot browse the ticket sees nothing of it.
 */
export async function reviewPanel(
  ports: AppPorts,
  caller: Caller,
  issueKey: string,
): Promise<Result<ResolverOutput<'qa/review/get'>, AppError>> {
  const config = await readQaConfig(ports.store);
  if (!config.ok) return config;
  const ticket = await ticketAgent(ports, issueKey);
  if (!ticket.ok) return ticket;
  // The customer's request opens the conversation; the comments follow in order.
  const conversation: ResolverOutput<'qa/review/get'>['conversation'] = ticket.value.opening
    ? [{ id: 'description', public: true, ...ticket.value.opening }]
    : [];
  for await (const page of commentPages(ports.jira, issueKey, { orderBy: 'created' })) {
    if (!page.ok) return err(fromJira(page.error, `Reading the conversation of ${issueKey}`));
    for (const c of page.value.comments)
      conversation.push({
        id: c.id,
        author: c.author?.accountId ?? null,
        authorName: c.author?.displayName ?? c.author?.accountId ?? '',
        created: c.created,
        public: c.jsdPublic ?? true,
        text: adfText(c.body),
      });
  }
  const reviews = await readTicketReviews(ports.jira, issueKey);
  if (!reviews.ok) return reviews;
  const scorecard = await activeScorecardVersion(ports.store, config.value.activeScorecardId);
  if (!scorecard.ok) return scorecard;
  const versions: ScorecardVersion[] = [];
  for (const r of reviews.value) {
    if (versions.some((v) => v.scorecardId === r.scorecardId && v.version === r.scorecardVersion)) continue;
    const version = await readScorecardVersion(ports.store, r.scorecardId, r.scorecardVersion);
    if (!version.ok) return version;
    versions.push(version.value);
  }
  const reviewer = await isReviewer(ports, caller, ticket.value.projectKey, config.value);
  if (!reviewer.ok) return reviewer;
  const isAgent = ticket.value.agent?.accountId === caller.accountId;
  // An agent sees only the reviews of their own work; reviewers see every review of the ticket.
  const visible = reviewer.value ? reviews.value : reviews.value.filter((r) => r.agent === caller.accountId);
  // Names already read (the assignee, the comments' authors) are not looked up again.
  const known = Object.fromEntries(conversation.flatMap((c) => (c.author ? [[c.author, c.authorName]] : [])));
  if (ticket.value.agent) known[ticket.value.agent.accountId] = ticket.value.agent.displayName;
  const people = await displayNames(
    ports.jira,
    visible.flatMap((r) => [r.reviewer, r.agent]),
    known,
  );
  return ok({
    issueKey,
    summary: ticket.value.summary,
    agent: ticket.value.agent,
    conversation,
    scorecard: scorecard.value,
    reviewVersions: versions,
    reviews: visible,
    sample: await readSampledItem(ports.store, ticket.value.projectKey, issueKey),
    canReview:
      reviewer.value &&
      !isAgent &&
      scorecard.value !== null &&
      !reviews.value.some((r) => r.reviewer === caller.accountId),
    isAgent,
    people,
  });
}
