/**
 * context: what one sentence mentions, and which film it speaks of.
 */
import type {Entity, EntityType, Mention, Sentence, Span} from '../types.js'
import type {FactLexicon} from './lexicon.js'

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
  for (const [phrase, refersTo] of lexicon.filmAnaphora) {
    for (let at = lower.indexOf(phrase); at !== -1; at = lower.indexOf(phrase, at + 1)) {
      if (!isWordAt(lower, at, phrase.length)) continue
      const start = sentence.start + at
      if (references.some((reference) => reference.start <= start && start < reference.end)) continue
      const mainBefore = main && firstMention(main) < start ? main : undefined
      const previous = index.before(start, ['Movie'])
      const last = previous?.entity
      const section = previous && isTitleHeading(text, paragraphs, previous.mention) ? last : undefined
      const film = refersTo === 'main' ? (section ?? mainBefore ?? last) : (last ?? mainBefore)
      if (film) references.push({film, start, end: start + phrase.length})
    }
  }
  return references.sort((a, b) => a.start - b.start)
}

/**
 * True when `mention` is alone in its paragraph (but for numbering and punctuation), as in a
 * heading "## 2. *Title*": the text that follows, up to the next film named, is about that film.
 */
export function isTitleHeading(text: string, paragraphs: Span[], mention: Span): boolean {
  let low = 0
  let high = paragraphs.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((paragraphs[middle] as Span).start <= mention.start) low = middle + 1
    else high = middle
  }
  const paragraph = paragraphs[low - 1]
  if (!paragraph || mention.end > paragraph.end) return false
  return !/\p{L}/u.test(text.slice(paragraph.start, mention.start) + text.slice(mention.end, paragraph.end))
}

/** True when `[at, at + length)` of `text` is bounded by non-letters on both sides. */
export function isWordAt(text: string, at: number, length: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(at + length))
}

/** Offsets (relative to `from`) where one of `phrases` occurs as whole words in `text`. */
export function findPhrases(text: string, phrases: string[]): Array<{at: number; phrase: string}> {
  const lower = text.toLowerCase()
  const found: Array<{at: number; phrase: string}> = []
  for (const phrase of phrases) {
    for (let at = lower.indexOf(phrase); at !== -1; at = lower.indexOf(phrase, at + 1)) {
      if (isWordAt(lower, at, phrase.length)) found.push({at, phrase})
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

/** Pronouns and possessives that open a sentence about the person the passage speaks of. */
const continuing = /^\s*(il|elle|he|she|son|sa|ses|his|her)\b/i

/**
 * The person a sentence is about: a person named among its first words, not after a preposition;
 * else, when it opens with "Elle", "He", "Son" …, `topic`, the person the sentences before were about.
 */
export function sentenceSubject(text: string, sentence: Sentence, index: MentionIndex, topic: Entity | undefined): Entity | undefined {
  const head = {start: sentence.start, end: Math.min(sentence.end, sentence.start + 60)}
  for (const {entity, mention} of index.within(head, ['Person'])) {
    const before = /([\p{L}']+)\s*$/u.exec(text.slice(Math.max(sentence.start, mention.start - 20), mention.start).replace('’', "'"))
    if (!before || !prepositions.has((before[1] as string).toLowerCase())) return entity
    break
  }
  return continuing.test(text.slice(sentence.start, sentence.start + 6)) ? topic : undefined
}
