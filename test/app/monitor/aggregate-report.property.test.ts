import fc from 'fast-check';
import { projectReport, projectTrend } from '../../../src/app/kpi/project-kpis';
import { aggregateBasis, ingestTickets } from '../../../src/app/monitor/ingest';
import { resolveKpiConfig } from '../../../src/app/report/resolve-config';
import type { Settings } from '../../../src/contract/settings-schema';
import { buildKpiReport } from '../../../src/domain/kpi/report';
import { timeZone, type TimeZone } from '../../../src/domain/time/zone';
import type { TicketFacts } from '../../../src/domain/ticket';
import { checkedStore } from '../../../src/store/checked-store';
import { memoryStore } from '../../support/memory-store';
import { DAY, settingsWith, SPAN_DAYS, START, ticketsArb } from './monitor-fixtures';

const zones = ['Asia/Shanghai', 'Asia/Kolkata', 'America/New_York', 'UTC'].map((name) => {
  const z = timeZone(name);
  if (!z.ok) throw new Error(name);
  return z.value;
});

/** Local midnight of the zone, `days` after the local date START falls on. */
function localMidnight(zone: TimeZone, days: number): number {
  const local = new Date(START + zone.offsetAt(START));
  return zone.instantOf({
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate() + days,
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
  });
}

async function ingestInBatches(tickets: readonly TicketFacts[], settings: Settings, size: number) {
  const store = checkedStore(memoryStore());
  for (let i = 0; i < tickets.length; i += size) {
    const r = await ingestTickets(store, 'SUP', tickets.slice(i, i + size), settings, { npsEnabled: true });
    if (!r.ok) throw new Error(r.error.message);
  }
  return store;
}

const parametersFor = (
  settings: Settings,
  zone: TimeZone,
  period: { from: number; to: number },
  dims: string[],
) => {
  const config = resolveKpiConfig(settings.kpi);
  return {
    period,
    zone,
    options: config.options,
    targets: config.targets,
    weights: config.weights,
    dimensions: dims,
    paretoDimension: config.paretoDimension,
    npsEnabled: true,
    // The report path reads QA reviews too; this project has none (QA compliance: no data).
    qaReviews: [],
  };
};

const settingsArb = fc.constantFrom(
  settingsWith({ targets: { resolutionMedianMs: 20 * 3_600_000, repeatContactRate: 0.1 } }),
  settingsWith({
    targets: { resolutionMedianMs: 20 * 3_600_000, repeatContactRate: 0.1 },
    repeatSameRequestType: true,
    fcrExcludeRepeat: true,
    dimensions: ['labels'],
  }),
);

describe('the KPI report read from aggregates', () => {
  it('equals buildKpiReport over the same tickets for local-day periods in any zone and any breakdown', async () => {
    await fc.assert(
      fc.asyncProperty(
        ticketsArb(1, 40),
        settingsArb,
        fc.constantFrom(...zones),
        fc.integer({ min: -3, max: SPAN_DAYS }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 9 }),
        fc.nat(),
        async (tickets, settings, zone, startDay, days, batchSize, pick) => {
          const store = await ingestInBatches(tickets, settings, batchSize);
          const dims = aggregateBasis(settings).dimensions;
          const breakdownBy = dims[pick % dims.length] as string;
          const period = { from: localMidnight(zone, startDay), to: localMidnight(zone, startDay + days) };
          const read = await projectReport(store, settings, { projectKey: 'SUP', period, zone, breakdownBy });
          if (!read.ok) throw new Error(read.error.message);
          const expected = buildKpiReport(tickets, parametersFor(settings, zone, period, [breakdownBy]));
          expect(read.value.period).toEqual(expected.period);
          expect(read.value.volume).toEqual(expected.volume);
          expect(read.value.scorecard).toEqual(expected.scorecard);
          expect(read.value.composite).toEqual({
            score: expected.composite.score,
            dimensions: expected.composite.dimensions,
            omitted: expected.composite.omitted,
          });
          expect(read.value.breakdown).toEqual(expected.breakdown[breakdownBy]);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it('gives the hour-of-day breakdown of Asia/Shanghai and Asia/Kolkata, including quarter-hour periods', async () => {
    await fc.assert(
      fc.asyncProperty(
        ticketsArb(5, 40),
        fc.constantFrom(zones[0] as TimeZone, zones[1] as TimeZone),
        fc.integer({ min: 0, max: SPAN_DAYS * 96 }),
        fc.integer({ min: 1, max: 30 * 96 }),
        async (tickets, zone, fromSlot, slots) => {
          const settings = settingsWith({ targets: { resolutionMedianMs: 20 * 3_600_000 } });
          const store = await ingestInBatches(tickets, settings, 7);
          const period = { from: START + fromSlot * 900_000, to: START + (fromSlot + slots) * 900_000 };
          const read = await projectReport(store, settings, {
            projectKey: 'SUP',
            period,
            zone,
            breakdownBy: 'hourOfDay',
          });
          if (!read.ok) throw new Error(read.error.message);
          const expected = buildKpiReport(tickets, parametersFor(settings, zone, period, ['hourOfDay']));
          expect(read.value.breakdown).toEqual(expected.breakdown.hourOfDay);
          expect(read.value.scorecard).toEqual(expected.scorecard);
        },
      ),
      { numRuns: 80 },
    );
  }, 120_000);

  it('gives the trend of each local day as the report of that day gives it', async () => {
    await fc.assert(
      fc.asyncProperty(
        ticketsArb(5, 40),
        fc.constantFrom(...zones),
        fc.constantFrom('fcrRate', 'frtMedianMs', 'compositeIndex', 'csatAvg', 'sla:Time to resolution'),
        fc.integer({ min: 0, max: 30 }),
        async (tickets, zone, kpi, startDay) => {
          const settings = settingsWith({ targets: { repeatContactRate: 0.1 } });
          const store = await ingestInBatches(tickets, settings, 10);
          const period = { from: localMidnight(zone, startDay), to: localMidnight(zone, startDay + 7) };
          const read = await projectTrend(store, settings, { projectKey: 'SUP', kpi, period, zone });
          if (!read.ok) throw new Error(read.error.message);
          expect(read.value.points).toHaveLength(7);
          for (const [i, point] of read.value.points.entries()) {
            const day = {
              from: localMidnight(zone, startDay + i),
              to: localMidnight(zone, startDay + i + 1),
            };
            const report = buildKpiReport(tickets, parametersFor(settings, zone, day, []));
            expect(point.value).toEqual(report.scorecard.find((r) => r.kpi === kpi)?.actual ?? null);
            expect(point.day).toBe(new Date(day.from + zone.offsetAt(day.from)).toISOString().slice(0, 10));
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});

void DAY;
