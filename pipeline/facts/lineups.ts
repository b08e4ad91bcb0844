/**
 * lineups: credits the way news items, festival line-ups and box-office reports give them, in
 * clauses around a title rather than in a credits cue:
 * - "X dirige A dans <film>", "X directs A in <film>", "X y dirige A" (the film of the passage): X directs it, A acts in it;
 * - "<film>, son premier long métrage" after the sentence's subject: the subject's film;
 * - "<film>, où A incarne …", "<film>, où il campe …", "<film>, in which A plays …": A acts in it;
 *   "<film>, où A et B se perdent …": two people who open the clause act in it, whatever the verb;
 * - "<film>, which X wrote, stars A, who also produced it, and B, with C and D in support": a film
 *   that opens the sentence is the subject of "stars" across an aside, and the whole cast follows;
 * - the people of a plural role ("les réalisateurs A (…), B et C", "the producers, A and B") each
 *   have that occupation.
 */
import {entityLexicon} from '../entities/lexicon.js'
import type {Entity, Span} from '../types.js'
import {findPhrases, type Located} from './context.js'
import {filmRole} from './people.js'
import {lowered, peopleAfter, recentFilm, type Rule} from './rule.js'

/** "X dirige A dans <film>", "X directed A and B in <film>". */
export function directsSomeoneIn(rule: Rule): void {
  const text = rule.view.text
  for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
    const verb = directsVerb.exec(text.slice(mention.end, Math.min(rule.sentence.end, mention.end + 40)))
    if (!verb || filmRole(entity) === 'actor') continue
    const cast = castFrom(rule, mention.end + verb[0].length)
    if (cast.people.length === 0) continue
    const link = /^\s+(?:dans|in)\s+[«“"‘*_]*/u.exec(text.slice(cast.end, cast.end + 12))
    // ("La cinéaste y dirige A et B": "y" is the film of the passage)
    const named = link ? rule.films.find((reference) => reference.start === cast.end + link[0].length)?.film : undefined
    const film = named ?? (/^\s+y\s/u.test(verb[0]) ? recentFilm(rule) : undefined)
    if (!film) continue
    rule.facts.add(film, 'director', entity.id, rule.sentence)
    for (const person of cast.people) rule.facts.add(film, 'actor', person.id, rule.sentence)
  }
}

/** A verb of directing someone, right after the director's name ("dirige", "a dirigé", "directs"). */
const directsVerb = /^\s+(?:(?:y|also|again|once\s+more)\s+)?(?:dirige|dirigeait|dirigera|a\s+dirigé|directs|directed|will\s+direct)\s+/iu

/**
 * "Pedro X (Espagne) y présente <film>, son premier long métrage en anglais": a title in
 * apposition with a possessive film noun is the film of the person the sentence is about, named
 * before it in the sentence (not one an acting verb ties them to as a part).
 */
export function apposedOwnFilm(rule: Rule): void {
  const text = rule.view.text
  const owner = rule.topic
  if (!owner) return
  const named = rule.index.within(rule.sentence, ['Person']).find((located) => located.entity === owner)
  if (!named) return
  for (const reference of rule.films) {
    if (reference.start < named.mention.end) continue
    if (reference.film.mentions.every((mention) => mention.start !== reference.start)) continue
    const match = rule.lexicon.patterns.apposedOwnFilm.exec(text.slice(reference.end, Math.min(rule.sentence.end, reference.end + 70)))
    if (!match) continue
    // ("X joue dans <film>, son premier film": the verb between names a part, not a film of X's)
    const between = text.slice(named.mention.end, reference.start).toLowerCase()
    if (findPhrases(between, rule.lexicon.actorAfter).length > 0 || findPhrases(between, rule.lexicon.actorBefore).length > 0) continue
    // (another person between the subject and the title may be the owner: "X a vu <film> de Y")
    if (rule.index.within({start: named.mention.end, end: reference.start}, ['Person']).some((other) => other.entity !== owner)) continue
    rule.facts.add(reference.film, filmRole(owner) ?? 'director', owner.id, rule.sentence)
  }
}

