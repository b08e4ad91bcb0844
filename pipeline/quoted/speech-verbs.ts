/**
 * speech-verbs: every inflected form of the verbs of saying and writing, from the lexicon files.
 *
 * The lexicon lists infinitives (French) or base forms (English) and the irregular forms; this
 * module generates the regular inflections so that "a-t-elle ajouté", "confie", "tweete",
 * "s'écria", "explained" and "tweets" are all recognised. Used by the quoted stage (speech evidence
 * around a span) and the quotations stage (the attribution cue).
 */
import {loadRows} from '../lexicon/index.js'
import type {Lang} from '../types.js'

const cache = new Map<string, Set<string>>()

/** The set of lower-case verb forms of saying and writing in a language. */
export function speechVerbForms(language: Lang): Set<string> {
  return verbForms(language, 'speech-verbs')
}

/** True when `word` (any case) is a form of a verb of saying or writing. */
export function isSpeechVerb(word: string, language: Lang): boolean {
  return speechVerbForms(language).has(word.toLowerCase())
}

/**
 * True when `word` (any case) is a form of a verb of speaking about something ("parle d'un",
 * "speaks of", "describes it as"): its complement may be the subject's own wording.
 */
export function isSpeakingVerb(word: string, language: Lang): boolean {
  return verbForms(language, 'speaking-verbs').has(word.toLowerCase())
}

/** True when `word` (any case) is a form of a verb of calling something by a word ("called it", "qualifie de"). */
export function isNamingVerb(word: string, language: Lang): boolean {
  return verbForms(language, 'naming-verbs').has(word.toLowerCase())
}

/** Every inflected form of the verbs of a lexicon file (`lexicon/<list>.<language>.tsv`). */
function verbForms(language: Lang, list: string): Set<string> {
  const key = `${list}.${language}`
  let forms = cache.get(key)
  if (!forms) {
    forms = new Set()
    for (const row of loadRows(import.meta.url, `lexicon/${key}.tsv`)) {
      const base = (row[0] ?? '').toLowerCase()
      if (!base) continue
      forms.add(base)
      const irregular = (row[1] ?? '').split(',').map((form) => form.trim().toLowerCase()).filter(Boolean)
      for (const form of irregular) forms.add(form)
      const regular = language === 'fr' ? frenchForms(base) : englishForms(base)
      for (const form of regular) forms.add(form)
    }
    cache.set(key, forms)
  }
  return forms
}

/** Regular forms of a French first-group verb (`-er`); nothing for other verbs (listed in the lexicon). */
function frenchForms(infinitive: string): string[] {
  if (!infinitive.endsWith('er')) return []
  const stem = infinitive.slice(0, -2)
  // before a and o, c becomes ç and g becomes ge ("lança", "interrogea")
  const soft = stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem.endsWith('g') ? `${stem}e` : stem
  const endings = ['e', 'es', 'ent', 'ez', 'é', 'ée', 'és', 'ées', 'èrent', 'ai', 'iez', 'ions']
  const softEndings = ['a', 'as', 'ait', 'ais', 'aient', 'ant', 'ons', 'âmes']
  const forms = endings.map((ending) => stem + ending)
  forms.push(...softEndings.map((ending) => soft + ending))
  forms.push(...['a', 'ai', 'ont', 'ait', 'aient', 'as'].map((ending) => infinitive + ending))
  return forms
}

/** Regular forms of an English verb: -s, -ed, -ing. */
function englishForms(base: string): string[] {
  if (base.endsWith('e')) return [`${base}s`, `${base}d`, `${base.slice(0, -1)}ing`]
  if (/[^aeiou]y$/.test(base)) return [`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`]
  if (/(s|sh|ch|x|z)$/.test(base)) return [`${base}es`, `${base}ed`, `${base}ing`]
  return [`${base}s`, `${base}ed`, `${base}ing`]
}
