/** 1-based ranks of values, tied values sharing the average of their positions, and the tie term. */
export interface Ranking {
  /** ranks[i] is the rank of values[i]. */
  readonly ranks: Float64Array;
  /** Σ(t³ - t) over the groups of t tied values (0 when all values differ). */
  readonly tieTerm: number;
}

/** Ranks values ascending with average ranks for ties, in O(n log n). Values must not be NaN. */
export function averageRanks(values: readonly number[]): Ranking {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => (values[i] as number) - (values[j] as number),
  );
  const ranks = new Float64Array(n);
  let tieTerm = 0;
  let start = 0;
  while (start < n) {
    const value = values[order[start] as number];
    let end = start + 1;
    while (end < n && values[order[end] as number] === value) end++;
    // Positions start+1 .. end (1-based) share their mean rank.
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k] as number] = rank;
    const t = end - start;
    tieTerm += t * t * t - t;
    start = end;
  }
  return { ranks, tieTerm };
}
