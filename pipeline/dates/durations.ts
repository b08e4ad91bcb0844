/**
 * Grammar of durations and sets: "trois ans" (P3Y), "plus de deux mois" (P2M), "30,4 secondes"
 * (PT30.4S), "un demi-siècle" (P50Y), "quelques jours" (PXD), "a decade" (P10Y); the same
 * quantities counted from a date ("il y a deux ans", "deux ans plus tard", "two years ago");
 * and repeated times ("chaque année" P1Y, "tous les jeudis" XXXX-WXX-4, "annuel").
 */
import type {Unit} from './lexicon.js'
import {readQuantity} from './numbers.js'
import {cue, cueBefore, isKey, next, touches, type Scan} from './scan.js'
import type {Candidate, Meaning, ShiftUnit} from './semantics.js'

/** A time unit at `i`, with the index after it. */
function unitAt(scan: Scan, i: number): {unit: Unit; next: number} | null {
  const token = next(scan, i)
  const unit = token ? scan.lex.units.get(token.key) : undefined
  // "nearly a quarter of its gross": a fraction of something, not three months
  if (token?.key === 'quarter' && isKey(scan, i + 1, 'of')) return null
  return unit ? {unit, next: i + 1} : null
}

/** The next smaller unit and how many of it make one: a fraction of an hour is written in minutes. */
const smaller: Partial<Record<Unit['unit'], {unit: Unit['unit']; per: number}>> = {Y: {unit: 'M', per: 12}, H: {unit: 'MIN', per: 60}, MIN: {unit: 'S', per: 60}}

/** The letter of a unit in an ISO 8601 duration (minutes are "M" after the "T"). */
function letter(u: Unit['unit']): string {
  return u === 'MIN' ? 'M' : u
}

/**
 * ISO 8601 duration of `n` times a unit (`n` null: unknown quantity, "PXY"). A fraction of an hour,
 * a minute or a year is written with the smaller unit: "deux heures et demie" PT2H30M, "half an
 * hour" PT30M, "un an et demi" P18M.
 */
export function durationValue(n: number | null, unit: Unit): string {
  const time = unit.unit === 'H' || unit.unit === 'MIN' || unit.unit === 'S'
  if (n === null) return `P${time ? 'T' : ''}X${letter(unit.unit)}`
  const amount = Number((n * unit.count).toFixed(3))
  const down = smaller[unit.unit]
  if (!Number.isInteger(amount) && down && Number.isInteger(Number((amount * down.per).toFixed(3)))) {
    const whole = Math.floor(amount)
    const rest = Math.round((amount - whole) * down.per)
    // hours and minutes side by side (PT2H30M); years in months (P18M)
    if (unit.unit === 'Y') return `P${whole * down.per + rest}M`
    return `PT${whole ? `${whole}${letter(unit.unit)}` : ''}${rest}${letter(down.unit)}`
  }
  return `P${time ? 'T' : ''}${amount}${letter(unit.unit)}`
}

/** A quantity of a unit at `i`: "trois ans", "un demi-siècle", "un quart de siècle", "une heure et demie". */
function measure(scan: Scan, i: number): {n: number | null; unit: Unit; next: number} | null {
  // "half a century", "half an hour": half of one unit
  if (isKey(scan, i, 'half') && isKey(scan, i + 1, 'a', 'an')) {
    const u = unitAt(scan, i + 2)
    if (u && !/s$/.test(scan.tokens[i + 2]?.key ?? '')) return {n: 0.5, unit: u.unit, next: u.next}
  }
  // "the final half hour", "a half-hour": half of one unit, without the article
  if (isKey(scan, i, 'half')) {
    const j = isKey(scan, i + 1, '-') && touches(scan, i + 1) && touches(scan, i + 2) ? i + 2 : i + 1
    const u = unitAt(scan, j)
    if (u && !/s$/.test(scan.tokens[j]?.key ?? '')) return {n: 0.5, unit: u.unit, next: u.next}
  }
  const q = readQuantity(scan, i)
  if (!q) return null
  let j = q.next
  let factor = 1
  // "a ten-minute ovation", "a 24-hour strike": a number joined to a singular unit by a hyphen
  if (isKey(scan, j, '-') && touches(scan, j) && touches(scan, j + 1) && scan.lex.units.has(next(scan, j + 1)?.key ?? '') && !/s$/.test(next(scan, j + 1)?.key ?? '')) j++
  else if (isKey(scan, j, 'demi') && isKey(scan, j + 1, '-')) {
    factor = 0.5
    j += 2
  } else if (isKey(scan, j, 'quart', 'quarts') && isKey(scan, j + 1, 'de', 'd')) {
    factor = 0.25
    j += isKey(scan, j + 1, 'd') ? 3 : 2
  }
  const u = unitAt(scan, j)
  if (!u) return null
  let n = q.value === null ? null : q.value * factor
  let end = u.next
  if (n !== null && isKey(scan, end, 'et') && isKey(scan, end + 1, 'demi', 'demie')) {
    n += 0.5
    end += 2
  }
  return {n, unit: u.unit, next: end}
}

