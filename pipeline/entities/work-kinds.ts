/**
 * work-kinds: whether a work the text names without a kind noun is a film.
 *
 * titles.ts types a work by the noun right before it ("le film X", "the song X"); a title found by
 * its quotes, italics or an apposition alone gets the default, CreativeWork. Here the few words
 * around each of its mentions vote: film words ("“X,” the first feature by …", "X, shot in
 * Oregon", "On our first film together, ‘X’") against words of other works ("sings “X”", "the
 * novel"); a few framings vote too (a running time beside the title, a cast after it, "son court X",
 * a heading that ends with the title, read through the paragraph under it; a definite work noun opening the
 * next sentence, "X s'envole. La comédie de Y …"); a title the headline names
 * in a text on films gets one film vote more. A work whose
 * film votes win is a Movie; a tie keeps the default. A work with no vote either way takes the kind the
 * text is about: in a text on films (film nouns at least twice, and at least as often as nouns of
 * other works), a title no word around it types is a film ("Reichardt's “First Cow”").
 * The cue words are data (lexicon/work-kind-cues.tsv), and the work nouns of work-nouns.tsv count too.
 */
import {loadRows, perLanguage} from '../lexicon/index.js'
import {countBefore} from '../quoted/search.js'
import type {Lang, Span} from '../types.js'
import type {Token} from './tokens.js'

/** How many words on each side of a mention are read (an acting verb often stands a clause away: "incarne un juge rongé par le doute dans X"). */
const reach = 10

/** The cue words of one language: word → film or other. */
const kindCues: (lang: Lang) => Map<string, 'film' | 'other'> = perLanguage((lang: Lang) => {
  const cues = new Map<string, 'film' | 'other'>()
  for (const [word, kind, rowLang] of loadRows(import.meta.url, 'lexicon/work-kind-cues.tsv')) {
    if (word && rowLang === lang && (kind === 'film' || kind === 'other')) cues.set(word, kind)
  }
  return cues
})

/** The votes cast for a work's kind: for a film, and for another kind of work. */
interface KindVotes {
  film: number
  other: number
}

/**
 * True when a work named without a kind noun is a film: its film votes win, or no word votes and the
 * text is on films.
 */
export function isFilm(
  tokens: Token[],
  mentions: Span[],
  workNouns: Map<string, 'Movie' | 'CreativeWork'>,
  lang: Lang,
  paragraphOf: (sentence: number) => number
): boolean {
  const votes = filmVotes(tokens, mentions, workNouns, lang, paragraphOf)
  votes.film += headlineVote(tokens, mentions, workNouns)
  if (votes.film !== votes.other) return votes.film > votes.other
  return votes.film === 0 && onFilms(tokens, workNouns)
}

/**
 * The votes over the words around `mentions`, in the mention's sentence.
 *
 * @param tokens the text's words, in order.
 * @param mentions the work's mentions.
 * @param workNouns the work nouns of the entity lexicon (Movie or another kind).
 * @param paragraphOf the paragraph of a sentence (by index).
 */
