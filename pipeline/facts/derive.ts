/**
 * derive: facts about the film and the people, each with the sentence that states it.
 *
 * Rules are short patterns over entity mentions and cue lists, applied one sentence at a time:
 * - director: "<film> réalisé par <person>", "<film> de <person>", "<person>'s <film>",
 *   "<person> a réalisé <film>", "la réalisatrice a tourné ce film";
 * - actor: "interprété par <person>", "<person> joue dans <film>";
 * - about: a person named in the film's title, "consacré à <x>", "a portrait of <x>", "suivi <x>";
 * - award: an award name in a sentence that says it was won, for the film the sentence speaks of;
 * - festival: a festival in a sentence that says the film was selected or shown there;
 * - dateCreated: a date in a sentence that says when the film was shot, made or released;
 * - creator: "<work noun> de <person>", "<person>'s <work noun>", "ses œuvres telles que <work>";
 * - own films: "son premier film, <film>", "X, whose previous film, <film>", "X's third feature";
 * - people an award went to: "le César de la réalisation à X pour <film>";
 * - prize lists: "- **Prix du jury** : *<film>*" (award, and the festival named before);
 * - occupation: every role stated for a person; work: the inverse of director, actor and creator,
 *   and, where the lexicon says so (French), crew members named in a text on a film.
 * A heading that is only a film's title makes the paragraphs after it speak of that film.
 */
import type {DateMention, Entity, EntityType, Fact, Predicate, Sentence, TextView} from '../types.js'
import {findAwards} from './awards.js'
import {type FilmReference, MentionIndex, filmsIn, findPhrases, firstMention, hasWord, hasWordPrefix, isTitleHeading, isWordAt} from './context.js'
import {type FactLexicon, factLexicon} from './lexicon.js'
import {mainFilm, schemaType} from '../emit/jsonld.js'

/** What facts are derived from. */
export interface FactInput {
  view: TextView
  entities: Entity[]
  dates: DateMention[]
}

/** Derive every fact the text states. */
export function deriveFacts({view, entities, dates}: FactInput): Fact[] {
  const lexicon = factLexicon(view.language)
  const index = new MentionIndex(entities)
  const main = mainFilm(entities)
  const facts = new FactList()

  let previous: Sentence | undefined
  for (const sentence of view.sentences) {
    const films = filmsIn(view.text, sentence, index, lexicon, main, view.paragraphs)
    const subject = previous && previous.paragraph === sentence.paragraph ? subjectFilm(view.text, previous, sentence, index) : undefined
    if (subject) films.unshift(subject)
    previous = sentence
    const rules = {view, sentence, films, index, lexicon, facts, main}
    directors(rules)
    ownFilms(rules)
    actors(rules)
    about(rules)
    awards(rules)
    palmares(rules)
    awardedPeople(rules)
    festivals(rules)
    created(rules, dates)
    creators(rules)
    crew(rules)
    crewMembers(rules)
    credits(rules)
  }
  titlesNamingPeople(entities, facts, view)
  occupations(entities, facts)
  return dropShorterAwards(keepOneDateCreated(facts.withInverses(), facts.dateRanks))
}

/**
 * "X est un film … . Il retrace …": a sentence that opens on a subject pronoun continues the
 * previous one, whose subject was a film when the film is its first mention.
 */
function subjectFilm(text: string, previous: Sentence, sentence: Sentence, index: MentionIndex): FilmReference | undefined {
  const pronoun = /^(Il|Elle|It)\b/.exec(text.slice(sentence.start, sentence.start + 5))
  if (!pronoun) return undefined
  const first = index.within(previous)[0]
  if (!first || first.entity.type !== 'Movie' || first.mention.start - previous.start > 3) return undefined
  return {film: first.entity, start: sentence.start, end: sentence.start + pronoun[0].length}
}

/** "César" and "César du meilleur documentaire" for one film: the shorter is the same award. */
function dropShorterAwards(facts: Fact[]): Fact[] {
  return facts.filter(
    (fact) =>
      fact.predicate !== 'award' ||
      !facts.some((other) => other !== fact && other.predicate === 'award' && other.subject === fact.subject && other.object.startsWith(`${fact.object} `))
  )
}

/**
 * One creation date per work: the release date when the text states one, else a year given with
 * the title, else any other; the most precise of a rank, the earliest on a tie.
 */
