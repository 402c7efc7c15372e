/**
 * Assigns each site to one group so that group g receives exactly quotas[g] sites and the total cost is
 * the least possible (the Hungarian method on the cost matrix with each group repeated quota times).
 * With squared distance to a group's anchor as the cost, the optimum is a power diagram of the anchors:
 * every group comes out as one compact region, which is what administrative areas look like.
 */
export function assignWithQuotas(
  siteCount: number,
  quotas: readonly number[],
  cost: (site: number, group: number) => number,
): Int32Array {
  const slots: number[] = quotas.flatMap((quota, group) => Array.from({ length: quota }, () => group));
  if (slots.length !== siteCount) throw new Error(`Quotas sum to ${slots.length}, expected ${siteCount}`);
  const n = siteCount;
  const matrix = Array.from({ length: n }, (_, site) => quotas.map((_, group) => cost(site, group)));
  const at = (row: number, col: number) => matrix[row - 1]![slots[col - 1]!]!;

  // Classic O(n³) shortest-augmenting-path form, 1-based with a sentinel column 0.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const rowOfCol = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let row = 1; row <= n; row++) {
    rowOfCol[0] = row;
    let col0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[col0] = 1;
      const row0 = rowOfCol[col0]!;
      let delta = Infinity;
      let col1 = 0;
      for (let col = 1; col <= n; col++) {
        if (used[col]) continue;
        const reduced = at(row0, col) - u[row0]! - v[col]!;
        if (reduced < minv[col]!) {
          minv[col] = reduced;
          way[col] = col0;
        }
        if (minv[col]! < delta) {
          delta = minv[col]!;
          col1 = col;
        }
      }
      for (let col = 0; col <= n; col++) {
        if (used[col]) {
          u[rowOfCol[col]!]! += delta;
          v[col]! -= delta;
        } else {
          minv[col]! -= delta;
        }
      }
      col0 = col1;
    } while (rowOfCol[col0] !== 0);
    do {
      const col1 = way[col0]!;
      rowOfCol[col0] = rowOfCol[col1]!;
      col0 = col1;
    } while (col0 !== 0);
  }

  const groupOf = new Int32Array(n);
  for (let col = 1; col <= n; col++) groupOf[rowOfCol[col]! - 1] = slots[col - 1]!;
  return groupOf;
}
