/**
 * trades: the last resort for a person and a film named in one sentence when no rule tied them
 * ("La comédienne X … Plus tard, X illumine <film> d'un regard."). The text has given the person
 * one trade of the film world, and that trade says what they did on the film:
 * - a person the text makes an actor, and neither a director nor a crew member, acts in the film;
 * - a person the text makes a director, and neither an actor nor a crew member, named before the
 *   film and close to it (no more than 60 characters between, no other person among them), directed
 *   it, when no rule has given the film a director;
 * - such a director opening a sentence that names no film, in a paragraph that has named one film
 *   with no director, directed that film ("*X* … . Director Hannah Y keeps things brief.").
 * Not a film the text says is about the person ("<film> retrace la carrière de l'actrice X"), nor one
 * made from the person's work.
 */
import type {Entity, Sentence, Span} from '../types.js'
import type {Located, MentionIndex} from './context.js'
import type {FactLexicon} from './lexicon.js'
import {type FactList, onlyFilmOfParagraph} from './rule.js'

/** What the last resort reads: the sentences and paragraphs, the mentions, the lexicon and the facts the rules found. */
export interface TradeInput {
  sentences: Sentence[]
  paragraphs: Span[]
  index: MentionIndex
  lexicon: FactLexicon
  facts: FactList
}

/** The most characters between a director's name and the film it directed. */
const directorReach = 60

/** Actor and director facts for the people of a trade named with a film no rule tied them to. */
export function tradeCoMentions(input: TradeInput): void {
  const {sentences, index, lexicon, facts} = input
  const decided = new Set<string>()
  for (const sentence of sentences) {
    const named = index.within(sentence, ['Person', 'Movie'])
    for (const person of named) {
      if (person.entity.type !== 'Person') continue
      const trade = tradeOf(person.entity, lexicon)
      if (!trade) continue
      for (const film of named) {
        if (film.entity.type !== 'Movie') continue
        const pair = `${film.entity.id}\u0000${person.entity.id}`
        if (decided.has(pair)) continue
        decided.add(pair)
        if (tied(facts, film.entity, person.entity)) continue
        if (trade === 'actor') facts.add(film.entity, 'actor', person.entity.id, sentence)
        else if (directs(named, person, film) && !facts.hasPredicate(film.entity, 'director')) facts.add(film.entity, 'director', person.entity.id, sentence)
      }
    }
    paragraphDirector(input, sentence, named)
  }
}

/**
 * "*Tuesday People* … . Director Hannah X keeps things brief.": a sentence that names no film and opens on
 * a person the text makes a director (and nothing else), in a paragraph that has named one film, which
 * no rule has given a director: they directed it.
 */
function paragraphDirector({paragraphs, index, lexicon, facts}: TradeInput, sentence: Sentence, named: Located[]): void {
  if (named.some(({entity}) => entity.type === 'Movie')) return
  const opening = named[0]
  if (!opening || opening.entity.type !== 'Person' || opening.mention.start - sentence.start > 30 || tradeOf(opening.entity, lexicon) !== 'director') return
  const film = onlyFilmOfParagraph(paragraphs, index, sentence)
  if (film && !facts.hasPredicate(film, 'director') && !tied(facts, film, opening.entity)) facts.add(film, 'director', opening.entity.id, sentence)
}

/** The one film trade the text gives the person: actor or director, with no crew trade beside it. */
function tradeOf(person: Entity, lexicon: FactLexicon): 'actor' | 'director' | undefined {
  const keys = new Set(person.roles.map((role) => role.key))
  if ([...keys].some((key) => lexicon.crewRoles.has(key))) return undefined
  if (keys.has('actor') && !keys.has('director')) return 'actor'
  if (keys.has('director') && !keys.has('actor')) return 'director'
  return undefined
}

/** True when a fact already ties the person to the film, or makes the film about them or from their work. */
function tied(facts: FactList, film: Entity, person: Entity): boolean {
  return (['director', 'actor', 'about', 'creator'] as const).some((predicate) => facts.has(film, predicate, person.id)) || facts.has(person, 'work', film.id)
}

/** True when the person is named before the film, close to it, with no other person between. */
function directs(named: Located[], person: Located, film: Located): boolean {
  if (person.mention.end > film.mention.start || film.mention.start - person.mention.end > directorReach) return false
  return !named.some(({entity, mention}) => entity.type === 'Person' && entity !== person.entity && mention.start >= person.mention.end && mention.end <= film.mention.start)
}