function keepOneDateCreated(facts: Fact[], ranks: Map<string, number>): Fact[] {
  const best = new Map<string, Fact>()
  const rank = (fact: Fact) => ranks.get(`${fact.subject}\u0000${fact.object}`) ?? 0
  for (const fact of facts) {
    if (fact.predicate !== 'dateCreated') continue
    const current = best.get(fact.subject)
    const order = current ? rank(fact) - rank(current) || fact.object.length - current.object.length || (fact.object < current.object ? 1 : -1) : 1
    if (order > 0) best.set(fact.subject, fact)
  }
  return facts.filter((fact) => fact.predicate !== 'dateCreated' || best.get(fact.subject) === fact)
}

/** What each rule reads. */
interface Rule {
  view: TextView
  sentence: Sentence
  films: FilmReference[]
  index: MentionIndex
  lexicon: FactLexicon
  facts: FactList
  main: Entity | undefined
}

/** Facts without duplicates: the first evidence of each (subject, predicate, object) wins. */
class FactList {
  private readonly byKey = new Map<string, Fact>()

  add(subject: Entity, predicate: Predicate, object: string, evidence: {start: number; end: number}): void {
    const key = `${subject.id}\u0000${predicate}\u0000${object}`
    if (subject.id === object || this.byKey.has(key)) return
    this.byKey.set(key, {subject: subject.id, predicate, object, start: evidence.start, end: evidence.end})
  }

  /**
   * How plainly a creation date is stated: 2 for a release ("sorti le …"), 1 for a year given
   * with the title ("X (1962)", "un film de 2016"), 0 otherwise (shooting, festival showing).
   */
  readonly dateRanks = new Map<string, number>()

  rankDate(subject: Entity, value: string, rank: number): void {
    const key = `${subject.id}\u0000${value}`
    this.dateRanks.set(key, Math.max(rank, this.dateRanks.get(key) ?? 0))
  }

  has(subject: Entity, predicate: Predicate, object: string): boolean {
    return this.byKey.has(`${subject.id}\u0000${predicate}\u0000${object}`)
  }

  /** All facts, plus `work` for the person of every director, actor and creator fact. */
  withInverses(): Fact[] {
    const facts = [...this.byKey.values()]
    const seen = new Set(this.byKey.keys())
    for (const fact of facts.slice()) {
      if (fact.predicate !== 'director' && fact.predicate !== 'actor' && fact.predicate !== 'creator') continue
      const key = `${fact.object}\u0000work\u0000${fact.subject}`
      if (seen.has(key)) continue
      seen.add(key)
      facts.push({subject: fact.object, predicate: 'work', object: fact.subject, start: fact.start, end: fact.end})
    }
    return facts
  }
}

/** The sentence's text, lower-cased for cue matching, and the offset it starts at. */
function lowered(rule: Rule): {lower: string; offset: number} {
  return {lower: rule.view.text.slice(rule.sentence.start, rule.sentence.end).toLowerCase(), offset: rule.sentence.start}
}

/** The film reference nearest before `offset` in the sentence, else the first after it. */
function filmNear(films: FilmReference[], offset: number): Entity | undefined {
  let before: FilmReference | undefined
  for (const film of films) if (film.end <= offset) before = film
  return (before ?? films.find((film) => film.start >= offset))?.film
}

/**
 * The film named last before the sentence in the same paragraph or in a heading that is only its
 * title, else the article's film if the text has named it already; a film named
 * only later is never guessed.
 */
function recentFilm(rule: Rule): Entity | undefined {
  const previous = rule.index.before(rule.sentence.start, ['Movie'])
  const paragraph = rule.view.paragraphs[rule.sentence.paragraph]
  if (previous && paragraph && previous.mention.start >= paragraph.start) return previous.entity
  // "## 2. *Title*" then its paragraph: a heading that is only a film's title names the section's film
  if (previous && isTitleHeading(rule.view.text, rule.view.paragraphs, previous.mention)) return previous.entity
  return rule.main && firstMention(rule.main) < rule.sentence.start ? rule.main : undefined
}

/**
 * The first person named in `[from, from + reach)` of the sentence, with the persons coordinated
 * with it ("Tamara X and Ljubomir Y", "A, B et C").
 */
