// Three reusable DP rows: a search calls this hundreds of times, and allocating per call would dominate.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Smallest optimal-string-alignment distance (Damerau-Levenshtein restricted to adjacent transpositions)
 * between `query` and any prefix of `target.slice(start)`: people stop typing before the end of a name, so
 * "shebaoak" should be 1 away from "shebaokaguashi". Returns max + 1 as soon as the distance must exceed max.
 */
export function prefixDistance(query: string, target: string, start: number, max: number): number {
  const n = query.length;
  // Past n + max characters of target every alignment costs more than max, so the window ends there.
  const m = Math.min(target.length - start, n + max);
  if (m < n - max) return max + 1;
  if (rows[0].length < m + 1) rows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  let before = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const qc = query.charCodeAt(i - 1);
    const qPrev = i > 1 ? query.charCodeAt(i - 2) : -1;
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const tc = target.charCodeAt(start + j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (qc === tc ? 0 : 1));
      if (j > 1 && qc === target.charCodeAt(start + j - 2) && qPrev === tc)
        v = Math.min(v, before[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = prev;
    prev = cur;
    cur = spare;
  }
  let best = max + 1;
  for (let j = 0; j <= m; j++) if (prev[j]! < best) best = prev[j]!;
  return best;
}
