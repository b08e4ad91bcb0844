/**
 * article-person: the person an article is about, if one stands out (a portrait, an obituary, an
 * interview, an encyclopedia entry): the person named most often (names and role nouns), provided
 * they are named in the first three paragraphs and at least a quarter more often than anyone else.
 * A text that opens on a person's name ("X, née le …, est une actrice", "X, the actor who …, has
 * died") counts that person twice more: the pronouns that follow stand for them, so their name recurs less.
 */
import type {Entity, TextView} from '../types.js'

/** The id of the person the article is about, or undefined. */
export function articlePerson(view: TextView, entities: readonly Entity[]): string | undefined {
  const people = entities.filter((entity) => entity.type === 'Person')
  const counts = new Map<Entity, number>(people.map((person) => [person, person.mentions.length]))
  const opener = openingSubject(view, people)
  if (opener) counts.set(opener, (counts.get(opener) ?? 0) + 2)
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || firstMention(a[0]) - firstMention(b[0]))
  const [best, second] = ranked
  if (!best || best[1] < 3) return undefined
  if (second && best[1] < second[1] * 1.25) return undefined
  const opening = view.paragraphs[Math.min(2, view.paragraphs.length - 1)]
  if (opening && firstMention(best[0]) > opening.end) return undefined
  return best[0].id
}

/** The person whose name opens one of the first two sentences, followed by a comma, a bracket or a verb. */
function openingSubject(view: TextView, people: Entity[]): Entity | undefined {
  for (const sentence of view.sentences.slice(0, 2)) {
    const first = people
      .flatMap((entity) => entity.mentions.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end).map((mention) => ({entity, mention})))
      .sort((a, b) => a.mention.start - b.mention.start)[0]
    if (first && first.mention.start === sentence.start && first.mention.kind === 'name' && /^\s*[,(]|^\s+\p{Ll}/u.test(view.text.slice(first.mention.end, first.mention.end + 3))) return first.entity
  }
  return undefined
}

function firstMention(entity: Entity): number {
  let first = Number.POSITIVE_INFINITY
  for (const mention of entity.mentions) first = Math.min(first, mention.start)
  return first
}
