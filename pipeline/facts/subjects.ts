/**
 * subjects: what a film is about ("consacré à X", "follows X", a person named in its title).
 */
import type {Entity, TextView} from '../types.js'
import {findPhrases, isWordAt} from './context.js'
import {FactList, filmNear, lowered, newItemBefore, recentFilm, type Rule} from './rule.js'

/** Subjects: the first entity named after a cue such as "consacré à", "a portrait of", "follows". */
export function about(rule: Rule): void {
  const {lower, offset} = lowered(rule)
  for (const {at, phrase} of findPhrases(lower, rule.lexicon.aboutCues)) {
    const from = offset + at + phrase.length
    const found = rule.index.firstStartingIn({start: from, end: Math.min(rule.sentence.end, from + 50)}, ['Person', 'Organization', 'Place', 'Event'])
    // "about a family of copper miners in Chile": a name after a place or company preposition is not what the film is about
    const subject = found && !/(?<![\p{L}])(in|at|on|near|across|with|dans|à|en|sur|près|avec|chez)(?![\p{L}])/iu.test(rule.view.text.slice(from, found.mention.start)) ? found.entity : undefined
    const film = filmNear(rule.films, offset + at) ?? (aboutTheFilm(rule, offset + at) ? recentFilm(rule) : undefined)
    if (!subject || !film) continue
    // ("… A, premier film de X, et B, documentaire consacré à Y": a new item of an enumeration stands between)
    if (newItemBefore(rule, offset + at, offset + at + phrase.length)) continue
    if (rule.facts.has(film, 'director', subject.id) || rule.facts.has(film, 'actor', subject.id)) continue
    rule.facts.add(film, 'about', subject.id, rule.sentence)
  }
  // "X consacre son deuxième long métrage à la photographe Y", "she devoted the film to Y": the
  // words before "à" name the film or a film noun
  for (const match of lower.matchAll(rule.lexicon.patterns.devotedTo)) {
    const at = offset + (match.index ?? 0)
    const from = at + match[0].length
    const subject = rule.index.firstStartingIn({start: from, end: Math.min(rule.sentence.end, from + 40)}, ['Person', 'Organization', 'Place', 'Event'])?.entity
    const given = rule.films.find((reference) => reference.start >= at && reference.end <= from)?.film
    const named = rule.lexicon.patterns.ownFilmNoun.test(match[0])
    // "Elle consacre ensuite à l'enfance de Y <film> (1991)": the title right after the subject
    const subjectEnd = subject ? rule.index.firstStartingIn({start: from, end: Math.min(rule.sentence.end, from + 40)}, ['Person', 'Organization', 'Place', 'Event'])?.mention.end ?? from : from
    const following = rule.films.find((reference) => reference.start >= subjectEnd && reference.start - subjectEnd <= 4 && !/[,;.]/.test(rule.view.text.slice(subjectEnd, reference.start)))?.film
    const film = given ?? (named ? (filmNear(rule.films, at) ?? recentFilm(rule)) : following)
    if (!subject || !film || rule.facts.has(film, 'director', subject.id) || rule.facts.has(film, 'actor', subject.id)) continue
    rule.facts.add(film, 'about', subject.id, rule.sentence)
  }
}

/**
 * A cue of subject with no film in its sentence still speaks of the film the text is on when a
 * sentence (not a heading) opens on it ("Its subject, X, …"), or when the film's director is its
 * subject ("Director X followed Y"), unless the sentence brings in another film ("a documentary").
 */
export function aboutTheFilm(rule: Rule, cue: number): boolean {
  const opening = rule.view.text.slice(rule.sentence.start, cue).trim().toLowerCase()
  const prose = /[.!?…»"”]\s*$/.test(rule.view.text.slice(rule.sentence.start, rule.sentence.end))
  if (prose && opening === '') return true
  // "Her first film, a documentary about X": another film, not named
  if (rule.lexicon.patterns.ownFilmNoun.test(opening)) return false
  const maker = rule.index.before(cue, ['Person'])
  return !!maker && maker.mention.start >= rule.sentence.start && maker.entity.roles.some((role) => role.key === 'director')
}

/** A documentary named after a person ("Amy", "Maria by Callas") is about that person. */
export function titlesNamingPeople(entities: Entity[], facts: FactList, view: TextView): void {
  const people = entities.filter((entity) => entity.type === 'Person')
  for (const film of entities) {
    if (film.type !== 'Movie') continue
    const title = film.name.toLowerCase()
    for (const person of people) {
      const named = [person.name, ...person.aliases].some((name) => {
        const at = title.indexOf(name.toLowerCase())
        return name.includes(' ') && at !== -1 && isWordAt(title, at, name.length)
      })
      if (!named || facts.has(film, 'director', person.id) || facts.has(film, 'actor', person.id)) continue
      const mention = film.mentions[0]
      if (!mention) continue
      const sentence = view.sentences.find((candidate) => candidate.start <= mention.start && mention.end <= candidate.end) ?? mention
      facts.add(film, 'about', person.id, sentence)
    }
  }
}
