/** One category of a Pareto ranking. */
export interface ParetoCategory {
  readonly name: string;
  readonly count: number;
  readonly share: number;
  readonly cumulativeShare: number;
  /** In the shortest prefix whose cumulative share reaches 80% (the crossing category included). */
  readonly vitalFew: boolean;
}

export interface ParetoRanking {
  readonly total: number;
  readonly categories: readonly ParetoCategory[];
}

/**
 * Ranks categories by count, descending, ties by name (code-point order so that every
 * implementation agrees); categories with no count are left out.
 */
export function paretoRank(counts: ReadonlyMap<string, number>, vitalShare = 0.8): ParetoRanking {
  const entries = [...counts].filter(([, count]) => count > 0);
  entries.sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0));
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  let cumulative = 0;
  let reached = false;
  const categories = entries.map(([name, count]) => {
    const vitalFew = !reached;
    cumulative += count;
    // Compare counts, not rounded shares, so a prefix at exactly 80% counts as reaching it.
    if (cumulative >= vitalShare * total - 1e-9 * total) reached = true;
    return { name, count, share: count / total, cumulativeShare: cumulative / total, vitalFew };
  });
  return { total, categories };
}