function peopleAfter(rule: Rule, from: number, reach: number): Entity[] {
  while (from < rule.sentence.end && /\s/.test(rule.view.text.charAt(from))) from++
  const first = rule.index.firstStartingIn({start: from, end: Math.min(rule.sentence.end, from + reach)}, ['Person'])
  if (!first) return []
  const people = [first.entity]
  let end = first.mention.end
  for (;;) {
    const link = /^(\s*,\s*|\s+(and|et|&)\s+|\s*,\s*(and|et)\s+)/.exec(rule.view.text.slice(end, end + 40))
    if (!link) break
    const next = rule.index.firstStartingIn({start: end + link[0].length, end: end + link[0].length + 1}, ['Person'])
    if (!next) break
    if (!people.includes(next.entity)) people.push(next.entity)
    end = next.mention.end
  }
  return people
}

/**
 * For each cue phrase of the sentence ("réalisé par", "produced by"), the film it speaks of and
 * every person named within the cue's reach after it.
 */
function forCuedPeople(rule: Rule, cues: Array<{phrase: string; reach: number}>, found: (film: Entity, person: Entity) => void): void {
  const {lower, offset} = lowered(rule)
  const reaches = new Map(cues.map((cue) => [cue.phrase, cue.reach]))
  for (const {at, phrase} of findPhrases(lower, [...reaches.keys()])) {
    const film = filmNear(rule.films, offset + at) ?? recentFilm(rule)
    if (!film) continue
    for (const person of peopleAfter(rule, offset + at + phrase.length, reaches.get(phrase) ?? 2)) found(film, person)
  }
}

/** The first person named in `[from, from + reach)` of the sentence. */
function personAfter(rule: Rule, from: number, reach: number): Entity | undefined {
  return peopleAfter(rule, from, reach)[0]
}

