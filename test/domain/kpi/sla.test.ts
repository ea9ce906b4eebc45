import { slaCompliance } from '../../../src/domain/kpi/sla';
import type { SlaRecord } from '../../../src/domain/ticket';
import { at, SECOND } from '../../support/ticket-builder';

const period = { from: at('2026-10-01T00:00:00Z'), to: at('2026-11-01T00:00:00Z') };
const sla = (
  name: string,
  completed: [string, boolean][],
  ongoing: SlaRecord['ongoingCycle'] = null,
): SlaRecord => ({
  name,
  completedCycles: completed.map(([stop, breached]) => ({ stopTime: at(stop), breached })),
  ongoingCycle: ongoing,
});

describe('SLA compliance', () => {
  it('counts completed cycles stopped in the half-open period, met unless breached', () => {
    const result = slaCompliance(
      [
        [
          sla('Time to first response', [
            ['2026-10-01T00:00:00Z', false],
            ['2026-10-15T00:00:00Z', true],
          ]),
        ],
        [
          sla('Time to first response', [
            ['2026-10-31T23:59:59Z', false],
            ['2026-11-01T00:00:00Z', true],
          ]),
        ],
        [sla('Time to first response', [['2026-09-30T23:59:59Z', true]])],
      ],
      period,
    );
    // in period: met at the start instant and at 23:59:59; breached 15 Oct; 1 Nov is the excluded end
    expect(result['Time to first response']).toEqual({ met: 2, breached: 1, compliance: 2 / 3 });
  });

  it('adds ongoing cycles that already breached inside the period, and only those', () => {
    const result = slaCompliance(
      [
        [sla('Time to resolution', [], { breached: true, breachTime: at('2026-10-20T00:00:00Z') })],
        [sla('Time to resolution', [], { breached: true, breachTime: period.to })],
        [sla('Time to resolution', [], { breached: false, breachTime: at('2026-10-20T00:00:00Z') })],
        [sla('Time to resolution', [['2026-10-05T00:00:00Z', false]], null)],
      ],
      period,
    );
    expect(result['Time to resolution']).toEqual({ met: 1, breached: 1, compliance: 0.5 });
  });

  it('keeps SLA names apart and lists an SLA without cycles in the period with null compliance', () => {
    const result = slaCompliance(
      [[sla('A', [['2026-10-05T00:00:00Z', true]]), sla('B', [['2026-12-05T00:00:00Z', false]])]],
      period,
    );
    expect(result).toEqual({
      A: { met: 0, breached: 1, compliance: 0 },
      B: { met: 0, breached: 0, compliance: null },
    });
  });

  it('treats one second before the end as inside and the end itself as outside', () => {
    const record: SlaRecord = {
      name: 'A',
      completedCycles: [
        { stopTime: period.to - SECOND, breached: false },
        { stopTime: period.to, breached: false },
      ],
      ongoingCycle: null,
    };
    expect(slaCompliance([[record]], period).A).toEqual({ met: 1, breached: 0, compliance: 1 });
  });
});
