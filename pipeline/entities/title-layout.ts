/**
 * title-layout: work titles that the page layout marks, whatever words they are made of.
 *
 * - Markdown italics around a capitalised phrase ("*Nuit blanche à Tromsø*, d'Erik Halvorsen"): the name finder
 *   may miss a title made of common words, the italics do not (bylines, "*Par X*", "*By X*", and a line that is
 *   only italics, a signature, are left out);
 * - the items of a dated list ("Filmographie" / "Filmography" sections: "1962 : Cléo de 5 à 7", "- 2008 – X",
 *   "X (2008)" one a line): two such lines or more in a row, under a heading that names works, are a list of
 *   works, films when the heading speaks of films.
 * - the titles heading the sections of a programme or a retrospective: lines that are only a title in capitals
 *   and its year in brackets ("VAGABOND (1985)", "## FACES PLACES (2017)"), two such lines or more in the text;
 * - the first line of a film's sheet (a press kit, a catalogue or streaming page: "# Les Misérables",
 *   "CE QUE LE FLEUVE EMPORTE"), when credit lines follow it before any prose ("Réalisation : X",
 *   "Director: Y", "un film de Z").
 * Every other mention of such a title in the prose is found by the caller (titles.ts repeats).
 */
import type {Span} from '../types.js'
import {evenWhiteSpace} from '../parse/view.js'
import {fold} from './normalize.js'

export interface LayoutTitle extends Span {
  /** A list under a film heading, or items the text calls films. */
  film: boolean
}

/** Bylines and credits set in italics: not titles. */
const bylineOpeners = /^(par|by|posted|photo|photos|crédit|crédits|credit|credits|source|sources|propos recueillis|with|avec|lire|read|see|voir)\b/i

/** `*X*` or `_X_` (single markers) on one line, starting with a capital or a digit, at most twelve words. */
export function italicTitles(raw: string): Span[] {
  // (line ends, tabs and no-break spaces read as plain "\n" and spaces; offsets unchanged)
  const source = evenWhiteSpace(raw)
  const out: Span[] = []
  const pattern = /(?<![*_\p{L}\p{N}])([*_])(?![*_\s])([^*_\n]{1,100}?)(?<![*_\s])\1(?![*_\p{L}\p{N}])/gu
  for (const match of source.matchAll(pattern)) {
    const inner = match[2] as string
    const start = (match.index ?? 0) + 1
    const end = start + inner.length
    if (!/^[\p{Lu}\p{N}]/u.test(inner) || inner.split(/\s+/).length > 12 || bylineOpeners.test(inner)) continue
    // (a sentence set in italics, a quotation: not a title)
    if (/[.!?;]\s|[.!?]$/.test(inner)) continue
    // (a line that is only the italics, but for a list number or a heading mark: a signature, a caption)
    const lineStart = source.lastIndexOf('\n', start - 2) + 1
    const lineEnd = source.indexOf('\n', end + 1)
    const before = source.slice(lineStart, start - 1)
    const after = source.slice(end + 1, lineEnd < 0 ? source.length : lineEnd)
    if (/^\s*$/.test(before) && /^\s*$/.test(after)) continue
    out.push({start, end})
  }
  return out
}

/** A line of a dated list: "1962 : X", "- 1962 – X", "* X (1962)"; group `title` is the work. */
const yearFirst = /^[ \t]*(?:[-*•][ \t]+)?(?:1[89]|20)\d\d[ \t]*(?::|–|—|-)[ \t]*[*_"«“]*(?<title>\p{Lu}[^\n]*?)[*_"»”]*[ \t]*(?:\([^()\n]*\))?[ \t]*$/u
const yearLast = /^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+[*_"«“]*(?<title>[\p{Lu}\p{N}][^\n()]*?)[*_"»”]*[ \t]*\((?:1[89]|20)\d\d\)[ \t]*$/u

/** Film words of a heading or of the lines before a list ("Filmographie", "Films", "as director"). */
const filmHeading = /\b(film|films|filmograph\w*|movies?|documentaires?|documentar(?:y|ies)|courts? métrages?|longs? métrages?|réalisat\w+|as director|director)\b/i
/** Words of a heading over a list of other works ("Œuvres", "Bibliography", "Discographie"). */
const workHeading = /\b(œuvres?|oeuvres?|works|bibliograph\w*|discograph\w*|publications|books|livres|romans|novels|albums|séries|series|television|télévision|pièces|plays)\b/i

/** The lines of `source` from offset `from` (the empty ones too), with the offset each starts at. */
function linesOf(source: string, from = 0): Array<{start: number; text: string}> {
  const lines: Array<{start: number; text: string}> = []
  for (let at = from; at <= source.length; ) {
    const end = source.indexOf('\n', at)
    const stop = end < 0 ? source.length : end
    lines.push({start: at, text: source.slice(at, stop)})
    at = stop + 1
  }
  return lines
}