/** "hour-long", "year-long", "a week-long festival": one unit, written as an adjective. */
export function unitLong(scan: Scan, i: number): Candidate | null {
  const u = unitAt(scan, i)
  if (!u || u.unit.count !== 1 || /s$/.test(scan.tokens[i]?.key ?? '') || scan.lex.lang !== 'en') return null
  if (!isKey(scan, i + 1, '-') || !isKey(scan, i + 2, 'long') || !touches(scan, i + 1) || !touches(scan, i + 2)) return null
  // "a two-hour-long film" is read by duration()
  if (isKey(scan, i - 1, '-') && touches(scan, i)) return null
  return {start: i, end: i + 3, type: 'DURATION', meaning: {kind: 'fixed', value: durationValue(1, u.unit)}}
}

/** Whether a count of years at `[i, end)` reads as an age ("un homme de 35 ans", ", 97 ans,", "35 years old"). */
function isAge(scan: Scan, i: number, end: number, unit: Unit): boolean {
  if (unit.unit !== 'Y' || unit.count !== 1) return false
  const before = scan.tokens[i - 1]
  const after = next(scan, end)
  if (after && (after.key === 'old' || (after.key === '-' && isKey(scan, end + 1, 'old')))) return true
  if (before && (before.key === '(' || before.key === ',') && (!after || [',', ')', '.'].includes(after.key))) return true
  // "les 6-16 ans", "de 2 à 8 ans": an age bracket
  if (before && (before.key === '-' || before.key === 'a') && scan.tokens[i - 2]?.kind === 'num') return true
  const mod = cueBefore(scan, 'dur-mod', i)
  if (mod && ageGroup(scan, mod.start, unit)) return true
  if (before && (before.key === 'de' || before.key === "'") && !mod) {
    const head = before.key === "'" ? i - 2 : i - 1
    const word = scan.tokens[head - 1]
    if (!word || word.kind !== 'word') return false
    return !cue(scan, 'duration-head', head - 1)
  }
  return false
}

/** Whether a modified count of years at `i` names an age group: "les moins de 17 ans", "aux plus de 60 ans". */
function ageGroup(scan: Scan, i: number, unit: Unit): boolean {
  return unit.unit === 'Y' && unit.count === 1 && isKey(scan, i - 1, 'les', 'des', 'aux')
}

/** The precision of a shift by a unit: years stay years, months stay months, weeks and days give a day. */
function shiftUnit(unit: Unit): ShiftUnit | null {
  if (unit.unit === 'Y') return 'Y'
  if (unit.unit === 'M') return 'M'
  if (unit.unit === 'W' || unit.unit === 'D') return 'D'
  return null
}

/**
 * Durations, and quantities of time counted from a date: "pendant trois ans" → "trois ans";
 * "plus de deux mois"; "il y a une semaine"; "deux ans plus tard"; "two years ago".
 */
