/**
 * created: when a film or work was made or released, one date per work.
 *
 * Which date wins follows the annotation convention: a release given as a day, else a premiere, a
 * festival showing or a year given for the film (the most precise of them, the earliest on a tie),
 * else a date of shooting or making.
 */
import type {DateMention, Entity, Fact} from '../types.js'
import type {FilmReference} from './context.js'
import type {CreationVerbKind} from './lexicon.js'
import {filmNear, recentFilm, sectionFilm, type Rule} from './rule.js'

/** How plainly a creation date is stated (the ranks given to `FactList.rankDate`). */
export const DateRank = {
  /** Shooting, making, a prize or a screening away from a festival: only when nothing else is stated. */
  made: 0,
  /** A premiere, a festival showing, a release not given as a day, a year given for the film. */
  stated: 2,
  /** A release given as a day, past or announced. */
  releaseDay: 3
} as const

/**
 * One creation date per work: the highest rank; within a rank the most precise, then the earliest
 * ("X (2014)" gives way to "shown at Hot Docs in May 2014"; "Y (1974)" stays before "shown at
 * Cannes the following year").
 */
export function keepOneDateCreated(facts: Fact[], ranks: Map<string, number>): Fact[] {
  const best = new Map<string, Fact>()
  const rank = (fact: Fact) => ranks.get(`${fact.subject}\u0000${fact.object}`) ?? 0
  // "*Paris, Texas* (1984) … returns to cinemas from November 14", "the 1949 thriller … opens in UK
  // cinemas on July 26": a date two or more years after a year given for the film is a later release
  const givenYear = new Map<string, number>()
  for (const fact of facts) {
    if (fact.predicate !== 'dateCreated' || !/^\d{4}$/.test(fact.object) || rank(fact) < DateRank.stated) continue
    givenYear.set(fact.subject, Math.min(Number(fact.object), givenYear.get(fact.subject) ?? Number.POSITIVE_INFINITY))
  }
  const later = (fact: Fact) => Number(fact.object.slice(0, 4)) >= (givenYear.get(fact.subject) ?? Number.POSITIVE_INFINITY) + 2
  for (const fact of facts) {
    if (fact.predicate !== 'dateCreated' || later(fact)) continue
    const current = best.get(fact.subject)
    const order = current ? rank(fact) - rank(current) || fact.object.length - current.object.length || (fact.object < current.object ? 1 : -1) : 1
    if (order > 0) best.set(fact.subject, fact)
  }
  return facts.filter((fact) => fact.predicate !== 'dateCreated' || best.get(fact.subject) === fact)
}

/** A date the rules may give a film: a day, a month or a year; a spring, summer or autumn counts as its year ("the autumn of 1982"). */
interface Candidate {
  mention: DateMention
  value: string
  season: boolean
}

