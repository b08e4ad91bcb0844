/**
 * main-film: the film an article is about.
 *
 * Each Movie scores one point per mention that does more than credit someone (not after a cue of
 * a past credit, "whose debut X"; not in brackets after a name; not before a role noun); two more when a cue in a sentence says it is coming
 * out or premiering now ("en salles le 2 avril", "opens on Friday": the film named nearest before
 * the cue); two fewer when every mention follows a cue of a past credit ("révélée par X", "whose
 * debut X") or sits in brackets right after a person ("Dagny Solberg (“Fjellet”)"); two more when
 * the headline (a first sentence that is a paragraph of its own) names it. The best
 * score wins, the film named first on a tie. Without the text, the film mentioned most often.
 */
import {loadRows} from '../lexicon/index.js'
import {spanAt} from '../quoted/search.js'
import type {Entity, Lang, Sentence, Span} from '../types.js'
import {entityLexicon} from '../entities/lexicon.js'
import {isBracketedCredit} from './context.js'

/** What main-film reads besides the entities. */
export interface FilmContext {
  text: string
  sentences: Sentence[]
  language: Lang
}

/** The film the article is about, if it names one. */
export function mainFilm(entities: Entity[], context?: FilmContext): Entity | undefined {
  const films = entities.filter((entity) => entity.type === 'Movie')
  const current = context ? currentFilms(films, context) : new Set<Entity>()
  let best: Entity | undefined
  let bestScore = Number.NEGATIVE_INFINITY
  for (const film of films) {
    // a mention that only credits someone ("whose debut X", "Dagny Solberg (“X”)", "‘X’ Director …") counts for nothing
    let score = context ? film.mentions.filter((mention) => !isPastCredit(mention, context)).length : film.mentions.length
    if (context && current.has(film)) score += 2
    if (context && pastOnly(film, context)) score -= 2
    if (context && inHeadline(film, context)) score += 2
    if (score > bestScore || (score === bestScore && best && first(film) < first(best))) {
      best = film
      bestScore = score
    }
  }
  return best
}

/** The films a "current" cue speaks of: for each cue, the film named nearest before it in its sentence (else after it). */
function currentFilms(films: Entity[], {text, sentences, language}: FilmContext): Set<Entity> {
  const found = new Set<Entity>()
  // the film mentions of each sentence, in text order (each mention's sentence found by binary search)
  const bySentence = new Map<number, Array<{film: Entity; mention: Span}>>()
  const mentions = films.flatMap((film) => film.mentions.map((mention) => ({film, mention}))).sort((a, b) => a.mention.start - b.mention.start)
  for (const item of mentions) {
    const at = spanAt(sentences, item.mention.start)
    if (at < 0 || item.mention.end > (sentences[at] as Sentence).end) continue
    const inside = bySentence.get(at)
    if (inside) inside.push(item)
    else bySentence.set(at, [item])
  }
  for (const [at, inside] of bySentence) {
    const sentence = sentences[at] as Sentence
    const lower = text.slice(sentence.start, sentence.end).toLowerCase().replace(/’/g, "'")
    for (const cue of cuesOf(language).current) {
      for (const offset of phraseOffsets(lower, cue)) {
        const cueStart = sentence.start + offset
        const cueEnd = cueStart + cue.length
        // "his second feature, “X”": a title in apposition right after the cue; else the film named
        // nearest before it (not a credit in brackets after a name), else the first after it
        const apposed = inside.find(({mention}) => mention.start >= cueEnd && !/\p{L}/u.test(text.slice(cueEnd, mention.start)) && mention.start - cueEnd <= 4)
        const before = inside.filter(({mention}) => mention.end <= cueStart && !isCredit(text, mention, language)).pop()
        const film = (apposed ?? before ?? inside.find(({mention}) => mention.start >= cueStart))?.film
        if (film) found.add(film)
      }
    }
  }
  return found
}

/**
 * True when the film is named in the article's headline: its first sentence when that is a
 * paragraph of its own, of at most 200 characters ("X & Y To Star In Z's Debut 'Title'").
 */
