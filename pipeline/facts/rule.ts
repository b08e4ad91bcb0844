/**
 * rule: what every fact rule reads (one sentence, the films it speaks of, the mentions, the
 * lexicon) and the shared look-ups: the film near an offset, the people named after a cue.
 */
import type {Entity, Fact, Predicate, Sentence, Span, TextView} from '../types.js'
import {type FilmReference, findPhrases, firstMention, isTitleHeading, type Located, MentionIndex, sectionFilmAt} from './context.js'
import type {FactLexicon} from './lexicon.js'
import type {Focus} from './focus.js'
import {isPastCredit} from './main-film.js'

/** What each rule reads. */
export interface Rule {
  view: TextView
  sentence: Sentence
  films: FilmReference[]
  index: MentionIndex
  lexicon: FactLexicon
  facts: FactList
  main: Entity | undefined
  /** The person the sentence is about (its subject, or the one "Elle …" continues), if known. */
  topic: Entity | undefined
  /** The person the sentences before were about: "cast her in", "lui confie un rôle" speak of them. */
  previousTopic: Entity | undefined
  /** The festival the article reports from, when it plainly is a report from one festival (dispatch.ts). */
  festival?: Entity | undefined
  /** The article's person and the gender the text gives each person (focus.ts). */
  focus?: Focus
  /** True when the topic was named as the subject of the sentence right before (focus.ts, continuedPerson). */
  freshTopic?: boolean
}

/** Facts without duplicates: the first evidence of each (subject, predicate, object) wins. */
export class FactList {
  private readonly byKey = new Map<string, Fact>()

  add(subject: Entity, predicate: Predicate, object: string, evidence: {start: number; end: number}): void {
    const key = `${subject.id}\u0000${predicate}\u0000${object}`
    if (subject.id === object || this.byKey.has(key)) return
    this.byKey.set(key, {subject: subject.id, predicate, object, start: evidence.start, end: evidence.end})
  }

  /** How plainly a creation date is stated, by film and value: a `DateRank` of created.ts. */
  readonly dateRanks = new Map<string, number>()

  rankDate(subject: Entity, value: string, rank: number): void {
    const key = `${subject.id}\u0000${value}`
    this.dateRanks.set(key, Math.max(rank, this.dateRanks.get(key) ?? 0))
  }

  has(subject: Entity, predicate: Predicate, object: string): boolean {
    return this.byKey.has(`${subject.id}\u0000${predicate}\u0000${object}`)
  }

