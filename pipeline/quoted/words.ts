/**
 * words: words and punctuation with their offsets, and the function-word lexicon ("la", "il", "selon",
 * "the", "she" …) that the attribution patterns of the quotations stage and the pronoun evidence of
 * the people stage read. It lives here, in the earliest stage that reads words, so later stages share it.
 */
import {loadRows} from '../lexicon/index.js'
import type {Lang} from '../types.js'

/** A word or a punctuation mark of the text. */
export interface Token {
  /** As written. */
  text: string
  /** Lower case, without a final elision apostrophe ("l'" → "l"). */
  lower: string
  start: number
  end: number
  /** True for a word (letters or digits), false for punctuation. */
  word: boolean
}

/** Prepositions that open the complement of a noun ("le ministre de la Culture", "un roman de X", "the president of the jury"). */
export const complementPrepositions: ReadonlySet<string> = new Set(['de', 'd', 'du', 'des', 'of'])

/** Categories of function words (see the lexicon header). */
export type WordClass = 'det' | 'subj-m' | 'subj-f' | 'subj' | 'clitic' | 'aux' | 'adverb' | 'stop' | 'particle' | 'honorific' | 'source' | 'conj' | 'adjective' | 'preposition' | 'subord' | 'gender-m' | 'gender-f' | 'impersonal' | 'pronoun-np'

const frenchPattern = /(?:jusqu|lorsqu|puisqu|presqu|qu|[ldjmntsc])['’](?=\p{L})|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/giu
const englishPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu

/** Tokens of `text.slice(start, end)`, with offsets into `text`. */
export function tokenize(text: string, start: number, end: number, lang: Lang): Token[] {
  const pattern = new RegExp(lang === 'fr' ? frenchPattern : englishPattern)
  const slice = text.slice(start, end)
  const tokens: Token[] = []
  for (const match of slice.matchAll(pattern)) {
    const value = match[0]
    const word = /[\p{L}\p{N}]/u.test(value)
    const lower = value.toLowerCase().replace(/['’]$/, '').replace(/’/g, "'")
    tokens.push({text: value, lower, start: start + (match.index ?? 0), end: start + (match.index ?? 0) + value.length, word})
  }
  return tokens
}

const classCache = new Map<Lang, Map<string, Set<WordClass>>>()

/** The classes of a lower-case word in a language (empty when it is not a function word). */
export function classesOf(word: string, lang: Lang): Set<WordClass> {
  let table = classCache.get(lang)
  if (!table) {
    table = new Map()
    for (const row of loadRows(import.meta.url, `lexicon/function-words.${lang}.tsv`)) {
      const [entry, kind] = row
      if (!entry || !kind) continue
      let set = table.get(entry)
      if (!set) table.set(entry, (set = new Set()))
      set.add(kind as WordClass)
    }
    classCache.set(lang, table)
  }
  return table.get(word) ?? empty
}

const empty = new Set<WordClass>()

/** Whether a lower-case word belongs to a class. */
export function is(word: string, kind: WordClass, lang: Lang): boolean {
  return classesOf(word, lang).has(kind)
}

/** The start of an interview line: a short capitalised label and a colon ("Van den Broek: …", "Q : …"). */
export const labelLine = /^[\s\u00a0]*\p{Lu}[\p{L}\p{M}'’. -]{0,40}?[\s\u00a0]?:[\s\u00a0]/u

/** Whether a token starts with a capital letter. */
export function capitalised(token: Token): boolean {
  return token.word && /^\p{Lu}/u.test(token.text)
}

export {kinNoun, personNoun} from './person-nouns.js'
