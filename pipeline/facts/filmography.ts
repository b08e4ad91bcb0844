/**
 * filmography: the lists at the end of an encyclopedic article about a person.
 *
 * Under a heading such as "Filmographie" or "Filmography", every film listed ("2004 : X",
 * "- *X* (2011)") is one of the person's films: they directed it, or played in it when acting is
 * all the text says of them, or as a sub-heading says ("En tant qu'actrice", "As director").
 * Under "Distinctions" or "Awards", a line names an award and the film it went to ("2011 : Ours
 * d'argent du meilleur scénario pour X"). A heading the lexicon does not know ends the lists.
 */
import type {Entity, Paragraph} from '../types.js'
import {findAwards} from './awards.js'
import type {MentionIndex} from './context.js'
import type {FactLexicon, SectionKind} from './lexicon.js'
import {filmRole} from './people.js'
import type {FactList} from './rule.js'

/** What the filmography rule reads. */
export interface ListsInput {
  text: string
  source: string
  paragraphs: Paragraph[]
  index: MentionIndex
  lexicon: FactLexicon
  facts: FactList
}

/** Facts from the filmography and awards lists of an article about one person. */
export function filmography({text, source, paragraphs, index, lexicon, facts}: ListsInput): void {
  let kind: SectionKind | undefined
  let role: 'director' | 'actor' | undefined
  let person: Entity | undefined
  for (const paragraph of paragraphs) {
    const line = text.slice(paragraph.start, paragraph.end)
    const heading = headingKind(line, lexicon)
    if (heading) {
      if (heading === 'director' || heading === 'actor') role = heading
      else {
        kind = heading
        role = undefined
      }
      person ??= articlePerson(index, paragraphs)
      continue
    }
    if (!kind || !person) continue
    if (looksLikeHeading(line, paragraph, index)) {
      kind = undefined
      continue
    }
    const films = index.within(paragraph, ['Movie'])
    if (kind === 'films') {
      const predicate = role ?? filmRole(person)
      if (!predicate) continue
      for (const {entity} of films) facts.add(entity, predicate, person.id, paragraph)
    } else if (kind === 'awards' && !/\b(nomin|nomm)/i.test(line)) {
      const film = films[films.length - 1]?.entity
      const award = findAwards(text, paragraph.start, paragraph.end, lexicon)[0]
      if (film && award) facts.add(film, 'award', source.slice(award.start, award.end), paragraph)
    }
  }
}

/** The kind of list a paragraph heads, when it is a known heading alone on its line. */
function headingKind(line: string, lexicon: FactLexicon): SectionKind | undefined {
  const words = line.trim().replace(/\s*:$/, '').replace(/’/g, "'").toLowerCase()
  return words.includes('\n') ? undefined : lexicon.sectionHeadings.get(words)
}

/** A short line without a film, a digit or final punctuation: a heading the lexicon does not know. */
function looksLikeHeading(line: string, paragraph: Paragraph, index: MentionIndex): boolean {
  const trimmed = line.trim()
  if (trimmed.length > 40 || /[\d.:;!?,]/.test(trimmed) || !/^\p{Lu}/u.test(trimmed)) return false
  return index.within(paragraph, ['Movie', 'CreativeWork']).length === 0
}

/**
 * The person the article is about: the person whose name is the article's title (its first
 * paragraph), else the person named first in the article.
 */
function articlePerson(index: MentionIndex, paragraphs: Paragraph[]): Entity | undefined {
  const first = paragraphs[0]
  const people = index.all.filter(({entity}) => entity.type === 'Person')
  const titled = first ? people.find(({mention}) => mention.start === first.start && mention.end >= first.end - 1) : undefined
  return (titled ?? people[0])?.entity
}
