/**
 * Grammar of relative and vague expressions: "hier", "aujourd'hui vendredi", "hier soir",
 * "la veille", "le lendemain matin", "l'an dernier", "l'année suivante", "cette semaine",
 * "ce week-end", "the following year", "last month", weekdays ("mardi", "vendredi dernier",
 * "lundi prochain", "Dimanche soir"), parts of the day ("la nuit", "ce soir"), and vague
 * references ("maintenant" PRESENT_REF, "l'avenir" FUTURE_REF).
 */
import {cue, isKey, next, opensSentence, touches, type Scan} from './scan.js'
import type {Candidate, Meaning, ShiftUnit} from './semantics.js'

/** A part of the day after `i` ("soir", "matin", "après-midi"), with an optional "en"/"dans la"/"in the". */
function partAfter(scan: Scan, i: number): {part: string; next: number} | null {
  let j = i
  if (isKey(scan, j, 'in') && isKey(scan, j + 1, 'the')) j += 2
  // "hier en début d'après-midi", "in the early evening"
  if (isKey(scan, j, 'en') && cue(scan, 'point-mod', j + 1) && isKey(scan, j + 2, 'd', 'de')) j += isKey(scan, j + 2, 'd') ? 4 : 3
  else if (isKey(scan, j, 'early', 'late') && i < j) j++
  const hit = cue(scan, 'part', j)
  if (!hit || scan.tokens[j]?.key === 'journee') return null
  return {part: hit.value, next: hit.next}
}

/** Deictic days: "hier", "aujourd'hui", "demain", "hier soir", "aujourd'hui vendredi", "yesterday morning". */
export function deicticDay(scan: Scan, i: number): Candidate | null {
  const hit = cue(scan, 'deictic-day', i)
  if (!hit) return null
  const n = Number(hit.value)
  const part = partAfter(scan, hit.next)
  if (part) return {start: i, end: part.next, type: 'DATE', meaning: {kind: 'shift', base: 'doc', unit: 'D', n}}
  // "hier à 10 h", "yesterday at 10 a.m.": the day, then the time on that day (a second expression)
  let end = hit.next
  // "Aujourd'hui, la ville a changé", "et, aujourd'hui, …": a sentence adverb set off by commas means
  // "nowadays", not the day of the document ("il est arrivé aujourd'hui, accompagné de …" stays a day)
  if (n === 0 && scan.lex.lang === 'fr' && isKey(scan, end, ',') && (opensSentence(scan, i) || isKey(scan, i - 1, ','))) {
    return {start: i, end, type: 'TIME', meaning: {kind: 'fixed', value: 'PRESENT_REF'}}
  }
  // "aujourd'hui vendredi": the weekday names the same day
  if (n === 0 && scan.lex.weekdays.has(next(scan, end)?.key ?? '')) end++
  return {start: i, end, type: 'DATE', meaning: {kind: 'shift', base: 'doc', unit: 'D', n}}
}

/** Days counted from the last date of the text: "la veille", "le lendemain (matin)", "the next day". */
export function anaphoricDay(scan: Scan, i: number): Candidate | null {
  const hit = cue(scan, 'anaphoric-day', i) ?? partOfAnaphoricDay(scan, i)
  if (!hit) return null
  if (isKey(scan, hit.next, 'de', 'du', 'des', 'd', 'of')) {
    // "à la veille de sa retraite", "au lendemain de la démission", "on the eve of the ceremony":
    // shortly before or after an event, not a date
    if (isKey(scan, i - 1, 'a', 'au', 'on')) return null
    // "le lendemain du 14 juillet": the date after it is read on its own
    const after = next(scan, isKey(scan, hit.next, 'd') ? hit.next + 2 : hit.next + 1)
    if (!after || after.kind === 'num' || scan.lex.months.has(after.key)) return null
    // "la veille du drame", "le lendemain de sa mort": the day of an event the text does not date
    return {start: i, end: hit.next, type: 'DATE', meaning: {kind: 'unresolved'}}
  }
  // "the day before the premiere", "the day after his death": the day of an event the text does not
  // date, as "la veille du drame" (a date after it, "the day after June 3", is read on its own)
  if (isKey(scan, hit.next - 1, 'before', 'after') && eventAfter(scan, hit.next)) return {start: i, end: hit.next, type: 'DATE', meaning: {kind: 'unresolved'}}
  const n = Number(hit.value)
  const part = partAfter(scan, hit.next)
  if (part) return {start: i, end: part.next, type: 'DATE', meaning: {kind: 'shift', base: 'ref', unit: 'D', n}}
  return {start: i, end: hit.next, type: 'DATE', meaning: {kind: 'shift', base: 'ref', unit: 'D', n}}
}

