/**
 * classify: the evidence each capitalised name carries about what it names.
 *
 * Every cue casts a weighted vote for a type: a head noun inside the name ("Festival", "Université"),
 * an honorific or a role noun before it, a demonym noun before it ("du Sud-Coréen X"), a verb of
 * saying after it, "réalisé par" before it, a preposition of place before it, a given name at its
 * start, the gazetteer of countries and cities, the language model's name lists, an acronym's
 * capitals. Votes of all the mentions of one name are summed later.
 */
import type {EntityType, Lang} from '../types.js'
import {cuesAfter, cuesBefore, glued, isModifier, roleAt, roleEndingAt, sameSentence} from './context.js'
import type {EntityLexicon, Gender} from './lexicon.js'
import {wordClass} from './language-model.js'
import {demonymNoun, type NameSpan} from './names.js'
import {fold} from './normalize.js'
import type {Token} from './tokens.js'

export type Votes = Partial<Record<EntityType, number>>

/** What one name mention says about itself. */
export interface Evidence {
  votes: Votes
  /** The name is an award ("Prix …", "Palme d'or"): not an entity. */
  award: boolean
  /** Gender stated by an honorific or "lui-même"/"elle-même". */
  gender?: Gender
  /** The name follows "réalisé par" / "directed by". */
  agent: boolean
  /** A single word the text also writes in lower case, known to no list. */
  common: boolean
  /** Not a name at all: an upper-case heading word, or an acronym the text spells out in lower case. */
  notName: boolean
}

const copulas = new Set(['est', 'était', 'fut', 'devient', 'is', 'was', 'becomes', 'became'])