function filmVotes(
  tokens: Token[],
  mentions: Span[],
  workNouns: Map<string, 'Movie' | 'CreativeWork'>,
  lang: Lang,
  paragraphOf: (sentence: number) => number
): KindVotes {
  const cues = kindCues(lang)
  const kindOf = (word: string): 'film' | 'other' | undefined => {
    const noun = workNouns.get(word)
    return noun ? (noun === 'Movie' ? 'film' : 'other') : cues.get(word)
  }
  const votes: KindVotes = {film: 0, other: 0}
  const vote = (kind: 'film' | 'other'): void => void votes[kind]++
  for (const mention of mentions) {
    const first = firstTokenAt(tokens, mention.start)
    if (first === undefined) continue
    let last = first
    while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < mention.end) last++
    const sentence = (tokens[first] as Token).sentence
    let around = [...range(first - reach, first), ...range(last + 1, last + 1 + reach)]
    // a heading that is only the title ("## 3. *X*"): the paragraph after it speaks of the work
    let inWindow = (token: Token): boolean => token.sentence === sentence
    votes.film += frameVotes(tokens, first, last, lang)
    if (alone(tokens, first, last) || closesHeading(tokens, first, last)) {
      const section = paragraphOf(sentence + 1)
      inWindow = (token) => token.sentence > sentence && paragraphOf(token.sentence) === section
      around = []
      for (let k = last + 1; k < tokens.length && inWindow(tokens[k] as Token); k++) around.push(k)
    }
    for (const k of around) {
      const token = tokens[k]
      if (!token || !inWindow(token)) continue
      const kind = kindOf(token.lower)
      if (kind) vote(kind)
    }
    // "X a pris la tête du box-office. La comédie d'action de Y, avec …": the sentence after it opens
    // on a definite work noun that takes the work up again
    const noun = anaphoricNoun(tokens, last, workNouns)
    if (noun) vote(noun === 'Movie' ? 'film' : 'other')
  }
  return votes
}

/** Determiners that take up a thing just named ("la comédie", "this documentary"). */
const anaphoricDeterminers = new Set(['le', 'la', 'l', 'ce', 'cet', 'cette', 'the', 'this'])

/**
 * The kind of the work noun a definite determiner brings among the first words of the sentence after
 * the one of token `last` ("Sorti le 18 février, le drame de Y …"), if any.
 */
function anaphoricNoun(tokens: Token[], last: number, workNouns: Map<string, 'Movie' | 'CreativeWork'>): 'Movie' | 'CreativeWork' | undefined {
  const sentence = (tokens[last] as Token).sentence
  let k = last + 1
  while (k < tokens.length && (tokens[k] as Token).sentence === sentence) k++
  for (let seen = 0; seen < reach && k + 1 < tokens.length && (tokens[k + 1] as Token).sentence === sentence + 1; k++, seen++) {
    const noun = workNouns.get((tokens[k + 1] as Token).lower)
    if (noun && anaphoricDeterminers.has((tokens[k] as Token).lower)) return noun
  }
  return undefined
}

/**
 * One film vote for a work the headline names ("Review: ‘X’ is a quiet storm") in a text that
 * speaks of films (two film nouns or more): an article on films is, first, about the film its title names.
 */
function headlineVote(tokens: Token[], mentions: Span[], workNouns: Map<string, 'Movie' | 'CreativeWork'>): number {
  const first = tokens[0]
  if (!first || !mentions.some((mention) => tokens[firstTokenAt(tokens, mention.start) ?? -1]?.sentence === first.sentence)) return 0
  return nounCounts(tokens, workNouns).film >= 2 ? 1 : 0
}

/** True when the text is on films: it uses film nouns twice or more, and no fewer than nouns of other works. */
function onFilms(tokens: Token[], workNouns: Map<string, 'Movie' | 'CreativeWork'>): boolean {
  const {film, other} = nounCounts(tokens, workNouns)
  return film >= 2 && film >= other
}

/** How many film nouns and nouns of other works the text uses, counted once per token list (every work of a text asks). */
const nounCountsCache = new WeakMap<Token[], KindVotes>()
function nounCounts(tokens: Token[], workNouns: Map<string, 'Movie' | 'CreativeWork'>): KindVotes {
  let counts = nounCountsCache.get(tokens)
  if (!counts) {
    counts = {film: 0, other: 0}
    for (const token of tokens) {
      const noun = workNouns.get(token.lower)
      if (noun) counts[noun === 'Movie' ? 'film' : 'other']++
    }
    nounCountsCache.set(tokens, counts)
  }
  return counts
}

