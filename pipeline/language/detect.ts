/**
 * detect: decide whether an article is French or English, or in a language the pipeline does not read.
 *
 * franc-min (trigram statistics over 80+ languages) names the language; the share of French and
 * English function words confirms it and decides for texts too short for trigrams.
 */
import {franc} from 'franc-min'
import {loadRows} from '../lexicon/index.js'
import type {Lang} from '../types.js'

const functionWords = new Map(loadRows(import.meta.url, 'lexicon/function-words.tsv').map(([word, lang]) => [word as string, lang as Lang]))

/** The outcome: a language the pipeline reads, or the code franc gave for another one. */
export type Detected = {ok: true; language: Lang} | {ok: false; reason: string}

const francToLang: Record<string, Lang> = {fra: 'fr', eng: 'en'}

/** Detect the language of prose `text` (white space and markup already blanked). */
export function detectLanguage(text: string): Detected {
  const counts = countFunctionWords(text)
  const words = counts.total
  const byWords: Lang | null = counts.fr + counts.en < 2 ? null : counts.fr >= counts.en ? 'fr' : 'en'
  const share = words === 0 ? 0 : (counts.fr + counts.en) / words
  const code = franc(sample(text), {minLength: 20})
  const byFranc = francToLang[code]
  if (byFranc && (byWords === null || byWords === byFranc)) return {ok: true, language: byFranc}
  // franc and the function words disagree, or franc names a third language: trust the function
  // words only when they are frequent enough to be prose in that language.
  if (byWords && share >= 0.12) return {ok: true, language: byWords}
  if (byFranc) return {ok: true, language: byFranc}
  const named = code === 'und' ? 'undetermined' : code
  return {ok: false, reason: `unsupported language (${named}): the pipeline reads French and English`}
}

/** Up to 3,000 characters of prose from the start: trigram statistics settle long before that. */
function sample(text: string): string {
  return text.replace(/\s+/g, ' ').slice(0, 3000)
}

/** Count French and English function words among all words of `text`. */
function countFunctionWords(text: string): {fr: number; en: number; total: number} {
  const counts = {fr: 0, en: 0, total: 0}
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    counts.total++
    const lang = functionWords.get(match[0])
    if (lang) counts[lang]++
  }
  return counts
}
