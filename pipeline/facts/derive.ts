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
 * - festival reports: the films heading a section or a list item of a report from one festival (dispatch.ts);
 * - prize lists: "- **Prix du jury** : *<film>*" (award, and the festival named before);
 * - occupation: every role stated for a person (a role noun standing alone only when the other
 *   facts agree, occupations.ts); work: the inverse of director, actor and creator,
 *   and crew members (producer, editor …) named in a text on a film.
 * A heading that is only a film's title makes the paragraphs after it speak of that film.
 * The filmography and awards lists of an article about a person are read in filmography.ts, a
 * film's cast list ("## Cast", one "A as Kim" per line) in cast-lists.ts.
 * - line-ups and news items: "X dirige A dans <film>", "<film>, son premier long métrage", "<film>,
 *   où A incarne …", "<film>, which …, stars A", "les réalisateurs A, B et C" (lineups.ts);
 * - best-category awards: "A, meilleure actrice pour <film>" (recognition.ts);
 * - careers: "Elle enchaîne alors X, Y et Z", "In 1998 she starred in X", "Remarquée dans X, elle …",
 *   "X lui vaut un César" (careers.ts), with pronouns resolved by gender to the article's person (focus.ts);
 * - castings: "Y lui confie dans X le rôle de …", "Y cast him in X" (castings.ts);
 * - last resort, after every rule: a person of one film trade (actor, or director) named with a film
 *   in one sentence that no rule tied them to (trades.ts).
 * The rules live in people.ts, subjects.ts, recognition.ts, created.ts, creators.ts and lineups.ts; rule.ts
 * holds what they share.
 */
import type {Genders} from '../people/gender.js'
import type {DateMention, Entity, Fact, Sentence, TextView} from '../types.js'
import {type FilmReference, filmsIn, MentionIndex, sentenceSubject} from './context.js'
import {castLists} from './cast-lists.js'
import {costars} from './costars.js'
import {created, keepOneDateCreated} from './created.js'
import {creators} from './creators.js'
import {crewCredits} from './crew-credits.js'
import {dispatchFilms, reportFestival} from './dispatch.js'
import {filmography} from './filmography.js'
import {articleFocus} from './focus.js'
import {careers, rewardedPerson} from './careers.js'
import {castings} from './castings.js'
import {mainFilm} from './main-film.js'
import {occupations} from './occupations.js'
import {factLexicon} from './lexicon.js'
import {actors, credits, crew, crewMembers, directors, knownFor, ownFilms, sectionDirectors} from './people.js'
import {apposedOwnFilm, directsSomeoneIn, filmSubjectCast, partInRelative, pluralRoles} from './lineups.js'
import {awardedPeople, awards, bestCategoryAwards, festivals, palmares} from './recognition.js'
import {FactList} from './rule.js'
import {about, titlesNamingPeople} from './subjects.js'
import {tradeCoMentions} from './trades.js'

/** What facts are derived from. */
export interface FactInput {
  view: TextView
  entities: Entity[]
  dates: DateMention[]
  /** The gender the text gives each person (people stage; worked out here when not given). */
  genders?: Genders
  /** The id of the person the article is about (people stage; null when none stands out; worked out here when not given). */
  person?: string | null
  /** The film the article is about, when the caller has decided it already (else decided here). */
  film?: Entity
}

/** Derive every fact the text states. */
export function deriveFacts({view, entities, dates, genders, person, film}: FactInput): Fact[] {
  const lexicon = factLexicon(view.language)
  const index = new MentionIndex(entities)
  const main = film ?? mainFilm(entities, {text: view.text, sentences: view.sentences, language: view.language})
  const facts = new FactList()
  const festival = reportFestival(view, index)

  let previous: Sentence | undefined
  let previousFilms: FilmReference[] = []
  let topic: Entity | undefined
  let fresh = false
  const focus = articleFocus(view, index, genders, person)
  for (const sentence of view.sentences) {
    const previousTopic = topic
    const subject = sentenceSubject(view.text, sentence, index, topic, focus, fresh)
    const freshTopic = fresh
    // (a topic is fresh for the next sentence when this one names it as subject without the article's person)
    fresh = subject !== undefined && !(focus.person && subject !== focus.person && index.within(sentence, ['Person']).some(({entity}) => entity === focus.person))
    topic = subject ?? topic
    const films = filmsIn(view.text, sentence, index, lexicon, main, view.paragraphs)
    const filmSubject = previous && previous.paragraph === sentence.paragraph ? subjectFilm(view.text, previous, sentence, index, previousFilms) : undefined
    if (filmSubject) films.unshift(filmSubject)
    previous = sentence
    previousFilms = films
    const rules = {view, sentence, films, index, lexicon, facts, main, topic, previousTopic, festival, focus, freshTopic}
    directors(rules)
    sectionDirectors(rules)
    ownFilms(rules)
    actors(rules)
    knownFor(rules)
    careers(rules)
    rewardedPerson(rules)
    castings(rules)
    about(rules)
    awards(rules)
    palmares(rules)
    awardedPeople(rules)
    festivals(rules)
    created(rules, dates)
    creators(rules)
    crew(rules)
    crewMembers(rules)
    crewCredits(rules)
    credits(rules)
    directsSomeoneIn(rules)
    apposedOwnFilm(rules)
    partInRelative(rules)
    filmSubjectCast(rules)
    bestCategoryAwards(rules)
    pluralRoles(rules)
    costars(rules)
  }
  filmography({text: view.text, source: view.source, paragraphs: view.paragraphs, index, lexicon, facts})
  castLists({text: view.text, paragraphs: view.paragraphs, index, lexicon, facts, main})
  dispatchFilms(view, index, facts, festival)
  tradeCoMentions({sentences: view.sentences, index, lexicon, facts, paragraphs: view.paragraphs})
  titlesNamingPeople(entities, facts, view)
  occupations(entities, facts)
  return dropShorterAwards(keepOneDateCreated(facts.withInverses(), facts.dateRanks))
}

/**
 * "X est un film … . Il retrace …": a sentence that opens on a subject pronoun continues the
 * previous one, whose subject was a film when the film is its first mention, or when the previous
 * sentence speaks of that one film only ("…, le film suit trois familles. Il avait été révélé …").
 */
function subjectFilm(text: string, previous: Sentence, sentence: Sentence, index: MentionIndex, previousFilms: FilmReference[]): FilmReference | undefined {
  const pronoun = /^(Il|Elle|It)\b/.exec(text.slice(sentence.start, sentence.start + 5))
  if (!pronoun) return undefined
  const first = index.within(previous)[0]
  const opening = first && first.entity.type === 'Movie' && first.mention.start - previous.start <= 3 ? first.entity : undefined
  const only = previousFilms.length > 0 && previousFilms.every((reference) => reference.film === previousFilms[0]?.film) ? previousFilms[0]?.film : undefined
  const people = index.within(previous, ['Person']).length
  const film = opening ?? (people === 0 ? only : undefined)
  return film ? {film, start: sentence.start, end: sentence.start + pronoun[0].length} : undefined
}

/** "César" and "César du meilleur documentaire" for one film: the shorter is the same award. */
function dropShorterAwards(facts: Fact[]): Fact[] {
  return facts.filter(
    (fact) =>
      fact.predicate !== 'award' ||
      !facts.some((other) => other !== fact && other.predicate === 'award' && other.subject === fact.subject && other.object.startsWith(`${fact.object} `))
  )
}
