/**
 * narration: the speaker of a quotation in quotation marks that no words attribute, from the
 * sentence of narration right before it ("Le médecin souriait. / « Quant à cela … »"; "The director
 * leaned back. "I never planned it.""). The quotation opens its paragraph or its sentence, and the
 * sentence before it is narration (no quotation mark, ends with a full stop, "!" or "?"):
 *
 * - its grammatical subject is one person: "il" / "elle" / "he" / "she" (not an impersonal "il y
 *   a", "il est vrai que"), a determiner and a person noun ("le médecin"), or a mention of a Person
 *   entity (not a work, an organisation, or a capitalised word the entities stage left out);
 * - the paragraph of that sentence holds no quotation and is no dialogue line (their speaker may go
 *   on, or be answered);
 * - it names no other person (someone looked at or spoken to may be the one who answers);
 * - the quotation does not speak of that person in the third person: it names them, or (without a
 *   first-person word) holds a "he" / "she" of their gender; and it holds no incise of its own
 *   ("…, dit l'un.").
 *
 * Attributions in words (an incise, a clause before the quotation, "selon X") always come first.
 *
 * The span returned is the subject, as the speaker mention.
 */
import type {Lang, Span, TextView} from '../types.js'
import {countBefore, spanAt} from '../quoted/search.js'
import {isSpeechVerb} from '../quoted/speech-verbs.js'
import {isAdverb, nameAt} from './phrases.js'
import {resolveSpeaker, type SpeakerIndex} from './speaker.js'
import {capitalised, is, personNoun, tokenize, type Token} from '../quoted/words.js'

/** Third-person singular subject pronouns that stand for one speaker (a first-person narrator may be a journalist). */
const personalSubjects = new Set(['il', 'elle', 'he', 'she'])

/** First-person words: a quotation that holds one speaks of its own speaker. */
const firstPerson = new Set(['je', 'j', 'me', 'm', 'moi', 'mon', 'ma', 'mes', 'nous', 'notre', 'nos', 'i', "i'm", "i've", "i'd", "i'll", 'my', 'mine', 'myself', 'we', 'us', 'our'])

