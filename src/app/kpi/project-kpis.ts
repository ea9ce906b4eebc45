import { err, ok, type Result } from '../../domain/result';
import { addCellToTally } from '../../domain/monitor/cell';
import { ALL } from '../../domain/monitor/contributions';
import { periodSlots, SLOT_MS } from '../../domain/monitor/slots';
import { HOUR_OF_DAY } from '../../domain/kpi/dimensions';
import { previousPeriod, type Period } from '../../domain/kpi/period';
import { breakdownRows, measureFigures } from '../../domain/kpi/report';
import { scorecard } from '../../domain/kpi/scorecard';
import { emptyTally, figuresFromTally, type KpiTally } from '../../domain/kpi/tally';
import type { TimeZone } from '../../domain/time/zone';
import type { Settings } from '../../contract/settings-schema';
import type { ResolverOutput } from '../../contract/resolvers';
import type { KeyValueStore } from '../../store/port';
import type { AppError } from '../app-error';
import { readMonitorMeta, type MonitorMeta } from '../monitor/ingest';
import { visitCells } from '../monitor/read-aggregates';
import { resolveKpiConfig } from '../report/resolve-config';
import { readQaFigures } from '../qa/qa-aggregates';

/**
 * The project's KPI report for the scorecard, read from the stored daily aggregates only (never the
 * tickets): headline KPIs with targets and change against the previous period, the index, one breakdown.
 */
export async function projectReport(
  store: KeyValueStore,
  settings: Settings,
  request: { projectKey: string; period: Period; zone: TimeZone; breakdownBy?: string | undefined },
): Promise<Result<ResolverOutput<'kpi/report'>, AppError>> {
  const config = resolveKpiConfig(settings.kpi);
  const meta = await readyMeta(store, request.projectKey, settings);
  if (!meta.ok) return meta;
  // Without a breakdown (the scorecard gadget) only the unbroken day shards are read.
  const breakdownBy = request.breakdownBy;
  if (breakdownBy !== undefined && !meta.value.dimensions.includes(breakdownBy))
    return err({
      code: 'VALIDATION.INVALID_INPUT',
      message: `figures of ${request.projectKey} are not kept by "${breakdownBy}": choose one of ${meta.value.dimensions.join(', ')}, or add it to the KPI dimensions and rebuild`,
    });
  const before = previousPeriod(request.period);
  const slots = periodSlots(request.period);
  if (!slots.ok) return slots;
  const { fromSlot, toSlot } = slots.value;
  const beforeFromSlot = before.from / SLOT_MS;

  const current = emptyTally();
  const previous = emptyTally();
  const byValue = new Map<string, KpiTally>();
  const label = valueLabel(breakdownBy ?? '', request.zone);
  const [all, breakdown] = await Promise.all([
    visitCells(store, request.projectKey, ALL, beforeFromSlot, toSlot, (slot, _value, cell) =>
      addCellToTally(slot < fromSlot ? previous : current, cell),
    ),
    breakdownBy === undefined
      ? ok(null)
      : visitCells(
          store,
          request.projectKey,
          breakdownBy,
          fromSlot,
          toSlot,
          (_slot, value, cell) => {
            const name = label(value);
            let tally = byValue.get(name);
            if (!tally) byValue.set(name, (tally = emptyTally()));
            addCellToTally(tally, cell);
          },
          true,
        ),
  ]);
  if (!all.ok) return all;
  if (!breakdown.ok) return breakdown;

  const npsEnabled = meta.value.npsEnabled;
  // QA compliance comes from the QA reviews' own per-day aggregates, not the ticket cells.
  const [qa, qaBefore] = await Promise.all([
    readQaFigures(store, request.projectKey, request.period),
    readQaFigures(store, request.projectKey, before),
  ]);
  const now = measureFigures(figuresFromTally(current, npsEnabled), config, qa.compliance);
  const then = measureFigures(figuresFromTally(previous, npsEnabled), config, qaBefore.compliance);
  const rows =
    breakdownBy === undefined
      ? []
      : breakdownRows(
          [...byValue].map(([value, tally]) => [value, figuresFromTally(tally, npsEnabled)] as const),
          breakdownBy,
          config,
        );
  return ok({
    period: {
      from: new Date(request.period.from).toISOString(),
      to: new Date(request.period.to).toISOString(),
      timeZone: request.zone.name,
    },
    volume: now.figures.volume,
    scorecard: scorecard(now, then, config.targets),
    composite: {
      score: now.composite.score,
      dimensions: now.composite.dimensions,
      omitted: [...now.composite.omitted],
    },
    breakdown: rows.map((row) => ({ ...row })),
    skipped: meta.value.skipped,
  });
}

