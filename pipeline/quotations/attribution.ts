/**
 * attribution: where a quotation says who spoke, as a cue and a speaker mention.
 *
 * Patterns, tried in this order by the caller:
 * - `inciseInside`: an incise inside the quoted words ("Je ne sais pas, dit-elle, si …",
 *   "— Tiens, dit-il, nous …", "We had no money, she said, we had time"): it also splits
 *   the quotation into fragments;
 * - `attributionAfter`: right after the closing mark ("», confie l'artiste", "", said the director",
 *   "», tweete X le 29 décembre", "" she said", "," Moreau told the paper");
 * - `attributionBefore`: a clause ending with a colon before the opening mark ("X explique :",
 *   "La productrice s'en amuse :", "She said:"), or a verb of saying just before the mark (one whose
 *   subject names no one inside what an earlier verb of saying reports gives way to that verb), a
 *   verb of calling and its short object ("X, who …, calls it "…""), or a person's clause before a
 *   colon inside the sentence ("One critic put it bluntly: it is "…"");
 * - `sourcePhrase`: "selon X", "d'après X", "according to X" (or a pronoun: "selon lui") in the same sentence,
 *   with a name in apposition to it ("selon son délégué, X, …", "according to the Herald's critic, X, …").
 */
import {isNamingVerb, isSpeakingVerb, isSpeechVerb} from '../quoted/speech-verbs.js'
import {loadList, loadRows, perLanguage} from '../lexicon/index.js'
import type {Lang, Span} from '../types.js'
import {honorificDot, isAdverb, isSubject, nameAt, nounPhraseAt, speechCueAt, subjectBefore, withApposition, withGenitiveTrade, withIssuer} from './phrases.js'
import {capitalised, classesOf, is, personNoun, tokenize, type Token} from '../quoted/words.js'

/** What an attribution pattern found. */
export interface Attribution {
  cue: Span | null
  mention: Span | null
  /** Another person the clause names, who may answer next ("Quand il eut fini : — … — …"). */
  other?: Span | null
  /** The credit of a blurb ("“A triumph.” — Empire"): it names the speaker even after a full stop. */
  credit?: boolean
}

/** An incise inside quoted words: the attribution and the pieces of speech around it. */
export interface Incise extends Attribution {
  fragments: Span[]
}

const inciseOpeners = new Set([',', '!', '?', '…', ';', '.'])
const closingMarks = new Set(['»', '”'])
/** The longest incise, in tokens. */
const maxIncise = 12

