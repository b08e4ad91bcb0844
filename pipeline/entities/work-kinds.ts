/**
 * work-kinds: whether a work the text names without a kind noun is a film.
 *
 * titles.ts types a work by the noun right before it ("le film X", "the song X"); a title found by
 * its quotes, italics or an apposition alone gets the default, CreativeWork. Here the few words
 * around each of its mentions vote: film words ("“X,” the first feature by …", "X, shot in
 * Oregon", "On our first film together, ‘X’") against words of other works ("sings “X”", "the
 * novel"); a title the headline names in a text on films gets one film vote more. A work whose
 * film votes win is a Movie; no vote, or a tie, keeps the default.
 * The cue words are data (lexicon/work-kind-cues.tsv), and the work nouns of work-nouns.tsv count too.
 */
import {loadRows, perLanguage} from '../lexicon/index.js'
import {countBefore} from '../quoted/search.js'
import type {Lang, Span} from '../types.js'
import type {Token} from './tokens.js'

/** How many words on each side of a mention are read. */
const reach = 6

/** The cue words of one language: word → film or other. */
const kindCues: (lang: Lang) => Map<string, 'film' | 'other'> = perLanguage((lang: Lang) => {
  const cues = new Map<string, 'film' | 'other'>()
  for (const [word, kind, rowLang] of loadRows(import.meta.url, 'lexicon/work-kind-cues.tsv')) {
    if (word && rowLang === lang && (kind === 'film' || kind === 'other')) cues.set(word, kind)
  }
  return cues
})

/**
 * Film votes minus other-work votes over the words around `mentions`, in the mention's sentence.
 *
 * @param tokens the text's words, in order.
 * @param mentions the work's mentions.
 * @param workNouns the work nouns of the entity lexicon (Movie or another kind).
 * @param paragraphOf the paragraph of a sentence (by index).
 */
export function filmVotes(
  tokens: Token[],
  mentions: Span[],
  workNouns: Map<string, 'Movie' | 'CreativeWork'>,
  lang: Lang,
  paragraphOf: (sentence: number) => number
): number {
  const cues = kindCues(lang)
  const kindOf = (word: string): 'film' | 'other' | undefined => {
    const noun = workNouns.get(word)
    return noun ? (noun === 'Movie' ? 'film' : 'other') : cues.get(word)
  }
  let votes = 0
  for (const mention of mentions) {
    const first = firstTokenAt(tokens, mention.start)
    if (first === undefined) continue
    let last = first
    while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < mention.end) last++
    const sentence = (tokens[first] as Token).sentence
    let around = [...range(first - reach, first), ...range(last + 1, last + 1 + reach)]
    // a heading that is only the title ("## 3. *X*"): the paragraph after it speaks of the work
    let inWindow = (token: Token): boolean => token.sentence === sentence
    if (alone(tokens, first, last)) {
      const section = paragraphOf(sentence + 1)
      inWindow = (token) => token.sentence > sentence && paragraphOf(token.sentence) === section
      around = []
      for (let k = last + 1; k < tokens.length && inWindow(tokens[k] as Token); k++) around.push(k)
    }
    for (const k of around) {
      const token = tokens[k]
      if (!token || !inWindow(token)) continue
      const kind = kindOf(token.lower)
      if (kind) votes += kind === 'film' ? 1 : -1
    }
  }
  return votes
}

/**
 * One film vote for a work the headline names ("Review: ‘X’ is a quiet storm") in a text that
 * speaks of films (two film nouns or more): an article on films is, first, about the film its title names.
 */
export function headlineVote(tokens: Token[], mentions: Span[], workNouns: Map<string, 'Movie' | 'CreativeWork'>): number {
  const first = tokens[0]
  if (!first || !mentions.some((mention) => tokens[firstTokenAt(tokens, mention.start) ?? -1]?.sentence === first.sentence)) return 0
  return filmNounCount(tokens, workNouns) >= 2 ? 1 : 0
}

/** How many film nouns the text uses, counted once per token list (every work of a text asks). */
const filmNounCounts = new WeakMap<Token[], number>()
function filmNounCount(tokens: Token[], workNouns: Map<string, 'Movie' | 'CreativeWork'>): number {
  let count = filmNounCounts.get(tokens)
  if (count === undefined) {
    count = 0
    for (const token of tokens) if (workNouns.get(token.lower) === 'Movie') count++
    filmNounCounts.set(tokens, count)
  }
  return count
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
