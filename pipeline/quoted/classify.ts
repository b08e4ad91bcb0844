/**
 * classify: decide whether a quoted span is reported speech, the title of a work or scare quotes.
 *
 * General evidence only, read from the span and the words around it:
 * - dialogue lines are speech;
 * - a scare cue just before ("dite du", "so-called") makes scare quotes, and so does a short span
 *   inside a noun phrase (a determiner or "kind of" before it, a lower-case word after it: "du
 *   « cinéma de salon » attendu", "the kind of "small, brave" decision");
 * - a lower-case span after a verb of speaking about something ("elle-même parle d'un « … »") or
 *   after a verb of naming and its object ("called the ending "too cruel"") is the subject's words:
 *   speech (see `wordingBefore`);
 * - a work noun or title verb just before ("la série de photographies intitulée", "films such as")
 *   makes a title (a lower-case span only right after the cue), and so does a parenthesised span
 *   right after a title (its translation);
 * - speech: a verb of saying (not a passive participle: "», publié par") or a source ("selon X")
 *   just after, a colon before, a headline
 *   "‘…’: X on Y", first or second person words, sentence punctuation inside, a long span, or a
 *   partial quotation (three words or more in lower case);
 * - a short capitalised span without those cues reads as a title;
 * - otherwise a short span is a title when it starts with a capital letter, else scare quotes.
 */
import {loadList, loadSet} from '../lexicon/index.js'
import type {Lang, QuotedKind, TextView} from '../types.js'
import type {RawQuoted} from './marks.js'
import {spanAt} from './search.js'
import {isNamingVerb, isSpeakingVerb, isSpeechVerb} from './speech-verbs.js'

/** Words before the opening mark that are looked at for cues. */
const cueWindow = 4
/** A span of at least this many words without other evidence is taken for speech. */
const longSpan = 7

const wordPattern = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu

/** Lower-case words of a string, split at apostrophes and punctuation (hyphenated words kept). */
export function words(value: string): string[] {
  return (value.toLowerCase().match(wordPattern) ?? []) as string[]
}

/** The classification of each raw span, in the same order. */
export function classify(view: TextView, spans: RawQuoted[]): QuotedKind[] {
  const kinds: QuotedKind[] = []
  const lang = view.language
  spans.forEach((span, index) => {
    kinds.push(classifyOne(view, span, lang, spans, kinds, index))
  })
  return kinds
}