/** Creation dates: "<film> (1962)", "a 2016 documentary", "sorti le …", "peint en 1889". */
export function created(rule: Rule, dates: DateMention[]): void {
  const text = rule.view.text
  const inSentence: Candidate[] = []
  for (const mention of dates) {
    if (mention.start < rule.sentence.start || mention.end > rule.sentence.end || mention.type !== 'DATE' || mention.value === null) continue
    if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(mention.value)) inSentence.push({mention, value: mention.value, season: false})
    // (a winter straddles two years: it gives none)
    else if (/^\d{4}-(SP|SU|FA|AU)$/.test(mention.value)) inSentence.push({mention, value: mention.value.slice(0, 4), season: true})
  }
  if (inSentence.length === 0) return
  const films = filmReferences(rule)
  const works = rule.index.within(rule.sentence, ['CreativeWork']).map(({entity, mention}) => ({film: entity, start: mention.start, end: mention.end}))
  const titled = [...films, ...works].sort((a, b) => a.start - b.start)
  for (const {mention: date, value, season} of inSentence) {
    if (season || !/^\d{4}$/.test(value)) continue
    // "<film> (1962)", "<film> de <person> (1962)", "La Chambre bleue (1923)"
    // ("Djerma (court métrage, 2010)": a note before the year inside the brackets)
    if (text.charAt(date.start - 1) === '(' || /\([^()]{1,30},\s*$/.test(text.slice(Math.max(0, date.start - 32), date.start))) {
      const open = text.lastIndexOf('(', date.start)
      const work = titled.filter((reference) => reference.end <= open && date.start - reference.end < 60).pop()
      if (work && !/[()]/.test(text.slice(work.end, open))) {
        rule.facts.add(work.film, 'dateCreated', value, rule.sentence)
        rule.facts.rankDate(work.film, value, DateRank.stated)
      }
    }
    // "a 2016 Portuguese documentary film", "un film de 2016", "his debut from two years ago"
    const after = text.slice(date.end, date.end + 50)
    const before = text.slice(Math.max(rule.sentence.start, date.start - 40), date.start)
    // ("the 2011 thriller The Lantern Keepers": the title right after the noun)
    // (the noun may come after up to three adjectives: "a 2016 Portuguese documentary film")
    const nounEnd = filmNounEnd(after, rule.lexicon, (end) => insideName(rule, date.end, date.end + end))
    if (nounEnd !== undefined || filmNounFrom(before, rule)) {
      const next = nounEnd !== undefined ? films.find((reference) => reference.start === date.end + nounEnd) : undefined
      // ("Y's 1987 coming-of-age film returns …" under the film's heading: a definite noun phrase refers back)
      const definite = nounEnd !== undefined && /(?:(?<![\p{L}])(?:the|this|that|its|his|her|their)|\p{L}['’]s)\s+$/iu.test(before)
      const film = next?.film ?? filmNear(films, date.start) ?? (definite ? (sectionFilm(rule) ?? recentFilm(rule)) : undefined)
      if (film) {
        rule.facts.add(film, 'dateCreated', value, rule.sentence)
        rule.facts.rankDate(film, value, DateRank.stated)
      }
    }
    if (/\b(toile|tableau|photographie|sculpture|chanson|album|livre|roman|painting|song|book|novel|photograph) de\s+$/i.test(before)) {
      const work = works.filter((reference) => reference.end <= date.start).pop()
      if (work) rule.facts.add(work.film, 'dateCreated', value, rule.sentence)
    }
  }
  byVerb(rule, inSentence, films, works, dates)
  openingYear(rule, inSentence, films)
}

/**
 * "En 2001, La Pianiste de Michael Haneke lui vaut …", "In 1958, she starred in X": a year that opens
 * the sentence dates the film the sentence names first, when nothing plainer dates it (the lowest rank).
 */
function openingYear(rule: Rule, inSentence: Candidate[], films: FilmReference[]): void {
  const text = rule.view.text
  const first = inSentence[0]
  if (!first || !/^\d{4}$/.test(first.value) || first.season) return
  if (!/^(?:en|in)\s+$/i.test(text.slice(rule.sentence.start, first.mention.start)) || !/^\s*,/.test(text.slice(first.mention.end))) return
  const named = films.filter((reference) => reference.start > first.mention.end && rule.index.within({start: reference.start, end: reference.end}, ['Movie']).length > 0)
  const film = named[0]?.film
  if (!film) return
  rule.facts.add(film, 'dateCreated', first.value, rule.sentence)
  rule.facts.rankDate(film, first.value, DateRank.made)
}

/** "ce film a été tourné en 2009", "premiered … on February 19, 2023", "Sortie le 15 janvier.": the date a verb governs. */
function byVerb(rule: Rule, inSentence: Candidate[], films: FilmReference[], works: FilmReference[], dates: DateMention[]): void {
  const text = rule.view.text
  const kinds = rule.lexicon.creationVerbKinds
  const words = [...text.slice(rule.sentence.start, rule.sentence.end).toLowerCase().matchAll(/\p{L}+/gu)]
  const verbs = words.filter((word) => rule.lexicon.creationVerbs.has(word[0]) || rule.lexicon.creatorVerbs.has(word[0]))
  // "ressortira en salles le 18 mars", "re-released in 2020": a later release is not the film's
  const rereleases = words
    .filter((word) => kinds.get(word[0]) === 'rerelease' || (/^re[-‑]$/i.test(text.slice(rule.sentence.start + (word.index ?? 0) - 3, rule.sentence.start + (word.index ?? 0))) && kinds.get(word[0]) === 'release'))
    .map((word) => rule.sentence.start + (word.index ?? 0))
  const festival = atFestival(rule, rule.sentence.start, rule.sentence.end)
  verbs.forEach((verb, at) => {
    const verbAt = rule.sentence.start + (verb.index ?? 0)
    const verbEnd = verbAt + verb[0].length
    const isFilmVerb = rule.lexicon.creationVerbs.has(verb[0])
    const kind: CreationVerbKind = isFilmVerb ? (kinds.get(verb[0]) ?? 'made') : 'made'
    if (kind === 'rerelease' || rereleases.some((start) => start <= verbAt && verbAt - start <= 30)) return
    // "Le festival s'est achevé samedi": a reflexive verb speaks of something else than a film's making
    if (/(?:(?<![\p{L}])s['’]|(?<![\p{L}])se\s+)(?:\p{L}+\s+)?$/iu.test(text.slice(Math.max(0, verbAt - 12), verbAt))) return
    // "won him the Oscar": the prize went to a person
    if (kind === 'award' && /^\s+(him|her|them|me|us|lui|leur)\b/i.test(text.slice(verbEnd, verbEnd + 8))) return
    const governed = governedDate(rule, inSentence, dates, verbAt, verbEnd, at, isFilmVerb)
    if (!governed) return
    const {value, season, mention: date} = governed
    // "produit par X et distribué par Y, le film sortira le 18 mars": the verb nearest before a date governs it
    if (verbs.some((other) => {
      const otherAt = rule.sentence.start + (other.index ?? 0)
      return otherAt > verbEnd && otherAt < date.start
    })) return
    // a showing, a premiere or a prize takes a date of its own clause: "sélectionné à Un Certain Regard et lui vaut,
    // en février 2020, le César" is the date of a ceremony
    if (kind !== 'made' && kind !== 'release' && date.start > verbEnd && /[,;:]/.test(text.slice(verbEnd, date.start))) return
    // a release announced only as a season gives no date; shooting "in the autumn of 1982", close after its verb, gives its year
    if (season && (kind === 'release' || kind === 'premiere' || date.start < verbEnd || date.start - verbEnd > 40)) return
    // "won the Golden Bear at the Berlinale in 2014" dates the film by its festival's year or month; the day of
    // a ceremony ("won the festival's award on June 15") and a prize away from a festival do not
    if (kind === 'award' && (date.start < verbEnd || date.start - verbEnd > 90 || /[,;]/.test(text.slice(verbEnd, date.start)) || !atFestival(rule, verbEnd, eventAfter(rule, date.end)) || /^\d{4}-\d{2}-\d{2}$/.test(value))) return
    let subject = filmNear(isFilmVerb ? films : works, date.start)
    // "which last year released *Paper Rivers*": the work a release verb takes as its object
    if (!subject && kind === 'release') subject = rule.index.firstStartingIn({start: verbEnd, end: verbEnd + 4}, ['CreativeWork'])?.entity
    // "Ahead of its UK release on Friday", "avant sa sortie en salles le 3 mai": a possessive speaks of the film of the passage
    if (!subject && kind === 'release' && /(?<![\p{L}])(?:its|sa|son|leur)\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(rule.sentence.start, verbAt - 20), verbAt))) subject = recentFilm(rule)
    // "… la toile, peinte en 1923": a work noun refers back to the work named last
    if (!subject && !isFilmVerb) subject = workNamedBefore(rule, verbAt)
    const alone = rule.index.within(rule.sentence, ['Person', 'Movie', 'CreativeWork']).length === 0
    if (!subject && isFilmVerb && alone) subject = recentFilm(rule)
    // "… and it opens in theaters today", under a film's heading
    // (not when the sentence names a work: "Rooftops, the photo series her father made in 1978")
    if (!subject && isFilmVerb && films.length === 0 && works.length === 0) subject = sectionFilm(rule)
    if (!subject) return
    rule.facts.add(subject, 'dateCreated', value, rule.sentence)
    rule.facts.rankDate(subject, value, rankOf(kind, value, festival))
    // "X opens on 21 July, the same day as Y", "X sort le 3 mai, le même jour que Y": Y has that date too
    const same = /(?:the\s+same\s+day\s+as|le\s+même\s+jour\s+que|en\s+même\s+temps\s+que)\s+/iu.exec(text.slice(date.end, rule.sentence.end))
    const from = same ? date.end + (same.index ?? 0) + same[0].length : -1
    const other = same && !/[.;]/.test(text.slice(date.end, from)) ? films.find((reference) => reference.start >= from && reference.start - from <= 30 && reference.film !== subject)?.film : undefined
    if (other && !/[,;]/.test(text.slice(from, films.find((reference) => reference.film === other)?.start ?? from))) {
      rule.facts.add(other, 'dateCreated', value, rule.sentence)
      rule.facts.rankDate(other, value, rankOf(kind, value, festival))
    }
  })
}

/** The end of an event named right after `offset` ("in 2023 Sundance"), else `offset`. */
function eventAfter(rule: Rule, offset: number): number {
  const event = rule.index.firstStartingIn({start: offset, end: offset + 2}, ['Event'])
  return event ? event.mention.end : offset
}

/** The rank of a date a verb of `kind` governs (`festival`: the sentence names a festival). */
function rankOf(kind: CreationVerbKind, value: string, festival: boolean): number {
  if (kind === 'release') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? DateRank.releaseDay : DateRank.stated
  if (kind === 'premiere') return DateRank.stated
  // "présenté à la presse", "screened on Saturday": a showing counts as a festival's only at one
  if ((kind === 'festival' || kind === 'screening' || kind === 'award') && festival) return DateRank.stated
  return DateRank.made
}

/**
 * The date a verb governs: the first after it (a film's verb takes it at any distance, a work's
 * only close), else for the sentence's first verb a date close before it ("Sortie le 15 janvier",
 * "In 1978 X cast him in Y"). A year that opens an event's name ("premieres at the 2024 Cannes Film
 * Festival on May 18") gives way to the day after it in the same year; a date before the verb with
 * a span of time between ("on 3 September, two weeks before the film's release") is moved by it.
 */
function governedDate(rule: Rule, inSentence: Candidate[], dates: DateMention[], verbAt: number, verbEnd: number, at: number, isFilmVerb: boolean): Candidate | undefined {
  const text = rule.view.text
  const afterVerb = inSentence.filter((candidate) => candidate.mention.start > verbAt)
  let next = afterVerb[0]
  if (next && /^\d{4}$/.test(next.value)) {
    const year = next.value
    const precise = afterVerb.find((candidate) => candidate !== next && candidate.value.startsWith(`${year}-`) && candidate.mention.start - (next as Candidate).mention.end <= 80)
    if (precise && !/[;.]/.test(text.slice(next.mention.end, precise.mention.start))) next = precise
  }
  if (next) return isFilmVerb || next.mention.start - verbEnd <= 40 ? next : undefined
  if (!isFilmVerb || at !== 0) return undefined
  const last = inSentence[inSentence.length - 1]
  if (!last || last.mention.end > verbAt || verbAt - last.mention.end > 40 || /["“”«»]/.test(text.slice(last.mention.end, verbAt))) return undefined
  const between = text.slice(last.mention.end, verbAt)
  const span = dates.find((mention) => mention.type === 'DURATION' && mention.start >= last.mention.end && mention.end <= verbAt)
  if (!span && !/(?<![\p{L}])(before|after|avant|après|later|plus tard|earlier|plus tôt)(?![\p{L}])/iu.test(between)) return last
  // "two weeks before the film's release": the release is that span after the date
  const direction = span ? /^\s*(before|avant)\s/i.test(text.slice(span.end, verbAt)) ? 1 : /^\s*(after|après)\s/i.test(text.slice(span.end, verbAt)) ? -1 : 0 : 0
  if (!span || direction === 0 || !/^[\s,]*$/.test(text.slice(last.mention.end, span.start))) return undefined
  const moved = shift(last.value, span.value, direction)
  return moved ? {mention: last.mention, value: moved, season: false} : undefined
}

/** `day` moved by a span of days or weeks ("P2W"), forward (1) or back (-1); undefined for other values. */
export function shift(day: string, span: string | null, direction: 1 | -1): string | undefined {
  const parsed = /^P(\d+)([DW])$/.exec(span ?? '')
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !parsed) return undefined
  const days = Number(parsed[1]) * (parsed[2] === 'W' ? 7 : 1) * direction
  const moved = new Date(`${day}T00:00:00Z`)
  moved.setUTCDate(moved.getUTCDate() + days)
  return moved.toISOString().slice(0, 10)
}

/**
 * The sentence's film references, with two corrections: a generic noun inside another name ("the
 * Cannes Film" of "the Cannes Film Festival") is none, and a noun in apposition right after a title
 * ("La Maison, premier long métrage de …") is that title's film.
 */
function filmReferences(rule: Rule): FilmReference[] {
  const text = rule.view.text
  const names = rule.index.within(rule.sentence)
  const isName = (reference: FilmReference) => names.some(({entity, mention}) => entity.type === 'Movie' && mention.start === reference.start && mention.end === reference.end)
  const kept: FilmReference[] = []
  for (const reference of rule.films) {
    if (isName(reference)) {
      kept.push(reference)
      continue
    }
    if (names.some(({entity, mention}) => entity.type !== 'Movie' && mention.start < reference.end && reference.start < mention.end)) continue
    const previous = kept[kept.length - 1]
    if (previous && isName(previous) && /^\s*[*_»”"’]*\s*,\s*$/.test(text.slice(previous.end, reference.start))) {
      kept.push({...reference, film: previous.film})
      continue
    }
    kept.push(reference)
  }
  return kept
}

/** "… la toile, peinte en 1923": the work named last before a work noun of the sentence, in the same paragraph. */
function workNamedBefore(rule: Rule, verbAt: number): Entity | undefined {
  const text = rule.view.text
  const head = text.slice(rule.sentence.start, verbAt).toLowerCase()
  const nouns = [...head.matchAll(/(?<![\p{L}])(?:la|le|l['’]|cette|ce|cet|the|this|that)\s*(\p{L}+)/gu)]
  if (!nouns.some((noun) => rule.lexicon.workNouns.has(noun[1] as string))) return undefined
  const previous = rule.index.before(rule.sentence.start, ['CreativeWork'])
  if (!previous || rule.index.within(rule.sentence, ['CreativeWork', 'Movie']).length > 0) return undefined
  const paragraph = rule.sentence.paragraph
  const at = rule.view.paragraphs.findIndex((span) => span.start <= previous.mention.start && previous.mention.start < span.end)
  return at === paragraph ? previous.entity : undefined
}

/**
 * True when a festival stands in `[from, to)`: an event that is no awards ceremony, the word
 * "festival", or a city after "at"/"à" ("won … at Hot Docs in 2024", "at Cannes in 2018").
 */
function atFestival(rule: Rule, from: number, to: number): boolean {
  const text = rule.view.text
  const span = {start: from, end: to}
  if (rule.index.within(span, ['Event']).some(({entity}) => !/(?<![\p{L}])(awards?|oscars?|césars?|cérémonie|ceremony|gala)(?![\p{L}])/iu.test(entity.name))) return true
  if (rule.index.within(span, ['Place']).some(({mention}) => /(?<![\p{L}])(at|à)\s+$/iu.test(text.slice(Math.max(0, mention.start - 4), mention.start)))) return true
  return /(?<![\p{L}])(festival|festivals|mostra|berlinale)(?![\p{L}])/iu.test(text.slice(from, to))
}

/** True when `before` ends with a film noun and "de"/"from" ("un film de ", "his debut from "). */
function filmNounFrom(before: string, rule: Rule): boolean {
  const match = /([\p{L}-]+(?:[ -][\p{L}]+)?)\s+(?:de|from)\s+$/iu.exec(before)
  if (!match) return false
  const phrase = (match[1] as string).toLowerCase()
  const last = phrase.split(/[ -]/).pop() as string
  const nouns = [...rule.lexicon.filmNouns, ...rule.lexicon.ownFilmNouns]
  return nouns.includes(phrase) || nouns.includes(last)
}

/** True when a name other than a film's or a person's covers part of `[from, to)` ("the 2024 Cannes Film Festival"). */
function insideName(rule: Rule, from: number, to: number): boolean {
  return rule.index
    .within({start: Math.max(rule.sentence.start, from - 80), end: Math.min(rule.sentence.end, to + 80)})
    .some(({entity, mention}) => entity.type !== 'Movie' && entity.type !== 'Person' && mention.start < to && mention.end > from)
}

/**
 * Where the words after a film noun start, when one of the first four words of `after` is one ("2011 thriller X");
 * not when the noun is part of another name (`named(end)`: "the 2024 Cannes Film Festival"), nor after a work's
 * noun ("the 1987 novel the film adapts" dates the novel).
 */
function filmNounEnd(after: string, lexicon: Rule['lexicon'], named: (end: number) => boolean): number | undefined {
  const words = /\s+[\p{L}-]+/uy
  let at = 0
  for (let count = 0; count < 4; count++) {
    words.lastIndex = at
    const word = words.exec(after)
    if (!word) return undefined
    at = words.lastIndex
    const noun = word[0].trim().toLowerCase()
    if (lexicon.workNouns.has(noun) && !lexicon.filmNouns.has(noun)) return undefined
    if (lexicon.filmNouns.has(noun)) return named(at) ? undefined : at + (/^\s*/.exec(after.slice(at)) as RegExpExecArray)[0].length
  }
  return undefined
}
