/**
 * ids: the finished entities: canonical name, aliases, stable ids, text order.
 *
 * The canonical name is the longest full-name (or title) mention, the first written among equals;
 * aliases are the other distinct surface forms except role nouns; the id is `type-slug(name)`, a
 * second entity with the same id getting `-2`, a third `-3`, in order of first mention.
 */
import type {Entity, Mention} from '../types.js'
import type {Draft} from './extract.js'
import {slug} from './normalize.js'

/** Turn drafts into entities in order of first mention. */
export function finalize(drafts: Draft[]): Entity[] {
  const ordered = drafts
    .map((draft) => ({draft, mentions: dedupe(draft.mentions)}))
    .filter((item) => item.mentions.length > 0)
    .sort((a, b) => (a.mentions[0] as Mention).start - (b.mentions[0] as Mention).start || (a.mentions[0] as Mention).end - (b.mentions[0] as Mention).end)
  const used = new Map<string, number>()
  return ordered.map(({draft, mentions}) => {
    const name = canonical(mentions)
    const base = `${draft.type.toLowerCase()}-${slug(name)}`
    const count = (used.get(base) ?? 0) + 1
    used.set(base, count)
    const id = count === 1 ? base : `${base}-${count}`
    const aliases = [...new Set(mentions.filter((m) => m.kind !== 'role' && m.text !== name).map((m) => m.text))].sort(compare)
    const roles = [...draft.roles].sort((a, b) => a.start - b.start || compare(a.key, b.key))
    const seenRole = new Set<string>()
    return {
      id,
      type: draft.type,
      name,
      aliases,
      roles: roles.filter((role) => {
        const key = `${role.start}:${role.end}:${role.key}`
        if (seenRole.has(key)) return false
        seenRole.add(key)
        return true
      }),
      mentions
    }
  })
}

/** The longest name or title mention, the first among equals. */
function canonical(mentions: Mention[]): string {
  let best: Mention | undefined
  for (const kind of [['name', 'title'], ['alias'], ['surname'], ['role']]) {
    for (const mention of mentions) if (kind.includes(mention.kind) && (!best || mention.text.length > best.text.length)) best = mention
    if (best) return best.text
  }
  return (mentions[0] as Mention).text
}

/** Mentions in text order, one per span. */
function dedupe(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Mention[] = []
  for (const mention of sorted) {
    const last = out[out.length - 1]
    if (last && last.start === mention.start && last.end === mention.end) continue
    out.push(mention)
  }
  return out
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