function directors(rule: Rule): void {
  const {lower, offset} = lowered(rule)
  forCuedPeople(rule, rule.lexicon.directorCues, (film, person) => rule.facts.add(film, 'director', person.id, rule.sentence))
  // "<film> de <person>", "<film> by <person>"
  for (const reference of rule.films) {
    const after = rule.view.text.slice(reference.end, Math.min(rule.sentence.end, reference.end + 80))
    const link = /^\s*,?\s*(de\s|d['’]|by\s)/i.exec(after)
    if (!link) continue
    const person = personAfter(rule, reference.end + link[0].length, 1)
    if (person) rule.facts.add(reference.film, 'director', person.id, rule.sentence)
  }
  // "<person>'s <film>"
  for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
    if (!/^['’]s\s/.test(rule.view.text.slice(mention.end, mention.end + 3))) continue
    const film = rule.films.find((reference) => reference.start > mention.end && reference.start - mention.end < 40)
    if (film) rule.facts.add(film.film, 'director', entity.id, rule.sentence)
  }
  // "la réalisatrice X lui confie un rôle dans <film>", "director X cast her in <film>"
  if (/\b(rôle|role|cast|casts|casting)\b/i.test(lower)) {
    for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
      if (!entity.roles.some((role) => role.key === 'director')) continue
      const film = rule.films.find((reference) => reference.start > mention.end)
      if (film) rule.facts.add(film.film, 'director', entity.id, rule.sentence)
      break
    }
  }
  // "<person> a réalisé <film>", "la réalisatrice a tourné ce film"
  for (const {at, phrase} of findPhrases(lower, rule.lexicon.directorVerbs)) {
    const verb = offset + at
    if (/^\s+(dans|in)\s/.test(rule.view.text.slice(verb + phrase.length, verb + phrase.length + 5))) continue
    const subject = rule.index.before(verb, ['Person'])
    if (!subject || subject.mention.start < rule.sentence.start || verb - subject.mention.end > 40) continue
    const isDirector = subject.entity.roles.some((role) => role.key === 'director')
    const unambiguous = /^(réalis|direct|co-direct|helmed|met en scène|a mis en scène)/.test(phrase)
    if (!isDirector && !unambiguous) continue
    const film = rule.films.find((reference) => reference.start >= verb)
    if (film) rule.facts.add(film.film, 'director', subject.entity.id, rule.sentence)
  }
}

/** The role by which a person makes films: director, actor, or none stated. */
function filmRole(person: Entity): 'director' | 'actor' | undefined {
  if (person.roles.some((role) => role.key === 'director')) return 'director'
  if (person.roles.some((role) => role.key === 'actor')) return 'actor'
  return undefined
}

/**
 * A film given as one of a person's films: "X … son premier film, <film>", "X, whose previous
 * film, <film>", "X, dont le précédent, <film>" (the person named last before, in the sentence);
 * "X's third feature" (the film the sentence speaks of). The person directs it, or plays in it
 * when an actor's role is all the text states; with no role stated, a film noun makes a director.
 */
function ownFilms(rule: Rule): void {
  const text = rule.view.text
  const sentence = text.slice(rule.sentence.start, rule.sentence.end)
  const nouns = rule.lexicon.ownFilmNouns.join('|')
  const owners = rule.lexicon.ownFilmOwners.join('|')
  const apposition = new RegExp(`(?<![\\p{L}])(${owners})\\s+((?:[\\p{L}-]+\\s+){0,2}?)(?:(${nouns})\\s*)?,\\s*`, 'giu')
  for (const match of sentence.matchAll(apposition)) {
    const at = rule.sentence.start + (match.index ?? 0)
    const start = at + match[0].length
    const film = rule.films.find((reference) => reference.start === start)
    if (!film || (!match[2] && !match[3])) continue
    const owner = rule.index.before(at, ['Person'])
    if (!owner || owner.mention.start < rule.sentence.start) continue
    if (/^(whose|dont)/i.test(match[1] as string) && at - owner.mention.end > 3) continue
    const relative = /^(whose|dont)/i.test(match[1] as string)
    const predicate = filmRole(owner.entity) ?? (match[3] || relative ? 'director' : undefined)
    if (predicate) rule.facts.add(film.film, predicate, owner.entity.id, rule.sentence)
  }
  // "Anouk X's film follows …", "the whole point of Y's third feature"
  const genitive = new RegExp(`^['’]s\\s+((?:[\\p{L}-]+\\s+){0,2}?)(${nouns})(?![\\p{L}])`, 'iu')
  for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
    const match = genitive.exec(text.slice(mention.end, mention.end + 50))
    if (!match) continue
    const at = mention.end + match[0].length
    if (rule.films.some((reference) => reference.start >= at && reference.start - at < 4)) continue
    const film = filmNear(rule.films, mention.start) ?? recentFilm(rule)
    if (film && filmRole(entity) !== 'actor') rule.facts.add(film, 'director', entity.id, rule.sentence)
  }
}

function actors(rule: Rule): void {
  const {lower, offset} = lowered(rule)
  // "une cheffe d'orchestre (Camille X, impeccable)": the cast of the film the text speaks of
  const text = rule.view.text
  for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
    if (text.charAt(mention.start - 1) !== '(' || !/^\s*[,)]/.test(text.slice(mention.end, mention.end + 2))) continue
    if (entity.roles.some((role) => role.key === 'director')) continue
    const film = filmNear(rule.films, mention.start) ?? recentFilm(rule)
    if (film) rule.facts.add(film, 'actor', entity.id, rule.sentence)
  }
  // "Les Cendres, de X. Avec A, B, C.": a sentence that opens on "Avec" and a name lists the cast
  for (const phrase of rule.lexicon.actorOpening) {
    if (!lower.startsWith(`${phrase} `)) continue
    const film = rule.films[0]?.film ?? recentFilm(rule)
    const first = rule.index.firstStartingIn({start: offset + phrase.length + 1, end: offset + phrase.length + 2}, ['Person', 'Movie'])
    if (!film || first?.entity.type !== 'Person') continue
    for (const person of peopleAfter(rule, offset + phrase.length + 1, 1)) rule.facts.add(film, 'actor', person.id, rule.sentence)
  }
  for (const {at, phrase} of findPhrases(lower, rule.lexicon.actorBefore)) {
    const film = filmNear(rule.films, offset + at) ?? recentFilm(rule)
    if (!film) continue
    for (const person of peopleAfter(rule, offset + at + phrase.length, 40)) rule.facts.add(film, 'actor', person.id, rule.sentence)
  }
  // "le comédien, révélé par <film>", "the actress stars in <film>"
  if (rule.films.length > 0 && hasWord(rule.view.text.slice(rule.sentence.start, rule.sentence.end), rule.lexicon.actorContext)) {
    for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
      if (!entity.roles.some((role) => role.key === 'actor')) continue
      const film = rule.films.find((reference) => reference.start > mention.end)
      if (film) rule.facts.add(film.film, 'actor', entity.id, rule.sentence)
    }
  }
  for (const {at} of findPhrases(lower, rule.lexicon.actorAfter)) {
    const verb = offset + at
    const subject = rule.index.before(verb, ['Person'])
    if (!subject || subject.mention.start < rule.sentence.start || verb - subject.mention.end > 30) continue
    const film = rule.films.find((reference) => reference.start > verb)
    if (film) rule.facts.add(film.film, 'actor', subject.entity.id, rule.sentence)
  }
}