/** Whether a noun phrase or a clause opens at `i` ("the premiere", "his death", "they were shot"): an event, not a date. */
function eventAfter(scan: Scan, i: number): boolean {
  const token = next(scan, i)
  if (!token || token.kind !== 'word') return false
  return eventOpeners.has(token.key)
}

/** Determiners and subject pronouns that open a noun phrase or a clause (eventAfter). */
const eventOpeners = new Set(['the', 'his', 'her', 'its', 'their', 'a', 'an', 'this', 'that', 'my', 'our', 'your', 'he', 'she', 'it', 'they', 'we', 'i', 'you'])

/**
 * A day counted within an undated stretch of time the text tells of: "Le premier jour, il m'a
 * demandé …", "on the last day": a date with no value.
 */
export function countedDay(scan: Scan, i: number): Candidate | null {
  const hit = cue(scan, 'counted-day', i)
  // "le premier jour de tournage", "the first day of the shoot": the start of an event, not a date
  if (!hit || isKey(scan, hit.next, 'de', 'du', 'des', 'd', 'of')) return null
  return {start: i, end: hit.next, type: 'DATE', meaning: {kind: 'unresolved'}}
}

/**
 * "the next morning", "the following evening", "that night": a part of a day counted from the last
 * date of the text, read as that day (the part is then found again by `partAfter`). English only:
 * French says "le lendemain matin", "la veille au soir".
 */
function partOfAnaphoricDay(scan: Scan, i: number): {value: string; next: number} | null {
  const pre = cue(scan, 'anaphoric-pre', i)
  if (!pre || scan.lex.lang !== 'en' || !cue(scan, 'part', pre.next)) return null
  return {value: pre.value, next: pre.next}
}

/** "ce soir", "ce matin", "tonight": a part of the document's day. */
export function tonight(scan: Scan, i: number): Candidate | null {
  const hit = cue(scan, 'tonight', i)
  if (!hit) return null
  return {start: i, end: hit.next, type: 'TIME', meaning: {kind: 'shift', base: 'doc', unit: 'D', n: 0, part: hit.value}}
}

/** Vague references to the present, past or future: "maintenant", "actuellement", "l'avenir", "now". */
export function vague(scan: Scan, i: number): Candidate | null {
  const hit = cue(scan, 'ref', i)
  if (!hit) return null
  return {start: i, end: hit.next, type: 'TIME', meaning: {kind: 'fixed', value: hit.value}}
}

/** A calendar unit noun at `i` ("année", "mois", "semaine", "week-end", "year"). */
function calendarUnit(scan: Scan, i: number): {unit: ShiftUnit; next: number} | null {
  const token = next(scan, i)
  if (!token) return null
  if (token.key === 'weekend') return {unit: 'WE', next: i + 1}
  if (token.key === 'week' && isKey(scan, i + 1, '-') && isKey(scan, i + 2, 'end') && touches(scan, i + 2)) return {unit: 'WE', next: i + 3}
  const unit = scan.lex.units.get(token.key)
  // singular only ("mois" is both)
  if (!unit || (/s$/.test(token.key) && token.key !== 'mois')) return null
  // "last decade", "la décennie suivante"
  if (unit.count === 10 && unit.unit === 'Y') return {unit: 'DE', next: i + 1}
  if (unit.count !== 1) return null
  if (unit.unit === 'Y' || unit.unit === 'M' || unit.unit === 'W' || unit.unit === 'D') return {unit: unit.unit, next: i + 1}
  return null
}

