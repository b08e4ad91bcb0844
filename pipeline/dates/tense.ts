/**
 * The time a passage speaks of, read from its verbs and a few cue words, for the expressions whose
 * value depends on it: a bare weekday ("samedi", "on Friday") or a month without year ("in
 * October") is the coming one when the text looks ahead, the last one when it looks back.
 *
 * The clause around the expression (the words between two commas, colons, brackets or quotation
 * marks) is read first, then the whole sentence: in « Quoi qu'il arrive samedi, le film a trouvé son
 * public » the clause of "samedi" is in the present though the sentence ends in the past. Only the
 * clause's own verb counts for the present; the sentence gives only a future or a past. A cue
 * before the expression decides first: "ahead of", "before", "avant" look ahead; "depuis",
 * "since" and a participle right before it ("annoncé mardi", "released Friday") look back.
 */
import type {TextView} from '../types.js'
import {escapeRegExp} from '../lexicon/index.js'
import {lexiconFor} from './lexicon.js'
import {fold} from './tokens.js'

/** What a passage speaks of: the future, the past, the present (read as what is coming), or nothing known. */
export type Tense = 'future' | 'past' | 'present' | 'none'

interface Markers {
  future: RegExp
  past: RegExp
  present: RegExp
  /** Cue words before the expression, in its clause, that look ahead. */
  ahead: RegExp
  /** Cue words before the expression, in its clause, that look back. */
  back: RegExp
  /** A word right before the expression that looks back (a past participle: "annoncé mardi"). */
  backBefore: RegExp
  /** A word right before the expression that makes it a deadline ("jusqu'au 30 juin", "until June 30"): a schedule. */
  deadline: RegExp
  /** Words that join two verbs of one clause ("a été présenté à Cannes et sort le 12 juin"). */
  coordinator: RegExp
}

/**
 * Words after "est"/"sont" that end like a participle but are not one: adverbs ("est aussi", "sont
 * désormais", "est ici") and adjectives in -ique, -gue, -ie, -ue ("est unique", "sont longues", "est vraie").
 */
const notParticiple = String.raw`(?:aussi|ainsi|ici|parmi|désormais|jamais|mais|puis|\p{L}*(?:iques?|gues?|vraies?|jolies?))(?!\p{L})`