/** Marks that open or close a quotation (a sentence holding one is not plain narration). */
const quoteMarks = /[«»“”„"]/

/**
 * The subject of the narration sentence right before a quotation that runs over `[open, end)` (its
 * open mark at `open`), or null when the conditions above do not all hold.
 */
export function narrationSubject(view: TextView, index: SpeakerIndex, open: number, end: number): Span | null {
  const {text} = view
  const lang = view.language
  const paragraphAt = spanAt(view.paragraphs, open)
  const paragraph = view.paragraphs[paragraphAt]
  if (!paragraph) return null
  // the narration: the words before the mark in its paragraph, else the previous paragraph
  let to = open
  while (to > paragraph.start && /[\s\u00a0\u202f]/.test(text.charAt(to - 1))) to--
  if (to <= paragraph.start) {
    const previous = view.paragraphs[paragraphAt - 1]
    if (!previous) return null
    to = previous.end
    while (to > previous.start && /[\s\u00a0\u202f]/.test(text.charAt(to - 1))) to--
    if (to <= previous.start) return null
  }
  // (it ends a sentence: a clause ending with a colon or a comma is an attribution, found elsewhere)
  if (!/[.!?…]/.test(text.charAt(to - 1))) return null
  const sentence = view.sentences[spanAt(view.sentences, to - 1)]
  const holder = view.paragraphs[spanAt(view.paragraphs, to - 1)]
  if (!sentence || !holder) return null
  const from = Math.max(sentence.start, holder.start)
  // (nor is a sentence in a paragraph that holds a quotation or opens with a dialogue line)
  if (quoteMarks.test(text.slice(holder.start, to)) || /^[\s\u00a0\u202f]*[—–-]/.test(text.slice(holder.start, to))) return null

  const subject = narrationSubjectSpan(text, from, to, lang)
  if (!subject) return null
  const words = tokenize(text, subject.start, subject.end, lang).filter((token) => token.word)
  const head = words[words.length - 1]
  if (!head) return null
  const pronoun = words.length === 1 && (is(head.lower, 'subj-m', lang) || is(head.lower, 'subj-f', lang) || is(head.lower, 'subj', lang))
  if (pronoun && !personalSubjects.has(head.lower)) return null
  const speaker = resolveSpeaker(view, index, subject, open)
  const entity = speaker ? index.entities.find((candidate) => candidate.id === speaker) : undefined
  if (entity && entity.type !== 'Person') return null
  if (!pronoun && !entity && personNoun(head.lower, lang) === undefined) return null

  // no other person named in the sentence
  const persons = index.persons.slice(countBefore(index.persons, from), countBefore(index.persons, to))
  const overlaps = (person: Span): boolean => person.start < subject.end && subject.start < person.end
  if (persons.some((person) => !overlaps(person) && person.id !== speaker)) return null

  // the quotation does not speak of them in the third person
  if (speaker && index.persons.slice(countBefore(index.persons, open), countBefore(index.persons, end)).some((person) => person.id === speaker)) return null
  const all = tokenize(text, open, end, lang)
  // (a verb of saying right after a comma inside the quotation is an incise of its own: "…, dit l'un.")
  if (all.some((token, at) => at > 0 && all[at - 1]!.text === ',' && token.word && isSpeechVerb(token.lower, lang))) return null
  const inside = all.filter((token) => token.word)
  if (!inside.some((token) => firstPerson.has(token.lower))) {
    const gender = speaker ? index.persons.find((person) => person.id === speaker)?.gender ?? null : null
    const shown = gender ?? (is(head.lower, 'subj-f', lang) ? 'f' : is(head.lower, 'subj-m', lang) ? 'm' : null)
    const third = inside.some((token) => (shown !== 'm' && is(token.lower, 'subj-f', lang) && token.lower !== 'elles') || (shown !== 'f' && is(token.lower, 'subj-m', lang) && token.lower !== 'ils'))
    if (third) return null
  }
  return subject
}

/** Forms of "être" in an impersonal "il est … que". */
const copulas = new Set(['est', 'était', 'fut', 'sera', 'serait'])

/** How many words (adjectives) may stand between a determiner and the person noun of a subject ("le pauvre vieux médecin"). */
const maxAdjectives = 2

/**
 * The subject that opens a sentence of narration, after its conjunctions and adverbs ("Mais
 * brusquement elle …"): a personal pronoun (not an impersonal "il y a", "il faut"), a determiner and
 * a person noun with at most two adjectives and a name in apposition ("Le baron confus …", "the old
 * director"), or a name ("M. de Courville …"); null otherwise.
 */
function narrationSubjectSpan(text: string, from: number, to: number, lang: Lang): Span | null {
  const tokens = tokenize(text, from, to, lang)
  let at = 0
  while (tokens[at]?.word && !personalSubjects.has(tokens[at]!.lower) && (is(tokens[at]!.lower, 'conj', lang) || isAdverb(tokens[at] as Token, lang))) at++
  const first = tokens[at]
  if (!first?.word) return null
  if (personalSubjects.has(first.lower)) {
    const next = tokens[at + 1]?.lower ?? ''
    // (an impersonal "il y a", "il faut", "il est vrai que")
    const after = tokens.slice(at + 2, at + 5).map((token) => token.lower)
    if (next === 'y' || is(next, 'impersonal', lang)) return null
    if (first.lower === 'il' && copulas.has(next) && after.some((word) => word === 'que' || word === 'qu')) return null
    return {start: first.start, end: first.end}
  }
  if (is(first.lower, 'det', lang)) {
    for (let noun = at + 1; noun <= at + 1 + maxAdjectives && tokens[noun]?.word; noun++) {
      const token = tokens[noun] as Token
      if (capitalised(token)) break
      if (personNoun(token.lower, lang) !== undefined) {
        // ("la jeune femme": the last of the person nouns)
        while (tokens[noun + 1]?.word && !capitalised(tokens[noun + 1] as Token) && personNoun(tokens[noun + 1]!.lower, lang) !== undefined) noun++
        const name = nameAt(tokens, noun + 1, lang)
        return {start: first.start, end: (tokens[name ? name.last : noun] as Token).end}
      }
      if (!is(token.lower, 'adjective', lang) && noun > at + 1) break
    }
    return null
  }
  if (!capitalised(first) || is(first.lower, 'subj', lang)) return null
  const name = nameAt(tokens, at, lang)
  return name ? {start: first.start, end: (tokens[name.last] as Token).end} : null
}