export function duration(scan: Scan, i: number): Candidate | null {
  let j = i
  const mod = cue(scan, 'dur-mod', j)
  if (mod) j = mod.next
  // "ces derniers jours" PXD, "ces dernières 24 heures" PT24H, "the past two years" P2Y
  let recent = false
  if (!mod && isKey(scan, j, 'ces', 'les', 'the') && (cue(scan, 'deictic-mod', j + 1) || cue(scan, 'deictic-pre', j + 1))) {
    recent = true
    j += 2
  }
  // "ces deux dernières années" P2Y, "les trois derniers mois" P3M: the count before the adjective (French)
  if (!mod && !recent && isKey(scan, j, 'ces', 'les')) {
    const q = readQuantity(scan, j + 1)
    const adjective = q && q.value !== null ? cue(scan, 'deictic-mod', q.next) : null
    const u = adjective ? unitAt(scan, adjective.next) : null
    if (q && q.value !== null && u && u.unit.count === 1 && !isKey(scan, u.next, 'de', 'du', 'des', 'd')) {
      return {start: i, end: u.next, type: 'DURATION', meaning: {kind: 'fixed', value: durationValue(q.value, u.unit)}}
    }
  }
  let m = measure(scan, j)
  // "the last years of the painter", "les dernières années de sa vie": a period of a life, not a duration
  if (!m && recent && isKey(scan, j + 1, 'of', 'de', 'du', 'd')) return null
  if (!m && recent) {
    const u = unitAt(scan, j)
    if (u && /s$/.test(scan.tokens[j]?.key ?? '')) m = {n: null, unit: u.unit, next: u.next}
  }
  // "for years", "within months", "spent weeks": a bare plural unit, a duration of unknown length (English:
  // French says "des années", read as a quantity)
  if (!m && !mod && !recent && cueBefore(scan, 'vague-span', i)) {
    const u = unitAt(scan, i)
    const plural = /s$/.test(scan.tokens[i]?.key ?? '')
    if (u && plural && u.unit.count === 1 && !cue(scan, 'ago', u.next) && !cue(scan, 'later', u.next)) m = {n: null, unit: u.unit, next: u.next}
  }
  if (!m) return null
  // "a week-long shoot": the article is no quantity, "week-long" is read by unitLong
  if (isKey(scan, j, 'a', 'an') && isKey(scan, m.next, '-') && isKey(scan, m.next + 1, 'long') && touches(scan, m.next)) return null
  if (!mod && !recent && isAge(scan, j, m.next, m.unit)) return null
  if (mod && ageGroup(scan, i, m.unit)) return null
  // "en dehors des heures scolaires", "les heures ouvrables": hours of a timetable, not a duration
  if (m.n === null && !mod && !recent && isKey(scan, i, 'des', 'les') && timetableHours(scan, m.next)) return null
  // "à vingt heures", "vers 20 heures": a clock time (times.ts), unless a distance follows ("à deux heures de Paris")
  if (!mod && m.unit.unit === 'H' && scan.lex.lang === 'fr' && isKey(scan, i - 1, 'a', 'vers', 'des') && !isKey(scan, m.next, 'de', 'd', 'du', 'des')) return null
  // "une seconde fois", "a second film": the ordinal, not the unit; "pas hésité une seconde": a figure of speech
  if (m.unit.unit === 'S' && m.n === 1 && /^second/.test(scan.tokens[m.next - 1]?.key ?? '') && !mod && !cueBefore(scan, 'duration-head', i)) return null
  if (!mod && isKey(scan, i, 'des') && !recent) {
    // "des années" is a vague duration, but "des années 60" is a decade (matched elsewhere)
    if (next(scan, m.next)?.kind === 'num') return null
  }
  // "two days a week", "trois jours par semaine", "an hour a day": so much in every period, a set of that period
  const per = perPeriod(scan, m.next)
  if (per && !recent) return {start: i, end: per.next, type: 'SET', meaning: {kind: 'fixed', value: durationValue(1, per.unit)}}
  const value = durationValue(m.n, m.unit)
  // counted from a date
  const ago = cueBefore(scan, 'ago', i)
  // "1 hour 52 minutes", "deux ans et trois mois": one duration in two units
  const both = compound(scan, m)
  if (both && !ago && !cue(scan, 'ago', both.next) && !cue(scan, 'later', both.next)) {
    return {start: i, end: both.next, type: 'DURATION', meaning: {kind: 'fixed', value: both.value}}
  }
  const after = cue(scan, 'ago', m.next)
  const later = cue(scan, 'later', m.next)
  const precision = shiftUnit(m.unit)
  if (precision && !recent) {
    const n = m.n === null ? null : m.n * m.unit.count
    const days = m.unit.unit === 'W' ? 7 : 1
    const unit: ShiftUnit = precision === 'D' ? 'D' : precision
    if (ago && ago.value === 'before') return shifted(ago.start, m.next, 'doc', unit, n === null ? null : -n * days)
    if (after && after.value === 'after') return shifted(i, after.next, 'doc', unit, n === null ? null : -n * days)
    if (later) {
      const closing = next(scan, later.next)
      const single = later.next - m.next === 1 && ['apres', 'after'].includes(scan.tokens[m.next]?.key ?? '')
      if (!single || !closing || closing.kind === 'punct') {
        return shifted(i, later.next, 'ref', unit, n === null ? null : Number(later.value) * n * days)
      }
    }
  }
  return {start: i, end: m.next, type: 'DURATION', meaning: {kind: 'fixed', value}}
}

