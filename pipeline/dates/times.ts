/**
 * Grammar of clock times: "20 h 30", "20h", "(vers) 0 h 40", "(à) 20 heures", "midi", "20:30",
 * "8 p.m.", "8:30 am", "noon", "midnight". The date of a time comes from the text (normalise.ts).
 */
import {cue, digits, isKey, next, touches, type Scan} from './scan.js'
import {readQuantity} from './numbers.js'
import type {Candidate} from './semantics.js'

/** Minutes after an hour at `i` ("30" in "20 h 30"), or null. */
function minutes(scan: Scan, i: number): number | null {
  const m = digits(scan, i, 2, 2)
  return m !== null && m < 60 ? m : null
}

/** A time of day at `i`, or null. */
export function clockTime(scan: Scan, i: number): Candidate | null {
  const start = i
  let j = i
  // English "around 8 p.m." keeps its modifier; French "vers 20 h" is a preposition, left out like "à"
  if (isKey(scan, j, 'around', 'about')) j++
  const approx = j > i
  const found = read(scan, j)
  if (!found) return null
  if (!approx && isRunningTime(scan, i, found.next)) {
    const value = `PT${found.h ? `${found.h}H` : ''}${found.min ? `${found.min}M` : ''}`
    if (value !== 'PT') return {start, end: found.next, type: 'DURATION', meaning: {kind: 'fixed', value}}
  }
  return {start, end: found.next, type: 'TIME', meaning: {kind: 'time', h: found.h, min: found.min}}
}

/**
 * Whether "1 h 52" at `[i, end)` is a film's running time rather than a clock time: after "durée"
 * ("Durée : 1 h 52"), alone in parentheses ("(1 h 52)"), closing a credits line after a year
 * ("France, 2025, 1 h 52"), or standing alone as the last item of a credits paragraph ("Avec X,
 * Y. 2 h 31."): hours and minutes with no preposition, between two full stops or line ends; a few
 * words after "durée", "dure" ("une durée annoncée d'environ 1 h 45"); after "un film de"; or before
 * "de", "d'" with no clock preposition before it ("2 h 14 d'un hôpital la nuit").
 */
function isRunningTime(scan: Scan, i: number, end: number): boolean {
  if (scan.lex.lang !== 'fr' || !isKey(scan, i + 1, 'h')) return false
  let before = i - 1
  if (isKey(scan, before, ':')) before--
  if (isKey(scan, before, 'duree')) return true
  // "une durée annoncée d'environ 1 h 45", "le film dure 2 h 14": a length named a few words before
  if (!clockWords.has(scan.tokens[i - 1]?.key ?? '')) {
    for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
      const token = scan.tokens[k] as {key: string; kind: string}
      if (token.kind === 'punct' && token.key !== "'") break
      if (lengthWords.has(token.key)) return true
    }
  }
  // "un film de 1 h 30", "un documentaire de 2 h": the length of a work
  const elided = isKey(scan, i - 1, "'") && isKey(scan, i - 2, 'd')
  if ((elided || isKey(scan, i - 1, 'de')) && cue(scan, 'running-noun', elided ? i - 3 : i - 2)) return true
  // "2 h 14 d'un hôpital", "1 h 40 de film": so much of something, when no preposition makes it an hour
  if (!clockBefore.has(scan.tokens[i - 1]?.key ?? '') && (isKey(scan, end, 'de') || (isKey(scan, end, 'd') && isKey(scan, end + 1, "'")))) return true
  if (isKey(scan, i - 1, '(') && isKey(scan, end, ')')) return true
  const year = scan.tokens[i - 2]
  const after = next(scan, end)
  const closes = !after || after.key === '\n' || after.key === '.'
  if (closes && end - i === 3 && (i === 0 || isKey(scan, i - 1, '.', '\n'))) return true
  if (isKey(scan, i - 1, ',') && year?.kind === 'num' && year.text.length === 4 && closes) return true
  return closesCredits(scan, i, end)
}

/**
 * Whether hours and minutes at `[i, end)` close a parenthesis of credits after a comma ("(France,
 * 2025, 1 h 42)", "(Norvège, 1 h 36)"): the item before the comma is a year or a name, not a day
 * ("(mardi, 20 h 30)", "(le 12 mai, 20 h)" keep their clock time).
 */
function closesCredits(scan: Scan, i: number, end: number): boolean {
  if (!isKey(scan, i - 1, ',') || !isKey(scan, end, ')') || end - i !== 3) return false
  const item = scan.tokens[i - 2]
  if (!item) return false
  if (item.kind === 'num') return item.text.length === 4
  const lex = scan.lex
  const dayWord = lex.weekdays.has(item.key) || lex.months.has(item.key) || lex.seasons.has(item.key) || cue(scan, 'deictic-day', i - 2) !== null
  return item.kind === 'word' && /^\p{Lu}/u.test(item.text) && !dayWord
}

