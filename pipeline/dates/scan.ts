/**
 * The scanning context shared by the grammar modules: the tokens of one text, its lexicon, and
 * small look-up helpers over token positions.
 */
import type {Lexicon} from './lexicon.js'
import {phraseAt, phraseBefore} from './lexicon.js'
import type {Token} from './tokens.js'

/** One text being scanned. */
export interface Scan {
  text: string
  tokens: Token[]
  lex: Lexicon
}

/** The token at `i`, if any (a line break is a token, so a look-up never crosses lines). */
export function next(scan: Scan, i: number): Token | undefined {
  return scan.tokens[i]
}

/** Whether the token at `i` has one of these folded keys. */
export function isKey(scan: Scan, i: number, ...keys: string[]): boolean {
  const token = next(scan, i)
  return token !== undefined && keys.includes(token.key)
}

/** A cue phrase of a category at `i`. */
export function cue(scan: Scan, category: string, i: number) {
  return phraseAt(scan.lex, category, scan.tokens, i)
}

/** A cue phrase of a category ending just before `i`. */
export function cueBefore(scan: Scan, category: string, i: number) {
  return phraseBefore(scan.lex, category, scan.tokens, i)
}

/** A digit token of a given length range at `i`, as a number. */
export function digits(scan: Scan, i: number, min = 1, max = 4): number | null {
  const token = next(scan, i)
  if (!token || token.kind !== 'num' || token.text.length < min || token.text.length > max) return null
  return Number(token.text)
}

/** Whether token `i` touches token `i - 1` (no space between). */
export function touches(scan: Scan, i: number): boolean {
  const a = scan.tokens[i - 1]
  const b = scan.tokens[i]
  return a !== undefined && b !== undefined && a.end === b.start
}

/** Whether token `i` opens a sentence or a line. */
export function opensSentence(scan: Scan, i: number): boolean {
  const before = scan.tokens[i - 1]
  return !before || ['.', '!', '?', '\n', '«', '"', '“', ':'].includes(before.key)
}
