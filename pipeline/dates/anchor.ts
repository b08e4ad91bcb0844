/**
 * The document date of an article without front matter, inferred from its opening: news articles
 * carry a dateline ("Cannes, 24 mai 2024 —", "PARIS, 3 septembre 2025", "publié le 15 janvier
 * 2025"), a year in the headline ("Sundance 2024 : …") or a date in the lead paragraph ("died on
 * 29 December 2024"). Deictic expressions ("hier", "l'an dernier", "samedi", "last September")
 * and dates without a year are resolved against it.
 */
import type {Paragraph, TextView} from '../types.js'
import type {Scan} from './scan.js'
import type {Candidate, Meaning} from './semantics.js'

/** How many characters may stand before the date of a dateline ("Par Lucie Garnier, publié le "). */
const datelinePrefix = 60
/** How many paragraphs may hold a dateline (headline, a kicker such as "COMMUNIQUÉ DE PRESSE", the line itself). */
const datelineParagraphs = 3
/** How many paragraphs may hold a dateline when the text opens on short lines (headline, standfirst, rating, by-line, date). */
const maxDatelineParagraphs = 6
/** How many body paragraphs after the headline may give a lead date. */
const leadParagraphs = 2
/** Longest headline, in characters. */
const headlineLength = 200

/** A written date: year, month and day when known. */
interface Written {
  y?: number
  m?: number
  d?: number
}

/** A candidate with the offsets of its first and last characters and its paragraph. */
interface Placed {
  candidate: Candidate
  start: number
  end: number
  paragraph: number
}

/**
 * The inferred document date as an ISO value ("2024-05-24", or "2024" when only the year is known),
 * or null. In order of trust: a dateline, a full date in the lead written in the latest year the
 * text mentions (only its year when it is a range), a year in the headline.
 */
export function inferDocumentDate(view: TextView, scan: Scan, candidates: Candidate[]): string | null {
  return documentDate(view, scan, candidates)?.value ?? null
}

/**
 * Where an inferred document date comes from: a dateline or the headline's year date the
 * publication; a date in the lead dates an event the article reports, around which its other
 * days fall ("died on 3 March 2025 … In a statement on Tuesday, the institute said").
 */
export type DateSource = 'dateline' | 'lead' | 'headline'

/** The inferred document date (see inferDocumentDate) and where it comes from, or null. */
export function documentDate(view: TextView, scan: Scan, candidates: Candidate[]): {value: string; from: DateSource} | null {
  const placed = place(view, scan, candidates)
  const headline = isHeadline(view, view.paragraphs[0])
  const headlineYear = headline ? placed.find((p) => p.paragraph === 0 && isYear(p.candidate.meaning))?.candidate.meaning : undefined
  const yearOfHeadline = headlineYear && headlineYear.kind === 'date' ? headlineYear.y : undefined

  const limit = datelineLimit(view)
  for (const p of placed) {
    if (p.paragraph > limit) break
    const date = dateline(view, p)
    if (!date) continue
    const y = date.y ?? yearOfHeadline ?? lineYear(view, p.paragraph) ?? (p.paragraph > 0 ? lineYear(view, 0) : undefined)
    if (y !== undefined && date.m !== undefined && date.d !== undefined) return {value: iso({y, m: date.m, d: date.d}), from: 'dateline'}
  }

  const latest = Math.max(...placed.map((p) => latestYear(p.candidate.meaning)))
  const firstBody = headline ? 1 : 0
  for (const p of placed) {
    if (p.paragraph < firstBody) continue
    if (p.paragraph >= firstBody + leadParagraphs) break
    const meaning = p.candidate.meaning
    const full = meaning.kind === 'range' ? meaning.from : meaning
    if (full.kind !== 'date' || full.y === undefined || full.m === undefined || full.d === undefined) continue
    if (full.y < latest) break
    if (yearOfHeadline !== undefined && full.y !== yearOfHeadline) break
    return {value: meaning.kind === 'range' ? iso({y: full.y}) : iso(full), from: 'lead'}
  }
  return yearOfHeadline !== undefined ? {value: iso({y: yearOfHeadline}), from: 'headline'} : null
}

/**
 * The last paragraph that may hold a dateline: the lines before the first paragraph of body text
 * (headline, standfirst, rating, by-line, "COMMUNIQUÉ DE PRESSE"), and that paragraph itself, which
 * may open on the dateline ("PARIS, 4 février 2026 – …"); at least the first three, at most six.
 */
function datelineLimit(view: TextView): number {
  const body = view.paragraphs.findIndex((paragraph) => {
    const text = view.text.slice(paragraph.start, paragraph.end).trim()
    return text.length > headlineLength || /[.!?]$/.test(text)
  })
  if (body < 0) return datelineParagraphs - 1
  return Math.min(Math.max(body, datelineParagraphs - 1), maxDatelineParagraphs - 1)
}

/** Candidates with their character offsets and paragraph index, in text order. */
function place(view: TextView, scan: Scan, candidates: Candidate[]): Placed[] {
  const out: Placed[] = []
  let index = 0
  for (const candidate of candidates) {
    const first = scan.tokens[candidate.start]
    const last = scan.tokens[candidate.end - 1]
    if (!first || !last) continue
    while (index < view.paragraphs.length - 1 && (view.paragraphs[index] as Paragraph).end <= first.start) index++
    out.push({candidate, start: first.start, end: last.end, paragraph: index})
  }
  return out
}

