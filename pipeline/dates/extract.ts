/**
 * The dates stage core: every temporal expression of a French or English text, with its TimeML
 * type and ISO 8601 / TimeML value.
 *
 * The text is cut into tokens; at each token the grammar modules propose candidates and the longest
 * wins, so results never overlap and the scan stays linear in the size of the text. Candidates are
 * then resolved in text order against the document date and the last date the text gave.
 */
import type {DateMention, Span, TextView} from '../types.js'
import {bareYear, century, dayInList, dayMonthYear, decade, monthAlone, monthYear, numericDate, range, season} from './absolute.js'
import {duration, durationInRange, set, unitAlone, unitLong} from './durations.js'
import {holiday, ordinalWeekday} from './holidays.js'
import {lexiconFor} from './lexicon.js'
import {datelineTime, documentDate, latestWritten} from './anchor.js'
import {parseIso} from './calendar.js'
import {nextReference, resolve, startContext, type Context} from './normalise.js'
import {anaphoricDay, anaphoricMonth, bareDayPart, countedDay, deicticDay, habitualWeekday, partOfDay, relativeUnit, tonight, vague, weekday, yearNoun} from './relative.js'
import {cue, isKey, touches, type Scan} from './scan.js'
import type {Candidate} from './semantics.js'
import {clockTime} from './times.js'
import {tenseReader} from './tense.js'
import {tokenize} from './tokens.js'

type Matcher = (scan: Scan, i: number) => Candidate | null

/** Matchers tried at every token, in order of preference when two give the same length. */
const matchers: Matcher[] = [
  range,
  dayMonthYear,
  numericDate,
  monthYear,
  decade,
  century,
  season,
  set,
  duration,
  relativeUnit,
  anaphoricMonth,
  deicticDay,
  anaphoricDay,
  countedDay,
  tonight,
  holiday,
  ordinalWeekday,
  weekday,
  habitualWeekday,
  clockTime,
  monthAlone,
  bareYear,
  vague,
  partOfDay,
  withPointMod,
  dayInList,
  durationInRange,
  unitAlone,
  unitLong,
]

/** What may follow "début", "fin", "mi-", "early", "late": a date, a season, a decade, a century, "l'année". */
const afterPointMod: Matcher[] = [dayMonthYear, monthYear, decade, century, season, relativeUnit, monthAlone, yearAfterMod, yearNoun, bareDayPart]

/**
 * Extract the temporal expressions of a text view, sorted by start, never overlapping.
 *
 * Relative expressions ("hier", "l'année suivante", "mardi") are resolved against the document
 * date (`view.anchorDate`, else the date of a dateline or lead, see anchor.ts) or the last date the
 * text gave; their value is null when neither allows it. Nothing is read inside `titles`, the
 * spans of the names of works the text cites.
 */
