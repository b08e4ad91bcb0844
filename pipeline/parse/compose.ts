/**
 * compose: read a decomposed (NFD) text as its composed (NFC) form, and bring offsets back.
 *
 * Some editors and copy-pastes (macOS, PDF text) store "é" as "e" + U+0301. Every lexicon and
 * pattern of the pipeline is written in composed form, so such a text is processed as NFC; the
 * offsets found in the NFC text are then mapped back to the text as read, so the record still
 * grounds in the file (`source.slice(start, end)` is each item's text).
 */
import type {ExtractionRecord} from '../types.js'
import {createHash} from 'node:crypto'

/** The NFC text and, for each of its offsets (and its length), the offset in the original text. */
export interface Composed {
  text: string
  toSource: Int32Array
}

/** Null when `source` is already NFC, else its NFC form with the offset map. */
export function compose(source: string): Composed | null {
  if (source === source.normalize('NFC')) return null
  const parts: string[] = []
  const map: number[] = []
  let length = 0
  let start = 0
  // A segment is a character with the combining marks (and Hangul vowel or final jamo) after it:
  // composition never reaches across segments, so each composes on its own.
  for (let index = 1; index <= source.length; index++) {
    if (index < source.length && (continuesSegment(source.charCodeAt(index)) || isLowSurrogate(source.charCodeAt(index)))) continue
    const segment = source.slice(start, index)
    const composed = segment.normalize('NFC')
    for (let offset = 0; offset < composed.length; offset++) map.push(start + Math.min(offset, segment.length - 1))
    parts.push(composed)
    length += composed.length
    start = index
  }
  map.push(source.length)
  return {text: parts.join(''), toSource: Int32Array.from(map)}
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** Combining marks (the common blocks) and Hangul medial vowels and final consonants. */
function continuesSegment(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0x3099 && code <= 0x309a) ||
    (code >= 0x1160 && code <= 0x11ff) ||
    /\p{M}/u.test(String.fromCharCode(code))
  )
}

/**
 * The record of the NFC text, grounded in the original text: offsets mapped back, every span's
 * text cut again from `source`, the hash taken over `source`. Names, aliases and roles keep
 * their composed spelling.
 */
export function groundInSource(record: ExtractionRecord, source: string, toSource: Int32Array): ExtractionRecord {
  const at = (offset: number): number => toSource[offset] ?? source.length
  const span = <T extends {start: number; end: number}>(item: T): T => ({...item, start: at(item.start), end: at(item.end)})
  const cut = <T extends {start: number; end: number; text: string}>(item: T): T => {
    const moved = span(item)
    return {...moved, text: source.slice(moved.start, moved.end)}
  }
  return {
    source: {...record.source, sha256: createHash('sha256').update(source, 'utf8').digest('hex')},
    entities: record.entities.map((entity) => ({...entity, mentions: entity.mentions.map(cut)})),
    dates: record.dates.map(cut),
    quotations: record.quotations.map(cut),
    facts: record.facts.map(span)
  }
}