function about(rule: Rule): void {
  const {lower, offset} = lowered(rule)
  for (const {at, phrase} of findPhrases(lower, rule.lexicon.aboutCues)) {
    const from = offset + at + phrase.length
    const subject = rule.index.firstStartingIn({start: from, end: Math.min(rule.sentence.end, from + 50)}, ['Person', 'Organization', 'Place', 'Event'])?.entity
    const film = filmNear(rule.films, offset + at) ?? (aboutTheFilm(rule, offset + at) ? recentFilm(rule) : undefined)
    if (!subject || !film) continue
    if (rule.facts.has(film, 'director', subject.id) || rule.facts.has(film, 'actor', subject.id)) continue
    rule.facts.add(film, 'about', subject.id, rule.sentence)
  }
  // "X consacre son deuxième long métrage à la photographe Y", "she devoted the film to Y": the
  // words before "à" name the film or a film noun
  const verbs = rule.lexicon.aboutVerbs.join('|')
  const devoted = new RegExp(`(?<![\\p{L}])(?:${verbs})\\s[^.;:]{0,50}?\\s(?:à|au|aux|to)\\s`, 'giu')
  for (const match of lower.matchAll(devoted)) {
    const at = offset + (match.index ?? 0)
    const from = at + match[0].length
    const subject = rule.index.firstStartingIn({start: from, end: Math.min(rule.sentence.end, from + 40)}, ['Person', 'Organization', 'Place', 'Event'])?.entity
    const given = rule.films.find((reference) => reference.start >= at && reference.end <= from)?.film
    const named = new RegExp(`(?<![\\p{L}])(${rule.lexicon.ownFilmNouns.join('|')})(?![\\p{L}])`, 'iu').test(match[0])
    const film = given ?? (named ? (filmNear(rule.films, at) ?? recentFilm(rule)) : undefined)
    if (!subject || !film || rule.facts.has(film, 'director', subject.id) || rule.facts.has(film, 'actor', subject.id)) continue
    rule.facts.add(film, 'about', subject.id, rule.sentence)
  }
}

/**
 * A cue of subject with no film in its sentence still speaks of the film the text is on when a
 * sentence (not a heading) opens on it ("Its subject, X, …"), or when the film's director is its
 * subject ("Director X followed Y"), unless the sentence brings in another film ("a documentary").
 */
