/**
 * focus: the person an article is about, and the gender the text gives each person, so that a
 * pronoun ("she", "elle", "her") goes to the nearest person it can stand for.
 *
 * - the article's person is the person named most often, provided they are named in the opening
 *   paragraphs and clearly more often than anyone else (a portrait, an obituary, an encyclopedia entry);
 * - a person's gender is the one the people stage worked out (people/gender.ts).
 */
import {personGenders, type Gender, type Genders} from '../people/gender.js'
import type {Entity, TextView} from '../types.js'
import {firstMention, type MentionIndex} from './context.js'

export type {Gender}

/** What pronoun resolution needs about the people of one article. */
export interface Focus {
  /** The person the article is about, if one stands out. */
  person: Entity | undefined
  /** The gender the text gives a person, when it gives one. */
  gender(entity: Entity): Gender | undefined
}

/** The gender a pronoun or possessive marks ("elle" f, "his" m); undefined for "son", "lui", "leur". */
export function pronounGender(word: string): Gender | undefined {
  const lower = word.toLowerCase()
  if (/^(?:elle|she|her|herself|elle-même)$/.test(lower)) return 'f'
  if (/^(?:il|he|his|him|himself|lui-même)$/.test(lower)) return 'm'
  return undefined
}

/** True when `entity` may be what a pronoun of `gender` stands for (unknown gender agrees with all). */
export function agrees(focus: Focus, entity: Entity, gender: Gender | undefined): boolean {
  if (!gender) return true
  const known = focus.gender(entity)
  return !known || known === gender
}

const cache = new WeakMap<TextView, Focus>()

/**
 * The focus of the article of `view` (computed once per view).
 *
 * @param genders the gender the text gives each person (people stage; worked out here when not given).
 */
export function articleFocus(view: TextView, index: MentionIndex, genders?: Genders): Focus {
  const cached = cache.get(view)
  if (cached) return cached
  const known = genders ?? personGenders(view, [...new Set(index.all.map(({entity}) => entity))])
  const focus: Focus = {
    person: mainPerson(view, index),
    gender: (entity) => known[entity.id]
  }
  cache.set(view, focus)
  return focus
}

/**
 * The person named most often (names and role nouns), when they are named in the first three
 * paragraphs and at least a quarter more often than the next person.
 */
function mainPerson(view: TextView, index: MentionIndex): Entity | undefined {
  const counts = new Map<Entity, number>()
  for (const {entity} of index.all) if (entity.type === 'Person') counts.set(entity, (counts.get(entity) ?? 0) + 1)
  // (a text that opens on a person's name, "X, née le …, est une actrice", "X, the actor who …, has
  // died", is about them: the pronouns that follow stand for them, so their name recurs less)
  const opener = openingSubject(view, index)
  if (opener) counts.set(opener, (counts.get(opener) ?? 0) + 2)
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || firstMention(a[0]) - firstMention(b[0]))
  const [best, second] = ranked
  if (!best || best[1] < 3) return undefined
  if (second && best[1] < second[1] * 1.25) return undefined
  const opening = view.paragraphs[Math.min(2, view.paragraphs.length - 1)]
  if (opening && firstMention(best[0]) > opening.end) return undefined
  return best[0]
}

/** The person whose name opens one of the first two sentences, followed by a comma or a verb. */
function openingSubject(view: TextView, index: MentionIndex): Entity | undefined {
  for (const sentence of view.sentences.slice(0, 2)) {
    const first = index.within(sentence, ['Person'])[0]
    if (first && first.mention.start === sentence.start && first.mention.kind === 'name' && /^\s*[,(]|^\s+\p{Ll}/u.test(view.text.slice(first.mention.end, first.mention.end + 3))) return first.entity
  }
  return undefined
}

/**
 * The person a subject pronoun or an opening possessive stands for, given the person the passage
 * was about (`topic`) and whether that person was the subject of the sentence right before
 * (`fresh`). A pronoun that marks a gender the topic does not have goes to the article's person;
 * one whose gender the text gives the article's person goes to the article's person unless the topic
 * was the subject just before ("The producer X, who … . She had the line …"): once a sentence without
 * them has passed, the article's person is who the pronoun most likely stands for.
 */
export function continuedPerson(focus: Focus | undefined, topic: Entity | undefined, pronoun: string, fresh: boolean): Entity | undefined {
  const gender = pronounGender(pronoun)
  const main = focus?.person
  if (!focus || !gender || !main || topic === main) return topic
  if (!topic) return undefined
  if (!agrees(focus, topic, gender)) return agrees(focus, main, gender) ? main : topic
  return !fresh && focus.gender(main) === gender ? main : topic
}
