/**
 * language-model: what the compromise lexicon of the article's language says about a single word.
 *
 * Only the model for the view's language is loaded (fr-compromise for French, compromise for
 * English), on first use. It is read as a dictionary: a capitalised word that the model knows as a
 * verb, adjective, determiner … is a common word at the start of a sentence, and its name lists
 * (organisations, places, given names) are a further gazetteer.
 */
import {createRequire} from 'node:module'
import type {Lang} from '../types.js'

export type WordClass = 'person' | 'place' | 'organization' | 'demonym' | 'common'

type Lexicon = Record<string, string | string[]>

const require = createRequire(import.meta.url)
const lexicons = new Map<Lang, Lexicon>()

function lexicon(lang: Lang): Lexicon {
  let found = lexicons.get(lang)
  if (!found) {
    const nlp = require(lang === 'fr' ? 'fr-compromise' : 'compromise') as {model(): {one: {lexicon: Lexicon}}}
    found = nlp.model().one.lexicon
    lexicons.set(lang, found)
  }
  return found
}

const personTags = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific'])
const placeTags = new Set(['Place', 'Country', 'City', 'Region'])
const orgTags = new Set(['Organization', 'SportsTeam'])

/** Class of a lower-case word (or phrase) in the language's lexicon, or undefined when unknown. */
export function wordClass(word: string, lang: Lang): WordClass | undefined {
  const entry = lexicon(lang)[word]
  if (entry === undefined) return undefined
  const tags = Array.isArray(entry) ? entry : [entry]
  if (tags.some((tag) => orgTags.has(tag))) return 'organization'
  if (tags.some((tag) => placeTags.has(tag))) return 'place'
  if (tags.some((tag) => personTags.has(tag))) return 'person'
  if (tags.includes('Demonym')) return 'demonym'
  if (tags.includes('ProperNoun')) return undefined
  return 'common'
}

const finiteTags = new Set(['ThirdPerson', 'Copula', 'Auxiliary', 'Modal', 'PastTense', 'FutureTense'])

/** A word the language's lexicon knows as a conjugated verb ("reçoit", "sortira"): it ends a title. */
export function isFiniteVerb(word: string, lang: Lang): boolean {
  const entry = lexicon(lang)[word]
  if (entry === undefined) return false
  const tags = Array.isArray(entry) ? entry : [entry]
  return tags.some((tag) => finiteTags.has(tag)) && !tags.some((tag) => /Adjective$/.test(tag))
}

const conjugatedTags = new Set(['Verb', 'PresentTense', 'PastTense', 'FutureTense', 'ConditionalVerb', 'Copula', 'Auxiliary', 'Modal', 'ThirdPerson', 'FirstPerson'])

/**
 * A word the language's lexicon knows as a verb form that can follow a subject ("donnait", "reste", "est"), and no
 * adjective or noun; French "a" (has) too.
 */
export function isConjugated(word: string, lang: Lang): boolean {
  if (lang === 'fr' && word === 'a') return true
  const entry = lexicon(lang)[word]
  if (entry === undefined) return false
  const tags = Array.isArray(entry) ? entry : [entry]
  return tags.some((tag) => conjugatedTags.has(tag)) && !tags.some((tag) => /(Adjective|Noun|Infinitive|Gerund|Participle)$/.test(tag))
}
