/**
 * work-checks: titles whose own words or surroundings say they name something else than a work. A wrongly typed work
 * is the costliest entity error: the fact rules attach directors, festivals and prizes to it. A title fails when it is
 * - a prize: unmarked, after a determiner, its last word a prize's emblem ("la Silver Palm", "the Silver Bear"), or its
 *   first one before "d'or" / "d'argent" ("le Lion d'or") (lexicon/prize-emblems.tsv);
 * - a category: one unmarked word that is a work noun ("the People's Choice Award for Documentaries");
 * - a person in a role apposition: unmarked and typed by nothing, right after a role ("the editor, Jane Roe, lets");
 * - a maker: unmarked, a person-shaped name after "de" / "by" and a capitalised word, closed by a year in brackets
 *   ("les Misérables de Jane Roe (2019)": the title ends before "de");
 * - a label or words said: in quotation marks right after a naming or saying verb ("the crew called her “Iron
 *   Lady”", "le prénom de « Y »", "I said, “Stand up”": lexicon/label-verbs.tsv), with no work noun
 *   before the verb ("a film called “X”" keeps its title).
 * A title failing once fails wherever the text repeats it unmarked and untyped.
 */
import {loadRows, perLanguage} from '../lexicon/index.js'
import type {Lang} from '../types.js'
import type {EntityLexicon} from './lexicon.js'
import {nameKey} from './normalize.js'
import {roleEndingAt} from './context.js'
import type {WorkMention} from './titles.js'
import type {Token} from './tokens.js'

let emblemCache: Set<string> | undefined
function emblems(): Set<string> {
  if (!emblemCache) emblemCache = new Set(loadRows(import.meta.url, 'lexicon/prize-emblems.tsv').map(([word]) => word as string).filter(Boolean))
  return emblemCache
}

/** The naming and saying phrases of one language, as words, longest first (lexicon/label-verbs.tsv). */
const labelPhrases: (lang: Lang) => string[][] = perLanguage((lang: Lang) =>
  loadRows(import.meta.url, 'lexicon/label-verbs.tsv')
    .filter(([, rowLang]) => rowLang === lang)
    .map(([phrase]) => (phrase as string).split(/\s+/))
    .sort((a, b) => b.length - a.length))

const determiners = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'du', 'au', 'des', 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'sa', 'son', 'ses', 'leur'])
/** Object pronouns between a naming verb and its label. */
const objectPronouns = new Set(['her', 'him', 'it', 'them', 'me', 'us', 'you', 'himself', 'herself', 'itself'])
const makerWords = new Set(['de', 'by'])

/** The quotation mark, star or underscore that opens the span, if any. */
function opener(source: string, start: number): string | undefined {
  const m = /([*_"«“‘'])\s?$/u.exec(source.slice(Math.max(0, start - 2), start))
  return m ? (m[1] as string) : undefined
}

/** The tokens of `[start, end)`, as indices. */
function span(tokens: Token[], start: number, end: number): {from: number; to: number} | undefined {
  let from = -1
  let to = -1
  for (const token of tokens) {
    if (token.start >= start && token.end <= end) {
      if (from < 0) from = token.i
      to = token.i + 1
    } else if (token.start >= end) break
  }
  return from < 0 ? undefined : {from, to}
}

function prize(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 4) return false
  const before = tokens[from - 1]
  if (!before || !determiners.has(before.lower) || before.sentence !== (tokens[from] as Token).sentence) return false
  const last = tokens[to - 1] as Token
  const first = tokens[from] as Token
  if (emblems().has(last.folded)) return true
  return emblems().has(first.folded) && /^d['’](or|argent)$/.test(tokens[from + 1]?.lower ?? '')
}

function category(tokens: Token[], from: number, to: number, lex: EntityLexicon): boolean {
  return to - from === 1 && lex.workNouns.has((tokens[from] as Token).lower)
}

function roleApposition(tokens: Token[], from: number, to: number, lex: EntityLexicon): boolean {
  if (to - from < 2 || to - from > 3) return false
  if (!tokens.slice(from, to).every((token) => token.cap && !token.allCaps && !lex.stopwords.has(token.lower))) return false
  const role = roleEndingAt(tokens, from, lex)
  return !!role && (tokens[role.from] as Token).sentence === (tokens[from] as Token).sentence
}

function maker(text: string, tokens: Token[], from: number, to: number, end: number, lex: EntityLexicon): boolean {
  if (to - from < 2 || to - from > 3 || !/^\s*\(\s*(1[89]|20)\d\d\s*\)/.test(text.slice(end, end + 10))) return false
  const de = tokens[from - 1]
  const owner = tokens[from - 2]
  if (!de || !owner || !makerWords.has(de.lower) || !owner.cap || owner.sentence !== de.sentence) return false
  return tokens.slice(from, to).every((token) => token.cap && !token.allCaps && !lex.stopwords.has(token.lower) && !lex.heads.has(token.lower) && !lex.places.has(token.folded))
}

function label(source: string, tokens: Token[], from: number, lex: EntityLexicon, lang: Lang): boolean {
  const mark = opener(source, (tokens[from] as Token).start)
  if (!mark || mark === '*' || mark === '_') return false
  const sentence = (tokens[from] as Token).sentence
  // ("called her “X”": an object pronoun may stand between the verb and the label)
  const end = objectPronouns.has(tokens[from - 1]?.lower ?? '') ? from - 1 : from
  for (const words of labelPhrases(lang)) {
    const at = end - words.length
    if (at < 0) continue
    if (!words.every((word, k) => (tokens[at + k] as Token).lower === word && (tokens[at + k] as Token).sentence === sentence)) continue
    // ("un film intitulé", "a short film called": a work noun before the verb keeps the title)
    const noun = tokens[at - 1]
    const noun2 = tokens[at - 2]
    if ((noun && lex.workNouns.has(noun.lower)) || (noun && noun2 && lex.workNouns.has(`${noun2.lower} ${noun.lower}`))) return false
    return true
  }
  return false
}

/**
 * Drop the titles that name something else than a work (see above).
 *
 * @param source the article text (offsets shared with the tokens).
 * @param text the text view (markup blanked).
 */
export function dropNonWorks(source: string, text: string, tokens: Token[], works: WorkMention[], lex: EntityLexicon, lang: Lang): WorkMention[] {
  const failed = new Set<string>()
  const unmarked = (work: WorkMention): boolean => opener(source, work.start) === undefined
  for (const work of works) {
    const at = span(tokens, work.start, work.end)
    if (!at) continue
    const {from, to} = at
    const plain = unmarked(work)
    const fails =
      (plain && prize(tokens, from, to)) ||
      (plain && category(tokens, from, to, lex)) ||
      (plain && !work.typed && roleApposition(tokens, from, to, lex)) ||
      (plain && maker(text, tokens, from, to, work.end, lex)) ||
      (!work.typed && label(source, tokens, from, lex, lang))
    if (fails) failed.add(nameKey(source.slice(work.start, work.end)))
  }
  if (failed.size === 0) return works
  return works.filter((work) => {
    if (!failed.has(nameKey(source.slice(work.start, work.end)))) return true
    // (a mention marked and typed on its own stays a title)
    return work.typed && !unmarked(work)
  })
}
