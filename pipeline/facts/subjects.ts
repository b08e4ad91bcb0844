/**
 * subjects: what a film is about ("consacré à X", "follows X", a person named in its title).
 */
import type {Entity, EntityType, TextView} from '../types.js'
import {findPhrases, isWordAt} from './context.js'
import {FactList, filmNear, lowered, newItemBefore, recentFilm, type Rule} from './rule.js'

/** Subjects: the first entity named after a cue such as "consacré à", "a portrait of", "follows". */
export function about(rule: Rule): void {
  const {lower, offset} = lowered(rule)
  for (const {at, phrase} of findPhrases(lower, rule.lexicon.aboutCues)) {
    const from = offset + at + phrase.length
    // ("the new drama …, will open in the US, followed by the United Kingdom": "followed by" is a sequence, not a subject)
    if (/^\s+(?:by|par|de|d['’])/iu.test(rule.view.text.slice(from, from + 5)) && /^(?:followed|suivi|suivie|suivant|following)$/.test(phrase)) continue
    const subject = subjectAfter(rule, from, /(?:^|\s)(?:au|aux|the)$/.test(phrase))
    const film = filmNear(rule.films, offset + at) ?? (aboutTheFilm(rule, offset + at) ? recentFilm(rule) : undefined)
    if (!subject || !film) continue
    // ("Nuits d'ivoire … et X prépare un second film, consacré à Y": another film, not named, stands between)
    const named = rule.films.filter((reference) => reference.end <= offset + at).pop()
    const another = named ? anotherFilm.exec(rule.view.text.slice(named.end, offset + at)) : null
    if (another && !/^[\s*_”"»’]*(?:\([^()]*\)\s*)?,\s*$/.test(rule.view.text.slice(named?.end, (named?.end ?? 0) + another.index))) continue
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
 * The entity a subject cue names: the first one within reach, after nothing but a description of it
 * ("about the trade unionist X", "suit la photographe Y"). Not a name after a preposition, a
 * relative pronoun or punctuation ("a family of copper miners in Chile", "une institutrice de
 * Kaolack", "about everything else and … about this film,” X told"); not a place used as a modifier
 * ("a portrait of a Ticino valley"), though a person right after one is ("about the Accra boxer X");
 * not a character whose actor follows in brackets ("follows Holly M. (Joseph C.)").
 */
function subjectAfter(rule: Rule, from: number, definite: boolean): Entity | undefined {
  const text = rule.view.text
  const kinds: EntityType[] = ['Person', 'Organization', 'Place', 'Event']
  const found = rule.index.firstStartingIn({start: from, end: Math.min(rule.sentence.end, from + 50)}, kinds)
  if (!found) return undefined
  // ("Its subject, X": a comma right after the cue opens an apposition; "consacré au phare d'X": one noun with a definite article and "de")
  const between = text.slice(from, found.mention.start).replace(/^\s*,/, '')
  const genitive = /^\s*((?:le|la|les|l['’]|au|aux|the)\s*)?\p{Ll}+\s+(?:de|d['’]|du|of)\s*$/u.exec(between)
  if (blocked.test(between) && !(genitive && (genitive[1] || definite))) return undefined
  const after = text.slice(found.mention.end, Math.min(rule.sentence.end, found.mention.end + 40))
  if (found.entity.type === 'Person' && /^\s*\(/.test(after) && rule.index.firstStartingIn({start: found.mention.end, end: found.mention.end + 4}, ['Person'])) return undefined
  // "a Ticino valley", "the Accra boxer X": in English a place or company before a common noun is a modifier
  const modifier = rule.view.language === 'en' && found.entity.type !== 'Person' ? /^\s+((?:\p{Ll}[\p{L}-]*\s+){1,2})/u.exec(`${after} `) : null
  if (modifier && !(modifier[1] as string).split(/\s+/).some((word) => functionWords.has(word))) {
    const at = found.mention.end + modifier[0].length
    return rule.index.firstStartingIn({start: at, end: at + 1}, ['Person'])?.entity
  }
  return found.entity
}

/** Words after a name that do not make it a modifier. */
const functionWords = new Set(['and', 'or', 'in', 'on', 'at', 'for', 'from', 'who', 'which', 'that', 'to', 'as', 'by', 'with', 'during', 'since', 'over', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'its', 'his', 'her', 'their', 'but', 'into', 'through', 'after', 'before', 'when', 'where', 'while', 'under', 'between', 'among', 'within', 'without', 'against', 'around', 'near', 'beyond', 'throughout', 'until', 'across', 'along', 'of', 'off', 'up', 'down', 'out', 'than', 'then', 'now', 'today', 'itself'])

/** What may not stand between a subject cue and its subject. */
const blocked = /(?<![\p{L}])(?:in|at|on|near|across|with|dans|à|en|sur|près|avec|chez|of|de|d['’]|du|des|from|by|par|who|which|that|qui|que|dont|whose)(?![\p{L}])|[,;:.!?”"»()]/iu

/** An unnamed film brought in between a title and a cue: "un second film", "a new documentary". */
const anotherFilm = /(?<![\p{L}])(?:un|une|a|an|another)\s+(?:(?:autre|second|seconde|deuxième|nouveau|nouvel|nouvelle|new|second|third|troisième|premier|first|next|prochain)\s+)?(?:film|documentaire|long\s+métrage|court\s+métrage|documentary|feature|movie|short)(?![\p{L}])/iu

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
