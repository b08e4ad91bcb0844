/**
 * Nouns that name a person by role, description or family tie ("la cinéaste", "the director", "sa fille"),
 * with their gender. The quoted stage reads them in answer labels ("Name, role:"); the quotations stage,
 * which comes after it, resolves speaker mentions with them.
 */
import {loadRows} from '../lexicon/index.js'
import type {Lang} from '../types.js'

const nounCache = new Map<Lang, Map<string, {gender: string; kin: boolean}>>()

/** The person nouns of a language, with their gender and whether they name a family or social tie. */
function personNouns(lang: Lang): Map<string, {gender: string; kin: boolean}> {
  let table = nounCache.get(lang)
  if (!table) {
    table = new Map()
    for (const row of loadRows(import.meta.url, `lexicon/person-nouns.${lang}.tsv`)) {
      if (row[0]) table.set(row[0], {gender: row[1] ?? '-', kin: row[2] === 'kin'})
    }
    nounCache.set(lang, table)
  }
  return table
}

/** Gender ('m', 'f' or '-') of a person noun ("cinéaste", "director"), or undefined when it is not one. */
export function personNoun(word: string, lang: Lang): string | undefined {
  return personNouns(lang).get(word)?.gender
}

/** Whether a person noun names a family or social tie ("fille", "daughter", "ami"). */
export function kinNoun(word: string, lang: Lang): boolean {
  return personNouns(lang).get(word)?.kin === true
}