/** Collect the evidence of one name. */
export function classifyName(tokens: Token[], name: NameSpan, text: string, lex: EntityLexicon, lang: Lang, lowerSeen: Set<string>): Evidence {
  const votes: Votes = {}
  const vote = (type: EntityType, weight: number): void => {
    votes[type] = (votes[type] ?? 0) + weight
  }
  const evidence: Evidence = {votes, award: false, agent: false, common: false, notName: false}
  const first = tokens[name.from] as Token
  const last = tokens[name.to - 1] as Token
  const single = name.to - name.from === 1
  const folded = fold(text)
  // "Le Monde", "The Guardian": a name opened by a determiner is a title, a company or a place, rarely a person
  const detLed = !single && leadingDeterminers.has(first.lower)
  if (single && !first.allCaps && lowerSeen.has(first.lower) && !lex.places.has(folded) && !lex.firstNames.has(folded)) evidence.common = true

  const shout = upperCase(tokens, name)
  if (shout === 'dateline') vote('Place', 6)
  else if (shout === 'heading') evidence.notName = true
  // "syndrome coronarien aigu (SCA)": an acronym of common words is not a name
  if (single && first.allCaps && /\(\s*$/.test(first.before)) {
    const word = tokens[name.from - 1]
    if (word && !word.cap && !lex.stopwords.has(word.lower) && /^\p{L}{3,}$/u.test(word.text)) evidence.notName = true
  }
  // "the Platform section", "la section Panorama": a section of a festival programme is no entity
  if (single && (cuesAfter(tokens, name.to, lex).has('section-after') || cuesBefore(tokens, name.from, lex).has('section-before'))) evidence.notName = true
  // a role noun alone ("Producer", "Secretary") is a heading or a title of address, not a name
  if (single && (lex.roles.has(first.lower) || lex.personNouns.has(first.lower)) && !lex.firstNames.has(first.folded)) evidence.notName = true
  // "Boston Bruins", "Perth Glory": a place followed by a team or company word
  if (!single && !name.head && lex.places.has(first.folded) && !lex.places.has(folded) && /\p{Ll}s$/u.test(last.text) && !lex.firstNames.has(last.folded)) vote('Organization', 3)
  // "Haute-Saône", "Bar-le-Duc", "Nogent-sur-Marne": French compound place names
  if (single && placeCompound.test(first.text)) vote('Place', 3)

  if (name.head) {
    if (name.head.type === 'Award') evidence.award = true
    else vote(name.head.type, 6)
  }

  // before the name
  const previous = tokens[name.from - 1]
  const inSentence = previous && sameSentence(tokens, name.from - 1, name.from)
  if (previous && inSentence) {
    const honorific = lex.honorifics.get(previous.text)
    if (honorific && /^\.?\s+$/.test(first.before)) {
      vote('Person', 6)
      if (honorific !== 'u') evidence.gender = honorific
    }
    let k = name.from
    while (k - 1 >= 0 && k > name.from - 3 && isModifier(tokens[k - 1] as Token, lex) && sameSentence(tokens, k - 1, name.from)) k--
    if (roleEndingAt(tokens, k, lex) && glued(tokens, k)) vote('Person', 5)
    else if (roleEndingAt(tokens, name.from, lex) && glued(tokens, name.from)) vote('Person', 5)
    if (demonymNoun.test(previous.text) && !lex.places.has(previous.folded) && !lex.firstNames.has(previous.folded) && glued(tokens, name.from)) {
      const det = tokens[name.from - 2]
      if (det && /^(le|la|l'|du|de|un|une|the)$/.test(det.lower)) vote('Person', 4)
    }
    if (wordClass(previous.lower, lang) === 'demonym' && glued(tokens, name.from)) vote('Person', 1)
    const before = cuesBefore(tokens, name.from, lex)
    if (before.has('agent-before')) {
      vote('Person', 4)
      evidence.agent = true
    }
    if (before.has('person-before')) vote(detLed ? 'Organization' : 'Person', 2)
    if (before.has('org-before')) vote('Organization', 3)
    // "un garage de Valence", "les habitants de Kasserine": a place, unless the noun is one of a person's
    if (single && (previous.lower === 'de' || previous.lower === "d'") && glued(tokens, name.from) && !lex.firstNames.has(first.folded)) {
      let k = name.from - 2
      if (tokens[k] && /^(la|l')$/.test((tokens[k] as Token).lower)) k-- // "les quais de la Loire"
      const noun = tokens[k]
      if (noun && !noun.cap && sameSentence(tokens, k, name.from) && /^\p{L}{3,}$/u.test(noun.text) && !lex.stopwords.has(noun.lower) && !lex.ofPersonNouns.has(noun.lower) && !lex.roles.has(noun.lower) && !lex.workNouns.has(noun.lower) && !lex.personNouns.has(noun.lower) && !lex.heads.has(noun.lower)) vote('Place', 1.5)
    }
    // "journaliste à France Culture", "professor at Harvard": a role, then the institution
    if (/^(à|au|at|chez)$/.test(previous.lower) && glued(tokens, name.from) && roleEndingAt(tokens, name.from - 1, lex) && glued(tokens, name.from - 1)) vote('Organization', 3)
    // "le César du meilleur film", "the Oscar for Best Actor": an award ceremony
    if (single && /^\s+(du meilleur|de la meilleure|des meilleurs|for best)\b/i.test(phraseAfter(tokens, name.to))) vote('Event', 6)
    if (before.has('place-before')) vote('Place', 2)
    else if (previous.lower === 'la' || previous.lower === "l'" || previous.lower === 'le' || previous.lower === 'the') {
      const prep = tokens[name.from - 2]
      if (prep && sameSentence(tokens, name.from - 2, name.from) && cuesBefore(tokens, name.from - 1, lex).has('place-before')) vote('Place', 1.5)
    }
  }

  // after the name
  const after = cuesAfter(tokens, name.to, lex)
  const next = tokens[name.to]
  if (after.has('person-after')) vote(detLed ? 'Organization' : 'Person', 3)
  else if (next && ['a', 'avait', 'has', 'had'].includes(next.lower) && glued(tokens, name.to)) {
    const verb = tokens[name.to + 1]
    if (verb && /(é|ée|ed)$/.test(verb.lower) && cuesAfter(tokens, name.to + 1, lex).has('person-after')) vote('Person', 3)
  }
  if (after.has('male-after')) {
    vote('Person', 3)
    evidence.gender = 'm'
  }
  if (after.has('female-after')) {
    vote('Person', 3)
    evidence.gender = 'f'
  }
  if (next && sameSentence(tokens, name.to - 1, name.to)) {
    // "X, journaliste", "X est un artiste", "X, a painter"
    let k = name.to
    const comma = next.before.trim() === ','
    if (copulas.has(next.lower) && glued(tokens, k)) k++
    else if (!comma) k = -1
    if (k >= 0) {
      while (tokens[k] && /^(un|une|le|la|l'|a|an|the|l'un|l'une|des|one|of)$/.test((tokens[k] as Token).lower) && k < name.to + 5) k++
      if (tokens[k] && (tokens[k] as Token).lower === 'un' ) k++
      while (tokens[k] && isModifier(tokens[k] as Token, lex) && !roleAt(tokens, k, lex) && k < name.to + 6) k++
      if (roleAt(tokens, k, lex)) vote('Person', 4)
    }
  }

  // the name itself
  // "X, 45 ans", "X (34)": an age
  if (next && /^\s*(,|\()\s*$/.test(next.before) && /^\d{1,2}$/.test(next.text)) {
    const age = tokens[name.to + 1]
    if (age && (age.lower === 'ans' || age.lower === 'years') ) vote('Person', 3)
  }
  if (!single && lex.firstNames.has(first.folded) && !lex.places.has(folded)) vote('Person', 3)
  else if (single && lex.firstNames.has(first.folded)) vote('Person', 1)
  if (lex.places.has(folded)) vote('Place', 4)
  const known = wordClass(folded, lang) ?? (single ? undefined : wordClass(text.toLowerCase(), lang))
  if (known === 'organization') vote('Organization', 3)
  else if (known === 'place') vote('Place', 3)
  else if (known === 'person' && !single) vote('Person', 2)
  if (!single && wordClass(last.lower, lang) === 'person') vote('Person', 1)
  if (single && first.allCaps && first.text.length <= 8) vote('Organization', 2.5)
  if (!single && !name.head && !detLed && Object.keys(votes).length === 0 && !name.initial && nameShaped(tokens, name, lex, lang, lowerSeen)) vote('Person', 1)
  if (detLed) {
    // no person votes that a determiner contradicts
    if ((votes.Person ?? 0) < 5) delete votes.Person
  }
  return evidence
}

const placeCompound = /^(\p{Lu}\p{Ll}+-(sur|sous|en|le|la|les|lès|lez|de|du|des|aux|et|l[’'])-\p{Lu}[\p{L}-]*|(Haut|Haute|Hauts|Hautes|Bas|Basse|Basses|Val|Mont|Pont|Port|Villeneuve|Saint|Sainte|Île|Ile)-\p{Lu}[\p{L}-]*)$/u

/** An upper-case name: a dateline opening a paragraph ("PARK CITY —"), or a word of an upper-case heading. */
function upperCase(tokens: Token[], name: NameSpan): 'dateline' | 'heading' | undefined {
  for (let k = name.from; k < name.to; k++) if (!(tokens[k] as Token).allCaps) return undefined
  const first = tokens[name.from] as Token
  const next = tokens[name.to]
  const opens = name.from === 0 || first.before.includes('\n')
  if (opens && next && /^\s*[,—–]\s*/.test(next.before) && name.to - name.from <= 3) return 'dateline'
  const previous = tokens[name.from - 1]
  const upper = (token: Token | undefined): boolean => !!token && token.sentence === first.sentence && /^\p{Lu}{2,}$/u.test(token.text)
  if (upper(previous) || upper(next)) return 'heading'
  return undefined
}

const leadingDeterminers = new Set(['le', 'la', 'les', "l'", 'the', 'un', 'une', 'a', 'an'])

/** Every word of a multi-word name looks like a proper name: no word the language uses as a common word. */
function nameShaped(tokens: Token[], name: NameSpan, lex: EntityLexicon, lang: Lang, lowerSeen: Set<string>): boolean {
  for (let k = name.from; k < name.to; k++) {
    const token = tokens[k] as Token
    if (token.allCaps || /^\p{Lu}$/u.test(token.text)) continue
    if (lex.firstNames.has(token.folded)) continue
    if (lowerSeen.has(token.lower) || lex.roles.has(token.lower) || lex.workNouns.has(token.lower) || lex.stopwords.has(token.lower)) return false
    if (wordClass(token.lower, lang) === 'common' || wordClass(token.lower, lang) === 'demonym') return false
  }
  return true
}

/** The type with most votes, when its score reaches `threshold`. */
export function decide(votes: Votes, threshold: number): EntityType | undefined {
  let best: EntityType | undefined
  let score = 0
  for (const type of ['Person', 'Organization', 'Place', 'Event', 'Movie', 'CreativeWork'] as const) {
    const value = votes[type] ?? 0
    if (value > score) {
      best = type
      score = value
    }
  }
  return score >= threshold ? best : undefined
}

/** The words from `tokens[at]` on (three of them), with a leading space, for pattern tests. */
function phraseAfter(tokens: Token[], at: number): string {
  let out = ''
  for (let k = at; k < at + 3 && k < tokens.length; k++) out += ' ' + (tokens[k] as Token).lower
  return out
}