/** "<film>, où A incarne …", "<film>, où il campe …", "<film>, in which A plays …". */
export function partInRelative(rule: Rule): void {
  const text = rule.view.text
  for (const reference of rule.films) {
    if (reference.film.mentions.every((mention) => mention.start !== reference.start)) continue
    const relative = /^[\s”"»’*_]*(?:\([^()]{1,30}\)\s*)?,?\s*(?:où|in\s+which|where)\s+/iu.exec(text.slice(reference.end, reference.end + 20))
    if (!relative) continue
    const from = reference.end + relative[0].length
    let actor: Entity | undefined
    let verbAt = from
    const pronoun = /^(?:il|elle|he|she)\s+/iu.exec(text.slice(from, from + 6))
    if (pronoun) {
      // "Bouli X reçoit … pour <film>, où il campe …": the person the sentence is about
      actor = sentencePerson(rule, reference.start)
      verbAt = from + pronoun[0].length
    } else {
      const named = rule.index.firstStartingIn({start: from, end: from + 1}, ['Person'])
      // "<film> (1979), où A et B se perdent en barque": two people who open the clause are its cast,
      // whatever they do in it (not the film's director)
      const pair = named ? peopleAfter(rule, from, 1) : []
      if (pair.length >= 2 && pair.every((person) => filmRole(person) !== 'director')) {
        for (const person of pair) rule.facts.add(reference.film, 'actor', person.id, rule.sentence)
        continue
      }
      if (named) {
        actor = named.entity
        verbAt = named.mention.end
        while (/\s/.test(text.charAt(verbAt))) verbAt++
      }
    }
    if (!actor || filmRole(actor) === 'director') continue
    const lower = text.slice(verbAt, Math.min(rule.sentence.end, verbAt + 30)).toLowerCase()
    if (findPhrases(lower, rule.lexicon.actorAfter).some(({at}) => at === 0)) rule.facts.add(reference.film, 'actor', actor.id, rule.sentence)
  }
}

/** The person a pronoun after `offset` speaks of: the last one named before it in the sentence, not after a preposition. */
function sentencePerson(rule: Rule, offset: number): Entity | undefined {
  const text = rule.view.text
  const named = rule.index.within({start: rule.sentence.start, end: offset}, ['Person'])
  for (const {entity, mention} of named.reverse()) {
    const before = /([\p{L}'’]+)\s*(?:(?:le|la|les|l['’]|the)\s*)?$/iu.exec(text.slice(Math.max(rule.sentence.start, mention.start - 24), mention.start))
    if (!before || !afterPreposition.has((before[1] as string).toLowerCase().replace('’', "'"))) return entity
  }
  return undefined
}

/** Words after which a name is no subject. */
const afterPreposition = new Set(['de', "d'", 'du', 'des', 'à', 'au', 'aux', 'avec', 'par', 'pour', 'sur', 'chez', 'selon', 'of', 'by', 'with', 'for', 'to', 'from', 'at', 'about', 'in', 'on'])

/**
 * "Barbie, which X wrote with Y, stars A", "Oppenheimer, a portrait of Z that runs three hours, stars
 * B", "X pairs A with B": a film that opens the sentence is the subject of a cast verb right after it
 * or after an aside between commas.
 */