export function extractDates(view: TextView, titles: Span[] = []): DateMention[] {
  const {scan, candidates: found} = extractCandidates(view)
  const candidates = found.filter((candidate) => !withinTitle(scan, candidate, titles))
  const inferred = view.anchorDate ? null : documentDate(view, scan, candidates)
  const context = startContext(view.anchorDate ?? inferred?.value ?? null, latestWritten(candidates))
  context.afterEvent = inferred?.from === 'lead'
  const publication = datelineTime(view, scan, candidates)
  const tense = tenseReader(view)
  const paragraph = paragraphOf(view)
  const sentence = sentenceOf(view)
  const mentions: DateMention[] = []
  const named = namedDays(candidates)
  let written: {y: number; paragraph: number} | null = null
  // the year of the last date of the current sentence, when that date is a year written out as a time frame
  // (or a full date, which frames only a sentence in the past: "premiered on 21 May 2019 and was released on May 30")
  let frame: {y: number; sentence: number; day: boolean} | null = null
  for (let k = 0; k < candidates.length; k++) {
    const candidate = candidates[k] as Candidate
    // the hour of publication in a by-line ("October 8, 2024 9:15am PT") is not a time of the text
    if (candidate.start === publication) continue
    const first = scan.tokens[candidate.start]
    const last = scan.tokens[candidate.end - 1]
    if (!first || !last) continue
    const reading = tense(first.start)
    const said = reading.tense
    context.future = said === 'future'
    context.past = said === 'past'
    // a weekday in a verbless headline or announcement line is the coming one ("X à Besançon mardi")
    context.present = said === 'present' || (reading.headline && candidate.meaning.kind === 'weekday')
    context.scheduled = reading.scheduled
    const here = paragraph(first.start)
    const clause = sentence(first.start)
    context.textYear = written && written.paragraph === here ? written.y : null
    context.sentenceYear = frame && frame.sentence === clause && (!frame.day || context.past) ? frame.y : null
    const resolved = resolve(candidate.meaning, dayAhead(scan, candidates, k, context))
    const value = reading.bare ? namedDay(candidate, resolved, named) : resolved
    if (!worthKeeping(candidate, context)) continue
    // a date in a relative clause ("samedi 20 septembre, projection du film, qui sortira le 3
    // décembre") dates the thing it describes: once the narrative line has reached a day, "le
    // lendemain" after it still counts from that day
    const aside = reading.relative && context.ref?.d !== undefined
    if ((candidate.type === 'DATE' || candidate.type === 'TIME') && !aside) {
      context.ref = nextReference(value, context)
      if (context.ref?.d !== undefined) context.lastDay = context.ref
    }
    const y = writtenYear(candidate)
    if (y !== null) written = {y, paragraph: here}
    if (candidate.type === 'DATE' || candidate.type === 'TIME') {
      const fullDay = candidate.meaning.kind === 'date' && candidate.meaning.d !== undefined && candidate.meaning.m !== undefined
      const inYear = framingYear(scan, candidate)
      const framing = y !== null && (inYear || fullDay)
      const inFrame = context.sentenceYear !== null && value?.startsWith(`${context.sentenceYear}-`) === true
      if (framing) frame = {y, sentence: clause, day: !inYear}
      else if (!inFrame) frame = null
    }
    mentions.push({start: first.start, end: last.end, text: view.source.slice(first.start, last.end), value, type: candidate.type})
  }
  return mentions
}

/** The days a text writes out with their weekday ("vendredi 21 mars", "Friday 14 November"), as "weekday/month/day" keys. */
function namedDays(candidates: Candidate[]): Set<string> {
  const keys = new Set<string>()
  for (const candidate of candidates) {
    const meaning = candidate.meaning.kind === 'time' && candidate.meaning.on ? candidate.meaning.on : candidate.meaning
    if (meaning.kind === 'date' && meaning.weekday !== undefined && meaning.m !== undefined && meaning.d !== undefined) keys.add(`${meaning.weekday}/${meaning.m}/${meaning.d}`)
  }
  return keys
}

/**
 * A bare weekday with no direction after a tenseless participle ("présenté vendredi", read in the
 * past only for want of a verb) is the day of that name the text writes out in full elsewhere ("Pratique : vendredi 21 mars au cinéma …") when that day is the other
 * candidate, a week away from the one the tense chose: the two name one day.
 */
function namedDay(candidate: Candidate, value: string | null, named: Set<string>): string | null {
  const meaning = candidate.meaning
  if (meaning.kind !== 'weekday' || meaning.dir !== 0 || !value || named.size === 0) return value
  const day = parseIso(value.slice(0, 10))
  if (!day || day.m === undefined || day.d === undefined) return value
  if (named.has(`${meaning.weekday}/${day.m}/${day.d}`)) return value
  for (const shift of [7, -7]) {
    const other = new Date(Date.UTC(day.y, day.m - 1, day.d + shift))
    if (named.has(`${meaning.weekday}/${other.getUTCMonth() + 1}/${other.getUTCDate()}`)) return other.toISOString().slice(0, 10) + value.slice(10)
  }
  return value
}

/**
 * Whether a candidate lies within the name of a work ("La Nuit du 12", "Un singe en hiver",
 * « Vingt Ans ce soir »): words of a title, not a date of the text.
 */
function withinTitle(scan: Scan, candidate: Candidate, titles: Span[]): boolean {
  const first = scan.tokens[candidate.start]
  const last = scan.tokens[candidate.end - 1]
  if (!first || !last) return false
  return titles.some((title) => title.start <= first.start && last.end <= title.end)
}

/** The tokens of a text view and the unresolved candidates found over them, in text order. */
export function extractCandidates(view: TextView): {scan: Scan; candidates: Candidate[]} {
  const scan: Scan = {text: view.text, tokens: tokenize(view.text), lex: lexiconFor(view.language)}
  return {scan, candidates: scanCandidates(scan)}
}

