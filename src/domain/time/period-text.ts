import type { Period } from '../kpi/period';
import { err, ok, type Result } from '../result';
import { parseBoundary } from './local-date-time';
import { timeZone, type TimeZone } from './zone';

/**
 * Reads a half-open period from its two boundaries as people type them (ISO dates or date-times,
 * local to `zoneName` unless they carry an offset); `labels` name the boundaries in messages.
 */
export function parsePeriod(
  fromText: string,
  toText: string,
  zoneName: string,
  labels: { readonly from: string; readonly to: string } = { from: 'from', to: 'to' },
): Result<{ period: Period; zone: TimeZone }> {
  const zone = timeZone(zoneName);
  if (!zone.ok) return zone;
  const from = parseBoundary(fromText, zone.value);
  if (!from.ok) return err({ code: from.error.code, message: `${labels.from}: ${from.error.message}` });
  const to = parseBoundary(toText, zone.value);
  if (!to.ok) return err({ code: to.error.code, message: `${labels.to}: ${to.error.message}` });
  if (from.value >= to.value) {
    return err({
      code: 'PERIOD.EMPTY',
      message: `${labels.from} (${fromText}) must be before ${labels.to} (${toText})`,
    });
  }
  return ok({ period: { from: from.value, to: to.value }, zone: zone.value });
}