export function filmSubjectCast(rule: Rule): void {
  const text = rule.view.text
  const opening = rule.films[0]
  if (!opening || /[\p{L}\p{N}]/u.test(text.slice(rule.sentence.start, opening.start))) return
  if (opening.film.mentions.every((mention) => mention.start !== opening.start)) return
  const {lower, offset} = lowered(rule)
  for (const {at, phrase} of findPhrases(lower, filmSubjectVerbs)) {
    const verb = offset + at
    const aside = text.slice(opening.end, verb)
    if (aside.length > 120 || !/^[\s”"»’*_]*(?:,[^;:()]*,)?\s*$/u.test(aside)) continue
    // (a second film in the aside may be what the verb speaks of: leave it)
    if (rule.films.some((reference) => reference.film !== opening.film && reference.start > opening.end && reference.end <= verb)) continue
    for (const person of castFrom(rule, verb + phrase.length).people) rule.facts.add(opening.film, 'actor', person.id, rule.sentence)
    return
  }
}

/** Verbs whose subject may be a film and whose object is its cast. */
const filmSubjectVerbs = ['stars', 'also stars', 'co-stars', 'starred', 'features', 'réunit', 'réunissait', 'rassemble', 'reunites', 'pairs']

/**
 * The cast named from `from`: "A, B et C", "A, who also produced it, and B", "A, with B, C and D in
 * support", "A aux côtés de B"; where it ends.
 */
export function castFrom(rule: Rule, from: number): {people: Entity[]; end: number} {
  const text = rule.view.text
  const people: Entity[] = []
  let end = from
  let start = from
  for (;;) {
    const found = peopleAfter(rule, start, 1)
    if (found.length === 0) break
    for (const person of found) if (!people.includes(person)) people.push(person)
    const last = lastMentionOf(rule, found[found.length - 1] as Entity, start)
    if (!last) break
    end = last.mention.end
    // ", who also produced it, and B": a relative clause between two members
    const relative = /^\s*,\s*(?:who|qui)\s[^,;.()]{1,50},\s*(?:and|et)\s+/iu.exec(text.slice(end, end + 70))
    // ", with B, C and D", "aux côtés de B", "opposite B": more of the cast
    const more = /^\s*,?\s*(?:with|avec|alongside|opposite|aux\s+côtés\s+d[e'’]|face\s+à)\s*/iu.exec(text.slice(end, end + 24))
    const link = relative ?? more
    if (!link) break
    start = end + link[0].length
  }
  return {people, end}
}

/** The mention of `person` that starts at or after `from` in the sentence, first one. */
function lastMentionOf(rule: Rule, person: Entity, from: number): Located | undefined {
  const inSentence = rule.index.within({start: from, end: rule.sentence.end}, ['Person']).filter((located) => located.entity === person)
  return inSentence[0]
}

/**
 * "les réalisateurs A (États-Unis), B (Brésil) et C", "the producers, A and B": each person of the
 * list has the role, in its singular form.
 */
export function pluralRoles(rule: Rule): void {
  const text = rule.view.text
  const roles = entityLexicon(rule.view.language).roles
  const sentence = text.slice(rule.sentence.start, rule.sentence.end)
  for (const match of sentence.matchAll(/(?<![\p{L}])(?:les|des|ses|leurs|the|his|her|their)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=[\s,:])/giu)) {
    const words = (match[1] as string).toLowerCase()
    const form = roles.get(words) ?? roles.get(words.split(/\s+/).pop() as string)
    if (!form || !form.plural) continue
    const roleStart = rule.sentence.start + (match.index ?? 0) + match[0].length - (match[1] as string).length
    const roleEnd = rule.sentence.start + (match.index ?? 0) + match[0].length
    // ("les réalisateurs américains A et B": one adjective may follow; "the producers, A and B")
    const gap = /^\s*(?:\p{Ll}[\p{L}-]*\s+)?,?\s*(?=\p{Lu})/u.exec(text.slice(roleEnd, roleEnd + 30))
    if (!gap) continue
    const listed = listedPeople(rule, roleEnd + gap[0].length)
    if (listed.length < 2) continue
    const span: Span = {start: roleStart, end: roleEnd}
    for (const person of listed) rule.facts.add(person, 'occupation', form.lemma, span)
  }
}

/** People listed from `from`: "A (X), B (Y) et C", each possibly followed by a bracketed aside. */
function listedPeople(rule: Rule, from: number): Entity[] {
  const text = rule.view.text
  const people: Entity[] = []
  let start = from
  for (;;) {
    const next = rule.index.firstStartingIn({start, end: start + 1}, ['Person'])
    if (!next) break
    if (!people.includes(next.entity)) people.push(next.entity)
    const link = /^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:(?:and|et)\s+)?|\s(?:and|et|&)\s+)/u.exec(text.slice(next.mention.end, next.mention.end + 50))
    if (!link) break
    start = next.mention.end + link[0].length
  }
  return people
}
