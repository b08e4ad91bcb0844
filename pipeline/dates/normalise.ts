/**
 * Normalisation: turn the meaning of a matched expression into an ISO 8601 / TimeML value, given
 * the document date (anchor) and the dates the text gave before it (reference). Expressions are
 * resolved in text order; each resolved date becomes the reference of the next ones.
 */
import {addDays, addMonths, formatDate, isValidDay, isoWeek, pad, parseIso, weekday, year, type Day, type PartialDate} from './calendar.js'
import {dayOfRule} from './holidays.js'
import type {Meaning} from './semantics.js'

/** What resolution knows at one point of the text. */
export interface Context {
  /** The document date, if any. */
  anchor: PartialDate | null
  /** The last date the text gave (any precision), if any. */
  ref: PartialDate | null
  /** Whether the sentence speaks of the future (weekdays then point forward). */
  future: boolean
  /** Whether the sentence speaks of the past (a season without year is then the last one). */
  past: boolean
  /** Whether the clause or sentence is in the present with no past or future: a weekday or a month alone is then the coming one. */
  present: boolean
  /**
   * Whether the date is given as a schedule (a verbless aside, a sentence that sets or moves a
   * date): a past verb then does not make a day and month without year the last one.
   */
  scheduled: boolean
  /** The last date with a day the text gave, if any: "the same day" after "in 2024" still counts from it. */
  lastDay: PartialDate | null
  /** The last year the text wrote out in the current paragraph, if any: it dates "le 18 mai" when the document has no date. */
  textYear: number | null
  /** The last year the text wrote out earlier in the current sentence, if any: "en 97 (en janvier, en octobre)". */
  sentenceYear: number | null
  /**
   * When the document has no date: the latest date the text writes out with its year (anchor.ts,
   * latestWritten), the earliest the text can have been written. "Last year", "this year", "last
   * March" in an undated profile count from it; days ("yesterday", "Tuesday") do not.
   */
  written: PartialDate | null
  /**
   * Whether the document date is the day of an event the lead reports, not the day of
   * publication (anchor.ts): a bare weekday the text tells of in the past is then the one nearest
   * to it, before or after ("died on Monday 3 March … in a statement on Tuesday": the 4th).
   */
  afterEvent: boolean
}

/** A fresh context for a document date (ISO) or null. */
export function startContext(anchorDate: string | null, written: string | null = null): Context {
  const anchor = parseIso(anchorDate)
  return {anchor, ref: null, future: false, past: false, present: false, scheduled: false, lastDay: null, textYear: null, sentenceYear: null, written: anchor ? null : parseIso(written), afterEvent: false}
}

/** The value of a meaning in a context (null when the text gives no way to resolve it). */
export function resolve(meaning: Meaning, context: Context): string | null {
  switch (meaning.kind) {
    case 'fixed':
      return meaning.value
    case 'unresolved':
      return null
    case 'decade':
      return `${meaning.stem}X`
    case 'century':
      return `${pad(meaning.ordinal - 1)}XX`
    case 'range': {
      const from = resolve(meaning.from, context)
      const to = resolve(meaning.to, context)
      return from && to ? `${from}/${to}` : null
    }
    case 'date':
      return resolveDate(meaning, context)
    case 'shift':
      return resolveShift(meaning, context)
    case 'weekday':
      return resolveWeekday(meaning, context)
    case 'after':
      return resolveAfter(meaning, context)
    case 'part': {
      const day = dayOf(context.ref) ?? dayOf(context.anchor)
      return day ? `${formatDate(day)}T${meaning.part}` : null
    }
    case 'holiday':
      return resolveHoliday(meaning, context)
    case 'time': {
      const on = meaning.on ? parseIso(resolve(meaning.on, context)?.slice(0, 10) ?? null) : null
      const day = dayOf(on) ?? dayOf(context.ref) ?? dayOf(context.anchor)
      const clock = `T${pad(meaning.h)}:${pad(meaning.min)}`
      return day ? formatDate(day) + clock : `XXXX-XX-XX${clock}`
    }
  }
}