const fr: Markers = {
  // « Rendez-vous samedi » announces (not « l'un des rendez-vous de l'édition », a noun);
  // « il aura fallu attendre dimanche », « il aura suffi d'un film »: the futur antérieur of a
  // summing-up looks back (other ones look ahead: « aura été auditionné à partir du 30 août »)
  future: /(?<!\p{L})(?:sera|seront|aura(?!\s+(?:fallu|suffi)(?!\p{L}))|auront|fera|feront|ira|iront|pourra|pourront|devra|devront|viendra|viendront|(?<!(?<!\p{L})(?:le|les|un|des|ce|ces|du|au|aux|son|ses|leur|leurs|nos|vos)\s)rendez-vous|prévue?s?|programmée?s?|annoncée?s?\s+(?:pour|en|au|à)|(?<!(?<!\p{L})(?:a|ai|ont|avait|avaient|avons|avez)\s)attendue?s?|(?:va|vont)\s+\p{L}+(?:er|ir|re))(?!\p{L})|\p{L}{2,}(?:era|eront|ira|iront)(?!\p{L})/iu,
  // passé composé and plus-que-parfait auxiliaries, imparfait and passé simple endings
  // (case matters: "la zone A" is no auxiliary; "a lieu", "ont besoin": "avoir" and a noun are a present)
  past: new RegExp(String.raw`(?<!\p{L})aura\s+(?:fallu|suffi)(?!\p{L})|(?<!\p{L})(?:ai|as|a|avons|avez|ont)(?!\p{L})(?!\s+(?:lieu|besoin|envie|peur|hâte|raison|tort|droit|l['’]air|l['’]intention)(?!\p{L}))|(?<!\p{L})(?:[Aa]vait|[Aa]vaient|[ÉEé]tait|[ÉEé]taient|fut|furent|eut|eurent|[Ss]['’]est|[Ss]e sont)(?!\p{L})|\p{L}{2,}(?:ait|aient)(?!\p{L})|(?<!\p{L})(?:suis|es|est|sommes|êtes|sont)\s+(?!${notParticiple})(?:\p{L}+(?:ée?s?|ie?s?|ue?s?|inte?s?)|morte?s?|née?s?|mise?s?|prise?s?|faite?s?|dite?s?|ouverte?s?)(?!\p{L})`, 'u'),
  // a subject pronoun or "qui" before a verb, a present copula or modal
  present: /(?<!\p{L})(?:(?:il|elle|on|ils|elles|je|tu|nous|vous|qui|qu['’]il|qu['’]elle|qu['’]on)\s+(?:ne\s+|n['’])?(?:(?:se|me|te|le|la|les|lui|leur|y|en)\s+|[smtl]['’])*\p{L}{2,}|est|sont|peut|peuvent|doit|doivent)(?!\p{L})/iu,
  // « à partir de lundi », « dès mercredi »: a start from now on, unless the clause is in the past
  ahead: /(?<!\p{L})(?:avant|en amont|à l['’]approche|en vue|d['’]ici|à partir d(?:e|u|['’])|dès)(?!\p{L})/iu,
  back: /(?<!\p{L})depuis(?!\p{L})/iu,
  backBefore: /\p{L}{2,}(?:é|ée|és|ées)\s+$/iu,
  deadline: /(?<!\p{L})(?:jusqu['’]\s*(?:au|à|a)(?:\s+l[ea])?|d['’]ici(?:\s+l[ea]|\s+au)?)\s+$/iu,
  coordinator: /(?<!\p{L})(?:et|mais|puis)\s+/giu,
}

const en: Markers = {
  future: /\b(?:will|shall|would be|going to|scheduled|planned|(?:is|are) (?:set|due|expected|slated) to|(?:due|expected|slated) (?:for|in))\b|\w'll\b/i,
  // "was", "had", regular preterites (not a participle after "is", "are": "is handed out") and common irregular ones
  past: /\b(?:was|were|had|did|ago|said|told|took|won|saw|came|went|made|got|gave|shot|began|met|held|found|thought|brought|wrote|became|caught|sold|knew|felt|spent|sent|built|fell|led|paid|drew|grew|chose|spoke|broke|stood|heard|taught|bought|rose)\b|(?<!\b(?:is|are|am|be|being|get|gets)\s+(?:\w+ly\s+)?)\b\w{3,}ed\b/i,
  present: /\b(?:is|are|am|can|must|(?:I|[Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|[Ii]t|[Ww]ho)\s+(?:still\s+|also\s+)?[a-z]{2,})\b/,
  ahead: /\b(?:ahead of|before|in time for|starting(?: on| from)?|beginning(?: on)?|as of)\b/i,
  back: /\bsince\b/i,
  backBefore: /\b\w{3,}ed\s+(?:on\s+)?$/i,
  deadline: /\b(?:until|till|by)\s+(?:the\s+)?$/i,
  coordinator: /\b(?:and|but|then)\s+/gi,
}

/** Determiners and prepositions before which a present verb of the lexicon is a noun ("le sort", "the premieres"). */
// (whole words only: "Emma sort", "Nicole arrive" end like "a", "le" but are names before a verb)
const nounBefore = String.raw`(?<!(?<!\p{L})(?:le|la|les|du|au|son|sa|ses|ce|leur|leurs|un|une|des|the|its|their|his|her|a|an|of|two|three)\s)`

const builtMarkers = new Map<string, Markers>()

/**
 * The markers of a language, with its present is read also from the verbs of the lexicon that
 * news about films and events use for what is coming ("sort", "ouvre", "opens", "premieres").
 */
function markersFor(language: string, words: Map<string, string>): Markers {
  let markers = builtMarkers.get(language)
  if (!markers) {
    const base = language === 'fr' ? fr : en
    const verbs = [...words].filter(([, category]) => category === 'present').map(([word]) => escapeRegExp(word))
    const present = verbs.length === 0 ? base.present : new RegExp(`${base.present.source}|${nounBefore}(?<!\\p{L})(?:${verbs.join('|')})(?!\\p{L})`, base.present.flags.includes('u') ? base.present.flags : `${base.present.flags}u`)
    markers = {...base, present}
    builtMarkers.set(language, markers)
  }
  return markers
}

/** Marks that close a clause inside a sentence. */
const clauseMark = /[,;:()«»"“”—–]/g

/** Longest line, in characters, read as a headline or an announcement when it has no verb ("X à Besançon mardi"). */
const lineLength = 120

/** What the reader says about the place of an expression. */
export interface Reading {
  tense: Tense
  /**
   * Whether a date there is given as a schedule rather than told as an event: in a verbless aside
   * ("(du 28 juin au 7 juillet)", "la date : le 12 juin") or in a sentence whose verb sets or moves
   * a date ("la sortie a été repoussée au 12 juin"). A past verb then does not make it last year's.
   */
  scheduled: boolean
  /**
   * Whether the expression stands in a headline or an announcement line with no verb the markers
   * know ("X à Besançon mardi", "Tonight: Y at the Odeon, Friday"): a weekday there is the coming one.
   */
  headline: boolean
  /**
   * Whether the expression stands in a relative clause ("…, qui sortira en salles le 3 décembre",
   * "…, which opens on May 2"): an aside about something named, not a step of the narrative line.
   */
  relative: boolean
  /**
   * Whether the past was read only from a participle right before the expression with no
   * auxiliary or finite past in its clause ("présenté vendredi en avant-première"): a tenseless form.
   */
  bare: boolean
}

/** The words the reader looks up: clause words by category (lexicon/clause-words.tsv) and weekday names. */
interface Words {
  words: Map<string, string>
  weekdays: Map<string, number>
}

/** What the reader keeps about one sentence. */
interface SentenceInfo {
  /** The tense of its main clauses (see mainTense). */
  main: Tense
  /** Whether it names a verb that sets or moves a date. */
  schedule: boolean
  /**
   * Whether it is a short line of its own with no verb the markers know, and either the headline
   * of a text with a body or a line that opens on a label and a colon ("Ce soir : …").
   */
  line: boolean
}

/**
 * A function giving the reading at the offset where an expression starts (offsets asked in
 * increasing order); the cue words are read between the start of its clause and that offset.
 */
export function tenseReader(view: TextView): (offset: number) => Reading {
  const lexicon = lexiconFor(view.language)
  const markers = markersFor(view.language, lexicon.clauseWords)
  const lex: Words = {words: lexicon.clauseWords, weekdays: lexicon.weekdays}
  const perParagraph = new Map<number, number>()
  for (const sentence of view.sentences) perParagraph.set(sentence.paragraph, (perParagraph.get(sentence.paragraph) ?? 0) + 1)
  const cache = new Map<number, SentenceInfo>()
  let index = 0
  return (offset: number) => {
    const sentences = view.sentences
    while (index < sentences.length - 1 && (sentences[index] as {end: number}).end <= offset) index++
    const sentence = sentences[index]
    if (!sentence || sentence.start > offset || sentence.end < offset) return {tense: 'none', scheduled: false, headline: false, relative: false, bare: false}
    // a semicolon joins two sentences: each is read on its own
    const whole = view.text.slice(sentence.start, sentence.end)
    const [partFrom, partTo] = partAround(whole, offset - sentence.start)
    const text = whole.slice(partFrom, partTo)
    const key = sentence.start + partFrom
    let info = cache.get(key)
    if (info === undefined) {
      const headline = sentence.paragraph === 0 && view.paragraphs.length > 1
      const announcement = /^[^,;:.!?]{1,30}:/u.test(whole.trimStart())
      const line = perParagraph.get(sentence.paragraph) === 1 && whole.trim().length <= lineLength && (headline || announcement) && tenseOf(whole, markers, true) === 'none'
      info = {main: mainTense(text, markers, lex), schedule: wordsOf(text).some((word) => lex.words.get(word) === 'schedule'), line}
      cache.set(key, info)
    }
    const at = offset - sentence.start - partFrom
    const [from, to] = clauseAround(text, at)
    const clause = text.slice(from, to)
    const opener = text[from - 1]
    const aside = (opener === '(' || opener === ':') && tenseOf(clause, markers, true) === 'none'
    const lead = text.slice(from, at)
    const deadline = markers.deadline.test(lead)
    const tense = tenseAt(text, at, from, to, info, markers, lex)
    const relative = from > 0 && text[from - 1] === ',' && openingOf(text, from, to, lex) === 'relative'
    const bare = tense === 'past' && markers.backBefore.test(lead) && !markers.past.test(clause) && !markers.back.test(lead)
    return {tense, scheduled: aside || deadline || info.schedule, headline: tense === 'none' && info.line, relative, bare}
  }
}

/** The part of a sentence between two semicolons holding offset `at`. */
function partAround(text: string, at: number): [number, number] {
  const before = text.lastIndexOf(';', at - 1)
  const after = text.indexOf(';', at)
  return [before + 1, after < 0 ? text.length : after]
}

/** The tense at offset `at` of a sentence, in the clause [from, to). */
function tenseAt(text: string, at: number, from: number, to: number, info: SentenceInfo, markers: Markers, lex: Words): Tense {
  const clause = text.slice(from, to)
  const lead = text.slice(from, at)
  const cue = lastCue(lead, markers)
  if (cue === 'ahead' && !markers.past.test(clause)) return 'future'
  if (cue === 'back') return 'past'
  if (markers.backBefore.test(lead) && !markers.future.test(lead)) return 'past'
  // the last of two verbs joined by "et", "and": « présenté à Cannes la semaine dernière et sort le 12 juin »
  const joined = coordinated(lead, lex, markers)
  if (joined >= 0) return tenseOf(clause.slice(joined), markers, true)
  const own = tenseOf(clause, markers, true)
  if (own !== 'none') return own
  // a participial clause tells what was done: « Le film, sorti le 3 mai, sera diffusé … »
  if (openingOf(text, from, to, lex) === 'participle') return 'past'
  // the main verb right after a relative or participial clause: « Le film, qui a été présenté à Cannes, sort le 12 juin »
  if (resumes(text, from, lex)) return 'present'
  // the present of another clause says nothing ("les canalisations qui datent de …, le 6 juin et mardi soir")
  return info.main
}

/**
 * The tense of a sentence's main clauses: its relative and participial clauses set aside ("qui a été
 * présenté à Cannes", "which premiered at Cannes", "sorti en 2019"); else, as a last resort, the
 * tense of the whole sentence.
 * Only a future or a past is read from the text (a present marker may belong to any clause).
 */
function mainTense(text: string, markers: Markers, lex: Words): Tense {
  const clauses = clausesOf(text)
  let main = ''
  for (const [from, to] of clauses) main += openingOf(text, from, to, lex) !== 'other' ? ' '.repeat(to - from + 1) : text.slice(from, to + 1)
  const tense = tenseOf(main, markers, false)
  if (tense !== 'none') return tense
  // main clauses in the present: the past of a relative clause says nothing of them
  // (« Ce jeudi, elle est à l'affiche d'un film où elle incarne une femme qu'on croyait perdue »)
  if (tenseOf(main, markers, true) === 'present') return 'none'
  return tenseOf(text, markers, false)
}

/** The clauses of a sentence as [from, to) ranges between clause marks. */
function clausesOf(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let from = 0
  for (const match of text.matchAll(clauseMark)) {
    const k = match.index ?? 0
    ranges.push([from, k])
    from = k + 1
  }
  ranges.push([from, text.length])
  return ranges
}

/** The words of a text, in lower case. */
function wordsOf(text: string): string[] {
  return (text.match(/\p{L}+/gu) ?? []).map((word) => word.toLowerCase())
}

/** The words of a text with their first letter's case kept, for the opening-word tests. */
function rawWords(text: string): string[] {
  return text.match(/\p{L}+/gu) ?? []
}

/**
 * A word shaped like a past participle ("présenté", "choisie", "vendus", "released"); not a weekday
 * ("lundi") nor an adverb ("aussi", "ici").
 */
function looksParticiple(word: string, words: Map<string, string>, weekdays: Map<string, number>): boolean {
  const lower = word.toLowerCase()
  const category = words.get(lower)
  if (category === 'participle') return true
  if (category !== undefined || notParticipleWord.test(lower) || weekdays.has(fold(lower))) return false
  return /^\p{L}{2,}(?:ée?s?|ie?s?|ue?s?)$/u.test(lower) || /^[a-z]{3,}ed$/.test(lower)
}

const notParticipleWord = new RegExp(`^${notParticiple}`, 'u')

/** What opens a clause: a relative pronoun, a participle, or something else. */
type Opening = 'relative' | 'participle' | 'other'

/**
 * How the clause [from, to) of a sentence opens: on a relative pronoun ("qui a été présenté",
 * "which premiered"), on a past participle ("présenté à Cannes", "released in 2019"), or otherwise.
 * A capitalised participle opens a clause only at the start of the sentence, ends like a
 * participle in "é" or "-ed" or is a known one, and stands before a preposition or article
 * ("Présenté à Cannes, le film …"), so that a name ("Rémi a tourné …") is not taken for one.
 */
function openingOf(text: string, from: number, to: number, lex: Words): Opening {
  const opening = rawWords(text.slice(from, to))
  const first = opening[0]
  if (!first) return 'other'
  const lower = first.toLowerCase()
  if (lex.words.get(lower) === 'relative') return 'relative'
  if (!looksParticiple(first, lex.words, lex.weekdays)) return 'other'
  if (first === lower) return 'participle'
  const next = opening[1]?.toLowerCase()
  const shaped = lex.words.get(lower) === 'participle' || /(?:ée?s?|ed)$/u.test(lower)
  return from === 0 && shaped && next !== undefined && lex.words.get(next) === 'function' ? 'participle' : 'other'
}

/**
 * Whether the clause starting at `from` opens on the main verb right after a relative or
 * participial clause set off by commas: its first word (after "ne", "se", "y" …) is in lower case
 * and is no article, preposition, conjunction or participle ("…, qui a été présenté à Cannes, sort
 * le 12 juin", "…, which premiered at Cannes, opens on June 12").
 */
function resumes(text: string, from: number, lex: Words): boolean {
  if (text[from - 1] !== ',') return false
  const previous = clausesOf(text).find(([, to]) => to === from - 1)
  if (!previous || previous[0] === 0 || text[previous[0] - 1] !== ',') return false
  if (openingOf(text, previous[0], previous[1], lex) === 'other') return false
  return verbFirst(text.slice(from), lex)
}

/**
 * Whether a stretch of text opens on a verb: its first word, after pronouns and negations ("ne",
 * "se", "y") and adverbs ("enfin", "later"), is in lower case and is no article, preposition,
 * conjunction or participle.
 */
function verbFirst(text: string, lex: Words): boolean {
  const opening = rawWords(text)
  let k = 0
  while (k < opening.length - 1 && isSkipped(lex.words.get((opening[k] as string).toLowerCase()))) k++
  const word = opening[k]
  if (!word || word !== word.toLowerCase()) return false
  const category = lex.words.get(word)
  return category === 'present' || (category === undefined && !looksParticiple(word, lex.words, lex.weekdays))
}

/** Words read past when looking for a verb: pronouns and negations, adverbs. */
function isSkipped(category: string | undefined): boolean {
  return category === 'clitic' || category === 'adverb'
}

/**
 * Where, in the lead of a clause, the last verb joined by "et", "and", "but" starts (the offset
 * after the conjunction), or -1 when no conjunction there is followed by a verb the markers know
 * ("et exactions commis" is no verb).
 */
function coordinated(lead: string, lex: Words, markers: Markers): number {
  let found = -1
  for (const match of lead.matchAll(markers.coordinator)) {
    const after = (match.index ?? 0) + match[0].length
    if (verbFirst(lead.slice(after), lex) && tenseOf(lead.slice(after), markers, true) !== 'none') found = after
  }
  return found
}

/** The tense a stretch of text shows: future before past before present (when asked). */
function tenseOf(text: string, markers: Markers, present: boolean): Tense {
  if (markers.future.test(text)) return 'future'
  if (markers.past.test(text)) return 'past'
  if (present && markers.present.test(text)) return 'present'
  return 'none'
}

/** The clause of a sentence holding offset `at`: from the mark before it to the mark after it. */
function clauseAround(text: string, at: number): [number, number] {
  let from = 0
  let to = text.length
  for (const match of text.matchAll(clauseMark)) {
    const k = match.index ?? 0
    if (k < at) from = k + 1
    else {
      to = k
      break
    }
  }
  return [from, to]
}

/** The last cue word of the lead of a clause: looking ahead, looking back, or none. */
function lastCue(lead: string, markers: Markers): 'ahead' | 'back' | null {
  const ahead = lastIndex(lead, markers.ahead)
  const back = lastIndex(lead, markers.back)
  if (ahead < 0 && back < 0) return null
  return ahead > back ? 'ahead' : 'back'
}

/** Offset of the last match of a pattern in a text, or -1. */
function lastIndex(text: string, pattern: RegExp): number {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
  let last = -1
  for (const match of text.matchAll(global)) last = match.index ?? last
  return last
}
