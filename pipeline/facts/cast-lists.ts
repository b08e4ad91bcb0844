/**
 * cast-lists: the cast list of a film article, under a heading that is a cast label ("Cast",
 * "Distribution", "Interprétation", "Starring"), one actor per line: "- A as Kim", "B : Vinz",
 * "C (the mother)", "D — le père". Each line that opens on a person, followed by a separator or
 * nothing, credits that person as an actor of the section's film (a heading that is only its
 * title) or of the article's film. A line that does not open on a person ends the list, unless it
 * still has the shape of a cast line (a short capitalised name, then "as", a colon or a dash).
 */
import type {Entity, Paragraph} from '../types.js'
import {type MentionIndex, sectionFilmAt} from './context.js'
import type {FactLexicon} from './lexicon.js'
import type {FactList} from './rule.js'

/** What the cast-list rule reads. */
export interface CastListInput {
  text: string
  paragraphs: Paragraph[]
  index: MentionIndex
  lexicon: FactLexicon
  facts: FactList
  main: Entity | undefined
}

/** What may follow the actor's name on a cast line: the part after "as", a colon, a dash, brackets, a comma; or nothing. */
const afterActor = /^\s*(?:$|(?:as|dans le rôle de|en|:|—|–|-|\(|,|\.{3}|…)(?![\p{L}]))/iu

/** The shape of a cast line, whoever is named: "- Name Name as …", "Name : …", "Name — …". */
const castLine = /^[\s\-*•·]*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:as|:|—|–)\s+\S/u

/** Actor facts for every line of a cast list. */
export function castLists({text, paragraphs, index, lexicon, facts, main}: CastListInput): void {
  let film: Entity | undefined
  for (const paragraph of paragraphs) {
    const line = text.slice(paragraph.start, paragraph.end)
    if (film) {
      const first = index.firstStartingIn({start: paragraph.start, end: paragraph.end}, ['Person', 'Organization', 'Place', 'Movie', 'CreativeWork', 'Event'])
      const opens = first && first.entity.type === 'Person' && first.mention.kind !== 'role' && !/\S/.test(text.slice(paragraph.start, first.mention.start).replace(/[-*•·]/g, ''))
      if (opens && afterActor.test(text.slice(first.mention.end, paragraph.end))) {
        facts.add(film, 'actor', first.entity.id, paragraph)
        continue
      }
      // (a cast line whose actor the entities stage did not find keeps the list going)
      if (castLine.test(line)) continue
      film = undefined
    }
    if (castHeading(line, lexicon)) film = sectionFilmAt(text, paragraphs, index, paragraph.start) ?? main
  }
}

/** True when a paragraph is only a cast label ("## Cast", "**Distribution**", "Interprétation :"). */
function castHeading(line: string, lexicon: FactLexicon): boolean {
  const label = line.replace(/[#*_:]/g, ' ').trim().toLowerCase()
  return !label.includes('\n') && lexicon.creditLabels.get(label) === 'actor'
}
