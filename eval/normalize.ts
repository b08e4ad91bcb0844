/**
 * Name normalisation for the evaluation harness.
 *
 * Two names are "the same" for scoring when they are equal after folding case, removing accents,
 * treating punctuation as spaces and collapsing runs of spaces: `Ai Weiwei`, `AI WEIWEI`, `Ai-Weiwei`
 * and `ai  weiwei.` all normalise to `ai weiwei`. Literals (roles, award names, ISO dates) use the
 * same folding.
 */

/** Fold case, accents, punctuation and spacing of `value` into a comparison key. */
export function normalizeName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim()
}

/** The set of comparison keys of a list of names; empty keys are left out. */
export function nameKeys(names: readonly string[]): Set<string> {
  const keys = new Set<string>()
  for (const name of names) {
    const key = normalizeName(name)
    if (key !== '') keys.add(key)
  }
  return keys
}

/** Whether two key sets share at least one key. */
export function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  for (const key of small) if (large.has(key)) return true
  return false
}
