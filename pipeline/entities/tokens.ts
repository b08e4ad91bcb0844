/**
 * tokens: the words of the text view, with offsets, sentence index and the flags name finding needs.
 *
 * A word is a run of letters and digits, hyphens inside it kept ("Min-Jun", "États-Unis").
 * French elisions are split off as words of their own ("l'artiste" → "l'", "artiste"), and so is
 * the English possessive "'s".
 */
import type {TextView} from '../types.js'
import {fold} from './normalize.js'

export interface Token {
  /** Index in the token list. */
  i: number
  start: number
  end: number
  text: string
  /** Lower case; an elided word keeps its apostrophe ("l'", "qu'"). */
  lower: string
  /** Lower case without diacritics. */
  folded: string
  /** Starts with a capital letter. */
  cap: boolean
  /** Two or more letters, all capitals ("OTAN", "UNESCO"). */
  allCaps: boolean
  /** Index of the sentence holding the word. */
  sentence: number
  /**
   * First word of a sentence, or right after an opening quotation mark, dash or line break; or any word of a
   * title-case line ("Two Stars To Lead New Thriller"), where capitals say nothing either.
   */
  initial: boolean
  /** A French elided function word ("l'", "d'", "qu'"). */
  elision: boolean
  /** The characters between the previous word and this one. */
  before: string
}

const wordPattern = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*(?:['’][\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*)*/gu
const elided = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\p{L})/iu
const possessive = /['’]s$/i
const openers = /["«“‘(\[—–]\s*$|\n\s*$/

/** Split the view's text into words. Linear in the length of the text. */
export function tokenize(view: TextView): Token[] {
  const {text, sentences} = view
  const tokens: Token[] = []
  let sentence = 0
  let lastEnd = 0
  let lastSentence = -1
  const push = (start: number, end: number, elision: boolean): void => {
    while (sentence < sentences.length - 1 && (sentences[sentence] as {end: number}).end <= start) sentence++
    const value = text.slice(start, end)
    const lower = value.toLowerCase().replace('’', "'")
    const before = text.slice(lastEnd, start)
    const initial = sentence !== lastSentence || openers.test(before)
    tokens.push({
      i: tokens.length,
      start,
      end,
      text: value,
      lower,
      folded: fold(value),
      cap: /^\p{Lu}/u.test(value),
      allCaps: /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(value) && /\p{Lu}.*\p{Lu}/u.test(value),
      sentence,
      initial,
      elision,
      before
    })
    lastEnd = end
    lastSentence = sentence
  }
  wordPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = wordPattern.exec(text))) {
    let start = match.index
    let word = match[0]
    const elision = elided.exec(word)
    if (elision) {
      push(start, start + elision[0].length, true)
      start += elision[0].length
      word = word.slice(elision[0].length)
      // a second elision ("qu'l'…") is not French; one is enough
    }
    if (possessive.test(word) && word.length > 2) {
      push(start, start + word.length - 2, false)
      continue
    }
    push(start, start + word.length, false)
  }
  markTitleCase(tokens)
  return tokens
}

/** Function words that title case capitalises and running text does not. */
const titleFunctionWords = new Set(['to', 'in', 'for', 'of', 'on', 'at', 'by', 'with', 'from', 'into', 'and', 'or', 'the', 'a', 'an', 'as', 'this', 'that', 'is', 'are', 'its', 'his', 'her', 'their', 'after', 'over', 'de', 'du', 'des', 'et', 'pour', 'sur', 'dans', 'avec'])

/** Fewest words of a line written in title case (shorter lines are names or headings of a name). */
const titleCaseWords = 6

/**
 * A line of six words or more whose words nearly all open with a capital, function words too ("Cameras Roll In
 * Lisbon This Spring"), is written in title case: every word of it counts as initial, its capitals saying nothing.
 */
function markTitleCase(tokens: Token[]): void {
  let from = 0
  for (let k = 1; k <= tokens.length; k++) {
    if (k < tokens.length && !(tokens[k] as Token).before.includes('\n')) continue
    const line = tokens.slice(from, k).filter((token) => /^\p{L}/u.test(token.text) && !token.elision)
    from = k
    if (line.length < titleCaseWords) continue
    const caps = line.filter((token) => token.cap).length
    // (function words capitalised, at least two of them past the first word)
    const functionCaps = line.slice(1).filter((token) => token.cap && !token.allCaps && titleFunctionWords.has(token.lower)).length
    if (caps / line.length < 0.85 || functionCaps < 2) continue
    for (const token of line) token.initial = true
  }
}

/** The words of `tokens[from..to)` as one lower-case phrase ("réalisé par", "d'après"). */
export function phrase(tokens: Token[], from: number, to: number): string {
  let out = ''
  to = Math.min(to, tokens.length)
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token
    if (i > from && !(tokens[i - 1] as Token).elision) out += ' '
    out += token.lower
  }
  return out
}

/** True when only spaces (no line break, no punctuation) separate two adjacent words. */
export function adjacent(next: Token): boolean {
  return /^[ \t\u00a0\u202f]+$/.test(next.before)
}
