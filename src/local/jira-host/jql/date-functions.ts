import type { LocalDateTime, TimeZone } from '../../../domain/time/zone';
import {
  addDays,
  addMonths,
  daysInMonth,
  endOfLocalDay,
  localAt,
  startOfLocalDay,
  weekdayOf,
} from './local-calendar';
import { parseIncrement, type Increment, type IncrementUnit } from './periods';

type Period = 'day' | 'week' | 'month' | 'year';

/** The JQL date functions the emulator evaluates, by canonical name. */
export const DATE_FUNCTIONS = {
  now: null,
  startOfDay: { edge: 'start', period: 'day' },
  endOfDay: { edge: 'end', period: 'day' },
  startOfWeek: { edge: 'start', period: 'week' },
  endOfWeek: { edge: 'end', period: 'week' },
  startOfMonth: { edge: 'start', period: 'month' },
  endOfMonth: { edge: 'end', period: 'month' },
  startOfYear: { edge: 'start', period: 'year' },
  endOfYear: { edge: 'end', period: 'year' },
} as const satisfies Record<string, { edge: 'start' | 'end'; period: Period } | null>;

/** A date function name as Jira spells it. */
export type DateFunctionName = keyof typeof DATE_FUNCTIONS;

const NATURAL_UNIT: Readonly<Record<Period, IncrementUnit>> = { day: 'd', week: 'w', month: 'M', year: 'y' };
const FIXED_MS: Readonly<Partial<Record<IncrementUnit, number>>> = { h: 3_600_000, m: 60_000 };

/** The canonical date function a (case-insensitive) name refers to. */
export function dateFunctionNamed(name: string): DateFunctionName | null {
  const names = Object.keys(DATE_FUNCTIONS) as DateFunctionName[];
  return names.find((n) => n.toLowerCase() === name.toLowerCase()) ?? null;
}

/** Jira's complaint about a date function's arguments, or null when they are fine. */
export function dateFunctionArgumentError(name: DateFunctionName, args: readonly string[]): string | null {
  const spec = DATE_FUNCTIONS[name];
  if (spec === null) {
    return args.length === 0
      ? null
      : `Function '${name}' expected '0' arguments but received '${args.length}'.`;
  }
  if (args.length > 1)
    return `Function '${name}' expected between '0' and '1' arguments but received '${args.length}'.`;
  const [arg] = args;
  if (arg === undefined || parseIncrement(arg, NATURAL_UNIT[spec.period]) !== null) return null;
  return `Duration for function '${name}' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.`;
}

/** What date functions are evaluated against. */
export interface DateContext {
  readonly now: number;
  readonly zone: TimeZone;
  /** 0 = Sunday (Jira Cloud's default en-US locale), 1 = Monday, … */
  readonly firstDayOfWeek: number;
}

/**
 * The instant a date function denotes: the start or end (last millisecond) of the current
 * period in the zone, then moved by the increment. `endOfMonth("+1")` is the end of next month
 * and `endOfMonth("+15d")` the 15th of next month, as Atlassian documents.
 */
export function evaluateDateFunction(
  name: DateFunctionName,
  args: readonly string[],
  ctx: DateContext,
): number {
  const spec = DATE_FUNCTIONS[name];
  if (spec === null) return ctx.now;
  const [arg] = args;
  const increment = arg === undefined ? null : parseIncrement(arg, NATURAL_UNIT[spec.period]);
  const start = periodStart(localAt(ctx.zone, ctx.now), spec.period, ctx.firstDayOfWeek);
  if (spec.edge === 'end' && increment !== null && movesThePeriod(increment.unit, spec.period)) {
    return ctx.zone.instantOf(periodEnd(shift(start, increment), spec.period));
  }
  const base = spec.edge === 'start' ? start : periodEnd(start, spec.period);
  if (increment === null) return ctx.zone.instantOf(base);
  const fixed = FIXED_MS[increment.unit];
  if (fixed !== undefined) return ctx.zone.instantOf(base) + increment.amount * fixed;
  return ctx.zone.instantOf(shift(base, increment));
}

function periodStart(t: LocalDateTime, period: Period, firstDayOfWeek: number): LocalDateTime {
  const day = startOfLocalDay(t);
  if (period === 'day') return day;
  if (period === 'week') return addDays(day, -((weekdayOf(day) - firstDayOfWeek + 7) % 7));
  return { ...day, day: 1, month: period === 'year' ? 1 : day.month };
}

function periodEnd(start: LocalDateTime, period: Period): LocalDateTime {
  if (period === 'day') return endOfLocalDay(start);
  if (period === 'week') return endOfLocalDay(addDays(start, 6));
  const month = period === 'year' ? 12 : start.month;
  return endOfLocalDay({ ...start, month, day: daysInMonth(start.year, month) });
}

function shift(t: LocalDateTime, { amount, unit }: Increment): LocalDateTime {
  if (unit === 'y') return addMonths(t, amount * 12);
  if (unit === 'M') return addMonths(t, amount);
  return addDays(t, unit === 'w' ? amount * 7 : amount);
}

// endOfMonth("+1") and endOfYear("+1") move the period itself, so the end lands on the target
// period's last day instead of a day-of-month clamped from a shorter month.
const movesThePeriod = (unit: IncrementUnit, period: Period): boolean =>
  unit === 'y' ? period === 'month' || period === 'year' : unit === 'M' && period === 'month';
