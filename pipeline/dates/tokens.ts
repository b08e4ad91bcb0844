/**
 * Tokens of the dates stage: words, digit runs, single punctuation marks and line breaks with their
 * offsets. A line break is a token of its own so that no expression spans two lines.
 *
 * The grammar matches token sequences; `key` is the folded form (lower case, accents removed,
 * typographic apostrophes made straight) so that "Été", "ete" and "été" look alike.
 */
import {fold} from '../lexicon/fold.js'

export {fold}

/** One token of the text view. */
export interface Token {
  start: number
  end: number
  /** The characters as written. */
  text: string
  /** Folded form used for look-ups. */
  key: string
  kind: 'word' | 'num' | 'punct'
}

const tokenPattern = /\p{L}+|\d+|\n|[^\s\p{L}\d]/gu

/** Split text into tokens, in order. Linear in the length of the text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(tokenPattern)) {
    const value = match[0]
    const start = match.index ?? 0
    const first = value.charCodeAt(0)
    const kind = first >= 48 && first <= 57 ? 'num' : /\p{L}/u.test(value) ? 'word' : 'punct'
    tokens.push({start, end: start + value.length, text: value, key: fold(value), kind})
  }
  return tokens
}

