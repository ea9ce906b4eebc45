import { slaTallyOf, type KpiTally } from '../kpi/tally';

/**
 * The stored sums of one (slot, dimension value): a tuple, so a day of them parses quickly.
 * Durations are kept ascending, so a cell's form does not depend on the order tickets came in.
 */
export type Cell = [
  created: number,
  noResponse: number,
  resolved: number,
  reopened: number,
  repeats: number,
  fcr: number,
  ratings: number,
  ratingSum: number,
  satisfied: number,
  npsResponses: number,
  promoters: number,
  detractors: number,
  frt: number[],
  resolution: number[],
  /** SLA name → [met, breached, events of tickets carrying it]. */
  sla: Record<string, [number, number, number]>,
];

export const COUNTERS = 12;
const FRT = 12;
const RESOLUTION = 13;
const SLA = 14;

export const emptyCell = (): Cell => [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, [], [], {}];

/** Adds (sign 1) or takes away (sign −1) a contribution; false when taking away what is not there. */
export function applyToCell(cell: Cell, delta: Cell, sign: 1 | -1): boolean {
  for (let i = 0; i < COUNTERS; i++) (cell[i] as number) += sign * (delta[i] as number);
  for (const index of [FRT, RESOLUTION] as const) {
    for (const v of delta[index]) if (!(sign === 1 ? insertSorted : removeOne)(cell[index], v)) return false;
  }
  for (const [name, [met, breached, present]] of Object.entries(delta[SLA])) {
    const s = cell[SLA][name] ?? (cell[SLA][name] = [0, 0, 0]);
    s[0] += sign * met;
    s[1] += sign * breached;
    s[2] += sign * present;
    if (s[0] === 0 && s[1] === 0 && s[2] === 0) delete cell[SLA][name];
  }
  for (let i = 0; i < COUNTERS; i++) if ((cell[i] as number) < 0) return false;
  return true;
}

/** A cell with nothing left in it (every contribution taken away). */
export const cellIsEmpty = (cell: Cell): boolean =>
  cell.slice(0, COUNTERS).every((n) => n === 0) &&
  cell[FRT].length === 0 &&
  cell[RESOLUTION].length === 0 &&
  Object.keys(cell[SLA]).length === 0;

/** Adds a stored cell to a tally being merged over the slots of a period. */
export function addCellToTally(tally: KpiTally, cell: Cell): void {
  tally.created += cell[0];
  tally.noResponse += cell[1];
  tally.resolved += cell[2];
  tally.reopened += cell[3];
  tally.repeats += cell[4];
  tally.fcr += cell[5];
  tally.ratings += cell[6];
  tally.ratingSum += cell[7];
  tally.satisfied += cell[8];
  tally.npsResponses += cell[9];
  tally.promoters += cell[10];
  tally.detractors += cell[11];
  for (const v of cell[FRT]) tally.frt.push(v);
  for (const v of cell[RESOLUTION]) tally.resolution.push(v);
  for (const [name, [met, breached, present]] of Object.entries(cell[SLA])) {
    const s = slaTallyOf(tally, name);
    s.met += met;
    s.breached += breached;
    s.present += present;
  }
}

/** The first index of the ascending `values` whose value is not below `v` (binary search). */
function lowerBound(values: readonly number[], v: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(values: number[], v: number): boolean {
  values.splice(lowerBound(values, v), 0, v);
  return true;
}

function removeOne(values: number[], v: number): boolean {
  const at = lowerBound(values, v);
  if (values[at] !== v) return false;
  values.splice(at, 1);
  return true;
}