/** Units of a running time written after a number ("22 min", "1 h 52", "102 minutes"). */
const durationUnits = new Set(['min', 'mn', 'minutes', 'h'])
/** A running time in one word ("90-minute", "three-hour", "2h10", "1h52"). */
const durationWord = /^(?:[\p{L}\p{N}]+-(?:minute|hour)s?|\d+h\d*|\d+-minutes?)$/u
/** Words that open a cast right after a title ("X, avec A et B"). */
const castWords: Record<Lang, Set<string>> = {fr: new Set(['avec']), en: new Set(['starring'])}
/** "Short" as a noun, a film's kind, right before a title ("son court X", "her short X"). */
const shortNouns: Record<Lang, Set<string>> = {fr: new Set(['court', 'courts']), en: new Set(['short', 'shorts'])}
const determiners = new Set(['le', 'un', 'son', 'ce', 'leur', 'notre', 'votre', 'mon', 'ton', 'les', 'des', 'ses', 'ces', 'the', 'a', 'her', 'his', 'their', 'its', 'this', 'my', 'our', 'your', 'whose', 'dont'])

/**
 * Film votes from the frame of one mention, words in a set order that say a film: a running time near
 * it ("X (France, 22 min)", "X, a three-hour portrait"), a cast right after it ("X, avec A et B"), or
 * "short" as the noun before it ("son court X"). A maker credited after a title ("X, de Y", "X by Y")
 * is no vote: songs, plays and symphonies are credited the same way.
 */
function frameVotes(tokens: Token[], first: number, last: number, lang: Lang): number {
  const sentence = (tokens[first] as Token).sentence
  const at = (k: number): Token | undefined => (tokens[k]?.sentence === sentence ? tokens[k] : undefined)
  let votes = 0
  for (let k = Math.max(0, first - reach); k < last + 1 + reach; k++) {
    if (k >= first && k <= last) continue
    const token = at(k)
    if (!token) continue
    const next = at(k + 1)
    if (durationWord.test(token.lower) || (/^\d{1,3}$/.test(token.text) && next && durationUnits.has(next.lower) && (next.lower !== 'h' || /^\d{2}$/.test(at(k + 2)?.text ?? '')))) {
      votes++
      break
    }
  }
  const after = at(last + 1)
  const named = at(last + 2)
  if (after && named && named.cap && castWords[lang].has(after.lower)) votes++
  const before = at(first - 1)
  if (before && shortNouns[lang].has(before.lower) && determiners.has(at(first - 2)?.lower ?? '')) votes++
  return votes
}

/**
 * True when the words `[first, last]` close a heading of a few words ("## In competition: *X*"): the
 * paragraph under it speaks of the work, as under a heading that is only the title.
 */
function closesHeading(tokens: Token[], first: number, last: number): boolean {
  const sentence = (tokens[first] as Token).sentence
  const after = tokens[last + 1]
  // the line ends with the title, with no stop after it (a heading, not a sentence)
  if (!after || after.sentence === sentence || !/^[\s*_"”»’)]*\n/.test(after.before)) return false
  let open = first
  while (open > 0 && (tokens[open - 1] as Token).sentence === sentence) open--
  return first > open && first - open <= 4 && (tokens[open] as Token).before.includes('\n')
}

/** True when the words `[first, last]` fill their sentence, but for a number ("3. X"). */
function alone(tokens: Token[], first: number, last: number): boolean {
  const sentence = (tokens[first] as Token).sentence
  const before = tokens[first - 1]
  const opens = !before || before.sentence !== sentence || (/^\d+$/.test(before.text) && (tokens[first - 2]?.sentence ?? -1) !== sentence)
  const after = tokens[last + 1]
  return opens && (!after || after.sentence !== sentence)
}

/** The index of the first word starting at or after `offset`. */
function firstTokenAt(tokens: Token[], offset: number): number | undefined {
  const at = countBefore(tokens, offset)
  return at < tokens.length ? at : undefined
}

function range(from: number, to: number): number[] {
  const out: number[] = []
  for (let k = Math.max(0, from); k < to; k++) out.push(k)
  return out
}