/**
 * A whole count of the next smaller unit right after a measure, maybe after "et"/"and": "1 hour 52
 * minutes" PT1H52M, "two hours and ten minutes" PT2H10M, "deux ans et trois mois" P2Y3M.
 */
function compound(scan: Scan, m: {n: number | null; unit: Unit; next: number}): {value: string; next: number} | null {
  // the unit that may follow (the next smaller one) and how many of it make one
  const down = smaller[m.unit.unit]
  if (!down || m.unit.count !== 1 || m.n === null || !Number.isInteger(m.n)) return null
  const k = isKey(scan, m.next, 'et', 'and') ? m.next + 1 : m.next
  const second = measure(scan, k)
  if (!second || second.n === null || !Number.isInteger(second.n) || second.n <= 0 || second.n >= down.per) return null
  if (second.unit.unit !== down.unit || second.unit.count !== 1) return null
  const time = m.unit.unit !== 'Y' ? 'T' : ''
  return {value: `P${time}${m.n}${letter(m.unit.unit)}${second.n}${letter(second.unit.unit)}`, next: second.next}
}

/** Whether the word at `i` qualifies hours as a timetable ("heures scolaires", "heures de bureau", "heures ouvrables"). */
function timetableHours(scan: Scan, i: number): boolean {
  return cue(scan, 'timetable', i) !== null
}

/**
 * The first quantity of a range of durations that names its unit once: "8" in "de 8 à 24 mois",
 * "deux" in "deux ou trois jours", "10" in "entre 10 et 15 minutes" (the second is a duration of its own).
 * Not an age bracket ("de 2 à 8 ans", see isAge).
 */
export function durationInRange(scan: Scan, i: number): Candidate | null {
  const q = readQuantity(scan, i)
  if (!q || q.value === null || !isKey(scan, q.next, 'a', 'et', 'ou', 'to', 'and', 'or')) return null
  if (scan.lex.units.has(next(scan, q.next)?.key ?? '')) return null
  const second = duration(scan, q.next + 1)
  if (!second || second.start !== q.next + 1 || second.type !== 'DURATION') return null
  if (cue(scan, 'dur-mod', q.next + 1)) return null
  const u = unitAt(scan, second.end - 1)
  if (!u || isAge(scan, q.next + 1, second.end, u.unit)) return null
  return {start: i, end: q.next, type: 'DURATION', meaning: {kind: 'fixed', value: durationValue(q.value, u.unit)}}
}

/** "a week", "per year", "par semaine", "by the hour" after a quantity: the period it repeats in (a singular unit). */
function perPeriod(scan: Scan, i: number): {unit: Unit; next: number} | null {
  if (!isKey(scan, i, ...(scan.lex.lang === 'fr' ? ['par', 'chaque'] : ['a', 'an', 'per', 'each', 'every']))) return null
  const token = next(scan, i + 1)
  const unit = token ? scan.lex.units.get(token.key) : undefined
  if (!unit || unit.count !== 1 || (/s$/.test(token?.key ?? '') && token?.key !== 'mois')) return null
  return {unit, next: i + 2}
}