/**
 * Whether a resolved candidate is worth reporting. Dropped: a part of the day that no day of the
 * text dates ("the night", "l'après-midi" when the text names no day before it), or that a sentence
 * not in the past tells of. A day counted from
 * the text that nothing dates ("la veille" with no date before it) is kept with no value.
 */
function worthKeeping(candidate: Candidate, context: Context): boolean {
  const meaning = candidate.meaning
  // only a told event happens in one night or one evening: "la nuit, ils se croisent", "le matin, je
  // sais", "le soir venu, elle peindra" speak of any night, any morning
  if (meaning.kind === 'part') return context.ref?.d !== undefined && context.past
  return true
}

/**
 * The context for a clock time that names its day just after it ("vers 0 h 40, jeudi",
 * "15 h 30, hier"): that day becomes the reference. Other candidates keep the context.
 */
function dayAhead(scan: Scan, candidates: Candidate[], k: number, context: Context): Context {
  const candidate = candidates[k] as Candidate
  const following = candidates[k + 1]
  if (candidate.meaning.kind !== 'time' || !following || following.start - candidate.end > 2) return context
  // "entre 0 h 30 et 4 h mardi": the day of the closing time is the day of the opening one
  const dated = following.meaning.kind === 'time' && following.meaning.on !== undefined
  const links = dated ? rangeWords : linkWords
  if (scan.tokens.slice(candidate.end, following.start).some((token) => !links.has(token.key))) return context
  const kind = following.meaning.kind
  if (kind !== 'weekday' && kind !== 'shift' && kind !== 'date' && !dated) return context
  const value = resolve(following.meaning, context)
  const day = value && /^\d{4}-\d{2}-\d{2}/.test(value) ? parseIso(value) : null
  return day ? {...context, ref: day} : context
}

/** The year a candidate writes out in digits ("en 2008", "le 3 mai 2010", "de 2012 à 2014"), or null. */
function writtenYear(candidate: Candidate): number | null {
  const meaning = candidate.meaning.kind === 'range' ? candidate.meaning.to : candidate.meaning
  return meaning.kind === 'date' && meaning.y !== undefined ? meaning.y : null
}

/**
 * Whether a year written out frames its sentence in time: "en 97", "in 2008" (not "the 1971
 * single", "son album de 2018", which date a thing).
 */
function framingYear(scan: Scan, candidate: Candidate): boolean {
  return isKey(scan, candidate.start - 1, 'en', 'in')
}

/** A function giving the paragraph index of an offset (offsets asked in increasing order). */
function paragraphOf(view: TextView): (offset: number) => number {
  let index = 0
  return (offset: number) => {
    while (index < view.paragraphs.length - 1 && (view.paragraphs[index] as {end: number}).end <= offset) index++
    return index
  }
}

/** A function giving the sentence index of an offset (offsets asked in increasing order). */
function sentenceOf(view: TextView): (offset: number) => number {
  let index = 0
  return (offset: number) => {
    while (index < view.sentences.length - 1 && (view.sentences[index] as {end: number}).end <= offset) index++
    return index
  }
}

/** Scan the tokens left to right, keeping at each position the longest candidate. */
function scanCandidates(scan: Scan): Candidate[] {
  const found: Candidate[] = []
  let floor = 0
  let i = 0
  while (i < scan.tokens.length) {
    let best: Candidate | null = null
    for (const matcher of matchers) {
      const candidate = matcher(scan, i)
      if (candidate && candidate.end > i && (!best || candidate.end > best.end)) best = candidate
    }
    if (best) {
      if (best.start < floor || best.start > i) best = {...best, start: i}
      best = withTime(scan, withDay(scan, best))
      found.push(best)
      floor = best.end
      i = best.end
    } else i++
  }
  return found
}

/**
 * A clock time followed at once by its day, with no comma between ("entre 0 h et 4 h mardi",
 * "à 20 h hier"): one expression, the time on that day. With a comma ("vers 0 h 40, jeudi") the day
 * stays a second expression (see dayAhead).
 */
function withDay(scan: Scan, candidate: Candidate): Candidate {
  if (candidate.meaning.kind !== 'time' || candidate.type !== 'TIME') return candidate
  const day = weekday(scan, candidate.end) ?? deicticDay(scan, candidate.end)
  if (!day || day.start !== candidate.end) return candidate
  const kind = day.meaning.kind
  if (kind !== 'weekday' && !(kind === 'shift' && day.meaning.unit === 'D')) return candidate
  return {...candidate, end: day.end, meaning: {...candidate.meaning, on: day.meaning}}
}

