/**
 * castings: a director giving the person of the passage a part, told with an object pronoun.
 *
 * "Y lui confie dans X le rôle de …", "Y le dirige en peintre vieillissant dans X", "Y la retrouve
 * pour X", "Y en fait un pape dans X", "Y cast him in X", "Y directed her in X": Y, named as the
 * subject, directs X, and the person the pronoun stands for (the person the passage or the article
 * is about, of the gender the pronoun marks) acts in it. The film must follow the verb in the same
 * clause, after "dans"/"pour"/"in"/"for" (or as a list after a colon: "Y lui confie ses plus beaux
 * rôles : X (1988) et Z"). Y gets no director fact when the text makes Y an actor or a crew member
 * (a co-star, a producer): the person still acts in X. A work the entities stage left untyped
 * (CreativeWork) counts as a film here: the verb gives a part in it.
 */
import type {Entity} from '../types.js'
import {agrees, pronounGender} from './focus.js'
import {filmRole} from './people.js'
import type {Rule} from './rule.js'

/** An object pronoun, then a verb of casting or directing someone, right after the subject's name. */
const castingVerb = new RegExp(
  '^\\s+(?:(?:y|also|again|then|ensuite|alors|à\\s+nouveau|de\\s+nouveau)\\s+)?' +
    '(?:(lui|le|la|l[\'’]|him|her)\\s*(?:(?:y|also|again|then|ensuite|alors)\\s+)?' +
    '(?:confie|confiait|confia|a\\s+confié|offre|offrait|offrit|a\\s+offert|propose|proposa|a\\s+proposé|donne|donna|a\\s+donné|dirige|dirigeait|dirigea|a\\s+dirigé|retrouve|retrouvait|retrouva|a\\s+retrouvé|engage|engagea|a\\s+engagé|choisit|a\\s+choisi|fait\\s+tourner|fit\\s+tourner|a\\s+fait\\s+tourner|cast|casts|directed|directs|hired|offered|gave|chose|reunited\\s+with)' +
    '|(en)\\s+(?:fait|fit|a\\s+fait|fera)\\s+(?:un|une)\\s)(?![\\p{L}])',
  'iu'
)

/** The words between the verb and a film of the cast: a preposition right before the film. */
const filmLink = /(?<![\p{L}])(?:dans|pour|in|for)\s*[«“"‘*_]*\s*$/iu

/** What ends the clause of the verb: a relative or subordinate clause, a semicolon, a full stop. */
const clauseEnd = /(?<![\p{L}'’])(?:qui|que|qu['’]|dont|où|quand|lorsque|tandis|mais|car|parce|who|whom|whose|which|where|when|while|but|because)(?![\p{L}])|[;!?]/iu

export function castings(rule: Rule): void {
  const text = rule.view.text
  for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
    const verb = castingVerb.exec(text.slice(mention.end, Math.min(rule.sentence.end, mention.end + 60)))
    if (!verb) continue
    const person = castPerson(rule, entity, (verb[1] ?? verb[2]) as string)
    if (!person) continue
    const from = mention.end + verb[0].length
    const films = castFilms(rule, from)
    if (films.length === 0) continue
    const directs = filmRole(entity) !== 'actor' && !entity.roles.some((role) => rule.lexicon.crewRoles.has(role.key))
    for (const film of films) {
      if (directs) rule.facts.add(film, 'director', entity.id, rule.sentence)
      rule.facts.add(film, 'actor', person.id, rule.sentence)
    }
  }
}

/**
 * The person an object pronoun stands for: the person the sentences before were about, else the
 * article's person, not the subject, of the pronoun's gender, and not named in the sentence.
 */
function castPerson(rule: Rule, subject: Entity, pronoun: string): Entity | undefined {
  const lower = pronoun.toLowerCase()
  const gender = lower === 'le' || lower === 'him' ? 'm' : lower === 'la' || lower === 'her' ? 'f' : pronounGender(lower)
  const named = new Set(rule.index.within(rule.sentence, ['Person']).map(({entity}) => entity))
  for (const candidate of [rule.previousTopic, rule.focus?.person]) {
    if (!candidate || candidate === subject || named.has(candidate)) continue
    if (rule.focus && !agrees(rule.focus, candidate, gender)) continue
    return candidate
  }
  return undefined
}

/** The films of the verb's clause: the first right after "dans"/"pour"/"in"/"for" or a colon, the others coordinated with it. */
function castFilms(rule: Rule, from: number): Entity[] {
  const text = rule.view.text
  const found: Entity[] = []
  let anchor = from
  // (a work the entities stage could not type as a film is one here: a part is given in it)
  const works = rule.index.within(rule.sentence, ['CreativeWork']).map(({entity, mention}) => ({film: entity, start: mention.start, end: mention.end}))
  for (const reference of [...rule.films, ...works].sort((a, b) => a.start - b.start)) {
    if (reference.start < from) continue
    const between = text.slice(anchor, reference.start)
    if (between.length > 80 || clauseEnd.test(between)) break
    if (found.length > 0 ? !coordination.test(between) : !filmLink.test(between) && !listColon.test(between)) break
    found.push(reference.film)
    anchor = reference.end
  }
  return found
}

/** Between two films of one list: a year in brackets, a comma, "et", "and". */
const coordination = /^[\s»”"’*_]*(?:\(\d{4}\))?\s*(?:,|,?\s*(?:et|and))\s*[«“"‘*_]*\s*$/u

/** A colon opening a list of films ("ses plus beaux rôles : "). */
const listColon = /^[^:]*:\s*[«“"‘*_]*\s*$/u
