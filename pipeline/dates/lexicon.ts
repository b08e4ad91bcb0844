/**
 * Lexicon of the dates stage: month, weekday, season, number and unit words and the cue phrases
 * of the grammar, read from `lexicon/*.tsv` and indexed by language for look-ups over tokens.
 */
import {loadRows, perLanguage} from '../lexicon/index.js'
import type {Lang} from '../types.js'
import {fold, tokenize, type Token} from './tokens.js'

/** A unit of time: "semaine" is {count: 1, unit: 'W'}, "siècle" is {count: 100, unit: 'Y'}. */
export interface Unit {
  count: number
  unit: 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S'
}

/** A phrase found at a token index: its value and the index after it. */
export interface PhraseHit {
  value: string
  next: number
}

/** Everything the grammar knows about one language. */
export interface Lexicon {
  lang: Lang
  months: Map<string, number>
  weekdays: Map<string, number>
  seasons: Map<string, string>
  numbers: Map<string, number>
  ordinals: Map<string, number>
  units: Map<string, Unit>
  /** Cue phrases by category (see lexicon/cues.tsv). */
  cues: Map<string, PhraseTable>
  /** Words that tell the clauses of a sentence apart, in lower case, by category (see lexicon/clause-words.tsv). */
  clauseWords: Map<string, string>
}

/** Phrases of one category, by the key of their first token, longest first. */
export type PhraseTable = Map<string, Array<{keys: string[]; value: string}>>

/** The lexicon of a language (built once per process). */
export const lexiconFor: (lang: Lang) => Lexicon = perLanguage((lang: Lang) => build(lang))

/** Build the lexicon of one language from the data files. */
function build(lang: Lang): Lexicon {
  const rows = (name: string) => loadRows(import.meta.url, `lexicon/${name}`).filter((row) => row[1] === lang)
  const numeric = (name: string) => new Map(rows(name).map((row) => [fold(row[0] as string), Number(row[2])]))
  const units = new Map<string, Unit>()
  for (const row of rows('units.tsv')) units.set(fold(row[0] as string), {count: Number(row[2]), unit: row[3] as Unit['unit']})
  const cues = new Map<string, PhraseTable>()
  for (const row of [...rows('cues.tsv'), ...rows('approx-numbers.tsv').map((r) => [r[0], r[1], 'approx', r[2]]), ...rows('holidays.tsv').map((r) => [r[0], r[1], 'holiday', r[2]])]) {
    const category = row[2] as string
    const keys = tokenize(row[0] as string).map((token) => token.key)
    if (keys.length === 0) continue
    let table = cues.get(category)
    if (!table) cues.set(category, (table = new Map()))
    const list = table.get(keys[0] as string) ?? []
    list.push({keys, value: row[3] ?? ''})
    list.sort((a, b) => b.keys.length - a.keys.length)
    table.set(keys[0] as string, list)
  }
  return {
    lang,
    months: numeric('months.tsv'),
    weekdays: numeric('weekdays.tsv'),
    seasons: new Map(rows('seasons.tsv').map((row) => [fold(row[0] as string), row[2] as string])),
    numbers: numeric('numbers.tsv'),
    ordinals: numeric('ordinals.tsv'),
    units,
    cues,
    clauseWords: new Map(rows('clause-words.tsv').map((row) => [(row[0] as string).toLowerCase(), row[2] as string])),
  }
}

/**
 * The longest cue phrase of a category starting at token `i`, or null. A phrase never matches
 * across a line break, which is a token of its own.
 */
export function phraseAt(lexicon: Lexicon, category: string, tokens: Token[], i: number): PhraseHit | null {
  const first = tokens[i]
  if (!first) return null
  const list = lexicon.cues.get(category)?.get(first.key)
  if (!list) return null
  for (const phrase of list) {
    let ok = true
    for (let k = 1; k < phrase.keys.length; k++) {
      if (tokens[i + k]?.key !== phrase.keys[k]) {
        ok = false
        break
      }
    }
    if (ok) return {value: phrase.value, next: i + phrase.keys.length}
  }
  return null
}

/** The cue phrase of a category that ends just before token `i` (the longest): its value and first token index, or null. */
export function phraseBefore(lexicon: Lexicon, category: string, tokens: Token[], i: number): {value: string; start: number} | null {
  for (let back = 4; back >= 1; back--) {
    if (i - back < 0) continue
    const hit = phraseAt(lexicon, category, tokens, i - back)
    if (hit && hit.next === i) return {value: hit.value, start: i - back}
  }
  return null
}