/** The kind of one span, knowing the kinds of the spans before it. */
function classifyOne(view: TextView, span: RawQuoted, lang: Lang, spans: RawQuoted[], kinds: QuotedKind[], index: number): QuotedKind {
  if (span.dialogue) return 'speech'
  const {text} = view
  const inner = text.slice(span.start, span.end)
  const innerWords = words(inner)
  const before = clauseBefore(view, span.open)
  // (cue words count in the span's own sentence only: "… dont elle refuse de dire un mot. « Je suis …" has no cue)
  const last = words(sentenceTail(before)).filter((word) => !isAdverb(word, lang)).slice(-cueWindow)

  // a parenthesised span right after a title is its translation: a title too
  if (/\(\s*$/.test(before)) {
    for (let previous = index - 1; previous >= 0; previous--) {
      const other = spans[previous] as RawQuoted
      if (other.close === null) continue
      if (kinds[previous] === 'title' && /^[\s\u00a0\u202f]*\($/.test(text.slice(other.close + 1, span.open).replace(/\s+$/, ''))) return 'title'
      break
    }
  }

  const colonBefore = /:\s*$/.test(before)
  const after = (span.close ?? span.end) + 1
  // (a short name followed right away, without a comma, by a verb in the present or past, not
  // inverted, is the verb's subject: "Mais « Bébel » refuse de choisir", not an incise)
  const subjectOfVerb = span.close !== null && innerWords.length <= 2 && /^[\p{Lu}]/u.test(inner.trim()) && !/[.!?…,]$/.test(inner.trim()) && /^[\s\u00a0\u202f]+\p{Ll}[\p{L}]*[\s\u00a0\u202f]/u.test(text.slice(after, after + 30))
  const verbAfter = speechVerbAfter(text, after, lang)
  // (such a name before a verb of saying is a nickname or a name used at a distance, not a title:
  // whether it names a work is not shown)
  if (subjectOfVerb && verbAfter) return 'scare'
  const speechAfter = verbAfter
  const personal = pronouns(lang)
  // (the letters of an acronym are not elided pronouns: « P.I.M.P. » holds no "m'")
  const firstPerson = !acronym(inner) && innerWords.some((word) => personal.has(word))
  const sentencePunctuation = !finalDotOnly(inner) && (/[.!?…]["'”’»]?\s+\S/.test(inner) || /[.!?…]$/.test(inner.trim()))
  const titleLike = looksLikeTitle(inner, innerWords, lang, firstPerson, sentencePunctuation)
  const lowerStart = /^\p{Ll}/u.test(inner.trim())

  // a short lower-case span after a verb of wording ("elle parle d'un « … »", "what she calls "…"") is the subject's words,
  // and so is one after a reflexive verb of saying ("elle s'est dite « ravie »", "il se déclare « choqué »")
  const worded = lowerStart && (wordingBefore(before, inner, lang) || saidOfSelf(before, lang))

  // (a capitalised name of several words is left to the cues below: "la mode dite du "Tempo Loco" … la chanson" is a title)
  const capitalisedName = !lowerStart && innerWords.length > 1
  // (a verb of saying right after a short span that a determiner opens has that noun phrase for its
  // subject: "the "narrative" wrote itself" is no incise)
  const subjectPhrase = lowerStart && innerWords.length <= 2 && determinerBefore(before, lang)
  if (!capitalisedName && !worded && insideNounPhrase(text, span, before, lang, innerWords.length) && (!speechAfter || subjectPhrase) && !firstPerson && !sentencePunctuation) return 'scare'
  if (hasCue(last, cues(lang, 'scare'), 2) && !colonBefore && !speechAfter && !worded) {
    // `la danse dite du "Tempo Loco" … la chanson`: a capitalised name of several words that the same
    // sentence calls a work is a title; a single word (`"patries"`) stays a scare quote
    return innerWords.length >= 2 && titleLike && /^[\p{Lu}\p{N}]/u.test(inner.trim()) && sentenceNamesWork(view, span, lang) ? 'title' : 'scare'
  }
  if (worded) return 'speech'
  // words after a verb of saying and a comma ("told me, "Don't waste it,"", "a-t-il dit, « Non. »")
  // that end on sentence punctuation or run to three words: what was said, not a title
  if (saidBefore(before, lang) && (/[,.!?…]$/.test(inner.trim()) || innerWords.length >= 3)) return 'speech'
  // a short capitalised name right after a determiner names a thing, whatever verb follows the
  // clause ("dans le renflouage du « Nautilus », Paul a risqué", "à bord du « Queen Mary », il dit")
  if (titleLike && !lowerStart && innerWords.length <= maxNamedSpan && determinerBefore(before, lang)) return 'title'
  // the same words set in italics elsewhere in the article are a work's title ("« X », le regard …"
  // in a headline, "*X*, de Y" in the text)
  if (!firstPerson && innerWords.length <= maxItalicTitle && italicElsewhere(view.source, inner)) return 'title'
  // (a lower-case span is a title only right after its cue: "sous le nom de "…"", not "called the film a "masterpiece"")
  const titleCue = lowerStart ? cueEnds(last, cues(lang, 'title')) : hasCue(last, cues(lang, 'title'), cueWindow)
  if (titleCue && (titleLike || innerWords.length <= 3) && !colonBefore && !speechAfter) return 'title'
  // a short lower-case fragment inside a sentence that has no verb of saying, speaking or naming
  // outside it, nor a colon before it: words held at a distance ("hoarding its best titles for
  // "awards season.""), not someone's words
  if (lowerStart && !worded && !firstPerson && !colonBefore && innerWords.length <= maxScareFragment && !/[!?…]|[.!?…]\s+\S/.test(inner.trim()) && span.close !== null && !sayingInSentence(view, span, lang)) return 'scare'
  // English: a span in strict title case after a colon is a name, not words said (a prize list,
  // "Golden Bear: "The Salt Road," X"; "its working title: "Low Tide Hours"")
  if (colonBefore && !speechAfter && lang === 'en' && strictTitleCase(inner, innerWords, firstPerson)) return 'title'
  // a short capitalised span followed by a comma and a run of names set apart by commas is one item
  // of a list ("My picks: "Dune," Villeneuve, Ferguson, Zimmer"; « Mektoub », Kechiche, Bouzid), not words said
  if (titleLike && !lowerStart && !speechAfter && span.close !== null && listFollows(text, span.close + 1, lang)) return 'title'
  if (speechAfter || headlineQuote(view, span)) return 'speech'
  if (titleLike && /^[\s\u00a0\u202f]*\p{Ll}/u.test(text.slice(after, after + 20))) return 'title'
  if (colonBefore) return 'speech'
  if (titleLike && innerWords.length <= 6) return 'title'
  if (firstPerson || sentencePunctuation || innerWords.length >= longSpan) return 'speech'
  if (lowerStart && innerWords.length >= 3) return 'speech'
  if (!titleLike && innerWords.length >= 4) return 'speech'
  return lowerStart ? 'scare' : 'title'
}

/**
 * Whether a span is written in English title case: at most six words, every word of four letters or
 * more capitalised (at least two of them), no first person, no sentence punctuation but a trailing
 * comma or full stop inside the closing mark.
 */
function strictTitleCase(inner: string, innerWords: string[], firstPerson: boolean): boolean {
  const trimmed = inner.trim().replace(/[,.]$/, '')
  if (firstPerson || innerWords.length === 0 || innerWords.length > 6 || /[.!?…:;,]/.test(trimmed)) return false
  const written = trimmed.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []
  const long = written.filter((word) => word.length > 3)
  return long.length >= 2 && long.every((word) => /^[\p{Lu}\p{N}]/u.test(word)) && /^[\p{Lu}\p{N}]/u.test(written[0] ?? '')
}

/** The most words of a span taken for a title because the article sets it in italics elsewhere. */
const maxItalicTitle = 10

/** Whether the source sets these exact words in Markdown italics (`*…*` or `_…_`) somewhere. */
function italicElsewhere(source: string, inner: string): boolean {
  const trimmed = inner.trim()
  if (trimmed.length < 2) return false
  return source.includes(`*${trimmed}*`) || source.includes(`_${trimmed}_`)
}

/** Whether a span is an acronym written with dots ("P.I.M.P.", "M.A.S.H."). */
function acronym(inner: string): boolean {
  return /^(?:\p{Lu}\.){2,}\p{Lu}?$/u.test(inner.trim())
}

/**
 * Whether the only full stop of a span is not a sentence's: the dots of an acronym ("P.I.M.P.",
 * "M.A.S.H."), or the full stop that English typesetting puts inside the closing mark after a name
 * of capitalised words ("… the boxing drama “Southpaw Lane.”").
 */
export function finalDotOnly(inner: string): boolean {
  const trimmed = inner.trim()
  if (acronym(trimmed)) return true
  if (!/\.$/.test(trimmed) || /[.!?…]/.test(trimmed.slice(0, -1))) return false
  const written = trimmed.slice(0, -1).match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []
  const long = written.filter((word) => word.length > 2)
  return written.length >= 2 && written.length <= 6 && long.length >= 2 && long.every((word) => /^[\p{Lu}\p{N}]/u.test(word))
}

/**
 * Whether a span reads like a title: capitalised (its first word, or most of its longer words),
 * short, without sentence punctuation and (in French) without first or second person words.
 */
function looksLikeTitle(inner: string, innerWords: string[], lang: Lang, firstPerson: boolean, punctuated: boolean): boolean {
  if (punctuated || innerWords.length === 0 || innerWords.length > 8) return false
  const written = inner.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []
  const long = written.filter((word) => word.length > 3)
  const capitalisedShare = long.length === 0 ? 0 : long.filter((word) => /^[\p{Lu}\p{N}]/u.test(word)).length / long.length
  const firstCapital = /^[\p{Lu}\p{N}]/u.test(written[0] ?? '')
  if (lang === 'en') return capitalisedShare > 0.5 || (firstCapital && !firstPerson && innerWords.length <= 4)
  return (firstCapital && !firstPerson) || capitalisedShare > 0.5
}

/** Whether the sentence holding a span has a work noun ("la chanson", "the song", "le tube") outside the span. */
function sentenceNamesWork(view: TextView, span: RawQuoted, lang: Lang): boolean {
  const sentence = view.sentences[spanAt(view.sentences, span.open)]
  if (!sentence) return false
  const close = span.close ?? span.end
  const outside = words(view.text.slice(sentence.start, span.open) + ' ' + view.text.slice(close + 1, Math.max(close + 1, sentence.end)))
  // (the work nouns among the title cues: one word, not a verb of naming such as "intitulé" or "called")
  const nouns = new Set(cues(lang, 'title').filter((cue) => cue.length === 1 && !/^(intitul|titled|entitled|called|named|dubbed|nommé|appelé|baptisé)/.test(cue[0] as string)).map((cue) => cue[0] as string))
  return outside.some((word) => nouns.has(word))
}

/** A headline that opens with a quotation and names its speaker after a colon: "‘…’: X on Y". */
function headlineQuote(view: TextView, span: RawQuoted): boolean {
  if (span.close === null) return false
  const paragraph = view.paragraphs[spanAt(view.paragraphs, span.open)]
  if (!paragraph || view.text.slice(paragraph.start, span.open).trim() !== '') return false
  return /^[\s\u00a0\u202f]*:[\s\u00a0\u202f]*\p{Lu}\p{L}+(?:[\s-]\p{Lu}\p{L}+)*[\s\u00a0]+(?:on|about|sur|à propos de)\s/u.test(view.text.slice(span.close + 1, span.close + 80))
}

/** The most words of a capitalised name taken for a title after a determiner. */
const maxNamedSpan = 4

/** Whether the text before an opening mark ends with a determiner ("le", "du", "the"). */
function determinerBefore(before: string, lang: Lang): boolean {
  const previous = /([\p{L}]+)['’]?[\s\u00a0\u202f]*$/u.exec(before)
  return previous !== null && loadSet(import.meta.url, `lexicon/determiners.${lang}.tsv`).has((previous[1] as string).toLowerCase())
}

/** How many words may stand between a verb of wording and the span ("calls the new film"). */
const wordingReach = 4
/** The most words of an object between a verb of wording and the span ("called the new ending"). */
const wordingObject = 3
/** Words that show the active voice when they stand right before a verb of speaking ("she speaks", "qu'elle parle"). */
const activeSubjects = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'who', 'je', 'j', 'nous', 'vous', 'il', 'elle', 'ils', 'elles', 'on', 'qui'])
/** Prepositions that may open the complement of a verb of wording ("parle d'un", "speaks of", "describes it as"). */
const wordingPrepositions = new Set(['of', 'about', 'as', 'de', 'd', 'du', 'des', 'comme'])

/**
 * Whether the clause before a short lower-case span ends with a verb of wording and its complement,
 * so that the span is the subject's own words:
 * - a verb of speaking about something ("elle-même parle d'un", "she speaks of", "describes it as"), in the
 *   active voice: a subject pronoun or a name right before it, or an object after it ("appelées",
 *   "a dish described as" are participles);
 * - a verb of naming with its object, the span qualifying the object ("called the ending "too cruel"",
 *   "qualifie la fin de « … »"): not when the span is a name or a label, that is when a determiner
 *   stands right before it or opens it ("called it a "masterpiece"", "called him "the boss""), nor
 *   without an object ("que les ouvriers appelaient « le château »").
 * The clause starts after the last comma or sentence mark.
 */
export function wordingBefore(before: string, inner: string, lang: Lang): boolean {
  const clause = before.split(/[.!?;:,«»"“”()]/).pop() ?? ''
  const written = clause.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []
  const articles = loadSet(import.meta.url, `lexicon/determiners.${lang}.tsv`)
  for (let at = written.length - 1; at >= 0 && at >= written.length - 1 - wordingReach; at--) {
    const word = written[at] as string
    const speaking = isSpeakingVerb(word, lang)
    if (!speaking && !isNamingVerb(word, lang)) continue
    const between = written.slice(at + 1).map((item) => item.toLowerCase())
    // only a complement between: prepositions, determiners and at most a short object ("it", "the new film")
    const content = between.filter((item) => !articles.has(item) && !wordingPrepositions.has(item))
    if (content.length > wordingObject) return false
    const object = content.length > 0
    if (!speaking) {
      const opening = words(inner)[0] ?? ''
      const previous = between[between.length - 1] ?? ''
      return object && !articles.has(previous) && !articles.has(opening)
    }
    const subject = (written[at - 1] ?? '').replace(/-(?:même|mêmes|self|selves)$/u, '')
    return object || activeSubjects.has(subject.toLowerCase()) || (/^\p{Lu}/u.test(subject) && !participle(word, lang))
  }
  return false
}

/** The most words of a lower-case fragment read as scare quotes when its sentence has no verb of saying. */
const maxScareFragment = 3

/**
 * Whether the sentence of a span holds, outside the span, a verb of saying, speaking or naming, a
 * source ("selon", "according") or a quotation mark of another quotation: someone is reported there.
 * The sentence must hold words before the span (a fragment that opens its sentence may be a reply).
 */
function sayingInSentence(view: TextView, span: RawQuoted, lang: Lang): boolean {
  const sentence = view.sentences[spanAt(view.sentences, span.open)]
  if (!sentence) return true
  const close = span.close ?? span.end
  const head = view.text.slice(sentence.start, span.open)
  if (words(head).length === 0) return true
  const tail = view.text.slice(close + 1, Math.max(close + 1, sentence.end))
  if (/[«»“”„"]/.test(head + tail)) return true
  const outside = words(head + ' ' + tail)
  const sources = lang === 'fr' ? ['selon', 'dixit', 'propos'] : ['according', 'quoted', 'quoting']
  return outside.some((word) => isSpeechVerb(word, lang) || isSpeakingVerb(word, lang) || isNamingVerb(word, lang) || sources.includes(word))
}

/** Object pronouns that may stand between a verb of saying and its comma ("told me,", "lui a dit,"). */
const saidTo = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'lui', 'leur', 'moi', 'nous', 'vous'])

/** Whether the text before a mark ends with a verb of saying, maybe its indirect object, and a comma ("she told me, ", "he said, "). */
function saidBefore(before: string, lang: Lang): boolean {
  const match = /([\p{L}]+)(?:[\s\u00a0]+([\p{L}]+))?[\s\u00a0]*,[\s\u00a0\u202f]*$/u.exec(before)
  if (!match) return false
  const [, first, second] = match as unknown as [string, string, string | undefined]
  if (second === undefined) return isSpeechVerb(first.toLowerCase(), lang)
  return saidTo.has(second.toLowerCase()) && isSpeechVerb(first.toLowerCase(), lang)
}

/** Reflexive pronouns of the third person ("s'est dite", "se déclare"). */
const reflexives = new Set(['se', 's'])

/**
 * Whether the clause before a span ends with a reflexive verb of saying (French: "elle s'est dite",
 * "il se déclare", "s'était aussitôt dite", "se disent"): the span is the words the subject said of
 * themselves ("« estomaquée »"), not a so-called name ("la mode dite du « … »" has no reflexive).
 */
export function saidOfSelf(before: string, lang: Lang): boolean {
  if (lang !== 'fr') return false
  const clause = before.split(/[.!?;:,«»"“”()]/).pop() ?? ''
  const written = (clause.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []).filter((word) => !isAdverb(word, lang))
  const verb = written[written.length - 1]
  if (!verb || !isSpeechVerb(verb, lang)) return false
  // (an adverb may stand before the participle: "s'était aussitôt dite")
  for (let at = written.length - 2; at >= 0 && at >= written.length - 4; at--) {
    const word = written[at] as string
    if (reflexives.has(word)) return true
    if (isSpeechVerb(word, lang)) return false
  }
  return false
}

/** The words of `before` after its last sentence end (a full stop, "!" or "?" followed by a space). */
function sentenceTail(before: string): string {
  const ends = [...before.matchAll(/[.!?…][\s\u00a0\u202f]+/gu)]
  const end = ends[ends.length - 1]
  return end ? before.slice((end.index ?? 0) + end[0].length) : before
}

/** Whether a verb form may be a past participle ("described", "décrite", "parlé"). */
function participle(word: string, lang: Lang): boolean {
  return lang === 'fr' ? /(?:é|ée|és|ées|écrit|écrite|écrits|écrites)$/u.test(word.toLowerCase()) : /(?:ed|en)$/u.test(word.toLowerCase())
}

/** Whether the words of `last` end with one of the cue phrases, maybe followed by "of"/"de" (the cue stands right before the mark). */
function cueEnds(last: string[], phrases: string[][]): boolean {
  if (/^(?:of|de|d|du|des)$/.test(last[last.length - 1] ?? '')) last = last.slice(0, -1)
  return phrases.some((phrase) => phrase.length <= last.length && phrase.every((word, offset) => last[last.length - phrase.length + offset] === word))
}

/** The longest span (in words) read as a word used at a distance inside a noun phrase. */
const maxInsidePhrase = 4

/**
 * Whether a short span stands inside a noun phrase: a determiner (or "kind of", "sorte de") right
 * before the opening mark and a lower-case word right after the closing one, no punctuation on
 * either side ("loin du « cinéma de salon » attendu", "a "prestige" picture", "the kind of "small,
 * brave" decision").
 */
function insideNounPhrase(text: string, span: RawQuoted, before: string, lang: Lang, count: number): boolean {
  if (span.close === null || count === 0 || count > maxInsidePhrase) return false
  const previous = /([\p{L}]+)['’]?[\s\u00a0\u202f]*$/u.exec(before)
  if (!previous) return false
  const word = (previous[1] as string).toLowerCase()
  // "the kind of "…" decision", "une sorte de « … » discret": "kind of" stands where a determiner stands
  const kindOf = (word === 'of' || word === 'de' || word === 'd') && /([\p{L}]+)[\s\u00a0\u202f]+(?:of|de|d['’])[\s\u00a0\u202f]*$/u.exec(before)
  if (!loadSet(import.meta.url, `lexicon/determiners.${lang}.tsv`).has(word) && !(kindOf && loadSet(import.meta.url, `lexicon/kind-nouns.${lang}.tsv`).has((kindOf[1] as string).toLowerCase()))) return false
  return /^[\s\u00a0\u202f]+\p{Ll}/u.test(text.slice(span.close + 1, span.close + 4))
}

/** The text of the paragraph before `at` (at most 200 characters). */
function clauseBefore(view: TextView, at: number): string {
  const paragraph = view.paragraphs[spanAt(view.paragraphs, at)]
  const from = Math.max(paragraph ? paragraph.start : 0, at - 200)
  return view.text.slice(from, at)
}

/**
 * Whether a list of names follows `at` (just past a span's closing mark): a comma (before or after
 * the mark), then three items or more set apart by commas, the first two capitalised names of one
 * to four words, and no verb of
 * saying in the rest of the line's sentence ("," Nolan, Murphy, Gladstone", not "," Ana, Paul and
 * Marc shouted").
 */
function listFollows(text: string, at: number, lang: Lang): boolean {
  const closedOnComma = /,[\s\u00a0\u202f]*$/.test(text.slice(Math.max(0, at - 3), at - 1))
  const rest = /^[^.!?;\n]*/.exec(text.slice(at, at + 200))?.[0] ?? ''
  const tail = closedOnComma ? rest : rest.replace(/^[\s\u00a0\u202f]*,/, '')
  if (!closedOnComma && tail === rest) return false
  const items = tail.split(',').map((item) => item.trim())
  const item = /^\p{Lu}[\p{L}'’.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’.-]*){0,3}(?:[\s\u00a0]*\([^()]{1,30}\))?$/u
  if (items.length < 3 || !item.test(items[0] as string) || !item.test(items[1] as string)) return false
  const written = tail.match(/[\p{L}]+(?:[-'’][\p{L}]+)*/gu) ?? []
  return !written.some((word) => isSpeechVerb(word.toLowerCase(), lang))
}

/**
 * Whether an incise with a verb of saying follows `at`: the verb first (`», dit-il`, `," said the
 * director`), or a short subject then the verb (`," she said`, `", Moreau told the paper`). A relative
 * clause (`", which he wrote`) is not an incise.
 */
export function speechVerbAfter(text: string, at: number, lang: Lang): boolean {
  const after = text.slice(at, at + 80)
  // (an incise never runs past the end of its line: "“…,” X\nSpecial Mention: …" is a list)
  const match = /^[\s\u00a0\u202f]*[,]?[\s\u00a0\u202f]*[—–-]?[\s\u00a0\u202f]*([^.!?:;»«"“”()\n]*)/u.exec(after)
  if (!match) return false
  const written = (match[1] ?? '').match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []
  const following = written.slice(0, 4)
  const first = following[0]
  if (!first || relatives.has(first.toLowerCase())) return false
  // a source phrase right after the span: "», selon X", "", according to X"
  if (sources.has(first.toLowerCase()) || (first.toLowerCase() === 'according' && following[1]?.toLowerCase() === 'to')) return true
  return following.some((word, position) => {
    const lower = word.toLowerCase()
    // ("», s'amuse X", "», m'écrit-elle": an elided clitic is written with its verb)
    const verb = lower.replace(/^[smt]['’]/u, '').split('-')[0] as string
    if (!isSpeechVerb(lower, lang) && !isSpeechVerb(verb, lang)) return false
    // a passive participle ("», publié par", "", published by") describes a work, it does not attribute
    if (passiveAgents.has(following[position + 1]?.toLowerCase() ?? '')) return false
    if (position === 0) return true
    // the words before the verb must be a short subject: a pronoun, a name, or "the" + noun
    // (a determiner may bring its noun: "the director said")
    const subject = following.slice(0, position)
    const inverted = /-(?:t-)?(?:il|elle|ils|elles|on|je|nous|vous)$/iu
    if (subject.every((before) => /^\p{Lu}/u.test(before) || subjectWords.has(before.toLowerCase()) || inverted.test(before))) return true
    return determiners.has((subject[0] as string).toLowerCase()) && position <= 3
  })
}

/** Words that introduce the agent of a passive participle ("publié par", "published by"). */
const passiveAgents = new Set(['par', 'by'])
/** Words that name a source right after a quotation. */
const sources = new Set(['selon', "d'après", 'd’après'])
/** Words that open a relative clause, not an incise. */
const relatives = new Set(['which', 'who', 'that', 'where', 'when', 'qui', 'que', 'qu', 'dont', 'où', 'lequel', 'laquelle'])
/** Determiners that open the subject of an incise ("the director said", "la cinéaste raconte"). */
const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'le', 'la', 'l', 'les', 'un', 'une', 'son', 'sa', 'ses', 'leur'])
/** Words that may stand before the verb of an incise. */
const subjectWords = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'the', 'his', 'her', 'their', 'il', 'elle', 'ils', 'elles', 'on', 'je', 'j', 'nous', 'vous', 'lui', 'leur', 'se', 'me', 'te', 'a', 'an', 'also', 'then', 'later', 'has', 'had'])

/** Whether one of the cue phrases ends within the last `window` words. */
function hasCue(last: string[], phrases: string[][], window: number): boolean {
  const tail = last.slice(-window)
  for (const phrase of phrases) {
    for (let end = tail.length; end >= phrase.length; end--) {
      let ok = true
      for (let offset = 0; offset < phrase.length; offset++) {
        if (tail[end - phrase.length + offset] !== phrase[offset]) {
          ok = false
          break
        }
      }
      if (ok) return true
    }
  }
  return false
}

/** Adverbs are skipped between a cue and the mark ("intitulée ironiquement"). */
function isAdverb(word: string, lang: Lang): boolean {
  return lang === 'fr' ? /ment$/.test(word) && word.length > 6 : /ly$/.test(word) && word.length > 4
}

const cueCache = new Map<string, string[][]>()

/** Cue phrases of a kind, as word lists. */
function cues(lang: Lang, kind: 'title' | 'scare'): string[][] {
  const key = `${kind}.${lang}`
  let list = cueCache.get(key)
  if (!list) {
    list = loadList(import.meta.url, `lexicon/${kind}-cues.${lang}.tsv`).map((phrase) => words(phrase))
    cueCache.set(key, list)
  }
  return list
}

/** First and second person words of a language. */
function pronouns(lang: Lang): Set<string> {
  return loadSet(import.meta.url, `lexicon/personal-pronouns.${lang}.tsv`)
}