/**
 * Calendar units relative to the document or to the text: "l'an dernier", "l'année suivante",
 * "le mois prochain", "cette année", "ce mois-ci", "cette année-là", "la même année",
 * "last year", "next week", "this month", "the following year", "the year before".
 */
export function relativeUnit(scan: Scan, i: number): Candidate | null {
  let j = i
  let base: 'doc' | 'ref' | null = null
  let n = 0
  const pre = cue(scan, 'deictic-pre', j) ?? cue(scan, 'anaphoric-pre', j)
  const demonstrative = cue(scan, 'this', j)
  if (pre) {
    base = cue(scan, 'deictic-pre', j) ? 'doc' : 'ref'
    n = Number(pre.value)
    j = pre.next
  } else if (demonstrative) {
    base = 'doc'
    j = demonstrative.next
  } else if (isKey(scan, j, 'l') && isKey(scan, j + 1, "'")) j += 2
  else if (isKey(scan, j, 'le', 'la', 'the')) j++
  else return null
  if (!pre && isKey(scan, j, 'meme', 'same')) {
    base = 'ref'
    j++
  }
  const unit = calendarUnit(scan, j)
  if (!unit) return null
  let end = unit.next
  if (demonstrative && isKey(scan, end, '-') && isKey(scan, end + 1, 'ci', 'la')) {
    if (scan.tokens[end + 1]?.key === 'la') base = 'ref'
    end += 2
  }
  // "over the weekend": the weekend the news is about, the last or the coming one by the tense
  const over = unit.unit === 'WE' && !pre && !demonstrative && base === null && isKey(scan, i, 'the') && isKey(scan, i - 1, 'over')
  if (over && !cue(scan, 'deictic-mod', end) && !cue(scan, 'anaphoric-mod', end)) base = 'doc'
  if (!pre && !demonstrative && base === null) {
    const after = cue(scan, 'deictic-mod', end) ?? cue(scan, 'anaphoric-mod', end)
    if (!after) return null
    base = cue(scan, 'deictic-mod', end) ? 'doc' : 'ref'
    n = Number(after.value)
    end = after.next
  }
  if (base === null) return null
  if (unit.unit === 'D' && base === 'doc') return null
  // "the year after his death", "the day before the premiere": counted from an undated event
  if (base === 'ref' && isKey(scan, end - 1, 'before', 'after') && eventAfter(scan, end)) return {start: i, end, type: 'DATE', meaning: {kind: 'unresolved'}}
  return {start: i, end, type: 'DATE', meaning: {kind: 'shift', base, unit: unit.unit, n}}
}

/**
 * Weekdays without a date: "mardi", "ce dimanche", "vendredi dernier", "lundi prochain",
 * "mardi soir", "last Friday", "on Monday".
 */
export function weekday(scan: Scan, i: number): Candidate | null {
  let j = i
  let dir = 0
  const pre = cue(scan, 'deictic-pre', j)
  const demonstrative = !pre && cue(scan, 'this', j) !== null
  if (pre) {
    dir = Number(pre.value)
    j = pre.next
  } else if (demonstrative) j++
  const token = next(scan, j)
  const w = token ? scan.lex.weekdays.get(token.key) : undefined
  if (w === undefined) return null
  // "Vendredi Saint": a capitalised weekday before a capitalised word is part of a name
  const following = next(scan, j + 1)
  if (/^\p{Lu}/u.test(token?.text ?? '') && following && following.kind === 'word' && /^\p{Lu}/u.test(following.text) && !scan.lex.months.has(following.key)) return null
  // "ce mercredi 23 août": the full date is read from the weekday on (absolute.ts), without "ce"
  if (following?.kind === 'num' && scan.lex.months.has(next(scan, j + 2)?.key ?? '')) return null
  // "Les Loups du dimanche": after a capitalised noun and "du", part of a title
  if (j === i && isKey(scan, i - 1, 'du', 'de') && /^\p{Lu}/u.test(scan.tokens[i - 2]?.text ?? '') && !opensSentence(scan, i - 2)) return null
  let end = j + 1
  const post = cue(scan, 'deictic-mod', end)
  if (post) {
    dir = Number(post.value)
    end = post.next
  }
  const part = partAfter(scan, end)
  // "called us on the Monday": the Monday of a week the text tells of, not one around the document date
  const meaning: Meaning = j === i && dir === 0 && scan.lex.lang === 'en' && isKey(scan, i - 1, 'the') ? {kind: 'unresolved'} : {kind: 'weekday', weekday: w, dir}
  if (demonstrative && meaning.kind === 'weekday' && dir === 0) meaning.ofThis = true
  return {start: i, end: part ? part.next : end, type: 'DATE', meaning}
}

