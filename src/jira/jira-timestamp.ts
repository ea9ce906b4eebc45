const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ZERO = 48;

/**
 * Epoch milliseconds of a Jira timestamp such as `2025-03-01T09:15:00.000+0800` (any offset,
 * with or without a colon, or `Z`; fraction optional), or null when the text is not one.
 * Hand-parsed by character codes: every ticket carries several, and a regular expression plus
 * Date validation cost more than the rest of reading the ticket.
 */
export function parseJiraTimestamp(text: string): number | null {
  const n = text.length;
  if (n < 20 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84)
    return null;
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return null;
  if (second < 0 || second > 59 || day > daysInMonth(year, month)) return null;

  let i = 19;
  let millis = 0;
  if (text.charCodeAt(i) === 46) {
    let scale = 100;
    i++;
    const start = i;
    while (i < n && isDigit(text.charCodeAt(i))) {
      millis += (text.charCodeAt(i) - ZERO) * scale;
      scale /= 10;
      i++;
    }
    if (i === start || i - start > 9) return null;
    millis = Math.floor(millis);
  }

  let offsetMinutes = 0;
  const sign = text.charCodeAt(i);
  if (sign === 90 && i === n - 1) offsetMinutes = 0;
  else if (sign === 43 || sign === 45) {
    const colon = text.charCodeAt(i + 3) === 58 ? 1 : 0;
    if (n !== i + 5 + colon) return null;
    const oh = digits(text, i + 1, 2);
    const om = digits(text, i + 3 + colon, 2);
    if (oh < 0 || oh > 18 || om < 0 || om > 59) return null;
    offsetMinutes = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  } else return null;

  const days = daysFromCivil(year, month, day);
  return ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60_000 + second * 1000 + millis;
}

function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) return -1;
    value = value * 10 + (c - ZERO);
  }
  return value;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil), in integer arithmetic. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1] ?? 0;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}