function inHeadline(film: Entity, {text, sentences, language}: FilmContext): boolean {
  // ("CINÉMA | LA CRITIQUE", "Mardi 17 septembre 2019", then the headline: up to four short lines
  // of their own before the first paragraph of prose, a rubric and a date line, are the headline)
  const lines: Sentence[] = []
  for (let at = 0; at < Math.min(sentences.length, 4); at++) {
    const line = sentences[at] as Sentence
    if (line.end - line.start > 200 || sentences[at + 1]?.paragraph === line.paragraph || sentences[at - 1]?.paragraph === line.paragraph) break
    lines.push(line)
  }
  // (a line with no film is a rubric or a date; the headline is the first line that names films)
  const headline = lines.find((line) => text.slice(line.start, line.end).split(/\s+/).length >= 3 && !/^[\p{Lu}\s|/:–—-]+$/u.test(text.slice(line.start, line.end).trim()) && !/\d{4}\s*$/.test(text.slice(line.start, line.end).trim()))
  if (!headline) return false
  return film.mentions.some((mention) => mention.start >= headline.start && mention.end <= headline.end && !isCredit(text, mention, language))
}

/**
 * True when a film's mention only describes a person: in brackets after a name ("Dagny X
 * (“Fjellet”)") or before a role noun ("‘Copper Saints’ Director Tomás X").
 */
function isCredit(text: string, mention: Span, language: Lang): boolean {
  if (isBracketedCredit(text, mention)) return true
  // "Arthur X, lui-même réalisateur d'<film>", "Jane Y, the editor of <film>": a role in apposition to a name
  const apposed = /\p{Lu}[\p{L}-]*\s*,\s*(?:(?:lui-même|elle-même|also|herself|himself|aussi|également)\s+)?(?:(?:the|le|la|l['’])\s*)?([\p{L}-]+)\s+(?:de\s+|d['’]|du\s+|of\s+)[«“"‘*_]*\s*$/u.exec(text.slice(Math.max(0, mention.start - 70), mention.start))
  if (apposed && entityLexicon(language).roles.has((apposed[1] as string).toLowerCase())) return true
  const next = /^[”"»’'*_]*\s+(\p{L}+)/u.exec(text.slice(mention.end, mention.end + 30))
  return !!next && /^\p{Lu}/u.test(next[1] as string) && entityLexicon(language).roles.has((next[1] as string).toLowerCase())
}

/** True when every mention of the film follows a past credit's cue or sits in brackets right after a name. */
function pastOnly(film: Entity, {text, language}: FilmContext): boolean {
  return film.mentions.every((mention) => afterPastCue(text, mention, language) || /\p{L}\s*\(\s*[“"«*_]*\s*$/u.test(text.slice(Math.max(0, mention.start - 6), mention.start)))
}

/** True when a past credit's cue comes within a few words before the mention ("whose debut X", "révélée par X"). */
function afterPastCue(text: string, mention: Span, language: Lang): boolean {
  const before = text.slice(Math.max(0, mention.start - 40), mention.start).toLowerCase().replace(/’/g, "'")
  return cuesOf(language).past.some((cue) => phraseOffsets(before, cue).length > 0)
}

/** True when a mention only credits a person: after a past cue, in brackets after a name, or before a role noun. */
export function isPastCredit(mention: Span, {text, language}: Pick<FilmContext, 'text' | 'language'>): boolean {
  return afterPastCue(text, mention, language) || isCredit(text, mention, language)
}

/** Where `phrase` occurs in `text` between non-letters. */
function phraseOffsets(text: string, phrase: string): number[] {
  const offsets: number[] = []
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    if (!/\p{L}/u.test(text.charAt(at - 1)) && !/\p{L}/u.test(text.charAt(at + phrase.length))) offsets.push(at)
  }
  return offsets
}

const byLanguage = new Map<Lang, {current: string[]; past: string[]}>()

function cuesOf(language: Lang): {current: string[]; past: string[]} {
  let cues = byLanguage.get(language)
  if (!cues) {
    const rows = loadRows(import.meta.url, 'lexicon/film-status-cues.tsv').filter((row) => row[2] === language)
    cues = {current: rows.filter((row) => row[1] === 'current').map((row) => row[0] as string), past: rows.filter((row) => row[1] === 'past').map((row) => row[0] as string)}
    byLanguage.set(language, cues)
  }
  return cues
}

function first(entity: Entity): number {
  return Math.min(...entity.mentions.map((mention) => mention.start))
}