  /** True when some fact of `predicate` has `subject` ("the film has a director"), other than one with the object `except`. */
  hasPredicate(subject: Entity, predicate: Predicate, except?: string): boolean {
    for (const fact of this.byKey.values()) if (fact.subject === subject.id && fact.predicate === predicate && fact.object !== except) return true
    return false
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
export function lowered(rule: Rule): {lower: string; offset: number} {
  return {lower: rule.view.text.slice(rule.sentence.start, rule.sentence.end).toLowerCase(), offset: rule.sentence.start}
}

/** The film reference nearest before `offset` in the sentence, else the first after it. */
export function filmNear(films: FilmReference[], offset: number): Entity | undefined {
  let before: FilmReference | undefined
  for (const film of films) if (film.end <= offset) before = film
  return (before ?? films.find((film) => film.start >= offset))?.film
}

/**
 * The film named last before the sentence in the same paragraph (not as a past credit, "révélée
 * par X") or in a heading that is only its title, else the article's film if the text has named it already; a film named
 * only later is never guessed.
 */
export function recentFilm(rule: Rule): Entity | undefined {
  const previous = rule.index.before(rule.sentence.start, ['Movie'])
  const paragraph = rule.view.paragraphs[rule.sentence.paragraph]
  // ("X, révélée par *Y*, compose une accusée. Face à elle, Z campe …": a past credit named in an aside is not the film of the passage)
  let inParagraph = previous && paragraph && previous.mention.start >= paragraph.start ? previous : undefined
  while (inParagraph && paragraph && isPastCredit(inParagraph.mention, rule.view)) {
    const earlier = rule.index.before(inParagraph.mention.start, ['Movie'])
    inParagraph = earlier && earlier.mention.start >= paragraph.start ? earlier : undefined
  }
  if (inParagraph) return inParagraph.entity
  if (previous && paragraph && previous.mention.start >= paragraph.start && !rule.main) return previous.entity
  // "## 2. *Title*" then its paragraph: a heading that is only a film's title names the section's film
  if (previous && isTitleHeading(rule.view.text, rule.view.paragraphs, previous.mention)) return previous.entity
  return rule.main && firstMention(rule.main) < rule.sentence.start ? rule.main : undefined
}

/** The one film the paragraph of `sentence` has named before it, if it names only one (none is guessed among several). */
export function onlyFilmOfParagraph(paragraphs: Span[], index: MentionIndex, sentence: Sentence): Entity | undefined {
  const paragraph = paragraphs[sentence.paragraph]
  if (!paragraph) return undefined
  const named = new Set(index.within({start: paragraph.start, end: sentence.start}, ['Movie']).map(({entity}) => entity))
  return named.size === 1 ? [...named][0] : undefined
}

/** The film of the section the sentence is in, when the last film named before it is a heading alone ("## 2. *X*", "1. X"). */
export function sectionFilm(rule: Rule): Entity | undefined {
  return sectionFilmAt(rule.view.text, rule.view.paragraphs, rule.index, rule.sentence.start)
}

/**
 * The first person named in `[from, from + reach)` of the sentence, with the persons coordinated
 * with it ("Tamara X and Ljubomir Y", "A, B et C").
 */
export function peopleAfter(rule: Rule, from: number, reach: number): Entity[] {
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
 * every person named within the cue's reach after it, with the offset of the cue.
 */
export function forCuedPeople(rule: Rule, cues: Array<{phrase: string; reach: number}>, found: (film: Entity, person: Entity, cue: number) => void): void {
  const {lower, offset} = lowered(rule)
  const reaches = new Map(cues.map((cue) => [cue.phrase, cue.reach]))
  for (const {at, phrase} of findPhrases(lower, [...reaches.keys()])) {
    const film = filmNear(rule.films, offset + at) ?? recentFilm(rule)
    if (!film) continue
    // ("… on surveillera A, premier film de X, et B, documentaire de Y": a new item of an
    // enumeration, a title the entities stage missed, stands between the film and the cue)
    if (newItemBefore(rule, offset + at, offset + at + phrase.length)) continue
    const from = offset + at + phrase.length
    let people = peopleAfter(rule, from, reaches.get(phrase) ?? 2)
    // "premier long métrage de la Bretonne X", "film du Danois Y": a nationality may come between
    if (people.length === 0) {
      const gap = describedBy(rule, from)
      if (gap !== undefined) people = peopleAfter(rule, gap, 1)
    }
    for (const person of people) found(film, person, offset + at)
  }
}

/**
 * Where a person's name starts after a short description of them right at `from`: an article
 * (or none) and one capitalised word such as a nationality ("la Bretonne X", "l'Irlandais Y",
 * "the Peruvian Z", "du Danois W"), a director's role noun, or both ("the Scottish director X"). The word must not be part of a
 * name the entities stage found ("the New York Times critic X").
 */
export function describedBy(rule: Rule, from: number): number | undefined {
  const text = rule.view.text
  const director = (noun: string): boolean => rule.lexicon.roleKeys.get(noun.toLowerCase()) === 'director'
  const nationality = (word: string): boolean => /^\p{Lu}\p{Ll}/u.test(word) && !/^(?:The|La|Le|Les|And|Et)$/.test(word)
  const ahead = text.slice(from, Math.min(rule.sentence.end, from + 50))
  let match = /^(\s*(?:(?:[Tt]he|[Ll]a|[Ll]e|[Ll]['’])\s*)?)([\p{L}-]+)\s+(?=\p{Lu})/u.exec(ahead)
  // (a nationality may come with a director's noun: "the Scottish director X")
  if (!match || (!nationality(match[2] as string) && !director(match[2] as string))) {
    match = /^(\s*(?:(?:[Tt]he|[Ll]a|[Ll]e|[Ll]['’])\s*)?)([\p{L}-]+)\s+([\p{L}-]+)\s+(?=\p{Lu})/u.exec(ahead)
    if (!match || !nationality(match[2] as string) || !director(match[3] as string)) return undefined
  }
  const word = match[2] as string
  const wordStart = from + (match[1] as string).length
  const named = rule.index.within({start: Math.max(0, wordStart - 60), end: wordStart + word.length + 60})
  if (named.some(({mention}) => mention.kind !== 'role' && mention.start < wordStart + word.length && wordStart < mention.end)) return undefined
  return from + match[0].length
}

/**
 * The persons coordinated before `last` in its sentence, nearest first: "A and B will star",
 * "A (“X”), B (“Y”) and C (“Z”) have been set to lead" (a credit in brackets may follow each name).
 */
export function coordinatedBefore(rule: Rule, last: Located): Entity[] {
  const people: Entity[] = []
  let start = last.mention.start
  for (;;) {
    const previous = rule.index.before(start, ['Person'])
    if (!previous || previous.mention.start < rule.sentence.start) break
    const between = rule.view.text.slice(previous.mention.end, start)
    if (!/^\s*(?:\([^()]{1,60}\)\s*)?(?:,|,?\s*(?:and|et|&))\s*$/u.test(between)) break
    if (previous.entity !== last.entity && !people.includes(previous.entity)) people.push(previous.entity)
    start = previous.mention.start
  }
  return people
}

/** The first person named in `[from, from + reach)` of the sentence. */
export function personAfter(rule: Rule, from: number, reach: number): Entity | undefined {
  return peopleAfter(rule, from, reach)[0]
}

/**
 * True when, between the film named last before `cue` and the cue, an enumeration brings in a new
 * item described by a film noun: "… A, premier film de X, et B, documentaire de Y" (B, a title the
 * entities stage did not find, is what the cue speaks of). Not "shot between Austin and Memphis, follows".
 */
export function newItemBefore(rule: Rule, cue: number, cueEnd: number): boolean {
  const previous = [...rule.films].reverse().find((reference) => reference.end <= cue)
  if (!previous) return false
  const item = /(?:,\s*|\s)(?:et|and)\s+[«“"‘*_]*\p{Lu}[^;]{0,60}?,\s*([^,;]*)$/u.exec(rule.view.text.slice(previous.end, cueEnd))
  if (!item) return false
  const nouns = new Set([...rule.lexicon.filmNouns, ...rule.lexicon.ownFilmNouns])
  return (item[1] as string).toLowerCase().split(/[^\p{L}-]+/u).some((word) => nouns.has(word))
}
