/**
 * crew-credits: crew jobs stated with a verb or a plural role, not with "produced by X".
 *
 * - "Sam X wrote the screenplay", "Robby Y shot it", "Z a signé la musique": a person, a verb of a
 *   crew job and the credit (or "it", the film) as its object; "… co-wrote the screenplay with the
 *   novelist W": the partner too;
 * - "Barbie, which Greta X wrote with Noah Y": the partner of a relative clause on a film;
 * - "Among the cinematographers were A and B", "The producers, A and B, had bought …": a crew role
 *   (singular or plural), a copula or a comma, then the people.
 * Each person gets a `work` fact for the film the sentence speaks of (else the film of the passage).
 */
import type {Entity} from '../types.js'
import {firstMention} from './context.js'
import {filmNear, peopleAfter, recentFilm, sectionFilm, type Rule} from './rule.js'

/** Verbs of a crew job, in the forms a sentence gives them after its subject. */
const crewVerb = String.raw`(?:(?:also|later|then|had|has|have|aussi|également|a|avait|ont|avaient)\s+)?(?:wrote|co-wrote|cowrote|shot|edited|scored|produced|co-produced|photographed|lensed|composed|designed|écrit|coécrit|co-écrit|écrivit|signé|signe|signait|composé|compose|composa|monté|photographié|éclairé)`

/** The credit a crew verb takes: a film's screenplay, score, editing … or "it". */
const creditObject = String.raw`(?:it|the\s+(?:film['’]s\s+|original\s+)?(?:screenplay|script|score|music|soundtrack|costumes|production\s+design)|(?:le|la|les|l['’])\s*(?:scénario|musique|partition|bande\s+originale|montage|image|photographie|dialogues|costumes|décors))(?![\p{L}])`

/** After the subject: the verb and its object, with nothing else between ("X wrote it", "Y a signé la musique"). */
const verbAndCredit = new RegExp(String.raw`^\s*,?\s*(?:(?:who|qui)\s+)?${crewVerb}\s+(${creditObject})`, 'iu')

/** A crew verb right after the subject of a relative clause ("which Greta X wrote"). */
const relativeVerb = new RegExp(String.raw`^\s+${crewVerb}`, 'iu')

/** After a verb or its object: a partner ("with the novelist X", "avec Y"). */
const partnerLink = /^\s+(?:with|avec)\s+(?:(?:the|la|le|l['’])\s*)?(?:([\p{Ll}-]+)\s+)?(?=\p{Lu})/u

/** People named with a crew verb or a crew role, and the film they worked on. */
export function crewCredits(rule: Rule): void {
  crewByVerb(rule)
  partnersOfRelative(rule)
  crewAfterRole(rule)
}

/** "Sam X wrote the screenplay", "Robby Y shot it", "Z a signé la musique du film", "co-wrote the screenplay with W". */
function crewByVerb(rule: Rule): void {
  const text = rule.view.text
  for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
    const match = verbAndCredit.exec(text.slice(mention.end, Math.min(rule.sentence.end, mention.end + 80)))
    if (!match) continue
    const end = mention.end + match[0].length
    const pronoun = /^it$/i.test(match[1] as string)
    const film = pronoun ? filmOfPronoun(rule, mention.start) : rule.films.find((reference) => reference.start >= end && reference.start - end <= 12)?.film ?? passageFilm(rule)
    if (!film) continue
    rule.facts.add(entity, 'work', film.id, rule.sentence)
    const partner = partnerAfter(rule, end)
    if (partner) rule.facts.add(partner, 'work', film.id, rule.sentence)
  }
}

/**
 * The film a crew credit with no title of its own is of: as for a crew member (people.ts), the film
 * of the section, else the article's film once named, else the film of the passage. A film named
 * elsewhere in the sentence is often an aside ("… with her partner, X, himself the director of Y").
 */
function passageFilm(rule: Rule): Entity | undefined {
  const main = rule.main && firstMention(rule.main) < rule.sentence.start ? rule.main : undefined
  return sectionFilm(rule) ?? main ?? recentFilm(rule)
}

/** "it" after a crew verb: the film of the passage, when no other work was named since it. */
function filmOfPronoun(rule: Rule, before: number): Entity | undefined {
  if (rule.index.within({start: rule.sentence.start, end: before}, ['CreativeWork']).length > 0) return undefined
  const film = filmNear(rule.films, before) ?? recentFilm(rule)
  if (!film) return undefined
  const lastFilm = rule.index.before(before, ['Movie'])
  const lastWork = rule.index.before(before, ['CreativeWork'])
  if (lastWork && (!lastFilm || lastWork.mention.start > lastFilm.mention.start)) return undefined
  return film
}

/** The person named right after "with"/"avec" at `from`, maybe after a role noun ("with novelist X", "avec la romancière Y"). */
function partnerAfter(rule: Rule, from: number): Entity | undefined {
  const link = partnerLink.exec(rule.view.text.slice(from, Math.min(rule.sentence.end, from + 40)))
  if (!link) return undefined
  if (link[1] && !rule.lexicon.roleKeys.has((link[1] as string).toLowerCase())) return undefined
  return peopleAfter(rule, from + link[0].length, 1)[0]
}

/** "<film>, which Greta X wrote with Noah Y", "<film>, que X a coécrit avec Y": the partner worked on the film. */
function partnersOfRelative(rule: Rule): void {
  const text = rule.view.text
  for (const reference of rule.films) {
    const clause = /^[\s”"»’*_]*,\s*(?:which|that|que|qu['’])\s*/iu.exec(text.slice(reference.end, reference.end + 12))
    if (!clause) continue
    const from = reference.end + clause[0].length
    const subject = rule.index.firstStartingIn({start: from, end: from + 1}, ['Person'])
    if (!subject) continue
    const verb = relativeVerb.exec(text.slice(subject.mention.end, subject.mention.end + 30))
    if (!verb) continue
    const partner = partnerAfter(rule, subject.mention.end + verb[0].length)
    if (partner) rule.facts.add(partner, 'work', reference.film.id, rule.sentence)
  }
}

/**
 * "Among the cinematographers were A and B", "The producers, A and B, had bought …", "Its editor
 * is C": a crew role, then a copula or a comma, then the people (all of them when coordinated).
 */
function crewAfterRole(rule: Rule): void {
  const text = rule.view.text
  const lower = text.slice(rule.sentence.start, rule.sentence.end).toLowerCase()
  const pattern = /(?:^|[\s,;:])(?:among\s+the|parmi\s+les|the|its|their|his|her|le|la|les|l['’]|ses|son|sa|leur|leurs)\s*([\p{L}][\p{L} -]*?)(?:\s+(?:were|was|are|is|include|included|sont|étaient|est|était|comptaient|comptent)\s+|\s*,\s*)(?=\S)/gu
  for (const match of lower.matchAll(pattern)) {
    const words = (match[1] as string).trim()
    const key = rule.lexicon.roleKeys.get(words) ?? rule.lexicon.roleKeys.get(words.split(/\s+/).pop() ?? '')
    if (!key || !rule.lexicon.crewRoles.has(key)) continue
    // (the whole role phrase must be role words: "the producers" yes, "the producers' lawyer" no)
    if (!rule.lexicon.roleKeys.has(words) && words.split(/\s+/).length > 1) continue
    const from = rule.sentence.start + (match.index ?? 0) + match[0].length
    const people = peopleAfter(rule, from, 1)
    if (people.length === 0) continue
    const film = passageFilm(rule)
    if (!film) continue
    for (const person of people) rule.facts.add(person, 'work', film.id, rule.sentence)
  }
}
