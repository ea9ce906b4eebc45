import { parseBoundary } from '../../../src/domain/time/local-date-time';
import { timeZone, type TimeZone } from '../../../src/domain/time/zone';

const zone = (name: string): TimeZone => {
  const z = timeZone(name);
  if (!z.ok) throw new Error(z.error.message);
  return z.value;
};

describe('time zones', () => {
  it('gives the local hour of an instant', () => {
    expect(zone('Asia/Shanghai').hourOf(Date.parse('2026-10-01T17:30:00Z'))).toBe(1);
    expect(zone('UTC').hourOf(Date.parse('2026-10-01T17:30:00Z'))).toBe(17);
    expect(zone('Asia/Kolkata').hourOf(Date.parse('2026-10-01T18:29:59Z'))).toBe(23);
    expect(zone('Asia/Kolkata').hourOf(Date.parse('2026-10-01T18:30:00Z'))).toBe(0);
  });

  it('follows daylight saving changes', () => {
    const ny = zone('America/New_York');
    // 2026-03-08 02:00 EST jumps to 03:00 EDT at 07:00Z
    expect(ny.hourOf(Date.parse('2026-03-08T06:59:59Z'))).toBe(1);
    expect(ny.hourOf(Date.parse('2026-03-08T07:00:00Z'))).toBe(3);
  });

  it('refuses an unknown zone with an error that names it', () => {
    const z = timeZone('Mars/Olympus');
    expect(z.ok).toBe(false);
    if (!z.ok) expect(z.error.message).toContain('Mars/Olympus');
  });
});

describe('report boundaries', () => {
  const shanghai = zone('Asia/Shanghai');

  it('reads a date without offset as local midnight in the zone', () => {
    expect(parseBoundary('2026-10-01', shanghai)).toEqual({
      ok: true,
      value: Date.parse('2026-09-30T16:00:00Z'),
    });
    expect(parseBoundary('2026-10-01T08:30', shanghai)).toEqual({
      ok: true,
      value: Date.parse('2026-10-01T00:30:00Z'),
    });
  });

  it('honours an explicit offset or Z whatever the zone', () => {
    expect(parseBoundary('2026-10-01T00:00:00+05:45', shanghai)).toEqual({
      ok: true,
      value: Date.parse('2026-09-30T18:15:00Z'),
    });
    expect(parseBoundary('2026-10-01T00:00:00-0300', shanghai)).toEqual({
      ok: true,
      value: Date.parse('2026-10-01T03:00:00Z'),
    });
    expect(parseBoundary('2026-10-01T00:00:00.250Z', shanghai)).toEqual({
      ok: true,
      value: Date.parse('2026-10-01T00:00:00.250Z'),
    });
  });

  it('maps local times around DST: the later instant in a gap, the wall time otherwise', () => {
    const ny = zone('America/New_York');
    expect(parseBoundary('2026-03-08T01:30', ny)).toEqual({
      ok: true,
      value: Date.parse('2026-03-08T06:30:00Z'),
    });
    expect(parseBoundary('2026-03-08T03:30', ny)).toEqual({
      ok: true,
      value: Date.parse('2026-03-08T07:30:00Z'),
    });
    const gap = parseBoundary('2026-03-08T02:30', ny);
    expect(gap.ok && gap.value).toBe(Date.parse('2026-03-08T07:30:00Z'));
  });

  it('refuses text that is not an ISO date or not a calendar date', () => {
    for (const bad of ['yesterday', '2026-13-01', '2026-02-30', '2026-10-01T25:00', '01/10/2026']) {
      const r = parseBoundary(bad, shanghai);
      expect(r.ok).toBe(false);
    }
  });
});