function aboutTheFilm(rule: Rule, cue: number): boolean {
  const opening = rule.view.text.slice(rule.sentence.start, cue).trim().toLowerCase()
  const prose = /[.!?…»"”]\s*$/.test(rule.view.text.slice(rule.sentence.start, rule.sentence.end))
  if (prose && opening === '') return true
  // "Her first film, a documentary about X": another film, not named
  if (new RegExp(`(?<![\\p{L}])(${rule.lexicon.ownFilmNouns.join('|')})(?![\\p{L}])`, 'iu').test(opening)) return false
  const maker = rule.index.before(cue, ['Person'])
  return !!maker && maker.mention.start >= rule.sentence.start && maker.entity.roles.some((role) => role.key === 'director')
}

/** A documentary named after a person ("Amy", "Maria by Callas") is about that person. */
function titlesNamingPeople(entities: Entity[], facts: FactList, view: TextView): void {
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

function awards(rule: Rule): void {
  const sentenceText = rule.view.text.slice(rule.sentence.start, rule.sentence.end)
  if (!hasWordPrefix(sentenceText, rule.lexicon.awardCues)) return
  if (/\b(nomm|nomin|nominated|nomination)/i.test(sentenceText)) return
  const found = findAwards(rule.view.text, rule.sentence.start, rule.sentence.end, rule.lexicon)
  found.forEach((award, at) => {
    const film = awardedFilm(rule, award.end, found[at + 1]?.start ?? rule.sentence.end) ?? filmNear(rule.films, award.start)
    if (film) rule.facts.add(film, 'award', rule.view.source.slice(award.start, award.end), rule.sentence)
  })
}

/**
 * "la Palme d'or … celle de X pour <film>", "le César de la réalisation à X pour <film>": in a
 * sentence that names an award, the person the award went to "for" a film made it, or played in
 * it when the person is an actor or the award is for acting.
 */
function awardedPeople(rule: Rule): void {
  const awards = findAwards(rule.view.text, rule.sentence.start, rule.sentence.end, rule.lexicon)
  if (awards.length === 0) return
  for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
    const link = /^\s+(pour|for)\s+/i.exec(rule.view.text.slice(mention.end, mention.end + 6))
    if (!link) continue
    const film = rule.films.find((reference) => reference.start === mention.end + link[0].length)?.film
    if (!film) continue
    const award = awards.filter((candidate) => candidate.end <= mention.start).pop()?.text.toLowerCase() ?? ''
    const acting = hasWord(award, rule.lexicon.actingAwardWords)
    rule.facts.add(film, filmRole(entity) ?? (acting ? 'actor' : 'director'), entity.id, rule.sentence)
  }
}

/**
 * A prize list: "- **Cristal du long métrage** : *<film>*, de X" gives the award to the film, at
 * the festival named last before the list.
 */
function palmares(rule: Rule): void {
  const text = rule.view.text
  const award = findAwards(text, rule.sentence.start, rule.sentence.end, rule.lexicon)[0]
  if (!award || /\S/.test(text.slice(rule.sentence.start, award.start).replace(/^[\s\-*•\d.]+/, ''))) return
  const colon = /^\s*:\s*/.exec(text.slice(award.end, award.end + 6))
  if (!colon) return
  const film = rule.films.find((reference) => reference.start === award.end + colon[0].length)?.film
  if (!film) return
  rule.facts.add(film, 'award', rule.view.source.slice(award.start, award.end), rule.sentence)
  const festival = rule.index.before(rule.sentence.start, ['Event'])
  if (festival && schemaType(festival.entity) === 'Festival') rule.facts.add(film, 'festival', festival.entity.id, rule.sentence)
}

/**
 * "le César de la meilleure réalisation à X pour <film>", "the prize for Y went to X for <film>":
 * the film after "pour"/"for" that follows an award, before the next award, is the one it went to.
 */
function awardedFilm(rule: Rule, from: number, until: number): Entity | undefined {
  const after = rule.view.text.slice(from, Math.min(until, from + 80))
  const link = /\s(pour|for)\s+(?:(?:le|la|les|l['’]|the)\s+(?:film|documentaire|documentary|movie)\s+)?/i.exec(after)
  if (!link) return undefined
  const start = from + link.index + link[0].length
  return rule.films.find((reference) => reference.start >= start && reference.start <= start + 1)?.film
}

function festivals(rule: Rule): void {
  if (rule.films.length === 0) return
  const sentenceText = rule.view.text.slice(rule.sentence.start, rule.sentence.end)
  if (!hasWordPrefix(sentenceText, rule.lexicon.festivalCues)) return
  const events = rule.index.within(rule.sentence, ['Event'])
  for (const {entity, mention} of events) {
    const film = filmNear(rule.films, mention.start)
    if (film) rule.facts.add(film, 'festival', entity.id, rule.sentence)
  }
  // A dispatch names its festival once, then speaks of "the competition": the festival named last.
  if (events.length === 0) {
    const festival = rule.index.before(rule.sentence.start, ['Event'])
    if (festival && schemaType(festival.entity) === 'Festival') {
      for (const reference of rule.films) rule.facts.add(reference.film, 'festival', festival.entity.id, rule.sentence)
    }
  }
}

function created(rule: Rule, dates: DateMention[]): void {
  const text = rule.view.text
  const inSentence = dates.filter(
    (candidate) =>
      candidate.start >= rule.sentence.start &&
      candidate.end <= rule.sentence.end &&
      candidate.type === 'DATE' &&
      candidate.value !== null &&
      /^\d{4}(-\d{2}(-\d{2})?)?$/.test(candidate.value)
  )
  if (inSentence.length === 0) return
  const works = rule.index.within(rule.sentence, ['CreativeWork']).map(({entity, mention}) => ({film: entity, start: mention.start, end: mention.end}))
  const titled = [...rule.films, ...works].sort((a, b) => a.start - b.start)
  for (const date of inSentence) {
    const value = date.value as string
    // "<film> (1962)", "<film> de <person> (1962)", "La Chambre bleue (1923)"
    if (text.charAt(date.start - 1) === '(' && /^\d{4}$/.test(value)) {
      const work = titled.filter((reference) => reference.end <= date.start && date.start - reference.end < 60).pop()
      if (work && !/[()]/.test(text.slice(work.end, date.start - 1))) {
        rule.facts.add(work.film, 'dateCreated', value, rule.sentence)
        rule.facts.rankDate(work.film, value, 1)
      }
    }
    // "a 2016 Portuguese documentary film", "un film de 2016", "une toile de 1914"
    const after = text.slice(date.end, date.end + 50)
    const before = text.slice(Math.max(rule.sentence.start, date.start - 14), date.start)
    if (/^(\s+[\p{L}-]+){0,3}\s+(film|documentary|movie|feature|documentaire)\b/iu.test(after) || /\b(film|documentaire|long[- ]métrage) de\s+$/i.test(before)) {
      const film = filmNear(rule.films, date.start)
      if (film) {
        rule.facts.add(film, 'dateCreated', value, rule.sentence)
        rule.facts.rankDate(film, value, 1)
      }
    }
    if (/\b(toile|tableau|photographie|sculpture|chanson|album|livre|roman|painting|song|book|novel|photograph) de\s+$/i.test(before)) {
      const work = works.filter((reference) => reference.end <= date.start).pop()
      if (work) rule.facts.add(work.film, 'dateCreated', value, rule.sentence)
    }
  }
  // "ce film a été tourné en 2009", "premiered … on February 19, 2023", "Sortie le 15 janvier."
  const words = [...text.slice(rule.sentence.start, rule.sentence.end).toLowerCase().matchAll(/\p{L}+/gu)]
  const verbs = words.filter((word) => rule.lexicon.creationVerbs.has(word[0]) || rule.lexicon.creatorVerbs.has(word[0]))
  verbs.forEach((verb, at) => {
    const verbAt = rule.sentence.start + (verb.index ?? 0)
    const verbEnd = verbAt + verb[0].length
    const isFilmVerb = rule.lexicon.creationVerbs.has(verb[0])
    const next = inSentence.find((candidate) => candidate.start > verbAt)
    // a work's verb ("which X wrote … in 1971") takes only a date close after it
    const date = isFilmVerb ? (next ?? (at === 0 ? inSentence[inSentence.length - 1] : undefined)) : next && next.start - verbEnd <= 40 ? next : undefined
    if (!date?.value) return
    const candidates = isFilmVerb ? rule.films : works
    let subject = filmNear(candidates, date.start)
    const alone = rule.index.within(rule.sentence, ['Person', 'Movie', 'CreativeWork']).length === 0
    if (!subject && isFilmVerb && alone) subject = recentFilm(rule)
    if (!subject) return
    rule.facts.add(subject, 'dateCreated', date.value, rule.sentence)
    if (rule.lexicon.releaseVerbs.has(verb[0])) rule.facts.rankDate(subject, date.value, 2)
  })
}

/** Who made the works (other than films) a sentence names. */
function creators(rule: Rule): void {
  const works = rule.index.within(rule.sentence, ['CreativeWork'])
  if (works.length === 0) return
  const text = rule.view.text
  const agents: EntityType[] = ['Person', 'Organization']
  const agentAt = (from: number, reach: number): Entity | undefined => {
    while (from < rule.sentence.end && /\s/.test(text.charAt(from))) from++
    return rule.index.firstStartingIn({start: from, end: Math.min(rule.sentence.end, from + reach)}, agents)?.entity
  }
  for (const {entity: work, mention} of works) {
    const after = text.slice(mention.end, Math.min(rule.sentence.end, mention.end + 80))
    // "<work>, de l'illustratrice X", "la Cinquième Symphonie de Mahler", "<work> by X"
    const of = /^\s*,?\s*(de|d['’]|du|by)\s+((?:[\p{Ll}'’-]+\s+){0,2})/u.exec(after)
    let creator = of ? agentAt(mention.end + of[0].length, 2) : undefined
    // "<work>, peint par X", "<work>, a song written by X"
    if (!creator) {
      const lower = after.toLowerCase()
      for (const cue of rule.lexicon.creatorCues) {
        const at = lower.indexOf(cue)
        if (at !== -1 && at < 40 && !/[.;]/.test(lower.slice(0, at))) {
          creator = agentAt(mention.end + at + cue.length, 30)
          if (creator) break
        }
      }
    }
    // "<work>, which X wrote", "<work> que X a peint"
    if (!creator) {
      const clause = /^[^.;]{0,30}?\b(which|that|que|qu['’])\s*/iu.exec(after)
      const agent = clause ? agentAt(mention.end + clause[0].length, 1) : undefined
      if (agent && clause) {
        const mentionEnd = rule.index.firstStartingIn({start: mention.end + clause[0].length, end: rule.sentence.end}, agents)?.mention.end ?? 0
        if (hasWord(text.slice(mentionEnd, mentionEnd + 20), rule.lexicon.creatorVerbs)) creator = agent
      }
    }
    if (creator) rule.facts.add(work, 'creator', creator.id, rule.sentence)
  }
  // "<noun> de <person>" before the title, "<person>'s <noun>", "his album <work>", "il … des œuvres telles que <work>"
  const words = [...text.slice(rule.sentence.start, rule.sentence.end).matchAll(/\p{L}+/gu)]
  words.forEach((word, at) => {
    if (!rule.lexicon.workNouns.has(word[0].toLowerCase())) return
    const nounStart = rule.sentence.start + (word.index ?? 0)
    const nounEnd = nounStart + word[0].length
    const link = /^\s*(de |d['’]|du |des |by )((?:[\p{L}-]+\s+){0,3})/u.exec(text.slice(nounEnd, nounEnd + 60))
    let creator: Entity | undefined
    if (link) creator = personAfter(rule, nounEnd + link[0].length - (link[2]?.length ?? 0), (link[2]?.length ?? 0) + 2)
    const owner = rule.index.before(nounStart, ['Person'])
    if (!creator && owner && /^['’]s\s+$/.test(text.slice(owner.mention.end, nounStart))) creator = owner.entity
    const near = words.slice(Math.max(0, at - 3), at).map((previous) => previous[0].toLowerCase())
    const determiner = near.some((previous) => rule.lexicon.possessives.has(previous))
    const group = near.some((previous) => rule.lexicon.groupPossessives.has(previous))
    const pronounSubject = /\b(il|elle|he|she)\b/i.test(text.slice(rule.sentence.start, nounStart))
    if (!creator && (determiner || pronounSubject)) {
      const paragraph = rule.view.paragraphs[rule.sentence.paragraph]
      const previous = rule.index.before(nounStart, group ? agents : ['Person'])
      if (previous && paragraph && previous.mention.start >= paragraph.start) creator = previous.entity
    }
    if (!creator) return
    const work =
      works.find((candidate) => candidate.mention.start >= nounEnd && candidate.mention.start - nounEnd < 80) ??
      [...works].reverse().find((candidate) => candidate.mention.end <= nounStart)
    if (work) rule.facts.add(work.entity, 'creator', creator.id, rule.sentence)
  })
}

/** A credits list: "Réalisation : X", "- **Cast:** A, B, C" names the people of the film. */
function credits(rule: Rule): void {
  const text = rule.view.text
  const line = /^[\s\-*•]*([\p{L} ]+?)\s*:\s*/u.exec(text.slice(rule.sentence.start, rule.sentence.end))
  const predicate = line ? rule.lexicon.creditLabels.get((line[1] as string).toLowerCase()) : undefined
  if (!line || !predicate) return
  const film = recentFilm(rule)
  if (!film) return
  for (const person of peopleAfter(rule, rule.sentence.start + line[0].length, 1)) {
    if (predicate === 'work') rule.facts.add(person, 'work', film.id, rule.sentence)
    else rule.facts.add(film, predicate, person.id, rule.sentence)
  }
}

/** "produit par X", "written by X": the film is one of X's works. */
function crew(rule: Rule): void {
  forCuedPeople(rule, rule.lexicon.crewCues, (film, person) => rule.facts.add(person, 'work', film.id, rule.sentence))
}

/** "le directeur de la photographie X signe …", "la productrice Y": a crew member named with a film. */
function crewMembers(rule: Rule): void {
  if (rule.lexicon.crewRoles.size === 0) return
  for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
    if (!entity.roles.some((role) => rule.lexicon.crewRoles.has(role.key))) continue
    if (entity.roles.some((role) => role.key === 'director' || role.key === 'actor')) continue
    // a crew member the text names is, first, the crew of the film the text is about
    const main = rule.main && firstMention(rule.main) < rule.sentence.end ? rule.main : undefined
    const film = main ?? filmNear(rule.films, mention.start)
    if (film) rule.facts.add(entity, 'work', film.id, rule.sentence)
  }
}

/** One occupation fact per stated role, with the role mention as evidence. */
function occupations(entities: Entity[], facts: FactList): void {
  for (const entity of entities) {
    if (entity.type !== 'Person') continue
    for (const role of [...entity.roles].sort((a, b) => a.start - b.start)) {
      facts.add(entity, 'occupation', role.role, role)
    }
  }
}