/**
 * Habitual weekdays, a set: "le dimanche" (bare, in French "on Sundays"), "les dimanches",
 * "Sundays" (XXXX-WXX-7; TimeML leaves "on" out). "le dimanche 5 mai", "le dimanche suivant", "le dimanche
 * de la finale" and "le dimanche soir" name one day and are left to the other matchers.
 */
export function habitualWeekday(scan: Scan, i: number): Candidate | null {
  const fr = scan.lex.lang === 'fr'
  let j = i
  if (fr && isKey(scan, j, 'le', 'les')) j++
  const token = next(scan, j)
  if (!token || token.kind !== 'word') return null
  const plural = /s$/.test(token.key)
  const w = scan.lex.weekdays.get(plural ? token.key.slice(0, -1) : token.key)
  if (w === undefined) return null
  if (fr && j === i) return null
  if (fr && plural !== isKey(scan, i, 'les')) return null
  if (!fr && !plural) return null
  const after = next(scan, j + 1)
  if (after && (after.kind === 'num' || scan.lex.months.has(after.key) || cue(scan, 'deictic-mod', j + 1) || cue(scan, 'anaphoric-mod', j + 1))) return null
  if (isKey(scan, j + 1, 'de', 'du', 'des', 'd', 'of', 'suivant', 'precedent', 'meme') || cue(scan, 'part', j + 1)) return null
  return {start: i, end: j + 1, type: 'SET', meaning: {kind: 'fixed', value: `XXXX-WXX-${w}`}}
}

/** A part of the day of the last day of the text: "la nuit", "la soirée", "l'après-midi", "the evening". */
export function partOfDay(scan: Scan, i: number): Candidate | null {
  let j = i
  if (isKey(scan, j, 'l') && isKey(scan, j + 1, "'")) j += 2
  else if (isKey(scan, j, 'le', 'la', 'the')) j++
  else return null
  const hit = cue(scan, 'part', j)
  if (!hit) return null
  // "la nuit de lundi à mardi", "the night of Monday": the part of that weekday
  if (isKey(scan, hit.next, 'de', 'du', 'of')) {
    const w = scan.lex.weekdays.get(next(scan, hit.next + 1)?.key ?? '')
    if (w === undefined) return null
    let end = hit.next + 2
    if (isKey(scan, end, 'a', 'au', 'to') && scan.lex.weekdays.has(next(scan, end + 1)?.key ?? '')) end += 2
    return {start: i, end, type: 'TIME', meaning: {kind: 'weekday', weekday: w, dir: 0, part: hit.value}}
  }
  // "Le Soir", "La Nuit américaine": a capitalised noun inside a sentence is a name
  if (/^\p{Lu}/u.test(scan.tokens[j]?.text ?? '') && !opensSentence(scan, i)) return null
  // "la soirée d'ouverture", "the evening of the gala": an event, not a time of day
  if (isKey(scan, hit.next, 'd', 'des')) return null
  // "les favoris de la soirée", "the star of the evening": the event again; but "au cours de la nuit",
  // "lors de la soirée", "in the middle of the night" place something in it
  if (isKey(scan, i - 1, 'de', 'of') && !isKey(scan, i - 2, 'cours', 'course', 'lors', 'milieu', 'middle', 'fin', 'end', 'debut', 'beginning')) return null
  return {start: i, end: hit.next, type: 'TIME', meaning: {kind: 'part', part: hit.value}}
}

/**
 * "l'année", "the year", "du mois", "d'année", "la décennie", "the decade" after "fin de", "début
 * de", "the end of": the year, month or decade of the text.
 */