/** An incise inside `[start, end)`, splitting it into fragments; null when there is none. */
export function inciseInside(text: string, start: number, end: number, lang: Lang): Incise | null {
  const tokens = tokenize(text, start, end, lang)
  for (let index = 1; index < tokens.length; index++) {
    const previous = tokens[index - 1] as Token
    // (a closing mark left inside a line closed twice may stand after the opener: "! » reprit-il")
    const opener = closingMarks.has(previous.text) && index >= 2 ? (tokens[index - 2] as Token) : previous
    if (previous.word || !inciseOpeners.has(opener.text)) continue
    if (index - 1 === 0) continue
    const found = inciseAt(tokens, index, lang)
    if (!found) continue
    // a capitalised word after the end of a sentence opens the next sentence, not an incise, unless its
    // pronoun is inverted ("… week two. Whisper Lake did not …": a title, not "whisper")
    if (/^[.!?…]$/.test(opener.text) && capitalised(tokens[index] as Token) && !(found.mention && /[-‐]$/.test(text.slice(found.mention.start - 1, found.mention.start)))) continue
    // an inverted verb right before a question mark asks a question, it does not attribute
    // (« Ici, chez nous, y penses-tu ? »)
    if (tokens[found.last + 1]?.text === '?' && found.mention && /-/.test(text.slice(tokens[found.last]!.start, tokens[found.last]!.end))) continue
    // the incise runs to the next punctuation mark
    let close = found.last + 1
    let guard = 0
    while (close < tokens.length && (tokens[close] as Token).word && guard < maxIncise) {
      close++
      guard++
    }
    // a long incise that runs on to the end names its speaker and goes on as narration ("— Devinez,
    // dit Pauline en faisant signe à sa sœur de toucher la main de sa mère."): a speaker named by a
    // noun phrase, after the first piece
    const first = {start, end: previous.end}
    if (guard >= maxIncise) {
      // an inverted pronoun ("dit-elle en me montrant …", "ajouta-t-il lorsqu'il eut …") always
      // attributes, however long the incise: the speech goes on after its next punctuation mark
      if (found.mention && found.cue && /[-‐]$/.test(text.slice(found.mention.start - 1, found.mention.start))) {
        let stop = close
        while (stop < tokens.length && (tokens[stop] as Token).word) stop++
        const next = tokens[stop + 1]
        const fragments: Span[] = [trimSpan(text, first)]
        if (next && /^[.!?…;:,]$/.test((tokens[stop] as Token).text)) fragments.push(trimSpan(text, {start: next.start, end}))
        return {cue: found.cue, mention: found.mention, fragments}
      }
      if (!found.mention || found.cue === null || /[.!?…;:]/.test(text.slice(tokens[close - 1]!.end, end).replace(/[.!?…]+[\s»”"]*$/, ''))) continue
      return {cue: found.cue, mention: found.mention, fragments: [trimSpan(text, first)]}
    }
    const after = tokens[close]
    const fragments: Span[] = [trimSpan(text, first)]
    if (after) {
      const resume = /[,;:]/.test(after.text) || after.text === '.' || after.text === '!' || after.text === '?' ? close + 1 : close
      const next = tokens[resume]
      if (next) fragments.push(trimSpan(text, {start: next.start, end}))
    }
    return {cue: found.cue, mention: found.mention, fragments}
  }
  return null
}

/** An incise starting at token `index`: inverted verb, verb + noun phrase, or (English) subject + verb. */
function inciseAt(tokens: Token[], index: number, lang: Lang): (Attribution & {last: number}) | null {
  const cue = speechCueAt(tokens, index, lang)
  if (cue) {
    if (cue.pronoun) return {cue: cue.cue, mention: cue.pronoun, last: cue.last}
    const phrase = nounPhraseAt(tokens, cue.last + 1, lang)
    if (phrase && !(lang === 'fr' && isSubject(tokens[cue.last + 1]?.lower ?? '', lang))) {
      // the incise may go on with adverbs or a complement ("répliqua X négligemment,", "cria X dans l'escalier.")
      let next = phrase.last + 1
      while (tokens[next] && isAdverb(tokens[next] as Token, lang)) next++
      const after = tokens[next]
      // … or with words that describe the speaker ("dit Claude qui avait levé la tête", "dit Florent
      // accablé", "répondit Pauline un peu déconcertée", "dit l'aveugle en souriant")
      if (!after || !after.word || lang === 'en' || is(after.lower, 'preposition', lang) || describing(tokens, next, phrase.span, lang)) return {cue: cue.cue, mention: phrase.span, last: next > phrase.last + 1 ? next - 1 : phrase.last}
    }
    return null
  }
  if (lang === 'en') {
    const subject = nounPhraseAt(tokens, index, lang) ?? nameAt(tokens, index, lang)
    if (!subject) return null
    const verb = speechCueAt(tokens, subject.last + 1, lang)
    if (verb && !verb.pronoun) {
      const after = tokens[verb.last + 1]
      if (!after || !after.word) return {cue: verb.cue, mention: subject.span, last: verb.last}
    }
  }
  return null
}

/**
 * Whether the words at `at`, after the noun phrase `phrase` that follows a verb of saying, describe
 * its person (French): a relative clause ("qui …"), a gerund ("en riant"), an adverb of degree and a
 * participle or an adjective ("un peu déconcerté"), a participle ("accablé"); the phrase must name
 * someone (a name, a person noun, or a determiner and a noun).
 */
function describing(tokens: Token[], at: number, phrase: Span, lang: Lang): boolean {
  const word = tokens[at]
  if (lang !== 'fr' || !word?.word) return false
  const words = tokens.filter((token) => token.word && token.start >= phrase.start && token.end <= phrase.end)
  if (words.length === 0 || isSubject(words[0]!.lower, lang)) return false
  if (word.lower === 'qui' || word.lower === 'en') return true
  const participle = (token: Token | undefined): boolean => token?.word === true && /(?:é|ée|és|ées|ant)$/.test(token.lower) && classesOf(token.lower, lang).size === 0
  if (participle(word)) return true
  return (word.lower === 'un' && tokens[at + 1]?.lower === 'peu' && participle(tokens[at + 2])) || (is(word.lower, 'adverb', lang) && participle(tokens[at + 1]))
}

/** The attribution in the words right after a closing mark at `from` (up to `limit`). */
export function attributionAfter(text: string, from: number, limit: number, lang: Lang): Attribution | null {
  const tokens = tokenize(text, from, Math.min(limit, from + 160), lang)
  let index = 0
  // a headline "‘…’: X on Y" names its speaker after a colon
  if (tokens[0]?.text === ':') {
    const name = nameAt(tokens, 1, lang)
    const next = tokens[(name?.last ?? 0) + 1]
    if (name && next?.word && /^(on|about|sur)$/.test(next.lower)) return {cue: null, mention: name.span}
  }
  const credit = blurbCredit(text, tokens, lang)
  if (credit) return {cue: null, mention: credit, credit: true}
  while (tokens[index] && !tokens[index]!.word && /^[,—–-]$/.test(tokens[index]!.text)) index++
  // a clause of manner names the speaker as well ("", as a colleague muttered", "», comme le dit X",
  // "», comme l'écrit X")
  if (tokens[index]?.word && tokens[index]!.lower === (lang === 'fr' ? 'comme' : 'as')) {
    const next = tokens[index + 1]
    const object = lang === 'fr' && next?.word && (next.lower === 'le' || next.lower === 'l') && tokens[index + 2]?.word && isSpeechVerb(tokens[index + 2]!.lower, lang)
    index += object ? 2 : 1
  }
  const cue = speechCueAt(tokens, index, lang, true)
  if (cue) {
    if (cue.pronoun) return {cue: cue.cue, mention: cue.pronoun}
    const found = nounPhraseAt(tokens, complementEnd(tokens, afterLocution(tokens, cue.last + 1, lang), lang), lang)
    const phrase = found ? withApposition(tokens, withIssuer(tokens, found, lang), lang) : null
    if (phrase) return {cue: cue.cue, mention: phrase.span}
    return {cue: cue.cue, mention: null}
  }
  // subject first: "il dit", "elle répondit", "she said", "Moreau told the paper",
  // "Jo Marlow, the singer's sister, told …" (an apposition between commas)
  const subject = nounPhraseAt(tokens, index, lang) ?? nameAt(tokens, index, lang)
  if (subject) {
    let at = subject.last + 1
    if (tokens[at]?.text === ',') {
      for (let next = at + 1; next < tokens.length && next <= at + 14; next++) {
        const text = (tokens[next] as Token).text
        if (/^[.!?…;:]$/.test(text)) break
        if (text === ',') {
          at = next + 1
          break
        }
      }
    }
    while (tokens[at]?.word && (is(tokens[at]!.lower, 'clitic', lang) || is(tokens[at]!.lower, 'adverb', lang))) at++
    const verb = speechCueAt(tokens, at, lang)
    if (verb && !verb.pronoun) return {cue: verb.cue, mention: subject.span}
  }
  return null
}

/**
 * The credit of a blurb: a dash or an opening bracket right after the closing mark, then a name that ends the line, the
 * bracket or the item of a run of blurbs ("“A triumph.” — Empire", "« Bouleversant. » (Télérama)", "« Un choc. » — Le
 * Point ; « Magistral » — …", "— Cahiers du cinéma"); before a comma, the critic of the outlet after it ("— Roger
 * Blaine, The Playlist", "(Camille Royer, Les Inrockuptibles)").
 */
function blurbCredit(text: string, tokens: Token[], lang: Lang): Span | null {
  const dash = tokens[0]
  const first = tokens[1]
  if (!dash || dash.word || !/^[—–(]$/.test(dash.text) || !first?.word || !capitalised(first) || /\n/.test(text.slice(dash.end, first.start))) return null
  const bracket = dash.text === '('
  // the credit runs to the line's end, the bracket, a semicolon or a full stop ending the line
  let end = 1
  while (tokens[end + 1] && !closesCredit(text, tokens, end + 1, bracket)) end++
  if (end - 1 > maxCredit || (bracket && tokens[end + 1]?.text !== ')')) return null
  const words = tokens.slice(1, end + 1)
  // (a name and its outlet, each opening on a capital: "Roger Blaine, The Playlist"; no verb, no pronoun)
  const comma = words.findIndex((token) => token.text === ',')
  const parts = comma < 0 ? [words] : [words.slice(0, comma), words.slice(comma + 1)]
  if (parts.length > 2 || words.filter((token) => token.text === ',').length > 1) return null
  if (!parts.every((part) => part[0]?.word && capitalised(part[0]) && part.every((token) => (token.word || /^[-'’&.]$/.test(token.text)) && !isSpeechVerb(token.lower, lang) && !isSubject(token.lower, lang)))) return null
  const name = parts[0] as Token[]
  return {start: first.start, end: (name[name.length - 1] as Token).end}
}

/** The most tokens a blurb's credit holds. */
const maxCredit = 9

/** Whether token `at` closes a blurb's credit: the line's end, the bracket, a semicolon, a full stop ending the line. */
function closesCredit(text: string, tokens: Token[], at: number, bracket: boolean): boolean {
  const token = tokens[at] as Token
  if (bracket) return token.text === ')'
  if (/\n/.test(text.slice((tokens[at - 1] as Token).end, token.start))) return true
  const next = tokens[at + 1]
  return token.text === ';' || (token.text === '.' && (!next || /\n/.test(text.slice(token.end, next.start))))
}

/**
 * The token after an adverbial phrase of several words starting at `at` ("d'emblée", "à son tour",
 * "in turn"), when a word follows it; else `at` itself.
 */
function afterLocution(tokens: Token[], at: number, lang: Lang): number {
  for (const phrase of locutions(lang)) {
    if (phrase.every((word, offset) => tokens[at + offset]?.word && tokens[at + offset]!.lower === word.replace(/'$/, '')) && tokens[at + phrase.length]?.word) return at + phrase.length
  }
  return at
}

const locutionCache = new Map<Lang, string[][]>()

/** The adverbial phrases of a language, as word lists, longest first. */
function locutions(lang: Lang): string[][] {
  let list = locutionCache.get(lang)
  if (!list) {
    list = loadList(import.meta.url, `lexicon/adverbial-phrases.${lang}.tsv`).map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length)
    locutionCache.set(lang, list)
  }
  return list
}

/** Prepositions that open the complement of a verb of saying before its inverted subject ("a déclaré à l'AFP X", "dit d'elle X"). */
const complementOpeners = new Set(['à', 'au', 'aux', 'd', 'de'])
/** Stressed pronouns after such a preposition ("d'elle", "à lui"). */
const stressedPronouns = new Set(['lui', 'elle', 'eux', 'elles'])

/**
 * Where the inverted subject starts after a verb of saying at token `at` (French): past a short
 * complement that names whom the words were said to or about ("à l'AFP", "au Monde", "d'elle"),
 * when a noun phrase follows it; else `at` itself.
 */
function complementEnd(tokens: Token[], at: number, lang: Lang): number {
  const opener = tokens[at]
  if (lang !== 'fr' || !opener?.word || !complementOpeners.has(opener.lower)) return at
  let next = at + 1
  const word = tokens[next]
  if (!word?.word) return at
  if (stressedPronouns.has(word.lower)) next++
  else {
    if (is(word.lower, 'det', lang)) next++
    const name = nameAt(tokens, next, lang)
    if (!name) return at
    // a run of capitalised words that goes on into the subject's name ("à l'AFP Jean Dupont"):
    // the one-word complement, then the name (a two-word run is one name: "à France Inter")
    if (name.last > next) return name.last - next >= 2 ? next + 1 : at
    next = name.last + 1
  }
  const after = tokens[next]
  if (!after?.word || !(is(after.lower, 'det', lang) || capitalised(after))) return at
  return nounPhraseAt(tokens, next, lang) ? next : at
}

/**
 * The attribution before an opening mark at `open`: the clause (from the last sentence end after
 * `from`) ends with a colon, or holds a verb of saying; its subject is the speaker. Tokens inside
 * the `skip` spans (other quotations) are ignored.
 */
export function attributionBefore(text: string, from: number, open: number, lang: Lang, skip: Span[] = []): Attribution | null {
  // words inside other quotations are not part of the clause's grammar; one that ends its sentence
  // (« Pourquoi ? » Le baron resta saisi :) ends the clause before
  const tokens: Token[] = []
  for (const token of tokenize(text, from, open, lang)) {
    const inside = skip.find((span) => span.start <= token.start && token.end <= span.end)
    if (!inside) tokens.push(token)
    else if (token.end === inside.end && /[.!?…]\s*[»”"]?$/.test(text.slice(inside.start, inside.end).trimEnd()) && /^\s+\p{Lu}/u.test(text.slice(inside.end, inside.end + 3))) {
      tokens.push({text: '.', lower: '.', start: token.start, end: token.end, word: false})
    }
  }
  // drop a trailing dash (dialogue) and see whether the clause ends with a colon
  while (tokens.length > 0 && /^[—–-]$/.test(tokens[tokens.length - 1]!.text)) tokens.pop()
  const colon = tokens.length > 0 && tokens[tokens.length - 1]!.text === ':'
  // the clause: back to the last sentence end (not the full stop of "M.")
  let begin = tokens.length - 1
  while (begin > 0 && !(/^[.!?…;]$/.test(tokens[begin - 1]!.text) && !honorificDot(tokens, begin - 1, lang))) begin--
  const clause = tokens.slice(begin, colon ? tokens.length - 1 : tokens.length)
  if (clause.length === 0) return null
  // "Pour X, …" / "Selon X :" / "According to X," opening the clause names the source
  const opening = sourceAt(clause, 0, lang, true)
  if (opening) return opening
  // "According to the notes, the director wanted « … »": the clause's own subject (words of the
  // source phrase are not verbs)
  const source = sourceAt(clause, 0, lang, false)
  const own = source && !personPhrase(clause, source.mention as Span, lang) ? ownSubject(clause, clause.findIndex((token) => token.start >= (source.mention as Span).end), lang) : null
  // (a verb of saying whose subject names no one, inside what an earlier verb of saying reports, is
  // passed over for that verb: "X said the story began with …: « … »")
  let reported: Attribution | null = null
  for (let index = clause.length - 1; index >= 0; index--) {
    const token = clause[index] as Token
    if (own && token.end <= own.start) break
    if (!token.word) continue
    const cue = speechCueAt(clause, index, lang)
    if (!cue) continue
    if (cue.pronoun) return {cue: cue.cue, mention: cue.pronoun}
    // "Une affirmation que conteste le critique X :": after an object relative, the subject follows the verb
    const objectRelative = lang === 'fr' && /^(que|qu)$/.test(clause[index - 1]?.lower ?? '') ? nounPhraseAt(clause, cue.last + 1, lang) : null
    if (objectRelative) return {cue: cue.cue, mention: objectRelative.span}
    const subject = subjectBefore(clause, index, lang)
    const personal = subject !== null && (personPhrase(clause, subject, lang) || pronounPhrase(clause, subject, lang))
    if (subject && !reported && !personal && clause.slice(0, index).some((word, at) => word.word && speechCueAt(clause, at, lang) !== null)) {
      reported = {cue: cue.cue, mention: mainSubject(clause, subject, index, lang) ?? subject}
      continue
    }
    if (reported && !personal) return reported
    if (subject) return {cue: cue.cue, mention: mainSubject(clause, subject, index, lang) ?? subject}
    const inverted = nounPhraseAt(clause, cue.last + 1, lang)
    if (inverted && colon) return {cue: cue.cue, mention: inverted.span}
    // "Interrogée sur la fin, Berg hausse les épaules :", "Asked about it, the director said": a participle
    // opening the clause, whose subject follows the comma that closes it
    const comma = clause.findIndex((token, at) => at > cue.last && token.text === ',')
    const opensClause = !clause.slice(0, index).some((token) => token.word)
    const after = opensClause && !inverted && comma > 0 ? subjectAfterComma(clause, comma, lang) : null
    if (after) return {cue: cue.cue, mention: after}
    return {cue: cue.cue, mention: elidedSubject(tokens, begin, lang)}
  }
  if (reported) return reported
  if (own) return {cue: null, mention: own}
  // a verb of calling or describing and its short object right before the mark: the subject's own
  // words ("The director, who …, calls it "…"", "elle qualifie le film de « … »")
  const wording = wordingVerb(clause, lang)
  if (wording >= 0 && !colon) {
    const subject = subjectBefore(clause, wording, lang, true)
    const verb = clause[wording] as Token
    if (subject) return {cue: {start: verb.start, end: verb.end}, mention: subject}
  }
  // a colon inside the sentence, after a clause whose subject is a person, and words going on in
  // lower case to the quotation: that person sums up ("One critic put it bluntly: it is "…"",
  // "La productrice tranche : c'est « … »")
  if (!colon) {
    const inner = clause.map((token) => token.text).lastIndexOf(':')
    const next = clause[inner + 1]
    if (inner <= 0 || !next?.word || capitalised(next)) return null
    const subject = subjectBefore(clause, inner, lang, true)
    return subject && (personPhrase(clause, subject, lang) || pronounPhrase(clause, subject, lang)) ? {cue: null, mention: subject} : null
  }
  // a colon without a verb of saying: the subject of the clause ("Hector lui parla :")
  const subject = subjectBefore(clause, clause.length, lang, true) ?? elidedSubject(tokens, begin, lang)
  // … unless the clause is one of time ("Sa mère le surveillait. Quand il eut fini :"): then the
  // subject of the sentence before speaks, and the clause's subject may answer
  const opener = clause.find((token) => token.word)
  if (subject && opener && is(opener.lower, 'subord', lang) && begin > 0) {
    let previous = begin - 1
    while (previous > 0 && !/^[.!?…;]$/.test(tokens[previous - 1]!.text)) previous--
    const earlier = previous < begin - 1 ? sentenceSubject(text, tokens[previous]!.start, tokens[begin - 1]!.end, lang) : null
    if (earlier) return {cue: null, mention: earlier, other: subject}
  }
  return subject ? {cue: null, mention: subject} : null
}

/** The most words of the object between a verb of calling and the quotation ("calls the new film"). */
const wordingObject = 3

/**
 * The index of a verb of calling or describing ("calls it", "describes the film as", "qualifie le
 * film de", "parle d'un") that ends the clause but for its object: a few words of which at most
 * `wordingObject` are not determiners, pronouns or prepositions; -1 when none.
 */
function wordingVerb(clause: Token[], lang: Lang): number {
  let content = 0
  for (let at = clause.length - 1; at >= 0 && at >= clause.length - 6; at--) {
    const token = clause[at] as Token
    if (!token.word) return -1
    if (isNamingVerb(token.lower, lang) || isSpeakingVerb(token.lower, lang)) return at === clause.length - 1 && !isSpeakingVerb(token.lower, lang) ? -1 : at
    if (!(is(token.lower, 'det', lang) || is(token.lower, 'preposition', lang) || objectWords.has(token.lower) || is(token.lower, 'clitic', lang))) content++
    if (content > wordingObject) return -1
  }
  return -1
}

/** Object pronouns and words of comparison that may stand between a verb of calling and its quotation. */
const objectWords = new Set(['it', 'them', 'him', 'her', 'this', 'that', 'as', 'le', 'la', 'les', 'l', 'comme', 'de', 'd', 'du', 'des', 'un', 'une'])

/**
 * The subject of a clause that has none of its own because it goes on from the clause before a
 * semicolon ("Mais le baron se troubla ; et balbutiant :", "Il hésita ; puis, en rougissant :"):
 * that clause's subject when it names a person; null when the clause opens its sentence.
 */
function elidedSubject(tokens: Token[], begin: number, lang: Lang): Span | null {
  if (begin <= 0 || tokens[begin - 1]?.text !== ';') return null
  // (a clause with a noun phrase or a pronoun of its own may have its own subject: "; et quand son oreille entendit :")
  const own = tokens.slice(begin).some((token) => token.word && (is(token.lower, 'det', lang) || isSubject(token.lower, lang) || (capitalised(token) && !is(token.lower, 'conj', lang) && !is(token.lower, 'adverb', lang))))
  return own ? null : subjectBefore(tokens, begin - 1, lang, true)
}

/**
 * The person subject of the clause after a source phrase that names no person, ending before token `from`: after the
 * comma that closes the phrase, a subject pronoun, a noun phrase whose noun names a person ("the
 * director") or a name; null otherwise ("Selon X, le film est …").
 */
function ownSubject(tokens: Token[], from: number, lang: Lang): Span | null {
  if (from < 0) return null
  let at = from
  while (at < tokens.length && tokens[at]!.word && at < from + 4) at++
  return subjectAfterComma(tokens, at, lang)
}

/** The person subject of the clause after the comma at token `at` (see ownSubject). */
function subjectAfterComma(tokens: Token[], at: number, lang: Lang): Span | null {
  if (tokens[at]?.text !== ',') return null
  const token = tokens[at + 1]
  if (!token?.word) return null
  if (isSubject(token.lower, lang) && !is(token.lower, 'clitic', lang)) return {start: token.start, end: token.end}
  if (capitalised(token) && !is(token.lower, 'det', lang)) return nameAt(tokens, at + 1, lang)?.span ?? null
  if (!is(token.lower, 'det', lang)) return null
  // a determiner and, within a few words, a noun that names a person ("the director", "la cinéaste")
  for (let next = at + 2; next < tokens.length && next <= at + 4 && tokens[next]!.word; next++) {
    if (personNoun(tokens[next]!.lower, lang) !== undefined) return {start: token.start, end: tokens[next]!.end}
  }
  return null
}

/** Whether a noun phrase names a person: it holds a capitalised name or a person noun ("Carvalhal", "the critic"). */
function personPhrase(tokens: Token[], span: Span, lang: Lang): boolean {
  return tokens.some((token) => token.word && token.start >= span.start && token.end <= span.end && ((capitalised(token) && !is(token.lower, 'det', lang)) || personNoun(token.lower, lang) !== undefined))
}

/** Whether a noun phrase is a lone pronoun ("il", "she", "celle-ci"). */
function pronounPhrase(tokens: Token[], span: Span, lang: Lang): boolean {
  const words = tokens.filter((token) => token.word && token.start >= span.start && token.end <= span.end)
  return words.length === 1 && (isSubject(words[0]!.lower, lang) || is(words[0]!.lower, 'pronoun-np', lang))
}

/** Object pronouns of a person spoken to, right after a relative pronoun ("qui lui dit"). */
const personObjects = new Set(['lui', 'leur', 'me', 'm', 'te', 't', 'nous', 'vous'])

/** Relative pronouns after which a thing can be the subject of a verb of saying ("a note that said"). */
const relatives = new Set(['that', 'which', 'qui'])

/**
 * When the subject of the verb of saying at `verb` is a thing inside a relative clause ("He sent me
 * … a note that said:", "elle a laissé une lettre qui dit :"), the person subject of the main clause
 * before it; else null.
 */
function mainSubject(clause: Token[], subject: Span, verb: number, lang: Lang): Span | null {
  const first = clause.findIndex((token) => token.start === subject.start)
  if (first <= 0) return null
  const words = clause.slice(first, verb).filter((token) => token.word)
  const relative = words.findIndex((token) => relatives.has(token.lower))
  if (relative <= 0) return null
  const head = words[relative - 1] as Token
  if (capitalised(head) || personNoun(head.lower, lang) !== undefined || isSubject(head.lower, lang)) return null
  // a relative clause that speaks to someone ("le nouveau venu, qui lui dit :") has a person for antecedent
  if (lang === 'fr' && personObjects.has(words[relative + 1]?.lower ?? '')) return null
  return subjectBefore(clause, first, lang, true)
}

/**
 * The subject that opens the sentence `[from, to)`, after conjunctions and adverbs ("Puis Noël
 * parla", "Le vieux la regarda", "Elle s'apaisa"): a pronoun, a name, or a person noun phrase.
 */
export function sentenceSubject(text: string, from: number, to: number, lang: Lang): Span | null {
  const tokens = tokenize(text, from, to, lang)
  let at = 0
  while (tokens[at]?.word && (is(tokens[at]!.lower, 'conj', lang) || is(tokens[at]!.lower, 'adverb', lang)) && !isSubject(tokens[at]!.lower, lang)) at++
  const token = tokens[at]
  if (!token?.word) return null
  if (isSubject(token.lower, lang) && !is(token.lower, 'clitic', lang)) return {start: token.start, end: token.end}
  const phrase = nounPhraseAt(tokens, at, lang) ?? nameAt(tokens, at, lang)
  if (!phrase) return null
  const words = tokens.filter((word) => word.word && word.start >= phrase.span.start && word.end <= phrase.span.end)
  const last = words[words.length - 1]
  const named = words.some((word) => capitalised(word) && !is(word.lower, 'det', lang))
  if (!named && !(last && personNoun(last.lower, lang) !== undefined)) return null
  return phrase.span
}

/** "selon X", "d'après X", "according to X" in `[from, to)`; the noun phrase after it. */
export function sourcePhrase(text: string, from: number, to: number, lang: Lang): Attribution | null {
  const tokens = tokenize(text, from, to, lang)
  for (let index = 0; index < tokens.length; index++) {
    const found = sourceAt(tokens, index, lang, false)
    if (found) return found
  }
  return null
}

/**
 * A source phrase of the lexicon (lexicon/source-phrases.*.tsv) starting at token `index`: "selon X",
 * "d'après X", "according to X", "in the words of X", and with `opening` (at the head of a clause)
 * also "pour X" ("Pour la productrice X, qui … : « … »"), "pour reprendre les mots de X".
 */
function sourceAt(tokens: Token[], index: number, lang: Lang, opening: boolean): Attribution | null {
  const token = tokens[index]
  if (!token?.word) return null
  const phrase = sourcePhraseAt(tokens, index, lang, opening)
  if (!phrase) return null
  const {next, openingOnly} = phrase
  // "selon lui", "d'après elle", "according to him": a stressed pronoun names the source
  const stressed = tokens[next]
  // (standing alone: "according to her agent" names the agent)
  if (stressed?.word && sourcePronouns.has(stressed.lower) && !tokens[next + 1]?.word && !openingOnly) {
    return {cue: {start: token.start, end: (tokens[next - 1] as Token).end}, mention: {start: stressed.start, end: stressed.end}}
  }
  const found = nounPhraseAt(tokens, next, lang)
  if (!found || isSpeechVerb(tokens[next]?.lower ?? '', lang)) return null
  // (a name in apposition says who the source is: "selon son délégué général, X, …", "according to
  // Variety's chief critic, X, …")
  const source = withApposition(tokens, withGenitiveTrade(tokens, withIssuer(tokens, found, lang), lang), lang)
  // "pour" only names a source when a comma or a colon follows the noun phrase's clause (past the outlet in brackets:
  // "Pour X (L'Obs), le film est …")
  if (openingOnly) {
    const after = tokens[bracketEnd(tokens, source.last + 1)]
    if (!after || !/^[,:]$/.test(after.text)) return null
  }
  // at the head of a clause that has a subject of its own, the phrase is not the speaker
  // ("According to X, he … sent her a message: …", "According to the notes, the director wanted")
  if (opening && ((!personPhrase(tokens, source.span, lang) && ownSubject(tokens, source.last + 1, lang)) || tokens.slice(source.last + 1).some((word) => word.word && isSubject(word.lower, lang) && !is(word.lower, 'clitic', lang)))) return null
  return {cue: {start: token.start, end: (tokens[next - 1] as Token).end}, mention: source.span}
}

/** The token after a bracket opening at `at` and closing within eight tokens ("(L'Obs)"); else `at`. */
function bracketEnd(tokens: Token[], at: number): number {
  if (tokens[at]?.text !== '(') return at
  for (let k = at + 1; k < tokens.length && k <= at + 8; k++) if ((tokens[k] as Token).text === ')') return k + 1
  return at
}

/** The longest source phrase of the lexicon at token `index` ("selon", "in the words of"): the token after it. */
function sourcePhraseAt(tokens: Token[], index: number, lang: Lang, opening: boolean): {next: number; openingOnly: boolean} | null {
  // ("d'après" written as one token)
  if (tokens[index]?.lower === "d'après") return {next: index + 1, openingOnly: false}
  for (const {words, openingOnly} of sourcePhrases(lang)) {
    if (openingOnly && !opening) continue
    if (words.every((word, offset) => tokens[index + offset]?.word && tokens[index + offset]!.lower === word.replace(/'$/, ''))) return {next: index + words.length, openingOnly}
  }
  return null
}

/** The source phrases of a language (lexicon/source-phrases.*.tsv), longest first. */
const sourcePhrases: (lang: Lang) => Array<{words: string[]; openingOnly: boolean}> = perLanguage((lang: Lang) =>
  loadRows(import.meta.url, `lexicon/source-phrases.${lang}.tsv`)
    .map((row) => ({words: (row[0] as string).split(' '), openingOnly: row[1] === 'opening'}))
    .sort((a, b) => b.words.length - a.words.length)
)

/** Possessives: a noun phrase they open names someone related to a person, not that person. */
const possessives: Record<Lang, Set<string>> = {en: new Set(['his', 'her', 'their']), fr: new Set(['son', 'sa', 'ses', 'leur', 'leurs'])}

/**
 * The person whose own words a quotation (speech, not a title) woven into a clause without a verb of
 * saying is ("which she first saw "when I was sixteen"", "Marlow remembers the set as "my second
 * home"", "she still refuses to charge more than "whatever the sea gave you""): the clause's subject
 * when it names a person, else the last "he" / "she" / "il" / "elle" of the clause. Null when the
 * quotation opens its clause (`[from, open)` holds no word).
 */
export function clauseOwner(text: string, from: number, open: number, lang: Lang): Span | null {
  const tokens = tokenize(text, from, open, lang)
  let begin = tokens.length
  while (begin > 0 && !/^[.!?…;:]$/.test(tokens[begin - 1]!.text)) begin--
  const clause = tokens.slice(begin)
  if (!clause.some((token) => token.word)) return null
  // (a pronoun of the third person singular only: "it", "they", "on" name no one)
  const personal = (token: Token): boolean => is(token.lower, 'subj-m', lang) || is(token.lower, 'subj-f', lang)
  const subject = subjectBefore(clause, clause.length, lang, true)
  const words = subject ? clause.filter((token) => token.word && token.start >= subject.start && token.end <= subject.end) : []
  const pronoun = words.length === 1 && isSubject((words[0] as Token).lower, lang)
  // (a name is a capitalised word that is not a function word: not "It" opening the sentence)
  const named = words.some((token) => (capitalised(token) && classesOf(token.lower, lang).size === 0 && !/^(?:it|this|that|there|ce|cela|ça)$/.test(token.lower)) || personNoun(token.lower, lang) !== undefined)
  if (subject && (pronoun ? personal(words[0] as Token) : named && !possessives[lang].has(words[0]?.lower ?? ''))) return subject
  // else the last "he" / "she" of the clause ("Her favourite film is X, which she first saw "…"")
  for (let at = clause.length - 1; at >= 0; at--) {
    const token = clause[at] as Token
    if (token.word && personal(token)) return {start: token.start, end: token.end}
  }
  return null
}

/**
 * English: a name in the genitive right before the opening mark owns the words ("Scheider's "…" was
 * not in the script", "Ada Park's "I never planned it""): the name is the speaker mention.
 */
export function possessorBefore(text: string, open: number, lang: Lang): Span | null {
  if (lang !== 'en') return null
  const before = text.slice(Math.max(0, open - 80), open)
  const match = /(\p{Lu}[\p{L}\p{M}-]*(?:[\s\u00a0]+\p{Lu}[\p{L}\p{M}-]*){0,3})['’]s[\s\u00a0]*$/u.exec(before)
  if (!match) return null
  const start = open - before.length + match.index
  return {start, end: start + (match[1] as string).length}
}

/** Stressed pronouns that can follow "selon" / "according to" and name a person. */
const sourcePronouns = new Set(['lui', 'elle', 'him', 'her'])

/** `span` without white space at either end. */
export function trimSpan(text: string, span: Span): Span {
  let {start, end} = span
  while (start < end && /[\s\u00a0\u202f]/.test(text.charAt(start))) start++
  while (end > start && /[\s\u00a0\u202f]/.test(text.charAt(end - 1))) end--
  return {start, end}
}

