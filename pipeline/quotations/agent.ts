/**
 * agent: the person a role noun tied to a body or an event names through a passive participle earlier
 * in the text: "la présidente du jury" is the X of "le jury, présidé par l'actrice X", and "the jury
 * president" the X of "a jury presided over by X". The body must be the same noun on both sides.
 */
import type {Lang, Span, TextView} from '../types.js'
import {escapeRegExp, loadRows} from '../lexicon/index.js'
import {complementPrepositions, is, type Token} from '../quoted/words.js'

/** A person mention, as the speaker index holds them (sorted by start). */
interface Named extends Span {
  id: string
  named: boolean
}

/** How far back (in characters) the participle is looked for. */
const reach = 3000
/** The most characters between the body's noun and the participle ("le jury, présidé par"). */
const gap = 40
/** The most characters between "par"/"by" and the name ("par l'actrice kényane X"). */
const nameReach = 60

const cache = new Map<Lang, Map<string, string[]>>()

/** The participles of each agent noun of a language ("présidente" → présidé, présidée …). */
function participles(lang: Lang): Map<string, string[]> {
  let table = cache.get(lang)
  if (!table) {
    table = new Map()
    for (const row of loadRows(import.meta.url, `lexicon/agent-participles.${lang}.tsv`)) {
      if (row[0] && row[1]) table.set(row[0], row[1].split(/\s+/).map((form) => form.replace(/_/g, ' ')))
    }
    cache.set(lang, table)
  }
  return table
}

/**
 * The body a role noun heads, from the words of the mention: the noun of its complement ("la
 * présidente du jury", "the president of the jury") or, in English, the noun before it ("the jury
 * president"). `tokens`: the mention's tokens and those after it, punctuation included (a comma
 * ends the complement). Null when the mention names no body.
 */
export function bodyOf(tokens: Token[], head: string, lang: Lang): string | null {
  const words = tokens
  const at = words.findIndex((word) => word.word && word.lower === head)
  if (at < 0) return null
  let next = at + 1
  if (complementPrepositions.has(words[next]?.lower ?? '')) {
    next++
    while (words[next]?.word && is(words[next]!.lower, 'det', lang)) next++
    const noun = words[next]
    return noun?.word && /^\p{Ll}/u.test(noun.text) ? noun.lower : null
  }
  const before = words[at - 1]
  if (lang === 'en' && at >= 2 && before?.word && /^\p{Ll}/u.test(before.text) && !is(before.lower, 'det', lang) && !is(before.lower, 'adjective', lang)) return before.lower
  return null
}

/**
 * The id of the person named as agent of the body's participle before `limit` ("jury … présidé par
 * X"), the latest such phrase; null when the noun has no participle or the text has no such phrase.
 */
export function agentOfBody(view: TextView, persons: readonly Named[], head: string, body: string, limit: number): string | null {
  const forms = participles(view.language).get(head)
  if (!forms) return null
  const agent = view.language === 'fr' ? 'par' : 'by'
  const from = Math.max(0, limit - reach)
  const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(body)}s?(?![\\p{L}])[^.!?;\\n]{0,${gap}}?(?<![\\p{L}])(?:${forms.map(escapeRegExp).join('|')})[\\s\\u00a0]+${agent}[\\s\\u00a0]`, 'giu')
  let found: string | null = null
  for (const match of view.text.slice(from, limit).matchAll(pattern)) {
    const end = from + (match.index ?? 0) + match[0].length
    const person = persons.find((mention) => mention.named && mention.start >= end && mention.start - end <= nameReach && mention.end <= limit && !/[.!?;,\n]/.test(view.text.slice(end, mention.start)))
    if (person) found = person.id
  }
  return found
}