/** "twice a week", "once a year", "three times a month", "deux fois par an": a set of the period. */
function frequency(scan: Scan, i: number): Candidate | null {
  let j: number
  if (isKey(scan, i, 'once', 'twice', 'thrice') && scan.lex.lang === 'en') j = i + 1
  else {
    const q = readQuantity(scan, i)
    if (!q || !isKey(scan, q.next, scan.lex.lang === 'fr' ? 'fois' : 'times')) return null
    j = q.next + 1
  }
  const per = perPeriod(scan, j)
  return per ? {start: i, end: per.next, type: 'SET', meaning: {kind: 'fixed', value: durationValue(1, per.unit)}} : null
}

/** A date a number of units away from a base; an unknown quantity gives a vague past or future. */
function shifted(start: number, end: number, base: 'doc' | 'ref', unit: ShiftUnit, n: number | null): Candidate {
  const meaning: Meaning = n === null ? {kind: 'fixed', value: 'PAST_REF'} : {kind: 'shift', base, unit, n}
  return {start, end, type: 'DATE', meaning}
}

/** Sets: "chaque année" P1Y, "tous les deux ans" P2Y, "tous les jeudis" XXXX-WXX-4, "every Monday", "annuel", "par an". */
export function set(scan: Scan, i: number): Candidate | null {
  const word = cue(scan, 'set-word', i)
  if (word) return {start: i, end: word.next, type: 'SET', meaning: {kind: 'fixed', value: word.value}}
  if (isKey(scan, i - 1, 'par', 'per') && !isKey(scan, i - 2, 'plus', 'moins')) {
    const u = unitAt(scan, i)
    if (u && !/s$/.test(scan.tokens[i]?.key ?? '')) return {start: i, end: u.next, type: 'SET', meaning: {kind: 'fixed', value: durationValue(1, u.unit)}}
  }
  const often = frequency(scan, i)
  if (often) return often
  const each = cue(scan, 'set', i)
  if (!each) return null
  const j = each.next
  const token = next(scan, j)
  if (!token) return null
  const weekday = scan.lex.weekdays.get(token.key) ?? scan.lex.weekdays.get(token.key.replace(/s$/, ''))
  if (weekday !== undefined) return {start: i, end: j + 1, type: 'SET', meaning: {kind: 'fixed', value: `XXXX-WXX-${weekday}`}}
  const m = measure(scan, j)
  if (m) return {start: i, end: m.next, type: 'SET', meaning: {kind: 'fixed', value: durationValue(m.n ?? 1, m.unit)}}
  const u = unitAt(scan, j)
  if (u) return {start: i, end: u.next, type: 'SET', meaning: {kind: 'fixed', value: durationValue(1, u.unit)}}
  return null
}


/** A unit worth several years or months, alone: "un «quinquennat»", "le septennat", "a decade" is read elsewhere. */
export function unitAlone(scan: Scan, i: number): Candidate | null {
  const u = unitAt(scan, i)
  if (!u || u.unit.count === 1 || u.unit.count >= 100 || /s$/.test(scan.tokens[i]?.key ?? '')) return null
  if (isKey(scan, i - 1, 'par', 'per')) return null
  if (periodOfNoun(scan, i)) return null
  return {start: i, end: u.next, type: 'DURATION', meaning: {kind: 'fixed', value: durationValue(1, u.unit)}}
}

/** Determiners between "of"/"de" and a unit that name a definite period ("of its decade", "de la décennie"). */
const definite = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'la', 'le', 'sa', 'son', 'leur', 'notre', 'cette', 'ce'])

/**
 * Whether the unit at `i` is the complement of a noun through "of"/"de" and a definite determiner
 * ("the best comedy of its decade", "le film de la décennie", "le bilan du septennat"): it names the
 * period a thing belongs to, not a length of time.
 */
function periodOfNoun(scan: Scan, i: number): boolean {
  if (isKey(scan, i - 1, 'du')) return true
  const determiner = scan.tokens[i - 1]
  return determiner !== undefined && definite.has(determiner.key) && isKey(scan, i - 2, 'of', 'de')
}
