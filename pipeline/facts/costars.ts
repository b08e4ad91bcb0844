/**
 * costars: actors named the way reviews, programmes and obituaries name a cast, around a title or
 * in the passage on a film rather than after a credits cue:
 * - "<film> (1962), de X, avec A", "<film>, toujours avec A, cette fois aux côtés de B", "<film>,
 *   directed by X, with A at his most tired", "<film> de X, face à A": a co-star preposition after
 *   a comma, in the clause that follows the title, brings in the film's cast;
 * - "Le conte revu en féerie pop, avec A, B et C.": a sentence that names no film nor person before
 *   it and ends on a cast of two or more lists the cast of the film of its passage;
 * - "A y est une danseuse", "A et B y sont emportés par la partition": in the passage on a film
 *   (the last film, place or event named before is that film), a person and the clitic "y" with a
 *   verb of being or performing;
 * - "A plays Nora", "B, who played Hooper,", "C is Travis, who …", "D incarne Maria": a person and a
 *   character's name after a verb of playing, in the passage on a film.
 * People whose stated trade is not acting are left out.
 */
import type {Entity} from '../types.js'
import {castFrom} from './lineups.js'
import {coordinatedBefore, peopleAfter, recentFilm, type Rule} from './rule.js'

/** All the rules of this module, for one sentence. */
export function costars(rule: Rule): void {
  castAfterClause(rule)
  closingCast(rule)
  cliticPerformers(rule)
  characters(rule)
}

/** True when the person's stated trades are none, or include acting. */
function mayAct(person: Entity): boolean {
  return person.roles.length === 0 || person.roles.some((role) => role.key === 'actor')
}

/** After a person, a post they held on the film rather than a part: "à la réalisation", "at the helm". */
const crewPost = /^\s*(?:à\s+la\s+(?:réalisation|mise\s+en\s+scène|production|musique|photographie|caméra)|au\s+(?:scénario|montage|son|micro)|derrière\s+la\s+caméra|at\s+the\s+helm|behind\s+the\s+camera|on\s+(?:camera|music|guitar|drums|piano|bass|vocals))(?![\p{L}])/iu

