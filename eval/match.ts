/**
 * Matching primitives for the evaluation harness: span overlap arithmetic and a one-to-one
 * (maximum bipartite) matching between gold items and predicted items.
 *
 * Every scorer pairs each gold item with at most one prediction and each prediction with at most one
 * gold item, so a system that reports the same thing twice gets one hit and one false alarm.
 */

/** A half-open range `[start, end)`. */
export interface Range {
  start: number
  end: number
}

/** Number of positions two ranges share (0 when they are disjoint or touch). */
export function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
}

/** Whether two ranges share at least one position. */
export function overlaps(a: Range, b: Range): boolean {
  return overlapLength(a, b) > 0
}

/** Whether two ranges have the same offsets. */
export function sameRange(a: Range, b: Range): boolean {
  return a.start === b.start && a.end === b.end
}

/** Positions shared between two lists of ranges (each list assumed free of self-overlap). */
export function overlapLengthMany(a: readonly Range[], b: readonly Range[]): number {
  let total = 0
  for (const x of a) for (const y of b) total += overlapLength(x, y)
  return total
}

/** Total length of a list of ranges. */
export function totalLength(ranges: readonly Range[]): number {
  let total = 0
  for (const r of ranges) total += Math.max(0, r.end - r.start)
  return total
}

/**
 * Maximum one-to-one matching between `goldCount` gold items and `predCount` predictions, where
 * `compatible(g, p)` says whether gold `g` may pair with prediction `p`.
 *
 * Deterministic (Kuhn's augmenting paths, gold in order; for each gold item the candidates are tried
 * by decreasing `preference`, then in order). Returns, for each gold index, the matched prediction
 * index or -1.
 */
export function matchOneToOne(
  goldCount: number,
  predCount: number,
  compatible: (gold: number, pred: number) => boolean,
  preference?: (gold: number, pred: number) => number
): number[] {
  const edges: number[][] = []
  for (let g = 0; g < goldCount; g++) {
    const row: number[] = []
    for (let p = 0; p < predCount; p++) if (compatible(g, p)) row.push(p)
    if (preference) {
      const score = new Map(row.map((p) => [p, preference(g, p)]))
      row.sort((a, b) => (score.get(b) as number) - (score.get(a) as number) || a - b)
    }
    edges.push(row)
  }
  const goldOf = new Array<number>(predCount).fill(-1)
  const predOf = new Array<number>(goldCount).fill(-1)
  for (let g = 0; g < goldCount; g++) {
    if ((edges[g] as number[]).length === 0) continue
    augment(g, new Array<boolean>(predCount).fill(false))
  }
  return predOf

  /** Try to find a prediction for gold `g`, moving earlier matches along an augmenting path. */
  function augment(g: number, seen: boolean[]): boolean {
    for (const p of edges[g] as number[]) {
      if (seen[p]) continue
      seen[p] = true
      const other = goldOf[p] as number
      if (other === -1 || augment(other, seen)) {
        goldOf[p] = g
        predOf[g] = p
        return true
      }
    }
    return false
  }
}