/** The new reference after a value: the date it names, when it names one. */
export function nextReference(value: string | null, context: Context): PartialDate | null {
  if (!value) return context.ref
  const last = value.includes('/') ? (value.split('/').pop() as string) : value
  const date = parseIso(last)
  if (!date) return context.ref
  if (/^\d{4}-(SP|SU|FA|WI|W)/.test(last)) return {y: date.y}
  return date
}

/** A day when the date has day precision. */
function dayOf(date: PartialDate | null): Day | null {
  return date && date.m !== undefined && date.d !== undefined ? {y: date.y, m: date.m, d: date.d} : null
}

const seasonEnds: Record<string, number> = {SP: 5, SU: 8, FA: 11, WI: 2}
const seasonStarts: Record<string, number> = {SP: 3, SU: 6, FA: 9, WI: 12}

/** A calendar date whose year may come from the document date or the text. */
function resolveDate(meaning: Extract<Meaning, {kind: 'date'}>, context: Context): string {
  let y = meaning.y
  const {m, d, season} = meaning
  if (meaning.generic && !context.future) return `XXXX-${season}`
  // "last March", "next spring" in an undated text: around the latest date it writes out
  const anchor = context.anchor ?? (meaning.dir ? context.written : null)
  if (y === undefined && !anchor && context.textYear !== null) y = context.textYear
  // a month the sentence gives after a year it wrote out is in that year, unless the sentence looks ahead
  if (y === undefined && m !== undefined && !season && !meaning.dir && !context.future && context.sentenceYear !== null) y = context.sentenceYear
  // a document date known to the year only gives its year
  if (y === undefined && anchor && anchor.m === undefined && !meaning.dir) y = anchor.y
  if (y === undefined && anchor) {
    const am = anchor.m ?? 6
    const ad = anchor.d ?? 15
    const at = am * 31 + ad
    if (season) {
      const startAt = (seasonStarts[season] as number) * 31
      const endAt = (seasonEnds[season] as number) * 31 + 31
      if (meaning.dir === -1) y = endAt < at && season !== 'WI' ? anchor.y : anchor.y - 1
      else if (meaning.dir === 1) y = startAt > at ? anchor.y : anchor.y + 1
      // no direction: the coming one when the sentence looks ahead, the one of the document's year
      // when it looks back, else the nearest one ("starts in the spring" written in December)
      // "this spring" said in October, not in a past sentence: the coming one
      else if (context.future || (meaning.ofThis && !context.past)) y = endAt >= at ? anchor.y : anchor.y + 1
      // "since the autumn", "depuis l'automne": the last one to have begun by the document date
      else if (meaning.begun) y = startAt <= at ? anchor.y : anchor.y - 1
      else if (context.past || season === 'WI') y = anchor.y
      else y = nearestSeason(startAt, endAt, at, anchor.y)
    } else if (m !== undefined && d === undefined && !meaning.dir) {
      // a month alone: the last one, or the next one when the sentence looks ahead or speaks in the present
      if (context.future || context.present) y = m >= am ? anchor.y : anchor.y + 1
      else if (context.past) y = m <= am ? anchor.y : anchor.y - 1
      // nothing tells: the nearest one ("November at the cinema" in a programme dated 20 October)
      else y = m - am > 6 ? anchor.y - 1 : am - m > 6 ? anchor.y + 1 : anchor.y
    } else if (m !== undefined) {
      const here = m * 31 + (d ?? 15)
      if (meaning.dir === -1) y = here < at ? anchor.y : anchor.y - 1
      else if (meaning.dir === 1) y = here > at ? anchor.y : anchor.y + 1
      // a day and month in a sentence that looks ahead: the coming one; that tells a past event
      // (not a schedule): the last one ("le lynchage du gendarme, le 21 juin", written in May)
      else if (d !== undefined && context.future) y = here >= at ? anchor.y : anchor.y + 1
      else if (d !== undefined && context.past && !context.scheduled) y = here <= at ? anchor.y : anchor.y - 1
      else if (here - at > 6 * 31) y = anchor.y - 1
      else if (at - here > 6 * 31) y = anchor.y + 1
      else y = anchor.y
    }
  }
  if (y === undefined && context.ref) y = context.ref.y
  if (meaning.y === undefined && y !== undefined && meaning.weekday !== undefined && m !== undefined && d !== undefined) y = yearOfWeekday(y, m, d, meaning.weekday)
  const head = y === undefined ? 'XXXX' : year(y)
  if (season) return `${head}-${season}`
  if (m === undefined) return head
  return d === undefined ? `${head}-${pad(m)}` : `${head}-${pad(m)}-${pad(d)}`
}