/** Whether a paragraph reads as a headline: short, not ended like a sentence. */
function isHeadline(view: TextView, paragraph: Paragraph | undefined): boolean {
  if (!paragraph) return false
  const text = view.text.slice(paragraph.start, paragraph.end).trim()
  return text.length > 0 && text.length <= headlineLength && !/[.!?]$/.test(text) && view.paragraphs.length > 1
}

/**
 * The date of a dateline: a date with day and month near the start of its line, with nothing but
 * a place, a by-line or "le" before it, and the end of the line, a dash, a colon or a full stop after it.
 */
function dateline(view: TextView, p: Placed): Written | null {
  const meaning = p.candidate.meaning
  if (meaning.kind !== 'date' || meaning.m === undefined || meaning.d === undefined || meaning.dir !== undefined) return null
  const paragraph = view.paragraphs[p.paragraph] as Paragraph
  const before = view.text.slice(paragraph.start, p.start)
  if (before.trim().length > datelinePrefix || /[.!?;:«»"“”]/.test(before)) return null
  // a news agency's tag ("PARIS, 10 déc 2025 (AFP) -") or the hour of publication ("October 8, 2024
  // 9:15am PT", "19 juillet 2023 à 10 h 30") may stand between the date and the dash or the line end
  const after = view.text.slice(p.end, paragraph.end).trimStart().replace(agencyTag, '').replace(publicationTime, '')
  // (or a full stop, when the body goes on in the same paragraph: "Saint-Nazaire, le 23 novembre 2025. Six jours …")
  if (after !== '' && !/^[—–\-:|]/.test(after) && !/^\.\s/.test(after)) return null
  return {y: meaning.y, m: meaning.m, d: meaning.d}
}

/** The hour of publication after a dateline's date: "9:15am PT", "à 10 h 30", "10:30 GMT", "| 18h02". */
const publicationTime = /^(?:[|,]\s*)?(?:à\s+|at\s+)?\d{1,2}\s*(?::|h|\.)\s*\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4}\b)?\s*/iu

/**
 * The clock time of a dateline ("October 8, 2024 9:15am PT"): the hour the article was published,
 * part of its by-line, not a time the text speaks of. Its token index, or null.
 */
export function datelineTime(view: TextView, scan: Scan, candidates: Candidate[]): number | null {
  const placed = place(view, scan, candidates)
  for (let k = 0; k + 1 < placed.length; k++) {
    const p = placed[k] as Placed
    if (p.paragraph > datelineLimit(view)) break
    const q = placed[k + 1] as Placed
    if (q.paragraph !== p.paragraph || q.candidate.meaning.kind !== 'time' || !dateline(view, p)) continue
    if (publicationTime.test(view.text.slice(p.end, q.end).trimStart())) return q.candidate.start
  }
  return null
}

/** A short parenthesised tag after a dateline: a news agency ("(AFP)", "(Reuters)"). */
const agencyTag = /^\((?:\p{Lu}[\p{L}.&-]*\s?){1,3}\)\s*/u

/** A year (1900–2099) written anywhere in a paragraph, even inside a name ("la Berlinale 2024"). */
function lineYear(view: TextView, paragraph: number): number | undefined {
  const span = view.paragraphs[paragraph]
  if (!span) return undefined
  const found = /(?<!\d)(?:19|20)\d\d(?!\d)/.exec(view.text.slice(span.start, span.end))
  return found ? Number(found[0]) : undefined
}

/** Whether a meaning is a bare year. */
function isYear(meaning: Meaning): boolean {
  return meaning.kind === 'date' && meaning.y !== undefined && meaning.m === undefined && meaning.season === undefined
}

/** The latest year a meaning writes out (or -Infinity). */
function latestYear(meaning: Meaning): number {
  if (meaning.kind === 'range') return Math.max(latestYear(meaning.from), latestYear(meaning.to))
  return meaning.kind === 'date' && meaning.y !== undefined ? meaning.y : -Infinity
}

/** ISO form of a written date. */
function iso(date: Written): string {
  const y = String(date.y).padStart(4, '0')
  if (date.m === undefined) return y
  const m = `-${String(date.m).padStart(2, '0')}`
  return date.d === undefined ? y + m : `${y}${m}-${String(date.d).padStart(2, '0')}`
}

/**
 * The latest date a text writes out with its year ("in early February 2025", "(2012)", the end of
 * "2012–2014"), as ISO, or null: an undated article was written no earlier, so deictic expressions
 * ("last year", "last March") count from it when nothing else dates the text.
 */
export function latestWritten(candidates: Candidate[]): string | null {
  let best: Written | null = null
  const key = (date: Written) => (date.y ?? 0) * 10000 + (date.m ?? 0) * 100 + (date.d ?? 0)
  for (const candidate of candidates) {
    const meaning = candidate.meaning.kind === 'range' ? candidate.meaning.to : candidate.meaning
    if (meaning.kind !== 'date' || meaning.y === undefined) continue
    const date: Written = {y: meaning.y, m: meaning.season ? undefined : meaning.m, d: meaning.season ? undefined : meaning.d}
    if (!best || key(date) > key(best)) best = date
  }
  return best ? iso(best) : null
}