/** The items of dated lists of two lines or more. */
export function listTitles(raw: string): LayoutTitle[] {
  const source = evenWhiteSpace(raw)
  const out: LayoutTitle[] = []
  const lines = linesOf(source)
  for (let i = 0; i < lines.length; ) {
    const items: Array<{start: number; end: number}> = []
    let j = i
    for (; j < lines.length; j++) {
      const line = lines[j] as {start: number; text: string}
      const match = yearFirst.exec(line.text) ?? yearLast.exec(line.text)
      const title = match?.groups?.title?.replace(/[\s,;.:]+$/, '')
      // (at most twelve words: a dated sentence is no title)
      if (!match || !title || title.split(/\s+/).length > 12 || /[.!?]\s/.test(title)) break
      const offset = line.text.indexOf(title, match.index)
      items.push({start: line.start + offset, end: line.start + offset + title.length})
    }
    if (items.length >= 2) {
      // the heading or paragraph right before the list says what the works are
      const context = lines.slice(Math.max(0, i - 2), i).map((line) => line.text).join(' ')
      // (only under a heading that names works: "2015 : Palme d'honneur" under "Distinctions" is a prize)
      const film = filmHeading.test(context)
      if (film || workHeading.test(context)) for (const item of items) out.push({...item, film})
    }
    i = Math.max(j, i + 1)
  }
  return out
}

/** A heading line that is only a title in capitals and its year: "VAGABOND (1985)", "## CLÉO FROM 5 TO 7 (1962)". */
const datedHeading = /^[ \t]*(?:#{1,6}[ \t]+)?[*_]*(?<title>[\p{Lu}\p{N}][\p{Lu}\p{N}\p{P}\p{Zs}]*?)[*_]*[ \t]*\((?:1[89]|20)\d\d\)[ \t]*$/u

/**
 * The titles of dated heading lines, when the text has two or more: the works of a programme or a
 * retrospective, films when the text speaks of films anywhere.
 */
export function headingTitles(raw: string): LayoutTitle[] {
  const source = evenWhiteSpace(raw)
  const items: Array<{start: number; end: number}> = []
  for (const line of linesOf(source)) {
    const title = datedHeading.exec(line.text)?.groups?.title?.trim()
    // (a title has a letter and at most ten words)
    if (title && /\p{L}/u.test(title) && title.split(/\s+/).length <= 10) {
      const offset = line.text.indexOf(title)
      items.push({start: line.start + offset, end: line.start + offset + title.length})
    }
  }
  if (items.length < 2) return []
  const film = filmHeading.test(source)
  return items.map((item) => ({...item, film}))
}

/** A line of credits: a label, then a colon and something after it ("- **Réalisation** : X", "Director: Y"). */
const creditLine = /^[ \t>]*(?:[-*•][ \t]+)?[*_]*(?<label>\p{L}[\p{L}'’ -]{1,40}?)[*_]*[ \t]*:[ \t]*\S/u
/** A maker's line: "un film de Noémie X", "a film by Y", "written and directed by Z". */
const makerLine = /^[ \t*_]*(?:un film d[e'’]|une? (?:documentaire|court[- ]métrage|long[- ]métrage) d[e'’]|a (?:film|documentary|short) by|(?:written and )?directed by)\s/iu

/**
 * The title a film's sheet opens on: the text's first line (after any front matter), a Markdown
 * heading or a line of its own of at most ten words that no given name opens, with no title marked
 * inside it (a headline: "X Acquires Rights to *Y*"), that the text writes again (in its front matter,
 * its prose or its credits, in any case: a rubric such as "COMMUNIQUÉ DE PRESSE" is not), when the text holds
 * the credits of one film: two credit lines or more (labels of lexicon/credit-labels.tsv, or a
 * maker's line such as "un film de X"), of which one at most names a director. The credits of
 * several films (a festival page, a programme) leave the first line to the other cues.
 *
 * @param labels credit labels (lower case) and the fact each gives ("director", "actor", "work", "festival").
 * @param firstNames given names (folded), none of which may open the title.
 */
export function sheetTitle(raw: string, labels: ReadonlyMap<string, string>, firstNames: ReadonlyMap<string, string>): LayoutTitle | undefined {
  const source = evenWhiteSpace(raw)
  const body = /^---\n[\s\S]*?\n---[ \t]*(?:\n|$)/.exec(source)?.[0].length ?? 0
  const lines = linesOf(source, body).filter((line) => line.text.trim())
  const first = lines[0]
  if (!first) return undefined
  const title = /^[ \t]*(?:#{1,3}[ \t]+)?[*_]*(?<title>[\p{Lu}\p{N}][^\n]*?)[*_]*[ \t]*$/u.exec(first.text)
  const words = title?.groups?.title as string | undefined
  if (!title || !words || words.split(/\s+/).length > 10 || /[.!?;]$/.test(words) || creditLine.test(first.text)) return undefined
  if (firstNames.has(fold((words.split(/\s+/)[0] as string).toLowerCase())) || /[*_"«»“”]/.test(words)) return undefined
  const lower = source.toLowerCase()
  const key = words.toLowerCase()
  const at = first.start + title[0].indexOf(words)
  if (lower.indexOf(key) === at && lower.indexOf(key, at + key.length) < 0) return undefined
  // (a festival's line is no credit of the film's makers)
  const credited = [...labels].filter(([, fact]) => fact !== 'festival')
  let credits = 0
  let directors = 0
  for (const line of lines.slice(1)) {
    if (makerLine.test(line.text)) {
      credits++
      directors++
      continue
    }
    const label = creditLine.exec(line.text)?.groups?.label?.trim().toLowerCase()
    const known = label ? credited.find(([key]) => label === key || label.startsWith(`${key} `)) : undefined
    if (!known) continue
    credits++
    if (known[1] === 'director') directors++
  }
  if (credits < 2 || directors > 2) return undefined
  return {start: at, end: at + words.length, film: true}
}
