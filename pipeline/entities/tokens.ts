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
  /** First word of a sentence, or right after an opening quotation mark, dash or line break. */
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
  return tokens
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
