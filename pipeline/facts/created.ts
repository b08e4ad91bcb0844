/**
 * created: when a film or work was made or released, one date per work.
 */
import type {DateMention, Fact} from '../types.js'
import {filmNear, recentFilm, sectionFilm, type Rule} from './rule.js'

/**
 * One creation date per work: the release date when the text states one, else a year given with
 * the title, else any other; the most precise of a rank, the earliest on a tie.
 */
export function keepOneDateCreated(facts: Fact[], ranks: Map<string, number>): Fact[] {
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

/** Creation dates: "<film> (1962)", "a 2016 documentary", "sorti le …", "peint en 1889". */
export function created(rule: Rule, dates: DateMention[]): void {
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
    // ("Djerma (court métrage, 2010)": a note before the year inside the brackets)
    if ((text.charAt(date.start - 1) === '(' || /\([^()]{1,30},\s*$/.test(text.slice(Math.max(0, date.start - 32), date.start))) && /^\d{4}$/.test(value)) {
      const open = text.lastIndexOf('(', date.start)
      const work = titled.filter((reference) => reference.end <= open && date.start - reference.end < 60).pop()
      if (work && !/[()]/.test(text.slice(work.end, open))) {
        rule.facts.add(work.film, 'dateCreated', value, rule.sentence)
        rule.facts.rankDate(work.film, value, 1)
      }
    }
    // "a 2016 Portuguese documentary film", "un film de 2016", "une toile de 1914"
    const after = text.slice(date.end, date.end + 50)
    const before = text.slice(Math.max(rule.sentence.start, date.start - 14), date.start)
    // ("the 2011 thriller The Lantern Keepers": the title right after the noun)
    // (the noun may come after up to three adjectives: "a 2016 Portuguese documentary film")
    const nounEnd = filmNounEnd(after, rule.lexicon.filmNouns)
    if (nounEnd !== undefined || /\b(film|documentaire|long[- ]métrage) de\s+$/i.test(before)) {
      const next = nounEnd !== undefined ? rule.films.find((reference) => reference.start === date.end + nounEnd) : undefined
      const film = next?.film ?? filmNear(rule.films, date.start)
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
    // (a date before the verb only close to it: "Sortie le 15 janvier", "in 2019, released …", not "in September, … a fall release")
    const last = inSentence[inSentence.length - 1]
    const close = at === 0 && last && last.end <= verbAt && verbAt - last.end <= 40 && !/["“”«»]/.test(text.slice(last.end, verbAt)) ? last : undefined
    const date = isFilmVerb ? (next ?? close) : next && next.start - verbEnd <= 40 ? next : undefined
    if (!date?.value) return
    // "won the Golden Bear at the Berlinale in 2014" dates the film; "won him an Oscar, died on …" and a
    // ceremony's prize ("won the César in February") do not
    if (rule.lexicon.awardVerbs.has(verb[0]) && (date.start < verbEnd || date.start - verbEnd > 60 || /[,;]/.test(text.slice(verbEnd, date.start)) || !atFestival(rule, verbEnd, date.start))) return
    const candidates = isFilmVerb ? rule.films : works
    let subject = filmNear(candidates, date.start)
    const alone = rule.index.within(rule.sentence, ['Person', 'Movie', 'CreativeWork']).length === 0
    if (!subject && isFilmVerb && alone) subject = recentFilm(rule)
    // "… and it opens in theaters today", under a film's heading
    if (!subject && isFilmVerb && rule.films.length === 0) subject = sectionFilm(rule)
    if (!subject) return
    rule.facts.add(subject, 'dateCreated', date.value, rule.sentence)
    if (rule.lexicon.releaseVerbs.has(verb[0])) rule.facts.rankDate(subject, date.value, 2)
  })
}

/** True when an event or the word "festival" stands between the verb and the date ("won … at Hot Docs in 2024"). */
function atFestival(rule: Rule, from: number, to: number): boolean {
  if (rule.index.within({start: from, end: to}, ['Event']).length > 0) return true
  return /(?<![\p{L}])(festival|festivals)(?![\p{L}])/iu.test(rule.view.text.slice(from, to))
}

/** Where the words after a film noun start, when one of the first four words of `after` is one ("2011 thriller X"). */
function filmNounEnd(after: string, filmNouns: Set<string>): number | undefined {
  const words = /\s+[\p{L}-]+/uy
  let at = 0
  for (let count = 0; count < 4; count++) {
    words.lastIndex = at
    const word = words.exec(after)
    if (!word) return undefined
    at = words.lastIndex
    if (filmNouns.has(word[0].trim().toLowerCase())) return at + (/^\s*/.exec(after.slice(at)) as RegExpExecArray)[0].length
  }
  return undefined
}
