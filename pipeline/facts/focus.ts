/**
 * focus: the person an article is about, and the gender the text gives each person, so that a
 * pronoun ("she", "elle", "her") goes to the nearest person it can stand for.
 *
 * - the article's person and each person's gender are the ones the people stage worked out
 *   (people/article-person.ts, people/gender.ts).
 */
import {articlePerson} from '../people/article-person.js'
import {personGenders, type Gender, type Genders} from '../people/gender.js'
import type {Entity, TextView} from '../types.js'
import type {MentionIndex} from './context.js'

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
 * @param person the id of the article's person (people stage; null when none stands out; worked out here when not given).
 */
export function articleFocus(view: TextView, index: MentionIndex, genders?: Genders, person?: string | null): Focus {
  const cached = cache.get(view)
  if (cached) return cached
  const entities = [...new Set(index.all.map(({entity}) => entity))]
  const known = genders ?? personGenders(view, entities)
  const id = person === undefined ? articlePerson(view, entities) : person
  const focus: Focus = {
    person: entities.find((entity) => entity.id === id),
    gender: (entity) => known[entity.id]
  }
  cache.set(view, focus)
  return focus
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
