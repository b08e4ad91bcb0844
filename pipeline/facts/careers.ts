/**
 * careers: the films of a person's career, told over a portrait, an obituary or an encyclopedia
 * entry.
 *
 * - a clause whose subject is a person (named, or a pronoun standing for the person of the
 *   passage) and whose verb is a career verb ("Elle enchaîne alors X (1980), Y et Z", "In 1998 she
 *   starred in X", "Il donne la réplique à A dans X, partage l'affiche de Y"): every film named after
 *   the verb, until a clause about something else begins (a relative or subordinate clause, a
 *   semicolon, a quotation), is the person's work; a directing verb makes them its director; people
 *   coordinated in the subject ("A et B partagent l'affiche de X") each get the film;
 * - a film that opens the clause before its subject ("Remarquée dans X, elle …", "For X, she dyed …",
 *   "Après X, elle trouve …") is the subject's work;
 * - "Her first screen credit, on X", "Son premier rôle, dans X": a credit noun after an opening
 *   possessive gives the film to the person the possessive stands for;
 * - "<film> lui vaut un César", "X, qui l'a révélée", "The film earned her a nomination": the film is a
 *   work of the person the object pronoun stands for, the person of the passage.
 * Not a film after "remake de", "like", "d'après" (another's work the person's film comes from).
 */
import type {Entity, Span} from '../types.js'
import {type FilmReference, findPhrases} from './context.js'
import {continuedPerson} from './focus.js'
import type {CareerCue} from './lexicon.js'
import type {Rule} from './rule.js'

