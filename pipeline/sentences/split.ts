/**
 * split: cut paragraphs into sentences.
 *
 * A sentence ends at `.`, `!`, `?` or `…` (with any closing quotation marks or brackets after it)
 * when white space and the start of a new sentence follow: a capital letter, a digit, an opening
 * quotation mark or a dialogue dash. A period after a known abbreviation or a single capital
 * (an initial) does not end a sentence.
 */
import {loadSet} from '../lexicon/index.js'
import type {Paragraph, Sentence} from '../types.js'

const abbreviations = loadSet(import.meta.url, 'lexicon/abbreviations.tsv')

const boundary = /[.!?…]+(?:[\u00a0\u202f ]?["»”’)\]])*(?=\s+["«“‘(\[—–-]?\s*[\p{Lu}\d«“"—–])/gu

/** Split each paragraph of `text` into sentences, in text order. */
export function splitSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = []
  paragraphs.forEach((paragraph, index) => {
    const body = text.slice(paragraph.start, paragraph.end)
    let from = 0
    boundary.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = boundary.exec(body))) {
      if (match[0].startsWith('.') && isAbbreviation(body, match.index)) continue
      const end = match.index + match[0].length
      push(sentences, body, paragraph.start, from, end, index)
      from = end
    }
    push(sentences, body, paragraph.start, from, body.length, index)
  })
  return sentences
}

/** True when the period at `dot` closes an abbreviation or an initial rather than a sentence. */
function isAbbreviation(body: string, dot: number): boolean {
  const word = /[\p{L}.°-]*$/u.exec(body.slice(Math.max(0, dot - 12), dot))?.[0] ?? ''
  if (word === '') return false
  if (/^\p{Lu}$/u.test(word)) return true
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true
  return abbreviations.has(word)
}

/** Add the trimmed range `[from, to)` of the paragraph body as a sentence. */
function push(sentences: Sentence[], body: string, offset: number, from: number, to: number, paragraph: number): void {
  while (from < to && /\s/.test(body.charAt(from))) from++
  while (to > from && /\s/.test(body.charAt(to - 1))) to--
  if (to > from) sentences.push({start: offset + from, end: offset + to, paragraph})
}
