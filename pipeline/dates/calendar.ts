/**
 * Calendar arithmetic for the dates stage: day shifts, weekdays, ISO weeks and ISO formatting,
 * all in the proleptic Gregorian calendar (UTC, no time zones).
 */

/** A calendar day. */
export interface Day {
  y: number
  m: number
  d: number
}

/** A date of year, month or day precision (the anchor of a document may be coarse). */
export interface PartialDate {
  y: number
  m?: number
  d?: number
}

/** Parse an ISO date ("2009", "2009-12", "2009-12-29", "2009-12-29T10:00"), or null. */
export function parseIso(value: string | null | undefined): PartialDate | null {
  if (!value) return null
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim())
  if (!match) return null
  const date: PartialDate = {y: Number(match[1])}
  if (match[2]) date.m = Number(match[2])
  if (match[3]) date.d = Number(match[3])
  return date
}

/** Whether a day exists ("31 février" does not). */
export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
}

/** Number of days of a month. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/** The day `n` days after `day` (before it when `n` is negative). */
export function addDays(day: Day, n: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n))
  return {y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate()}
}

/** The month `n` months after year `y`, month `m`. */
export function addMonths(y: number, m: number, n: number): {y: number; m: number} {
  const index = y * 12 + (m - 1) + n
  return {y: Math.floor(index / 12), m: (index % 12) + 1}
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function weekday(day: Day): number {
  const w = new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay()
  return w === 0 ? 7 : w
}

/** Days between two days (`b - a`). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86400000)
}

/** ISO 8601 week of a day: "2009-W53". */
export function isoWeek(day: Day): string {
  const thursday = addDays(day, 4 - weekday(day))
  const first = {y: thursday.y, m: 1, d: 1}
  const week = Math.floor(daysBetween(first, thursday) / 7) + 1
  return `${thursday.y}-W${pad(week)}`
}

/** Format a partial date: "2009", "2009-12", "2009-12-29". */
export function formatDate(date: PartialDate): string {
  let value = year(date.y)
  if (date.m !== undefined) value += `-${pad(date.m)}`
  if (date.m !== undefined && date.d !== undefined) value += `-${pad(date.d)}`
  return value
}

/** A year on four digits. */
export function year(y: number): string {
  return String(y).padStart(4, '0')
}

/** A number on two digits. */
export function pad(n: number): string {
  return String(n).padStart(2, '0')
}