/**
 * A day followed by its clock time, joined by a time link of the language ("Friday 14 November at
 * 9pm", "Saturday 1 November, 8pm", "yesterday at 3 p.m."): one TIME expression, the time on that
 * day. Languages whose convention keeps the two apart in running prose (French) list a link only
 * for the entries of a programme, where the day opens a line or follows a dash ("— jeudi 18
 * septembre à 14 h"), and a comma after a calendar date ("samedi 14 juin, 20 h 30").
 */
function withTime(scan: Scan, candidate: Candidate): Candidate {
  const meaning = candidate.meaning
  const day =
    (meaning.kind === 'date' && meaning.d !== undefined && meaning.m !== undefined) ||
    (meaning.kind === 'weekday' && meaning.part === undefined) ||
    (meaning.kind === 'shift' && meaning.unit === 'D' && meaning.part === undefined)
  if (!day || candidate.type !== 'DATE') return candidate
  const link = cue(scan, 'time-link', candidate.end) ?? (opensEntry(scan, candidate.start) ? cue(scan, 'entry-time-link', candidate.end) : null) ?? (meaning.kind === 'date' ? cue(scan, 'date-time-link', candidate.end) : null)
  if (!link) return candidate
  const time = clockTime(scan, link.next)
  if (!time || time.type !== 'TIME' || time.meaning.kind !== 'time' || time.meaning.on !== undefined) return candidate
  return {start: candidate.start, end: time.end, type: 'TIME', meaning: {...time.meaning, on: meaning}}
}

/**
 * Whether token `i` opens a line, a list item, a sentence or the part of a line after a dash ("-
 * jeudi 18 septembre à 14 h", "Titre (2024) — vendredi 19 septembre à 20 h 30", ". Mercredi 17
 * septembre à 20 h 30, Grand Théâtre."): the entry of a programme, whose day and hour make one
 * time; not a day inside a clause ("à la mairie, samedi 24 juillet à 15 h 45, …").
 */
function opensEntry(scan: Scan, i: number): boolean {
  let k = i - 1
  while (k >= 0 && isKey(scan, k, '*', '•')) k--
  return k < 0 || isKey(scan, k, '\n', '—', '–', '-', '.', '!', '?')
}

/** "début 2009", "fin septembre", "mi-mars", "la fin de l'année", "début des années 60", "early 2009". */
function withPointMod(scan: Scan, i: number): Candidate | null {
  let j = i
  if (isKey(scan, j, 'la', 'le', 'the')) j++
  const noun = cue(scan, 'point-mod-noun', j)
  const mod = cue(scan, 'point-mod', j) ?? noun
  if (!mod) return null
  if ((j > i || noun) && !isKey(scan, mod.next, 'de', 'du', 'des', 'd', 'of')) return null
  j = mod.next
  if (isKey(scan, j, '-') && touches(scan, j + 1)) j++
  const starts = [j]
  if (isKey(scan, j, 'de', 'du', 'of')) starts.push(j + 1)
  if (isKey(scan, j, 'd') && isKey(scan, j + 1, "'")) starts.push(j + 2)
  if (isKey(scan, j, 'of') && isKey(scan, j + 1, 'the')) starts.push(j + 2)
  for (const start of starts) {
    let best: Candidate | null = null
    for (const matcher of afterPointMod) {
      const candidate = matcher(scan, start)
      if (candidate && candidate.start === start && (!best || candidate.end > best.end)) best = candidate
    }
    if (best) return {...best, start: i}
  }
  return null
}

/** Words that may stand between a clock time and the day it belongs to ("20 h, mardi", "8 p.m. on Friday"). */
const linkWords = new Set([',', 'on', 'le', 'ce', 'this'])
/** Words between two clock times of one span of the day ("de 1 h à 3 h", "between 1 and 3 a.m."). */
const rangeWords = new Set(['et', 'a', 'and', 'to'])

/** A year right after "début", "fin", "early" … ("fin 2008"), which needs no other cue. */
function yearAfterMod(scan: Scan, i: number): Candidate | null {
  const token = scan.tokens[i]
  if (!token || token.kind !== 'num' || token.text.length !== 4) return null
  const y = Number(token.text)
  if (y < 1000 || y > 2099) return null
  return {start: i, end: i + 1, type: 'DATE', meaning: {kind: 'date', y}}
}