/** Words that name a length just before it ("durée", "dure"): what follows is a running time. */
const lengthWords = new Set(['duree', 'durees', 'dure', 'durent', 'durait', 'duraient', 'durera', 'dureront'])
/** Prepositions that make the number after them an hour of the clock ("à 20 h", "vers", "dès", "jusqu'à", "entre"). */
const clockWords = new Set(['a', 'au', 'vers', 'des', 'jusqu', 'entre', 'avant', 'apres', 'partir', 'depuis'])
/** The same and the words that may open a span of hours ("de 14 h 30 à …", "et 16 h de …"). */
const clockBefore = new Set([...clockWords, 'de', 'd', 'et', 'ou', 'dans', 'pour', 'sur', "'"])

/** Read an hour and its minutes. */
function read(scan: Scan, j: number): {h: number; min: number; next: number} | null {
  const token = next(scan, j)
  if (!token) return null
  if (token.kind === 'word') {
    const before = scan.tokens[j - 1]
    if (before && before.key === '-' && touches(scan, j)) return null
    if ((token.text === 'midi' || token.key === 'noon') && !(scan.tokens[j + 1]?.key === '-')) return {h: 12, min: 0, next: j + 1}
    if (token.text === 'minuit' || token.key === 'midnight') return {h: 0, min: 0, next: j + 1}
    return spelledHour(scan, j)
  }
  const h = digits(scan, j, 1, 2)
  if (h === null || h > 24) return null
  // "20:30"
  if (isKey(scan, j + 1, ':') && touches(scan, j + 1) && touches(scan, j + 2)) {
    const m = minutes(scan, j + 2)
    if (m === null) return null
    const meridiem = ampm(scan, j + 3)
    return {h: adjust(h, meridiem?.pm), min: m, next: meridiem?.next ?? j + 3}
  }
  // "7.30pm", "7.30 p.m." (British): a point between hour and minutes only with a meridiem, not a decimal
  if (scan.lex.lang === 'en' && isKey(scan, j + 1, '.') && touches(scan, j + 1) && touches(scan, j + 2)) {
    const m = minutes(scan, j + 2)
    const meridiem = m === null ? null : ampm(scan, j + 3)
    if (m !== null && meridiem && h <= 12) return {h: adjust(h, meridiem.pm), min: m, next: meridiem.next}
  }
  if (scan.lex.lang === 'fr') {
    if (isKey(scan, j + 1, 'h')) {
      const m = minutes(scan, j + 2)
      return m !== null ? {h, min: m, next: j + 3} : {h, min: 0, next: j + 2}
    }
    if (isKey(scan, j + 1, 'heures', 'heure') && isKey(scan, j - 1, 'a', 'vers', 'des', 'jusqu', 'de', 'et', "'")) {
      const m = minutes(scan, j + 2)
      return m !== null ? {h, min: m, next: j + 3} : {h, min: 0, next: j + 2}
    }
    return null
  }
  return readEnglish(scan, j, h)
}

/**
 * An hour written in words after "à", "vers", "dès", "jusqu'à" ("à vingt heures", "vers huit heures
 * et demie"), not a distance ("à deux heures de Paris").
 */
function spelledHour(scan: Scan, j: number): {h: number; min: number; next: number} | null {
  if (scan.lex.lang !== 'fr' || !isKey(scan, j - 1, 'a', 'vers', 'des')) return null
  if (next(scan, j)?.kind !== 'word') return null
  const q = readQuantity(scan, j)
  const h = q?.value
  if (!q || h === null || h === undefined || !Number.isInteger(h) || h > 24 || !isKey(scan, q.next, 'heures', 'heure')) return null
  const k = q.next + 1
  if (isKey(scan, k, 'de', 'd', 'du', 'des')) return null
  if (isKey(scan, k, 'et') && isKey(scan, k + 1, 'demie')) return {h, min: 30, next: k + 2}
  return {h, min: 0, next: k}
}

/** The English forms after an hour in digits: "8 p.m.", "8 o'clock". */
function readEnglish(scan: Scan, j: number, h: number): {h: number; min: number; next: number} | null {
  const meridiem = ampm(scan, j + 1)
  if (meridiem && h <= 12) return {h: adjust(h, meridiem.pm), min: 0, next: meridiem.next}
  if (isKey(scan, j + 1, 'o') && isKey(scan, j + 2, "'") && isKey(scan, j + 3, 'clock')) return {h, min: 0, next: j + 4}
  return null
}

/** "a.m.", "p.m.", "am", "pm" at `i`. */
function ampm(scan: Scan, i: number): {pm: boolean; next: number} | null {
  const t = next(scan, i)
  if (!t) return null
  if (t.key === 'am' || t.key === 'pm') return {pm: t.key === 'pm', next: i + 1}
  if ((t.key === 'a' || t.key === 'p') && isKey(scan, i + 1, '.') && isKey(scan, i + 2, 'm')) {
    let end = i + 3
    if (isKey(scan, end, '.') && touches(scan, end)) end++
    return {pm: t.key === 'p', next: end}
  }
  return null
}

/** A 12-hour clock hour to 24 hours. */
function adjust(h: number, pm: boolean | undefined): number {
  if (pm === undefined) return h
  if (pm) return h === 12 ? 12 : h + 12
  return h === 12 ? 0 : h
}