/**
 * The year of a day and month written with its weekday ("Thursday 6 November", "lundi 29
 * septembre"): the year guessed when the weekday falls on that day then, else the year before or
 * after in which it does (the weekday settles what the tense of the sentence only guessed).
 */
function yearOfWeekday(y: number, m: number, d: number, w: number): number {
  for (const candidate of [y, y + 1, y - 1]) if (isValidDay(candidate, m, d) && weekday({y: candidate, m, d}) === w) return candidate
  return y
}

/**
 * The year of the season nearest to a day (all as month * 31 + day): the season of the day's year,
 * or of the year before or after when that one is closer (a tie keeps the day's year).
 */
function nearestSeason(startAt: number, endAt: number, at: number, y: number): number {
  const distance = (shift: number) => {
    const from = startAt + shift * 12 * 31
    const to = endAt + shift * 12 * 31
    return at < from ? from - at : at > to ? at - to : 0
  }
  let best = 0
  for (const shift of [-1, 1]) if (distance(shift) < distance(best)) best = shift
  return y + best
}

/** A shift of calendar units from the document date or the text's last date. */
function resolveShift(meaning: Extract<Meaning, {kind: 'shift'}>, context: Context): string | null {
  // "last year", "this month" in an undated text: from the latest date it writes out
  const undated = meaning.unit === 'Y' || meaning.unit === 'M' || meaning.unit === 'DE' ? context.written : null
  let base = meaning.base === 'doc' ? context.anchor ?? undated : context.ref ?? context.anchor
  // a day counted from the text needs a day: the last one the text gave when its last date is vaguer
  if (meaning.base === 'ref' && meaning.unit === 'D' && !dayOf(base)) base = context.lastDay ?? base
  if (!base) return meaning.base === 'doc' && meaning.n === 0 && meaning.unit === 'D' && !meaning.part ? 'PRESENT_REF' : null
  const n = meaning.n
  switch (meaning.unit) {
    case 'DE':
      return `${Math.floor(base.y / 10) + n}X`
    case 'Y':
      return year(base.y + n)
    case 'M': {
      if (base.m === undefined) return null
      const shifted = addMonths(base.y, base.m, n)
      return `${year(shifted.y)}-${pad(shifted.m)}`
    }
    case 'W':
    case 'WE': {
      const day = dayOf(base)
      if (!day) return null
      if (meaning.unit === 'WE') return `${isoWeek(addDays(day, 7 * weekendShift(day, n, context.past)))}-WE`
      return isoWeek(addDays(day, 7 * n))
    }
    case 'D': {
      const day = dayOf(base)
      if (!day) return null
      const value = formatDate(addDays(day, n))
      return meaning.part ? `${value}T${meaning.part}` : value
    }
  }
}

/**
 * A month or season counted from the last date of the text (else the document date): "the
 * following December" after February 2016 is 2016-12, after March 2016 … and after a bare year
 * the next year's; "that summer" after 1975 is 1975-SU.
 */
