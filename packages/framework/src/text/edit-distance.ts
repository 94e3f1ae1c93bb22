/**
 * Levenshtein edit distance between two strings (insertions, deletions and
 * substitutions each cost 1). Used to suggest the nearest names.
 *
 * @example
 * ```ts
 * editDistance('kitten', 'sitting'); // 3
 * ```
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The candidates nearest to `input` by edit distance (case-insensitive), best
 * first, at most `n`, keeping only those within half the input's length.
 *
 * @example
 * ```ts
 * nearest('Edinbrugh', ['City of Edinburgh', 'Edinburgh', 'Fife']); // ['Edinburgh']
 * ```
 */
export function nearest(input: string, candidates: string[], n = 3): string[] {
  const q = input.toLowerCase();
  const limit = Math.max(2, Math.ceil(q.length / 2));
  return candidates
    .map((c) => ({ c, d: editDistance(q, c.toLowerCase()) }))
    .filter((x) => x.d <= limit)
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .map((x) => x.c)
    .filter((c, i, all) => all.indexOf(c) === i)
    .slice(0, n);
}
