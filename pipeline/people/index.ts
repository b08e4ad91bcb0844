/**
 * people stage: what the text tells about its people beyond their mentions and roles, worked out
 * once for the later stages, which use it to resolve "she", "il" and "la cinéaste":
 * - the gender it gives each person (from determiners, honorifics, nouns in apposition, given names
 *   and pronouns), gender.ts;
 * - the person the article is about, if one stands out, article-person.ts.
 */
import type {VFile} from 'vfile'
import {articlePerson} from './article-person.js'
import {personGenders} from './gender.js'

export {articlePerson, personGenders}
export type {Gender, Genders} from './gender.js'

/** The unified plugin: `file.data.genders`, and `file.data.articlePerson` when the article is about one person. */
export default function people() {
  return function transformer(_tree: unknown, file: VFile): void {
    const view = file.data.view
    if (!view) return
    const entities = file.data.entities ?? []
    file.data.genders = personGenders(view, entities)
    const person = articlePerson(view, entities)
    if (person) file.data.articlePerson = person
  }
}
