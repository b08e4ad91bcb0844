/**
 * context: what one sentence mentions, and which film it speaks of.
 */
import type {Entity, EntityType, Mention, Sentence, Span} from '../types.js'
import {countBefore} from '../quoted/search.js'
import type {FactLexicon} from './lexicon.js'
import {continuedPerson, type Focus} from './focus.js'

/** A mention together with the entity it belongs to. */
export interface Located {
  entity: Entity
  mention: Mention
}

/** Entity mentions in text order, for lookups by range. */
export class MentionIndex {
  readonly all: Located[]

  constructor(entities: Entity[]) {
    this.all = entities
      .flatMap((entity) => entity.mentions.map((mention) => ({entity, mention})))
      .sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end)
  }

  /** Mentions inside `[start, end)`, optionally of some types only. */
  within(span: Span, types?: EntityType[]): Located[] {
    const from = lowerBound(this.all, span.start)
    const found: Located[] = []
    for (let index = from; index < this.all.length; index++) {
      const item = this.all[index] as Located
      if (item.mention.start >= span.end) break
      if (item.mention.end <= span.end && (!types || types.includes(item.entity.type))) found.push(item)
    }
    return found
  }

  /** The first mention of one of `types` that starts in `[start, end)`, whatever its length. */
  firstStartingIn(span: Span, types: EntityType[]): Located | undefined {
    for (let index = lowerBound(this.all, span.start); index < this.all.length; index++) {
      const item = this.all[index] as Located
      if (item.mention.start >= span.end) return undefined
      if (types.includes(item.entity.type)) return item
    }
    return undefined
  }

  /** The last mention of one of `types` that ends before `offset`. */
  before(offset: number, types: EntityType[]): Located | undefined {
    for (let index = lowerBound(this.all, offset) - 1; index >= 0; index--) {
      const item = this.all[index] as Located
      if (item.mention.end <= offset && types.includes(item.entity.type)) return item
    }
    return undefined
  }
}

