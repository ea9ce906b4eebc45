/**
 * The last complete sampling period before `now` in local calendar terms: yesterday for a daily
 * cadence, the last full Monday–Sunday week for a weekly one. Returned as local ISO dates
 * [from, to) for the period parser; `localToday` is today's local date (YYYY-MM-DD).
 */
export function lastCompletePeriod(
  localToday: string,
  cadence: 'daily' | 'weekly',
): { from: string; to: string } {
  const today = Date.parse(`${localToday}T00:00:00Z`);
  const day = 86_400_000;
  if (cadence === 'daily') return { from: iso(today - day), to: localToday };
  // getUTCDay: 0 = Sunday; days since this week's Monday.
  const sinceMonday = (new Date(today).getUTCDay() + 6) % 7;
  const thisMonday = today - sinceMonday * day;
  return { from: iso(thisMonday - 7 * day), to: iso(thisMonday) };
}

/** A 32-bit seed from text (FNV-1a), so a period's draw has a stable default seed without a random source. */
export function seedFromText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash | 0;
}

const iso = (instant: number) => new Date(instant).toISOString().slice(0, 10);
