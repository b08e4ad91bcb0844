/**
 * Days named by a rule of the calendar rather than by their date: holidays ("à Noël", "pour la
 * Toussaint", "cette fête de Pentecôte", "at Christmas", "on Thanksgiving") from
 * `lexicon/holidays.tsv`, and ordinal weekdays of a month or season ("le premier dimanche de
 * septembre", "le dernier lundi de mai", "the second Thursday in November", "le premier dimanche
 * du printemps"). The year comes from a year written after the name, else from the document date
 * and the tense of the sentence, as for a month alone.
 */
import {addDays, daysInMonth, weekday, type Day} from './calendar.js'
import {cue, digits, isKey, next, type Scan} from './scan.js'
import type {Candidate} from './semantics.js'

/**
 * A rule naming one day of any year: `MM-DD`, `easter+N` (days from Easter Sunday), or
 * `nth:N:W:M[:D]` (the N-th weekday W of month M counted from its day D, 1 by default; N = -1 for
 * the last one of the month).
 */
export type DayRule = string

/** The day a rule names in year `y`, or null when the rule is not understood or names no day. */
export function dayOfRule(rule: DayRule, y: number): Day | null {
  let match = /^(\d{2})-(\d{2})$/.exec(rule)
  if (match) return {y, m: Number(match[1]), d: Number(match[2])}
  match = /^easter([+-]\d+)$/.exec(rule)
  if (match) return addDays(easter(y), Number(match[1]))
  match = /^nth:(-?\d):(\d):(\d{1,2})(?::(\d{1,2}))?$/.exec(rule)
  if (!match) return null
  const n = Number(match[1])
  const w = Number(match[2])
  const m = Number(match[3])
  if (n < 0) {
    const last: Day = {y, m, d: daysInMonth(y, m)}
    return addDays(last, -((weekday(last) - w + 7) % 7))
  }
  const from: Day = {y, m, d: match[4] ? Number(match[4]) : 1}
  const day = addDays(from, ((w - weekday(from) + 7) % 7) + 7 * (n - 1))
  return day.m === m || match[4] ? day : null
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm). */
export function easter(y: number): Day {
  const a = y % 19
  const b = Math.floor(y / 100)
  const c = y % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return {y, m: month, d: day}
}

/** Words before a holiday's name that make it a date: prepositions and determiners. */
const openers: Record<string, Set<string>> = {
  fr: new Set(['a', 'au', 'pour', 'avant', 'apres', 'depuis', 'des', 'jusqu', 'la', 'le', 'l', 'en', 'vers', 'entre', 'ici']),
  en: new Set(['at', 'for', 'on', 'by', 'before', 'after', 'since', 'until', 'till', 'over', 'around', 'last', 'next', 'this']),
}

/** "fête de", "fête des", "jour de": kept between a demonstrative and the name ("cette fête de Pentecôte"). */
function feastNoun(scan: Scan, j: number): number {
  if (isKey(scan, j, 'fete', 'jour') && isKey(scan, j + 1, 'de', 'des')) return j + 2
  return j
}

/** A year written right after a name ("Noël 2019", "Easter 2021"): its value and the index after it. */
function yearAfter(scan: Scan, j: number): {y: number; next: number} | null {
  const y = digits(scan, j, 4, 4)
  return y !== null && y >= 1000 && y <= 2200 ? {y, next: j + 1} : null
}

/** A holiday: "à Noël", "pour la Toussaint", "cette fête de Pentecôte", "Pâques 2020", "at Christmas". */
export function holiday(scan: Scan, i: number): Candidate | null {
  const demonstrative = cue(scan, 'this', i)
  const j = demonstrative ? feastNoun(scan, demonstrative.next) : i
  const hit = cue(scan, 'holiday', j)
  if (!hit) return null
  const year = yearAfter(scan, hit.next)
  const before = scan.tokens[i - 1]
  // "un film de Noël", "Joyeux Noël", "a Christmas movie": a name used as a modifier or in a title
  if (!demonstrative && !year && (!before || !openers[scan.lex.lang]?.has(before.key))) return null
  // "à Noël Godin": a first name before a surname
  const after = next(scan, hit.next)
  if (!year && after?.kind === 'word' && /^\p{Lu}/u.test(after.text) && !scan.lex.months.has(after.key)) return null
  return {start: i, end: year ? year.next : hit.next, type: 'DATE', meaning: {kind: 'holiday', rule: hit.value, y: year?.y}}
}

/** The first day of each season (northern astronomical seasons, to the nearest day). */
const seasonStart: Record<string, string> = {SP: '03:20', SU: '06:21', FA: '09:22', WI: '12:21'}

/**
 * An ordinal weekday of a month or season: "le premier dimanche de septembre", "le dernier lundi
 * de mai 2024", "the second Thursday in November", "le premier dimanche du printemps".
 */
export function ordinalWeekday(scan: Scan, i: number): Candidate | null {
  let j = i
  if (isKey(scan, j, 'le', 'the')) j++
  const word = next(scan, j)
  if (!word) return null
  const n = isKey(scan, j, 'dernier', 'last') ? -1 : scan.lex.ordinals.get(word.key)
  if (n === undefined || n > 5) return null
  const w = scan.lex.weekdays.get(next(scan, j + 1)?.key ?? '')
  if (w === undefined) return null
  let k = j + 2
  if (isKey(scan, k, 'de', 'du', 'of', 'in')) k++
  else if (isKey(scan, k, 'd') && isKey(scan, k + 1, "'")) k += 2
  else return null
  if (isKey(scan, k, 'le', 'l', 'the')) k += isKey(scan, k, 'l') ? 2 : 1
  const m = scan.lex.months.get(next(scan, k)?.key ?? '')
  const season = scan.lex.seasons.get(next(scan, k)?.key ?? '')
  let rule: string
  if (m !== undefined) rule = `nth:${n}:${w}:${m}`
  else if (season !== undefined && n > 0) rule = `nth:${n}:${w}:${seasonStart[season]}`
  else return null
  const year = yearAfter(scan, k + 1)
  return {start: i, end: year ? year.next : k + 1, type: 'DATE', meaning: {kind: 'holiday', rule, y: year?.y}}
}