export function yearNoun(scan: Scan, i: number): Candidate | null {
  let j = i
  if (isKey(scan, j, 'l') && isKey(scan, j + 1, "'")) j += 2
  else if (isKey(scan, j, 'the', 'la', 'le')) j++
  // "fin d'année", "début du mois": the article is in "d'", "du" before; not a noun's complement
  // ("une fête de fin d'année", "les soldes de fin de mois": a kind of party, of sale)
  else {
    const mod = isKey(scan, i - 1, 'du', 'de') ? i - 2 : isKey(scan, i - 1, "'") && isKey(scan, i - 2, 'd') ? i - 3 : -1
    if (mod < 0 || isKey(scan, mod - 1, 'de', 'du', 'des', "'")) return null
  }
  const unit = textUnits[next(scan, j)?.key ?? '']
  if (!unit) return null
  return {start: i, end: j + 1, type: 'DATE', meaning: {kind: 'shift', base: 'ref', unit, n: 0}}
}

/** The units that "l'année", "le mois", "la décennie" name as the current one of the text. */
const textUnits: Record<string, ShiftUnit> = {annee: 'Y', an: 'Y', year: 'Y', mois: 'M', month: 'M', decennie: 'DE', decade: 'DE'}

/** A part of the day without article, after "fin d'", "début de" ("en fin d'après-midi"). */
export function bareDayPart(scan: Scan, i: number): Candidate | null {
  const hit = cue(scan, 'part', i)
  if (!hit) return null
  return {start: i, end: hit.next, type: 'TIME', meaning: {kind: 'part', part: hit.value}}
}

/**
 * A month or season counted from the last date of the text: "the following December", "that
 * summer", "the previous spring" (English, a phrase before it); "l'été suivant", "le mois de
 * décembre précédent", "cet été-là" (French, a word after it). Not when a day or a year follows
 * ("the following December 3", "that summer of 1975"), which other matchers read.
 */
export function anaphoricMonth(scan: Scan, i: number): Candidate | null {
  if (scan.lex.lang === 'en') {
    const pre = cue(scan, 'anaphoric-pre', i)
    if (!pre) return null
    const found = monthOrSeason(scan, pre.next)
    if (!found || (found.key === 'fall' && Number(pre.value) === 0)) return null
    if (next(scan, found.next)?.kind === 'num' || isKey(scan, found.next, 'of')) return null
    return {start: i, end: found.next, type: 'DATE', meaning: {kind: 'after', n: Number(pre.value), ...found.meaning}}
  }
  let j = i
  const demonstrative = cue(scan, 'this', j)
  if (demonstrative) j = demonstrative.next
  else if (isKey(scan, j, 'l') && isKey(scan, j + 1, "'")) j += 2
  else if (isKey(scan, j, 'le', 'en')) j++
  else return null
  if (isKey(scan, j, 'mois') && isKey(scan, j + 1, 'de', 'd')) j += isKey(scan, j + 1, 'd') ? 3 : 2
  const found = monthOrSeason(scan, j)
  if (!found) return null
  if (demonstrative) {
    // "cet été-là": the one of the text's last date
    if (!isKey(scan, found.next, '-') || !isKey(scan, found.next + 1, 'la')) return null
    return {start: i, end: found.next + 2, type: 'DATE', meaning: {kind: 'after', n: 0, ...found.meaning}}
  }
  const post = cue(scan, 'anaphoric-mod', found.next)
  if (!post) return null
  const start = isKey(scan, i, 'en') ? i + 1 : i
  return {start, end: post.next, type: 'DATE', meaning: {kind: 'after', n: Number(post.value), ...found.meaning}}
}

/** A month (capitalised in English: "that may" is no month) or a season at `i`. */
function monthOrSeason(scan: Scan, i: number): {key: string; next: number; meaning: {m: number} | {season: string}} | null {
  const token = next(scan, i)
  if (!token || token.kind !== 'word') return null
  const m = scan.lex.months.get(token.key)
  if (m !== undefined && (scan.lex.lang !== 'en' || /^\p{Lu}/u.test(token.text))) return {key: token.key, next: i + 1, meaning: {m}}
  const season = scan.lex.seasons.get(token.key)
  if (season !== undefined) return {key: token.key, next: i + 1, meaning: {season}}
  return null
}