function resolveAfter(meaning: Extract<Meaning, {kind: 'after'}>, context: Context): string | null {
  const base = context.ref ?? context.anchor
  if (!base) return null
  const month = meaning.m ?? (meaning.season ? seasonStarts[meaning.season] : undefined)
  if (month === undefined) return null
  let y = base.y
  if (meaning.n > 0) y = base.m !== undefined && month > base.m ? base.y : base.y + 1
  else if (meaning.n < 0) y = base.m !== undefined && month < base.m ? base.y : base.y - 1
  return meaning.season ? `${year(y)}-${meaning.season}` : `${year(y)}-${pad(month)}`
}

/**
 * How many ISO weeks away a weekend is, said on a day: "next weekend" from Monday to Thursday is
 * the coming one (same ISO week), from Friday on the one after; "ce week-end" in a past sentence
 * from Monday to Thursday is the one just gone (the week before). Other shifts count weeks.
 */
function weekendShift(day: Day, n: number, past: boolean): number {
  const early = weekday(day) <= 4
  if (n === 1 && early) return 0
  if (n === 0 && past && early) return -1
  return n
}

/** A weekday around the document date: the last one before it, or the next one when the text looks ahead or speaks in the present. */
function resolveWeekday(meaning: Extract<Meaning, {kind: 'weekday'}>, context: Context): string | null {
  const day = dayOf(context.anchor)
  if (!day) return null
  const today = weekday(day)
  let delta: number
  // a day of the story the lead dates, told in the past: the nearest such day, before or after it
  if (meaning.dir === 0 && context.afterEvent && !context.future && !context.present) {
    const ahead = (meaning.weekday - today + 7) % 7
    const value = formatDate(addDays(day, ahead <= 3 ? ahead : ahead - 7))
    return meaning.part ? `${value}T${meaning.part}` : value
  }
  const dir = meaning.dir !== 0 ? meaning.dir : context.future || context.present || (meaning.ofThis && !context.past) ? 1 : -1
  if (dir > 0) delta = ((meaning.weekday - today + 7) % 7) || (meaning.dir !== 0 ? 7 : 0)
  else delta = -(((today - meaning.weekday + 7) % 7) || (meaning.dir !== 0 ? 7 : 0))
  const value = formatDate(addDays(day, delta))
  return meaning.part ? `${value}T${meaning.part}` : value
}

/**
 * A day named by a calendar rule (a holiday, "le premier dimanche de mai"): in the year the text
 * writes, else the one of the sentence or, around the document date, the coming one when the
 * sentence looks ahead or speaks in the present, the last one when it looks back, else the nearest.
 */
function resolveHoliday(meaning: Extract<Meaning, {kind: 'holiday'}>, context: Context): string | null {
  const fixed = /^(\d{2})-(\d{2})$/.exec(meaning.rule)
  let y = meaning.y ?? (context.future ? undefined : context.sentenceYear ?? undefined)
  const anchor = dayOf(context.anchor)
  if (y === undefined && anchor) {
    const at = Date.UTC(anchor.y, anchor.m - 1, anchor.d)
    const options = [anchor.y - 1, anchor.y, anchor.y + 1].flatMap((year) => {
      const day = dayOfRule(meaning.rule, year)
      return day ? [{year, t: Date.UTC(day.y, day.m - 1, day.d) - at}] : []
    })
    const ahead = options.filter((o) => o.t >= 0)
    const back = options.filter((o) => o.t <= 0)
    const pick = context.future || context.present ? ahead[0] : context.past ? back[back.length - 1] : [...options].sort((a, b) => Math.abs(a.t) - Math.abs(b.t))[0]
    y = pick?.year
  }
  y ??= context.anchor?.y ?? context.textYear ?? context.ref?.y
  if (y === undefined) return fixed ? `XXXX-${fixed[1]}-${fixed[2]}` : null
  const day = dayOfRule(meaning.rule, y)
  return day ? formatDate(day) : null
}