/** A co-star preposition after a comma (and an adverb of continuing), then an indefinite article at most. */
const costarLink = /^[\s”"»’*_]*(?:\([^()]{1,40}\))?([^;:.!?()«»“”"\n]{0,100}?),\s*(?:(?:toujours|encore|again|also|once\s+more|here|ici|notamment)\s+)?(?:avec|with|starring|aux\s+côtés\s+d[e'’]|face\s+à|opposite|alongside)\s+(?:(?:un|une|a|an)\s+)?/iu

function castAfterClause(rule: Rule): void {
  const text = rule.view.text
  for (const reference of rule.films) {
    if (reference.film.mentions.every((mention) => mention.start !== reference.start)) continue
    const link = costarLink.exec(text.slice(reference.end, Math.min(rule.sentence.end, reference.end + 160)))
    if (!link) continue
    const from = reference.end + link[0].length
    // (another film named in the clause is what the cast may belong to)
    if (rule.films.some((other) => other.start > reference.end && other.start < from)) continue
    // (after the first, a member named by one word alone is often a word taken for a name: "face à A, Sauve qui peut")
    for (const [at, person] of castFrom(rule, from).people.entries()) {
      if (!mayAct(person) || postAfter(rule, person, from) || (at > 0 && !person.name.includes(' '))) continue
      rule.facts.add(reference.film, 'actor', person.id, rule.sentence)
    }
  }
}

/** True when the person's mention after `from` is followed by a crew post ("avec X à la réalisation"). */
function postAfter(rule: Rule, person: Entity, from: number): boolean {
  const mention = person.mentions.find((named) => named.start >= from && named.end <= rule.sentence.end)
  return !!mention && crewPost.test(rule.view.text.slice(mention.end, mention.end + 30))
}

/** A sentence that opens on a subject pronoun: its "avec" is the company of a person, not a cast. */
const pronounOpening = /^[\s*_«“"]*(?:il|elle|ils|elles|on|je|j['’]|nous|vous|he|she|they|we|i|you)(?![\p{L}])/iu

function closingCast(rule: Rule): void {
  const text = rule.view.text
  if (rule.films.length > 0 || pronounOpening.test(text.slice(rule.sentence.start, rule.sentence.start + 8))) return
  const sentence = text.slice(rule.sentence.start, rule.sentence.end)
  const link = /,\s*(?:avec|with|starring)\s+/iu.exec(sentence)
  if (!link) return
  const from = rule.sentence.start + link.index + link[0].length
  if (rule.index.within({start: rule.sentence.start, end: from}, ['Person']).length > 0) return
  const people = peopleAfter(rule, from, 1)
  if (people.length < 2 || !people.every(mayAct)) return
  const last = (people[people.length - 1] as Entity).mentions.filter((mention) => mention.start >= from && mention.end <= rule.sentence.end).pop()
  if (!last || !/^[\s*_)»”"]*[.!…]?[\s*_)»”"]*$/u.test(text.slice(last.end, rule.sentence.end))) return
  const film = recentFilm(rule)
  if (!film) return
  for (const person of people) rule.facts.add(film, 'actor', person.id, rule.sentence)
}

/** "y" and a verb of being or performing, after a person's name. */
const cliticVerb = /^\s+y\s+(?:est|était|sont|étaient|fut|danse|dansent|chante|chantent|brille|brillent|excelle|excellent|rayonne|rayonnent|apparaît|apparaissent|joue|jouent|incarne|incarnent|campe|campent|interprète|interprètent|tient|tiennent)(?![\p{L}])\s*([\p{L}-]*)/iu

/** After "y est", words that say where a person is or goes, not how they perform ("y est née", "y est membre du jury"). */
const whereabouts = /^(?:né|née|nés|nées|mort|morte|morts|décédé|décédée|arrivé|arrivée|arrivés|allé|allée|venu|venue|venus|revenu|revenue|retourné|retournée|resté|restée|restés|installé|installée|passé|passée|entré|entrée|parti|partie|inhumé|inhumée|enterré|enterrée|présent|présente|présents|présentes|attendu|attendue|attendus|invité|invitée|invités|membre|président|présidente|juré|jurée|honoré|honorée|célébré|célébrée|récompensé|récompensée|primé|primée|élu|élue|chez|en|à|au|aux|allée|élevé|élevée|scolarisé|scolarisée|domicilié|domiciliée)$/iu

function cliticPerformers(rule: Rule): void {
  if (rule.view.language !== 'fr') return
  const text = rule.view.text
  for (const located of rule.index.within(rule.sentence, ['Person'])) {
    const verb = cliticVerb.exec(text.slice(located.mention.end, Math.min(rule.sentence.end, located.mention.end + 40)))
    if (!verb || whereabouts.test(verb[1] as string) || !mayAct(located.entity)) continue
    const film = recentFilm(rule)
    if (!film) continue
    // ("y" stands for the last film, place or event named: it must be the film)
    const last = rule.index.before(located.mention.start, ['Movie', 'CreativeWork', 'Place', 'Event', 'Organization'])
    if (!last || last.entity !== film) continue
    for (const person of [located.entity, ...coordinatedBefore(rule, located)]) if (mayAct(person)) rule.facts.add(film, 'actor', person.id, rule.sentence)
  }
}

/**
 * After a person (and an aside between commas), a verb of playing and a capitalised name ending
 * the clause: "plays Nora", "played Hooper, who", "incarne Maria". "is"/"was" only before a
 * clause that describes the character ("is Travis, who …", "is Jane, the wife he lost").
 */
const playsName = /^(?:\s*,[^;.!?()]{1,90}?,)?\s+(?:(plays|played|portrays|portrayed|incarne|incarnait|incarnera|campe|campait)|(is|was))\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?=([\s,;.]|$))/u

function characters(rule: Rule): void {
  const text = rule.view.text
  for (const located of rule.index.within(rule.sentence, ['Person'])) {
    if (located.mention.kind === 'role') continue
    const after = text.slice(located.mention.end, Math.min(rule.sentence.end, located.mention.end + 160))
    const match = playsName.exec(after)
    if (!match || !mayAct(located.entity)) continue
    // (an aside holds no other person: "Brody, who is afraid of the water, and Robert S., who …, played Quint")
    const verbAt = located.mention.end + match[0].length - (match[3] as string).length
    if (rule.index.within({start: located.mention.end, end: verbAt}, ['Person']).length > 0) continue
    // the person opens the clause ("A plays Nora; B is Jane"), not a relative about another work ("… avec X, où A incarne Y")
    const clauseStart = rule.sentence.start + text.slice(rule.sentence.start, located.mention.start).lastIndexOf(';') + 1
    const opening = text.slice(clauseStart, located.mention.start)
    if (rule.index.within({start: clauseStart, end: located.mention.start}, ['Person']).length > 0 || /(?<![\p{L}])(?:où|where|which|whom|dont|lequel|laquelle)(?![\p{L}])/iu.test(opening)) continue
    const nameStart = located.mention.end + match[0].length - (match[3] as string).length
    const nameEnd = located.mention.end + match[0].length
    // (a title, place or company named there is no character: "plays Carnegie Hall")
    const there = rule.index.within({start: nameStart, end: nameEnd})
    if (there.some(({entity}) => entity.type !== 'Person' || entity.roles.length > 0)) continue
    const rest = text.slice(nameEnd, Math.min(rule.sentence.end, nameEnd + 12))
    if (match[2] && !/^\s*(?:,\s*(?:who|whose|the|a|an)\s|\s+who\s)/u.test(rest)) continue
    if (!match[2] && !/^\s*(?:[,;.]|$|(?:who|with|in|dans|avec|qui)\s)/u.test(rest)) continue
    // the film named after the name ("plays Nora in <film>"), else the film of the passage
    const inFilm = /^\s+(?:in|dans)\s+[«“"‘*_]*/u.exec(rest)
    const named = inFilm ? rule.films.find((reference) => reference.start === nameEnd + inFilm[0].length)?.film : undefined
    const earlier = rule.films.filter((reference) => reference.end <= located.mention.start).pop()?.film
    const film = named ?? (rule.films.some((reference) => reference.start > located.mention.end) ? undefined : (earlier ?? recentFilm(rule)))
    if (film) rule.facts.add(film, 'actor', located.entity.id, rule.sentence)
  }
}
