/**
 * people stage: what the text tells about each person beyond their mentions and roles, worked out
 * once for the later stages: the gender it gives them (from determiners, honorifics, nouns in
 * apposition, given names and pronouns), which quotations and facts use to resolve "she", "il" and
 * "la cinéaste".
 */
import type {VFile} from 'vfile'
import {personGenders} from './gender.js'

export {personGenders}
export type {Gender, Genders} from './gender.js'

/** The unified plugin: `file.data.genders`. */
export default function people() {
  return function transformer(_tree: unknown, file: VFile): void {
    const view = file.data.view
    if (!view) return
    file.data.genders = personGenders(view, file.data.entities ?? [])
  }
}
