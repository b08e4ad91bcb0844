/**
 * dispatch: the festival an article reports from, and the films it presents as shown there.
 *
 * An article is a report from one festival when its headline (the first paragraph, at most 200
 * characters) names the festival ("Locarno dispatch: …", "Berlinale 2024 : …") and that festival is
 * the first festival the text names, before any film. In such a report, a film that is a section
 * heading of its own ("## 2. *X*", "## In competition: *X*") or opens an item of a list ("- *X*, de
 * Y (France, 22 min)") is one of the festival's films. Nothing is read in an article whose headline
 * names no festival, or names two.
 */
import {schemaType} from '../emit/jsonld.js'
import type {Entity, Span, TextView} from '../types.js'
import {firstMention, isTitleHeading, type MentionIndex} from './context.js'
import type {FactList} from './rule.js'

/** Words of a festival's name that do not tell it apart ("Festival", "International", "Film"). */
const generic = new Set(['festival', 'festivals', 'international', 'internationale', 'internacional', 'film', 'films', 'cinema', 'cinéma', 'cine', 'ciné', 'movie', 'movies', 'court', 'courts', 'métrage', 'métrages', 'short', 'shorts', 'documentary', 'documentaire', 'annual', 'world', 'mondial', 'premieres', 'competition', 'compétition', 'the', 'and', 'les', 'des', 'del', 'della', 'der', 'die'])

/** The festival the article reports from, if it plainly is a report from one festival. */
export function reportFestival(view: TextView, index: MentionIndex): Entity | undefined {
  const headline = view.paragraphs[0]
  if (!headline || headline.end - headline.start > 200) return undefined
  const festivals = [...new Set(index.all.map(({entity}) => entity).filter((entity) => entity.type === 'Event' && schemaType(entity) === 'Festival'))]
  const named = festivals.filter((festival) => namedIn(festival, view.text.slice(headline.start, headline.end)))
  if (named.length !== 1) return undefined
  const festival = named[0] as Entity
  const firstFestival = festivals.reduce<Entity | undefined>((best, entity) => (!best || firstMention(entity) < firstMention(best) ? entity : best), undefined)
  const firstFilm = Math.min(...index.all.filter(({entity}) => entity.type === 'Movie').map(({mention}) => mention.start))
  return firstFestival === festival && firstMention(festival) < firstFilm ? festival : undefined
}

/** True when a distinctive word of the festival's name or aliases is a word of `headline` ("Locarno", "Berlinale", "Rance"). */
function namedIn(festival: Entity, headline: string): boolean {
  const words = new Set(headline.split(/[^\p{L}\p{N}-]+/u))
  return [festival.name, ...festival.aliases].some((name) =>
    name.split(/[^\p{L}\p{N}-]+/u).some((word) => word.length >= 4 && /^\p{Lu}/u.test(word) && !generic.has(word.toLowerCase()) && words.has(word))
  )
}

/** The films of a festival report that head a section or open a list item: shown at the festival. */
export function dispatchFilms(view: TextView, index: MentionIndex, facts: FactList, festival: Entity | undefined): void {
  if (!festival) return
  for (const {entity, mention} of index.all) {
    // (a work the entities stage could not tell is a film, "- *Nine Bridges*, X's portrait of …", counts too)
    if (entity.type !== 'Movie' && entity.type !== 'CreativeWork') continue
    if (isTitleHeading(view.text, view.paragraphs, mention) || opensListItem(view, mention)) facts.add(entity, 'festival', festival.id, mention)
  }
}

/** True when the mention opens an item of a list ("- *X*, de Y", "* X: …", "2. X"), markers read in the source. */
function opensListItem(view: TextView, mention: Span): boolean {
  const paragraph = view.paragraphs.find((span) => span.start <= mention.start && mention.start < span.end)
  if (!paragraph) return false
  const lineStart = view.source.lastIndexOf('\n', paragraph.start - 1) + 1
  return /^\s*(?:[-*•–]|\d{1,2}[.)])\s+[*_“"«‘]*\s*$/u.test(view.source.slice(lineStart, mention.start))
}