/** First index whose mention starts at or after `offset` (binary search). */
function lowerBound(items: Located[], offset: number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((items[middle] as Located).mention.start < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** Where a sentence names or refers back to a film. */
export interface FilmReference {
  film: Entity
  start: number
  end: number
}

/**
 * The films a sentence speaks of: Movie mentions in it, and phrases such as "ce film" (the last
 * film named) or "the documentary" (the film the article is about, once it has been named).
 */
export function filmsIn(
  text: string,
  sentence: Sentence,
  index: MentionIndex,
  lexicon: FactLexicon,
  main: Entity | undefined,
  paragraphs: Span[] = []
): FilmReference[] {
  const references: FilmReference[] = index
    .within(sentence, ['Movie'])
    .map(({entity, mention}) => ({film: entity, start: mention.start, end: mention.end}))
  const lower = text.slice(sentence.start, sentence.end).toLowerCase()
  const context = {text, index, main, paragraphs}
  for (const [phrase, refersTo] of lexicon.filmAnaphora) {
    for (let at = lower.indexOf(phrase); at !== -1; at = lower.indexOf(phrase, at + 1)) {
      if (!isWordAt(lower, at, phrase.length)) continue
      const start = sentence.start + at
      if (references.some((reference) => reference.start <= start && start < reference.end)) continue
      if (insideName(index, start, start + phrase.length)) continue
      const film = referent(context, start, refersTo)
      if (film) references.push({film, start, end: start + phrase.length})
    }
  }
  // "the science-fiction drama", "this hand-drawn feature", "Orla X's comedy": a determiner, up to two
  // modifiers and a film noun refer back like "the film" does
  for (const match of lower.matchAll(lexicon.patterns.genreReference)) {
    const start = sentence.start + (match.index ?? 0)
    const end = start + match[0].length
    if (references.some((reference) => reference.start < end && start < reference.end)) continue
    if (insideName(index, start, end)) continue
    // "her first feature, X": the title in apposition names the film
    const apposition = /^\s*,?\s*[«“"‘'*_]*\s*/.exec(text.slice(end, end + 8)) as RegExpExecArray
    if (index.firstStartingIn({start: end + apposition[0].length, end: end + apposition[0].length + 1}, ['Movie'])) continue
    const film = referent(context, start, /^(this|that|ce|cet|cette)\s/.test(match[0]) ? 'last' : 'main')
    if (film) references.push({film, start, end})
  }
  return references.sort((a, b) => a.start - b.start)
}

/** True when `[start, end)` overlaps the name of an entity ("the Cannes Film Festival", "Short Film Palme d'Or"). */
function insideName(index: MentionIndex, start: number, end: number): boolean {
  return index.within({start: Math.max(0, start - 80), end: end + 80}).some(({mention}) => mention.start < end && start < mention.end && mention.kind !== 'role')
}

/**
 * The film a reference at `start` points back to. "ce film" ('last') is the film named last.
 * "le film" ('main') is the film of a heading that is only its title, else the film named
 * earlier in the same paragraph when the article's film was not named there, else the article's
 * film once named, else the film named last.
 */
function referent(
  {text, index, main, paragraphs}: {text: string; index: MentionIndex; main: Entity | undefined; paragraphs: Span[]},
  start: number,
  refersTo: 'last' | 'main'
): Entity | undefined {
  const mainBefore = main && firstMention(main) < start ? main : undefined
  // ("Dagny X (“Fjellet”) and Idris Y (“Lanterns”) will star in the drama": a credit in brackets
  // after a name is an aside, not the film the text goes on about)
  let previous = index.before(start, ['Movie'])
  while (previous && isBracketedCredit(text, previous.mention)) previous = index.before(previous.mention.start, ['Movie'])
  const last = previous?.entity
  if (refersTo === 'last') return last ?? mainBefore
  if (previous && isTitleHeading(text, paragraphs, previous.mention)) return last
  const paragraph = paragraphAt(paragraphs, start)
  const mainInParagraph = !!main && !!paragraph && main.mentions.some((mention) => mention.start >= paragraph.start && mention.start < start)
  const near = previous && paragraph && previous.mention.start >= paragraph.start && !mainInParagraph ? last : undefined
  return near ?? mainBefore ?? last
}

/** True when a film's mention sits in brackets right after a word: "Dagny X (“Fjellet”)", "Ana Reis (*Low Tide*)". */
export function isBracketedCredit(text: string, mention: Span): boolean {
  return /\p{L}\s*\(\s*[“"«‘'*_]*\s*$/u.test(text.slice(Math.max(0, mention.start - 8), mention.start)) && /^\s*[”"»’'*_]*\s*\)/u.test(text.slice(mention.end, mention.end + 8))
}

/**
 * True when `mention` is alone in its paragraph (but for numbering and punctuation), as in a
 * heading "## 2. *Title*" (maybe with a note in brackets after it), or follows a short label and a colon ("## In competition: *Title*",
 * "Compétition officielle : *Titre*"): the text that follows, up to the next film named, is about that film.
 */
export function isTitleHeading(text: string, paragraphs: Span[], mention: Span): boolean {
  const paragraph = paragraphAt(paragraphs, mention.start)
  if (!paragraph || mention.end > paragraph.end) return false
  const before = text.slice(paragraph.start, mention.start)
  // (a note in brackets may follow the title: "*Title* (in cinemas Friday)", "TITLE (1955)")
  if (/\p{L}/u.test(text.slice(mention.end, paragraph.end).replace(/\([^()]{0,60}\)/g, ''))) return false
  return !/\p{L}/u.test(before) || headingLabel.test(before)
}

/** The film of the section at `offset`: the last film named before it, when named in a heading that is only its title ("## 2. *X*"). */
export function sectionFilmAt(text: string, paragraphs: Span[], index: MentionIndex, offset: number): Entity | undefined {
  const previous = index.before(offset, ['Movie'])
  return previous && isTitleHeading(text, paragraphs, previous.mention) ? previous.entity : undefined
}

/** A heading's label before its film's title: at most four words, then a colon. */
const headingLabel = /^[^\p{L}]*(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+\s*:[\s*_“"«]*$/u

/** The last paragraph that starts at or before `offset`. */
function paragraphAt(paragraphs: Span[], offset: number): Span | undefined {
  return paragraphs[countBefore(paragraphs, offset + 1) - 1]
}

/** True when `[at, at + length)` of `text` is bounded by non-letters on both sides. */
export function isWordAt(text: string, at: number, length: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(at + length))
}

/**
 * Offsets (relative to `from`) where one of `phrases` occurs as whole words in `text`. The two
 * apostrophes are one letter here, and a phrase that ends on an elision ("musique d'") runs into the
 * word after it ("musique d'Ennio X").
 */
export function findPhrases(text: string, phrases: string[]): Array<{at: number; phrase: string}> {
  const lower = text.toLowerCase().replace(/’/g, "'")
  const found: Array<{at: number; phrase: string}> = []
  for (const phrase of phrases) {
    const wanted = phrase.replace(/’/g, "'")
    const elided = wanted.endsWith("'")
    for (let at = lower.indexOf(wanted); at !== -1; at = lower.indexOf(wanted, at + 1)) {
      if (elided ? !/[\p{L}\p{N}]/u.test(lower.charAt(at - 1)) : isWordAt(lower, at, wanted.length)) found.push({at, phrase})
    }
  }
  return found.sort((a, b) => a.at - b.at)
}

/** True when a word of `text` begins with one of `prefixes`. */
export function hasWordPrefix(text: string, prefixes: string[]): boolean {
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    if (prefixes.some((prefix) => match[0].startsWith(prefix))) return true
  }
  return false
}

/** True when a word of `text`, lower-cased, is in `words`. */
export function hasWord(text: string, words: Set<string>): boolean {
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) if (words.has(match[0])) return true
  return false
}

/** Where an entity is first mentioned. */
export function firstMention(entity: Entity): number {
  let first = Number.POSITIVE_INFINITY
  for (const mention of entity.mentions) first = Math.min(first, mention.start)
  return first
}

/** Words after which a name is no subject ("à Paris", "avec X", "by X"). */
const prepositions = new Set(['de', "d'", 'du', 'des', 'à', 'au', 'aux', 'avec', 'par', 'pour', 'sur', 'chez', 'selon', 'entre', 'of', 'by', 'with', 'for', 'to', 'from', 'at', 'about', 'in', 'on', 'like', 'comme'])

/** Participles that open a clause before the subject ("Born in …, X", "Née à …, Y"). */
const participleOpening = /^\s*(?:born|raised|trained|educated|née?s?|élevée?s?|formée?s?|originaire)\s/iu

/** Pronouns and possessives that open a sentence about the person the passage speaks of. */
const continuing = /^\s*(il|elle|he|she|son|sa|ses|his|her)\b/i

/**
 * The person a sentence is about: a person named among its first words, not after a preposition;
 * else, when it opens with "Elle", "He", "Son" …, `topic`, the person the sentences before were about.
 */
export function sentenceSubject(text: string, sentence: Sentence, index: MentionIndex, topic: Entity | undefined, focus?: Focus, fresh = true): Entity | undefined {
  // "Elle épouse en 1998 le monteur X": a subject pronoun keeps the topic, whoever is named after it
  // (unless its gender says it is the article's person: focus.ts)
  const pronoun = /^\s*(il|elle|he|she)\b/i.exec(text.slice(sentence.start, sentence.start + 6))
  if (topic && pronoun) return continuedPerson(focus, topic, pronoun[1] as string, fresh)
  // "Selon elle, le cinéaste voulait …", "According to him, the director …": an opinion the topic reports keeps the topic
  if (topic && /^\s*(?:selon|d['’]après|according\s+to)\s+(?:elle|lui|eux|elles|her|him|them)\b/iu.test(text.slice(sentence.start, sentence.start + 24))) return topic
  const head = {start: sentence.start, end: Math.min(sentence.end, sentence.start + 60)}
  for (const {entity, mention} of index.within(head, ['Person'])) {
    // ("Selon le cinéaste", "with the director X": an article may come between)
    const before = /([\p{L}']+)\s*(?:(?:le|la|les|l'|the)\s*)?$/iu.exec(text.slice(Math.max(sentence.start, mention.start - 24), mention.start).replace('’', "'"))
    if (!before || !prepositions.has((before[1] as string).toLowerCase())) return entity
    break
  }
  // "Born in Sheffield on 14 August 1941, the daughter of a steelworker, X left school …": after an
  // opening participle clause, the name that follows a comma is the subject
  if (participleOpening.test(text.slice(sentence.start, sentence.start + 12))) {
    const named = index.within(sentence, ['Person']).find(({mention}) => /,\s*$/.test(text.slice(Math.max(sentence.start, mention.start - 3), mention.start)))
    if (named && named.mention.start - sentence.start <= 160) return named.entity
  }
  // ("Her last film, X": an opening possessive is the article's person when its gender says so and the topic's does not)
  const possessive = continuing.exec(text.slice(sentence.start, sentence.start + 6))
  return possessive ? continuedPerson(focus, topic, possessive[1] as string, false) : undefined
}