/** One headline KPI local day by local day over the period, with its target, from the aggregates. */
export async function projectTrend(
  store: KeyValueStore,
  settings: Settings,
  request: { projectKey: string; kpi: string; period: Period; zone: TimeZone },
): Promise<Result<ResolverOutput<'kpi/trend'>, AppError>> {
  const config = resolveKpiConfig(settings.kpi);
  const meta = await readyMeta(store, request.projectKey, settings);
  if (!meta.ok) return meta;
  const slots = periodSlots(request.period);
  if (!slots.ok) return slots;
  const days = localDays(request.period, request.zone);
  const tallies = days.map(() => emptyTally());
  const starts = days.map((d) => d.from / SLOT_MS);
  const read = await visitCells(
    store,
    request.projectKey,
    ALL,
    slots.value.fromSlot,
    slots.value.toSlot,
    (slot, _value, cell) => addCellToTally(tallies[dayIndex(starts, slot)] as KpiTally, cell),
  );
  if (!read.ok) return read;

  // QA compliance per local day, from the QA reviews' own aggregates.
  const qaByDay = await Promise.all(
    days.map((day, i) =>
      readQaFigures(store, request.projectKey, {
        from: day.from,
        to: days[i + 1]?.from ?? request.period.to,
      }),
    ),
  );
  const known = new Set<string>();
  const points = days.map((day, i) => {
    const measured = measureFigures(
      figuresFromTally(tallies[i] as KpiTally, meta.value.npsEnabled),
      config,
      qaByDay[i]?.compliance ?? null,
    );
    const rows = scorecard(measured, measured, config.targets);
    for (const r of rows) known.add(r.kpi);
    return { day: day.name, value: rows.find((r) => r.kpi === request.kpi)?.actual ?? null };
  });
  // An SLA's row exists only on days it had cycles; any other unknown name is a mistake.
  if (!known.has(request.kpi) && !request.kpi.startsWith('sla:'))
    return err({
      code: 'VALIDATION.INVALID_INPUT',
      message: `"${request.kpi}" is not a KPI of the scorecard (${[...known].join(', ')})`,
    });
  const target = Object.entries(config.targets).find(([kpi]) => kpi === request.kpi)?.[1] ?? null;
  return ok({ kpi: request.kpi, target, points });
}

/** The aggregates' metadata if they can be read with these settings, else what to do about it. */
export async function readyMeta(
  store: KeyValueStore,
  projectKey: string,
  settings: Settings,
): Promise<Result<MonitorMeta, AppError>> {
  const meta = await readMonitorMeta(store, projectKey, settings);
  if (!meta.ok) return meta;
  if (meta.value === null)
    return err({
      code: 'KPI.NOT_READY',
      message: `KPI aggregates for ${projectKey} are not built yet: start the backfill on the admin page`,
    });
  if (meta.value.interrupted)
    return err({
      code: 'KPI.NOT_READY',
      message: `KPI aggregates for ${projectKey} are incomplete (a write was interrupted or a record was unreadable): rebuild them on the admin page`,
    });
  if (meta.value.needsRebuild)
    return err({
      code: 'KPI.NOT_READY',
      message: `KPI aggregates for ${projectKey} were built with other KPI options or dimensions: rebuild them on the admin page`,
    });
  return ok(meta.value);
}

/** How a stored dimension value is shown: hour of day is kept as the created slot and read in the zone. */
function valueLabel(dimension: string, zone: TimeZone): (stored: string) => string {
  if (dimension !== HOUR_OF_DAY) return (stored) => stored;
  const cache = new Map<string, string>();
  return (stored) => {
    let hour = cache.get(stored);
    if (hour === undefined)
      cache.set(stored, (hour = String(zone.hourOf(Number(stored) * SLOT_MS)).padStart(2, '0')));
    return hour;
  };
}

/** The local days of the zone the period spans (the first and last may be partial), named by local date. */
function localDays(period: Period, zone: TimeZone): { from: number; name: string }[] {
  const days: { from: number; name: string }[] = [];
  for (let from = period.from; from < period.to;) {
    const local = new Date(from + zone.offsetAt(from));
    days.push({ from, name: local.toISOString().slice(0, 10) });
    const next = zone.instantOf({
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate() + 1,
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 0,
    });
    from = Math.max(next, from + SLOT_MS);
  }
  return days;
}

/** The index of the day a slot falls in (days ascending by start). */
function dayIndex(starts: readonly number[], slot: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] as number) <= slot) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