/** Words that open a clause about something else: the films after them are not the subject's. */
const clauseBreak = /(?<![\p{L}'’])(?:qui|que|qu['’]|dont|où|quand|lorsque|lorsqu['’]|tandis|mais|car|parce|puisque|who|whom|whose|which|where|when|while|whereas|but|because|although|though|unlike|contrairement)(?![\p{L}])|[;:!?]/iu

/** Words right before a film that make it another's work the person's film comes from or is compared to. */
const derivedFrom = /(?<![\p{L}])(?:remake|adaptation|suite|sequel|prequel|reboot|hommage|tribute|d['’]après|based\s+on|inspired\s+by|inspirée?\s+(?:de|du|par)|like|comme|such\s+as|version)\s+(?:(?:de|du|des|d['’]|of|to|à)\s*)?[«“"‘*_]*\s*$/iu

/** Clitics and adverbs between a subject and its verb ("elle y", "il lui", "she then", "elle a d'abord"). */
const betweenSubjectAndVerb = /^\s*(?:(?:s['’]|n['’]|(?:y|en|lui|leur|se|ne|then|also|later|soon|first|next|still|again|alors|ensuite|aussi|également|déjà|d['’]abord|encore|enfin|puis|finally|eventually|twice|once|went\s+on\s+to)(?![\p{L}]))\s*)*/iu

/** Nouns of a credit on a film, after an opening possessive ("Her first screen credit, on X"). */
const creditNoun = /^\s*(his|her|their|son|sa|leur)\s+(?:[\p{L}-]+\s+){0,3}?(credit|credits|role|rôle|part|job|score|partition|musique|image|montage|costumes|cameo)\s*(?:,\s*|\s+)(?:(?:on|in|for|dans|pour|sur)\s+)?(?:(?:[\p{Lu}][\p{L}.'’ -]{0,40}['’]s\s+)?(?:[\p{Ll}-]+\s+){0,2})?[«“"‘*_]*\s*$/u

/** A film opening the clause, before its subject: "Remarquée dans ", "For ", "Après ", "In ". */
const leadIn = /^\s*(?:(?:remarquée?s?|révélée?s?|repérée?s?|découverte?s?|noticed|spotted|discovered)\s+(?:dans|en|in)|après|after|avec|with|for|pour|dans|in|following)\s+(?:(?:their|leur|her|his|son|sa)\s+[\p{L}-]+\s*,\s*)?(?:[\p{Lu}][\p{L}.'’ -]{0,40}['’]s\s+(?:[\p{Ll}-]+\s+){0,2})?[«“"‘*_]*\s*$/u

/** A short adverbial opening a clause before its subject ("En 2023, ", "L'année suivante, ", "In 1998 "). */
const adverbial = /^\s*(?:[^,;:«»"“”()]{1,40},\s*|(?:in|en|by|from|during|dans)\s+(?:(?:the|les)\s+)?(?:années\s+)?(?:early\s+|late\s+|mid-)?\d{4}s?\s+)/iu

/** Career facts of each clause of the sentence. */
export function careers(rule: Rule): void {
  const text = rule.view.text
  let start = rule.sentence.start
  for (const match of text.slice(rule.sentence.start, rule.sentence.end).matchAll(/;/g)) {
    const end = rule.sentence.start + (match.index ?? 0)
    careerClause(rule, {start, end})
    start = end + 1
  }
  careerClause(rule, {start, end: rule.sentence.end})
}

/** The person a clause is about, and where the words after its subject start. */
interface Subject {
  person: Entity
  /** The people coordinated with the person ("Marie X et Hugo Y partagent l'affiche de …"). */
  others?: Entity[]
  end: number
  /** True for a clause that opens on a verb of succession and names the films after it ("Suivent X et Y"). */
  inverted?: boolean
}

/** A verb of succession opening a clause, its subject the films after it: "Suivent X (1967) et Y", "Then came X". */
const succession = /^\s*(?:(?:puis|ensuite|alors|then|and)\s*,?\s+)?(?:suivent|suivront|suivirent|suivaient|viennent\s+ensuite|vinrent\s+ensuite|viendront\s+ensuite|viennent|vinrent|there\s+followed|next\s+came|then\s+came)\s+(?:(?:alors|ensuite|notamment|later|next|soon)\s+)?/iu

/**
 * "Suivent X (1967), de Y, et Z": in a text about a person (focus.ts), a clause opening on a verb of
 * succession lists more films of that person's career.
 */
function followedBy(rule: Rule, clause: Span, at: number): Subject | undefined {
  const person = rule.focus?.person
  const opening = succession.exec(rule.view.text.slice(at, clause.end))
  if (!person || !opening) return undefined
  // (the films must follow at once: "Came the war" names none)
  const next = at + opening[0].length
  if (!rule.films.some((reference) => reference.start >= next && reference.start <= next + 2)) return undefined
  return {person, end: next, inverted: true}
}

function careerClause(rule: Rule, clause: Span): void {
  const text = rule.view.text
  const films = rule.films.filter((reference) => reference.start >= clause.start && reference.end <= clause.end)
  if (films.length === 0) return
  // "Her first screen credit, on X", "Son premier rôle, dans X"
  const first = films[0] as FilmReference
  const opened = creditNoun.exec(lowerFirst(text.slice(clause.start, first.start)))
  if (opened && clause.start === rule.sentence.start) {
    const owner = possessor(rule, opened[1] as string)
    if (owner) credit(rule, owner, first.film, /r[ôo]le|part|cameo/iu.test(opened[2] as string) ? 'acting' : 'work')
  }
  // "Remarquée dans X (1974) de Y, elle …", "For X, set in …, she …": films, then a comma and the subject
  const opening: FilmReference[] = []
  let from = clause.start
  if (leadIn.test(lowerFirst(text.slice(clause.start, first.start)))) {
    for (const comma of text.slice(first.end, Math.min(clause.end, first.end + 160)).matchAll(/,\s*/g)) {
      const at = first.end + (comma.index ?? 0) + comma[0].length
      if (clauseBreak.test(text.slice(first.end, at))) break
      if (subjectAt(rule, clause, at)) {
        opening.push(...films.filter((reference) => reference.end <= at))
        from = at
        break
      }
    }
  } else {
    const skipped = adverbial.exec(text.slice(clause.start, clause.end))
    // (an adverbial that names a film or a person is no mere adverbial)
    if (skipped && !subjectAt(rule, clause, clause.start) && !films.some((reference) => reference.start < clause.start + skipped[0].length)) from = clause.start + skipped[0].length
  }
  const subject = subjectAt(rule, clause, from) ?? followedBy(rule, clause, from)
  if (!subject) return
  // the career verb, right after the subject (clitics and adverbs aside)
  const rest = text.slice(subject.end, clause.end)
  const gap = betweenSubjectAndVerb.exec(rest) as RegExpExecArray
  const cue = subject.inverted
    ? {at: subject.end, cue: {phrase: '', kind: 'work'} as CareerCue}
    : findPhrases(rest.slice(gap[0].length, gap[0].length + 40), careerPhrases(rule))
        .map(({at, phrase}) => ({at: subject.end + gap[0].length + at, cue: cueOf(rule, phrase) as CareerCue}))
        .find(({at, cue}) => at === subject.end + gap[0].length && cue.kind !== 'reward')
  // ("Dans X, Marie Y incarne une veuve": the verb says what the subject did in the film that opened the clause)
  for (const reference of opening) creditSubjects(rule, subject, reference.film, cue?.cue.kind === 'director' || cue?.cue.kind === 'acting' || cue?.cue.kind === 'crew' ? cue.cue.kind : 'work')
  if (!cue) return
  let anchor = cue.at + cue.cue.phrase.length
  for (const reference of films) {
    if (reference.start < anchor) continue
    const between = text.slice(anchor, reference.start)
    if (between.length > 150 || clauseBreak.test(between) || quotationIn(between)) break
    anchor = reference.end
    if (derivedFrom.test(between) || othersRole(rule, between)) continue
    creditSubjects(rule, subject, reference.film, cue.cue.kind !== 'director' && figurative.test(between) ? 'work' : cue.cue.kind)
  }
}

/** "joue un rôle clé dans", "played a pivotal role in": a part in the making of the film, not in its cast. */
export const figurative = /(?<![\p{L}])(?:rôle|role|part)\s+(?:clé|clef|décisif|déterminant|essentiel|crucial|moteur|key|pivotal|crucial|decisive|instrumental|vital)(?![\p{L}])|(?<![\p{L}])(?:key|pivotal|crucial|decisive|instrumental|vital)\s+(?:role|part)/iu

/**
 * The film as a credit of the person, by what the words say of the work: `acting` makes them an actor
 * of it unless the text gives them only crew or directing trades; `work` (a verb that does not say how)
 * makes them an actor of it when the text makes them an actor and gives them no other film trade, its
 * director when the text makes them a director and nothing else.
 */
function credit(rule: Rule, person: Entity, film: Entity, kind: CareerCue['kind']): void {
  const keys = person.roles.map((role) => role.key)
  const crewTrade = keys.some((key) => key === 'director' || rule.lexicon.crewRoles.has(key))
  const actor = keys.includes('actor')
  const acts = kind === 'acting' ? actor || !crewTrade : kind === 'work' && actor && !crewTrade
  // ("Après X (1990) et Y (1992), Philibert envisage …": a person the text makes a director, and nothing else of
  // the film trade, directed a film of their career)
  // (not a film the text gives another director: "a débuté sur les plateaux du film X de Y")
  const directs = kind === 'work' && !actor && keys.includes('director') && !keys.some((key) => rule.lexicon.crewRoles.has(key)) && !rule.facts.hasPredicate(film, 'director', person.id)
  if (acts) rule.facts.add(film, 'actor', person.id, rule.sentence)
  else if (directs) rule.facts.add(film, 'director', person.id, rule.sentence)
  else rule.facts.add(person, 'work', film.id, rule.sentence)
}

/** The film as a credit of the subject and of the people coordinated with them: a directing verb makes each its director. */
function creditSubjects(rule: Rule, subject: Subject, film: Entity, kind: CareerCue['kind']): void {
  for (const person of [subject.person, ...(subject.others ?? [])]) {
    if (kind === 'director') rule.facts.add(film, 'director', person.id, rule.sentence)
    else credit(rule, person, film, kind)
  }
}

/** The subject at `at`: a person's mention (after an article), or a subject pronoun standing for the person of the passage. */
function subjectAt(rule: Rule, clause: Span, at: number): Subject | undefined {
  const text = rule.view.text
  const article = /^\s*(?:(?:la|le|les|l['’]|the)\s*)?/iu.exec(text.slice(at, clause.end)) as RegExpExecArray
  // ("L'actrice Marie X joue …", "Le cinéaste américain Paul Y présente …", "Filmmaker Anna Z shot …": a role
  // noun, with an adjective or two, may stand between the article and the name)
  const role = /^((?:[\p{L}-]+\s+){1,3}?)(?=\p{Lu})/u.exec(text.slice(at + article[0].length, clause.end))
  const roleWords = role ? (role[1] as string).trim().toLowerCase().split(/\s+/) : []
  const from = role && roleWords.some((word) => rule.lexicon.roleKeys.has(word)) ? at + article[0].length + role[0].length : at + article[0].length
  const named = rule.index.firstStartingIn({start: at, end: from + 1}, ['Person'])
  if (named && named.mention.start >= at) {
    // ("Marsh, 41, …": a short aside after the name)
    const aside = /^\s*,[^,;:]{1,40},/.exec(text.slice(named.mention.end, clause.end))
    const end = aside && !rule.films.some((reference) => reference.start >= named.mention.end && reference.start < named.mention.end + aside[0].length) ? named.mention.end + aside[0].length : named.mention.end
    // ("Marie X et Hugo Y partagent …", "A, B and C star in …": the people coordinated with the first are subjects too)
    const others: Entity[] = []
    let last = named.mention.end
    for (;;) {
      const link = /^\s*(?:,\s*(?:(?:et|and)\s+)?|(?:et|and)\s+)/u.exec(text.slice(last, clause.end))
      const next = link ? rule.index.firstStartingIn({start: last + link[0].length, end: last + link[0].length + 1}, ['Person']) : undefined
      if (!link || !next || next.entity === named.entity || others.includes(next.entity)) break
      others.push(next.entity)
      last = next.mention.end
    }
    if (others.length > 0 && !aside) return {person: named.entity, others, end: last}
    return {person: named.entity, end}
  }
  const pronoun = /^\s*(elle|il|she|he)(?![\p{L}])/iu.exec(text.slice(at, clause.end))
  if (!pronoun) return undefined
  const person = at === rule.sentence.start ? rule.topic : continuedPerson(rule.focus, rule.topic, pronoun[1] as string, rule.freshTopic ?? true)
  return person ? {person, end: at + pronoun[0].length} : undefined
}

/** The person an opening possessive stands for: the person of the passage, or the article's when only its gender agrees. */
function possessor(rule: Rule, word: string): Entity | undefined {
  return rule.topic ? continuedPerson(rule.focus, rule.topic, word, false) : rule.focus?.person
}

/** True when the words before a film give it to someone else by their role: "…, lui-même réalisateur d'", "the director of ". */
function othersRole(rule: Rule, between: string): boolean {
  const role = /([\p{L}-]+)\s+(?:de|d['’]|du|of)\s*[«“"‘*_]*\s*$/iu.exec(between)
  return !!role && rule.lexicon.roleKeys.has((role[1] as string).toLowerCase())
}

/** The text with its first letter lower-cased (a clause's opening word is capitalised). */
function lowerFirst(text: string): string {
  return text.replace(/^\s*\p{Lu}/u, (letter) => letter.toLowerCase())
}

/** True when `between` holds a quotation (not just the marks around a title). */
function quotationIn(between: string): boolean {
  return /[«“"]/.test(between.replace(/^[\s»”"’*_)(\d,]+/, '').replace(/[«“"‘*_\s]+$/, ''))
}

function careerPhrases(rule: Rule): string[] {
  return rule.lexicon.careerCues.map((cue) => cue.phrase)
}

function cueOf(rule: Rule, phrase: string): CareerCue | undefined {
  return rule.lexicon.careerCues.find((cue) => cue.phrase === phrase)
}

/**
 * "<film> lui vaut le prix d'interprétation", "Les Hautes Herbes … l'a révélée", "The film earned her an
 * Oscar nomination": the film named before the phrase (no other film between) is a work of the person
 * the object pronoun stands for, the person of the passage, when the sentence does not name that
 * person before the phrase (then the pronoun is someone else).
 */
export function rewardedPerson(rule: Rule): void {
  const text = rule.view.text
  const {start, end} = rule.sentence
  const lower = text.slice(start, end).toLowerCase()
  const cues = rule.lexicon.careerCues.filter((cue) => cue.kind === 'reward')
  for (const {at, phrase} of findPhrases(lower, cues.map((cue) => cue.phrase))) {
    const offset = start + at
    const cue = cues.find((candidate) => candidate.phrase === phrase) as CareerCue
    const film = [...rule.films].reverse().find((reference) => reference.end <= offset)
    if (!film) continue
    // ("Le film lui vaut …": a reference back must find its film named earlier in the paragraph)
    const paragraph = rule.view.paragraphs[rule.sentence.paragraph]
    const named = film.film.mentions.some((mention) => mention.start === film.start)
    if (!named && !film.film.mentions.some((mention) => paragraph && mention.start >= paragraph.start && mention.end <= film.start)) continue
    const between = text.slice(film.end, offset)
    if (between.length > 120 || /[;:]/.test(between) || quotationIn(between)) continue
    // ("X, dont le réalisateur lui …": the relative clause must be the film's)
    if (/(?<![\p{L}])(?:dont|whose|où|where|quand|when)(?![\p{L}])/iu.test(between)) continue
    // (an object pronoun of a reward is, first, the article's person when the text gives them its gender)
    const main = rule.focus?.person
    const marked = cue.gender ? main && rule.focus?.gender(main) === cue.gender : main && rule.topic && rule.focus?.gender(main) && !rule.focus.gender(rule.topic)
    const person = marked ? main : cue.gender ? continuedPerson(rule.focus, rule.topic, cue.gender === 'f' ? 'her' : 'him', rule.freshTopic ?? true) : rule.topic
    if (!person || (cue.gender && rule.focus && rule.focus.gender(person) && rule.focus.gender(person) !== cue.gender)) continue
    if (rule.index.within({start, end: offset}, ['Person']).some(({entity}) => entity === person)) continue
    credit(rule, person, film.film, 'work')
  }
}
