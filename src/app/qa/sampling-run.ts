import { z } from 'zod';
import { err, ok, type Result } from '../../domain/result';
import { drawSample, type SamplingTicket } from '../../domain/qa/sampling';
import { lastCompletePeriod, seedFromText } from '../../domain/qa/sampling-period';
import type { Period } from '../../domain/kpi/period';
import { parsePeriod } from '../../domain/time/period-text';
import { timeZone, type TimeZone } from '../../domain/time/zone';
import { sampleRunSchema, type QaConfig, type SampleRun } from '../../contract/qa-schema';
import type { Settings } from '../../contract/settings-schema';
import type { AppError } from '../app-error';
import { scopeTickets } from '../measure/scope-tickets';
import type { AppPorts } from '../ports';
import { readSampled, type SampledEntry } from './qa-aggregates';
import { QA_KEYS } from './qa-keys';

const iso = (instant: number) => new Date(instant).toISOString();

/** What sampling reads of a raw issue beyond its facts: the agent (assignee) and what the queue shows. */
const samplingFields = z.looseObject({
  assignee: z.looseObject({ accountId: z.string() }).nullish(),
  summary: z.string().nullish(),
  resolutiondate: z.string().nullish(),
});

/**
 * Draws the QA sample of a project's period: reads the tickets resolved in it, draws the random and
 * targeted samples (never a ticket sampled before), and stores the run with its seed and every
 * sampled ticket. Drawing the same period again answers the run already stored, so a retried
 * schedule never samples twice. Without a seed, the seed is derived from the project and period.
 */
export async function runSampling(
  ports: AppPorts,
  settings: Settings,
  config: QaConfig,
  request: { projectKey: string; period: Period; zone: TimeZone; seed?: number | undefined; by: string },
): Promise<Result<SampleRun, AppError>> {
  const { projectKey, period, zone } = request;
  const runId = `${iso(period.from)}_${iso(period.to)}`;
  const previous = sampleRunSchema.safeParse(await ports.store.get(QA_KEYS.sampleRun(projectKey, runId)));
  if (previous.success) return ok(previous.data);

  const scope = { projectKey, jql: null, dimensions: {} };
  const read = await scopeTickets(ports.jira, scope, period, settings.kpi);
  if (!read.ok) return read;
  const resolved = read.value.judged.filter(
    (j) =>
      j.facts.firstResolvedAt !== null &&
      j.facts.firstResolvedAt >= period.from &&
      j.facts.firstResolvedAt < period.to,
  );
  const raw = (key: string) => samplingFields.safeParse(read.value.issues.get(key)?.fields).data ?? {};
  const tickets: SamplingTicket[] = resolved.map((j) => ({
    key: j.facts.key,
    agent: raw(j.facts.key).assignee?.accountId ?? null,
    channel: j.facts.requestType ?? 'none',
    csat: j.facts.csatRating,
    reopened: j.reopened,
    slaBreached: j.facts.sla.some(
      (s) => s.completedCycles.some((c) => c.breached) || s.ongoingCycle?.breached === true,
    ),
  }));
  const already = new Set((await readSampled(ports.store, projectKey)).map((e) => e.item.issueKey));
  const seed = request.seed ?? seedFromText(`${projectKey}|${runId}`);
  const drawn = drawSample(tickets, {
    rate: config.rate,
    minPerAgent: config.minPerAgent,
    seed,
    alreadySampled: already,
    targeted: config.targeted,
  });
  const drawnAt = iso(ports.now());
  const run: SampleRun = {
    schemaVersion: 1,
    id: runId,
    projectKey,
    period: { from: iso(period.from), to: iso(period.to), timeZone: zone.name },
    seed,
    rate: config.rate,
    minPerAgent: config.minPerAgent,
    drawnAt,
    drawnBy: request.by,
    population: drawn.population,
    excluded: tickets.filter((t) => already.has(t.key)).map((t) => t.key),
    items: drawn.items.map((d) => ({
      issueKey: d.key,
      projectKey,
      agent: d.agent,
      channel: d.channel,
      kind: d.kind,
      reasons: [...d.reasons],
      sampleId: runId,
    })),
  };
  // The sampled entries first: a run record is only written once every ticket it names is marked.
  for (const item of run.items) {
    const fields = raw(item.issueKey);
    const entry: SampledEntry = {
      schemaVersion: 1,
      item,
      summary: fields.summary ?? '',
      resolvedAt: fields.resolutiondate ?? null,
      drawnAt,
      reviewers: [],
    };
    await ports.store.set(QA_KEYS.sampled(projectKey, item.issueKey), entry);
  }
  await ports.store.set(QA_KEYS.sampleRun(projectKey, runId), run);
  return ok(run);
}

/**
 * The scheduled draw: for every project the QA settings list, the last complete day or week in
 * the settings' zone. Returns what was drawn per project; one project's failure does not stop the rest.
 */
export async function runScheduledSampling(
  ports: AppPorts,
  settings: Settings,
  config: QaConfig,
): Promise<Result<{ projectKey: string; drawn: number; error: string | null }[], AppError>> {
  const zone = timeZone(config.timeZone);
  if (!zone.ok) return err({ code: 'QA.CONFIG_INVALID', message: `QA settings: ${zone.error.message}` });
  const now = ports.now();
  const localToday = new Date(now + zone.value.offsetAt(now)).toISOString().slice(0, 10);
  const { from, to } = lastCompletePeriod(localToday, config.cadence);
  const parsed = parsePeriod(from, to, config.timeZone);
  if (!parsed.ok) return parsed;
  const outcomes: { projectKey: string; drawn: number; error: string | null }[] = [];
  for (const projectKey of config.projects) {
    const run = await runSampling(ports, settings, config, {
      projectKey,
      ...parsed.value,
      by: 'qa-sampling',
    });
    outcomes.push(
      run.ok
        ? { projectKey, drawn: run.value.items.length, error: null }
        : { projectKey, drawn: 0, error: run.error.message },
    );
  }
  return ok(outcomes);
}
