/**
 * series: the works the text names as a television or streaming series, which get the facts a
 * film gets (director, actor, creator, and the crew's `work`), as schema.org's TVSeries has
 * a director and actors.
 *
 * A work is a series only when a series noun is bound to its title, never by a word elsewhere:
 * the noun stands right before the title after an article and at most a few qualifiers ("la série
 * « X »", "the hit series X"; never a possessive: "her series X" is a set of photographs), or
 * right after it in an apposition ("X, a six-part series", "X, huit épisodes de 52 minutes"). The
 * paragraph must also speak of television or streaming ("épisodes", "season", "aired") or of
 * acting or directing ("plays", "rôle"), so that a photo or book series stays what it is.
 * The works stay CreativeWorks in the output; only the facts stage reads them as films.
 */
import {loadRows, perLanguage} from '../lexicon/index.js'
import type {Entity, Lang, TextView} from '../types.js'

interface SeriesCues {
  nouns: Set<string>
  qualifiers: Set<string>
  broadcast: Set<string>
  screen: Set<string>
}

const seriesCues = perLanguage((language: Lang): SeriesCues => {
  const rows = loadRows(import.meta.url, 'lexicon/series-cues.tsv').filter((row) => row[2] === language)
  const of = (kind: string) => new Set(rows.filter((row) => row[1] === kind).map((row) => row[0] as string))
  return {nouns: of('noun'), qualifiers: of('qualifier'), broadcast: of('broadcast'), screen: of('screen')}
})

const articles = new Set(['la', 'une', 'cette', 'the', 'a', 'an', 'this'])
const numbers = new Set(['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'douze', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve'])
const episodeNouns = new Set(['épisodes', 'episodes'])

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []

/** A word that may stand between an article and a series noun: a qualifier, a count ("six-part", "10-episode", "huit"). */
function isModifier(word: string, cues: SeriesCues): boolean {
  return cues.qualifiers.has(word) || numbers.has(word) || /^(?:\p{N}+|\p{L}+)-(?:part|episode|épisodes?)$/u.test(word) || /^\p{N}+$/u.test(word)
}

/** True when a series noun stands right before the mention, after an article ("la série télévisée « X »", "the series 'X'"). */
function nounBefore(before: string, cues: SeriesCues): boolean {
  if (!/[\p{L}\p{N}]\s*[«"“‘*_]?\s*$/u.test(before)) return false
  const tokens = words(before).slice(-6)
  let at = tokens.length - 1
  while (at >= 0 && cues.qualifiers.has(tokens[at] as string)) at--
  if (at < 0 || !cues.nouns.has(tokens[at] as string)) return false
  at--
  while (at >= 0 && isModifier(tokens[at] as string, cues)) at--
  return at >= 0 && articles.has(tokens[at] as string)
}

/** True when an apposition right after the mention names it a series ("X, a six-part series", "X, huit épisodes"). */
function nounAfter(after: string, cues: SeriesCues): boolean {
  const apposition = /^\s*[»"”’*_]?\s*,\s*([^,.;:()]{0,60})/u.exec(after)
  if (!apposition) return false
  const tokens = words(apposition[1] as string)
  let at = 0
  if (articles.has(tokens[0] as string) || tokens[0] === 'un') at++
  while (at < tokens.length && isModifier(tokens[at] as string, cues)) at++
  const noun = tokens[at]
  if (noun === undefined) return false
  // ("huit épisodes" needs its count: "X, épisodes choisis" is no series)
  return cues.nouns.has(noun) || (episodeNouns.has(noun) && at > 0 && (numbers.has(tokens[at - 1] as string) || /^\p{N}+$/u.test(tokens[at - 1] as string)))
}

/** The ids of the CreativeWorks the text names as a television or streaming series. */
export function seriesIds(view: TextView, entities: Entity[]): Set<string> {
  const cues = seriesCues(view.language)
  const found = new Set<string>()
  for (const entity of entities) {
    if (entity.type !== 'CreativeWork') continue
    for (const mention of entity.mentions) {
      const paragraph = view.paragraphs.find((span) => span.start <= mention.start && mention.start < span.end)
      if (!paragraph) continue
      const bound = nounBefore(view.text.slice(Math.max(paragraph.start, mention.start - 60), mention.start), cues) ||
        nounAfter(view.text.slice(mention.end, paragraph.end), cues)
      if (!bound) continue
      const said = new Set(words(view.text.slice(paragraph.start, paragraph.end)))
      if ([...said].some((word) => cues.broadcast.has(word) || cues.screen.has(word))) {
        found.add(entity.id)
        break
      }
    }
  }
  return found
}

/**
 * The predicates a series takes as subject. Its festival, award and subject facts are left to
 * films, and so is its date: a broadcast or streaming debut is no release date, and a date near a
 * series named in passing ("révélée l'an dernier par la série X") dates the person, not the work.
 */
export const seriesPredicates = new Set(['director', 'actor', 'creator'])

/** The entities as the facts stage reads them: each series typed as a film. */
export function asFilms(entities: Entity[], series: Set<string>): Entity[] {
  return series.size === 0 ? entities : entities.map((entity) => (series.has(entity.id) ? {...entity, type: 'Movie'} : entity))
}
