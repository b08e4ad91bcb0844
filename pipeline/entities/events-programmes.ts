/**
 * events-programmes: a title a cinema, a festival or a school gives to one of its programmes or gatherings.
 *
 * A quoted, italic or bold title right after a noun of a programme or a gathering ("la table ronde « X »", "notre cycle
 * « X »", "Our main season, **X**", "the retrospective 'X'") names an event, not a work: a film is named after "film",
 * a programme after "cycle". The nouns are data (lexicon/events-programmes.tsv).
 */
import {loadRows, perLanguage} from '../lexicon/index.js'
import type {Lang, Span} from '../types.js'
import {evenWhiteSpace} from '../parse/view.js'
import {phrase, type Token} from './tokens.js'

/** The programme nouns of one language (one or two words). */
const programmeNouns: (lang: Lang) => Set<string> = perLanguage((lang: Lang) => {
  const nouns = new Set<string>()
  for (const [noun, rowLang] of loadRows(import.meta.url, 'lexicon/events-programmes.tsv')) if (noun && rowLang === lang) nouns.add(noun)
  return nouns
})

/**
 * Whether a programme noun stands right before the title opening at `tokens[at]`: only quotes, emphasis marks and
 * spaces between them, or a comma ("Our main season, **X**"), in the same sentence.
 */
export function programmeNounBefore(tokens: Token[], at: number, lang: Lang): boolean {
  const first = tokens[at]
  if (!first || !/^\s*,?\s*[«“"‘*_]{0,2}\s*$/.test(first.before) || !/[«“"‘*_,]/.test(first.before)) return false
  const nouns = programmeNouns(lang)
  for (let n = 1; n <= 2; n++) {
    const from = at - n
    if (from < 0) return false
    // (the words of a two-word noun are glued: "table ronde")
    if (n === 2 && !/^\s+$/.test((tokens[at - 1] as Token).before)) return false
    if ((tokens[from] as Token).sentence !== first.sentence && !/[«“"*_]/.test(first.before)) return false
    if (nouns.has(phrase(tokens, from, at))) return true
  }
  return false
}

/** `**X**` (double markers) on one line, starting with a capital or a digit, at most twelve words: bold spans. */
export function boldSpans(raw: string): Span[] {
  const source = evenWhiteSpace(raw)
  const out: Span[] = []
  for (const match of source.matchAll(/(?<![*_])(\*\*|__)(?![*_\s])([^*_\n]{1,100}?)(?<![*_\s])\1(?![*_])/gu)) {
    const inner = match[2] as string
    if (!/^[\p{Lu}\p{N}]/u.test(inner) || inner.split(/\s+/).length > 12) continue
    const start = (match.index ?? 0) + 2
    out.push({start, end: start + inner.length})
  }
  return out
}
