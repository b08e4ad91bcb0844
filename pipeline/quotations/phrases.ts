/**
 * phrases: the small grammar of attributions, over tokens.
 *
 * - `nounPhraseAt`: the words naming someone from a token on ("la cinéaste Léa Marchal",
 *   "l'artiste", "Paul Verne", "le comte de Montlouis", "the director", "il");
 * - `subjectBefore`: the subject of a verb, read backwards over clitics and auxiliaries
 *   ("La productrice s'en amuse", "elle lui répond", "Lucien a dit");
 * - `speechCueAt`: a verb of saying at a token, inverted ("dit-il", "a-t-elle ajouté") or not.
 */
import {isSpeechVerb} from '../quoted/speech-verbs.js'
import {loadSet, perLanguage} from '../lexicon/index.js'
import type {Lang, Span} from '../types.js'
import {capitalised, classesOf, complementPrepositions, is, personNoun, type Token} from '../quoted/words.js'

/** The longest run of words a noun phrase may take before a name. */
const maxCommonWords = 4

/** A cue and, when the cue itself holds it (an inverted pronoun), the speaker mention. */
export interface Cue {
  cue: Span
  /** Index of the last token of the cue. */
  last: number
  /** The pronoun of an inverted verb ("dit-il" → "il"). */
  pronoun: Span | null
}

const inverted = /^(\p{L}+?)(?:-t)?-(il|elle|ils|elles|on|je|tu|nous|vous)$/iu

/**
 * A verb of saying starting at token `index`: "dit", "dit-il", "s'écria-t-il", "a-t-elle ajouté",
 * "has said". With `anyInverted`, any inverted verb counts ("fit-il" after a closing mark).
 */
export function speechCueAt(tokens: Token[], index: number, lang: Lang, anyInverted = false): Cue | null {
  let at = index
  let token = tokens[at]
  if (!token || !token.word) return null
  // ("», nous raconte X", "», vous dira-t-elle": "nous" and "vous" before a verb that does not agree with them are its object)
  const objectPronoun = lang === 'fr' && (token.lower === 'nous' || token.lower === 'vous') && !!tokens[at + 1]?.word && !agrees((tokens[at + 1] as Token).lower.split('-')[0] as string, token.lower)
  if (lang === 'fr' && is(token.lower, 'clitic', lang) && (!isSubject(token.lower, lang) || objectPronoun) && tokens[at + 1]?.word) {
    // a clitic before the verb: "s'écria" (the reflexive belongs to the cue), "me disais-je",
    // "lui répondit le chevalier" (the cue is the verb)
    if (token.lower !== 's' && token.lower !== 'se') index++
    at++
    token = tokens[at] as Token
  }
  const match = lang === 'fr' ? inverted.exec(token.text) : null
  if (match) {
    const verb = (match[1] as string).toLowerCase()
    // "-nous" / "-vous" after a verb that does not agree with them is an imperative and its object
    // ("récite-nous la fable", "dites-nous"), not an inverted subject ("répondîmes-nous", "disiez-vous")
    if (!agrees(verb, (match[2] as string).toLowerCase())) return null
    const pronounStart = token.end - (match[2] as string).length
    const pronoun = {start: pronounStart, end: token.end}
    if (is(verb, 'aux', lang) || verb === 'a') {
      const participle = tokens[at + 1]
      if (participle?.word && isSpeechVerb(participle.lower, lang)) {
        return {cue: {start: tokens[index]!.start, end: participle.end}, last: at + 1, pronoun}
      }
      return null
    }
    if (isSpeechVerb(verb, lang) || (anyInverted && verb.length > 1 && !nonVerbs.has(verb))) {
      return {cue: {start: tokens[index]!.start, end: pronounStart - 1 - (token.text.slice(0, pronounStart - token.start).endsWith('-t-') ? 2 : 0)}, last: at, pronoun}
    }
    return null
  }
  if (is(token.lower, 'aux', lang)) {
    const participle = tokens[at + 1]
    if (participle?.word && isSpeechVerb(participle.lower, lang) && participle.lower !== token.lower) {
      return {cue: {start: tokens[index]!.start, end: participle.end}, last: at + 1, pronoun: null}
    }
  }
  // ("que conteste le critique X :": a word that also names a person, after a determiner, is that noun)
  if (personNoun(token.lower, lang) !== undefined && tokens[at - 1]?.word && is((tokens[at - 1] as Token).lower, 'det', lang)) return null
  if (isSpeechVerb(token.lower, lang)) return {cue: {start: tokens[index]!.start, end: token.end}, last: at, pronoun: null}
  return null
}

/** Whether an inverted verb agrees with its pronoun of the first or second person plural. */
function agrees(verb: string, pronoun: string): boolean {
  if (pronoun === 'nous') return /(?:ons|mes)$/.test(verb)
  if (pronoun === 'vous') return /(?:ez|tes)$/.test(verb)
  return true
}

/** Inverted forms that are not verbs of an incise ("peut-être", "est-ce"). */
const nonVerbs = new Set(['peut', 'est', 'sont', 'était', 'faut', 'vois', 'voyez', 'suis', 'sais', 'avez', 'ai', 'as', 'ont', 'dois', 'doit', 'veux', 'veut', 'voulez', 'allez', 'va', 'vas', 'êtes', 'sommes', 'aurait', 'serait', 'pouvez', 'croyez', 'savez'])

/**
 * The noun phrase starting at token `index` (after skipping adverbs), or null.
 * Returns its span and the index of its last token.
 */
export function nounPhraseAt(tokens: Token[], index: number, lang: Lang): {span: Span; last: number} | null {
  let at = index
  while (tokens[at]?.word && isAdverb(tokens[at] as Token, lang)) at++
  const first = tokens[at]
  if (!first || !first.word) return null
  if ((isSubject(first.lower, lang) && !capitalisedName(first, lang)) || is(first.lower, 'pronoun-np', lang)) return {span: {start: first.start, end: first.end}, last: at}
  // "l'un de ses producteurs", "une de ses amies", "one of her producers": someone among others, named by the others' noun
  const among = partitiveAt(tokens, at, lang)
  if (among >= 0) return {span: {start: first.start, end: (tokens[among] as Token).end}, last: among}
  let end = at - 1
  let common = 0
  let sawDeterminer = false
  if (is(first.lower, 'det', lang) && !capitalisedName(first, lang)) {
    sawDeterminer = true
    end = at
    at++
    while (common < maxCommonWords) {
      const token = tokens[at]
      // ("the Norwegian director X": a capitalised word right before a trade describes the person)
      const describing = !!token && capitalised(token) && !!tokens[at + 1]?.word && !capitalised(tokens[at + 1] as Token) && personNoun((tokens[at + 1] as Token).lower, lang) !== undefined
      // (a verb of saying ends the phrase, unless it also names a person: "le critique X")
      if (!token || !token.word || (capitalised(token) && !describing) || is(token.lower, 'stop', lang) || (isSpeechVerb(token.lower, lang) && personNoun(token.lower, lang) === undefined) || is(token.lower, 'det', lang)) break
      if (/^\p{N}/u.test(token.text)) break
      end = at
      at++
      common++
    }
  }
  let name = nameAt(tokens, at, lang)
  // "says programmer X", "said festival director Y": a trade with no article, right before a name
  if (!name && !sawDeterminer) {
    let k = at
    while (k < at + 3 && tokens[k]?.word && !capitalised(tokens[k] as Token)) k++
    const trade = tokens[k - 1]
    const named = k > at && trade && personNoun(trade.lower, lang) !== undefined ? nameAt(tokens, k, lang) : null
    if (named) {
      name = named
      at = index + skipAdverbs(tokens, index, lang)
    }
  }
  if (name) end = name.last
  // a complement cut off by its determiner ("le directeur de | la photographie") is left out
  else if (sawDeterminer && end > index && complementPrepositions.has((tokens[end] as Token).lower)) end--
  if (end < index || (!sawDeterminer && !name)) return null
  if (sawDeterminer && end === index) return null
  const startToken = tokens[sawDeterminer ? index + skipAdverbs(tokens, index, lang) : at] as Token
  return {span: {start: startToken.start, end: (tokens[end] as Token).end}, last: end}
}

/**
 * The last token of a partitive phrase naming one person among others from token `at` ("l'un de ses
 * producteurs", "l'une des monteuses", "one of his producers"): "un(e)" or "l'un(e)" or "one", then "de",
 * "des", "d'" or "of", then up to three words closed by a noun that names people; -1 when there is none.
 */
function partitiveAt(tokens: Token[], at: number, lang: Lang): number {
  let k = at
  if (lang === 'fr' && tokens[k]?.lower === 'l') k++
  if (!/^(un|une|one)$/.test(tokens[k]?.lower ?? '') || (lang === 'en') !== (tokens[k]?.lower === 'one')) return -1
  k++
  if (!/^(de|des|d|of)$/.test(tokens[k]?.lower ?? '')) return -1
  for (let last = k + 1; last <= k + 3 && tokens[last]?.word && !capitalised(tokens[last] as Token); last++) {
    const word = (tokens[last] as Token).lower
    if (personNoun(word, lang) !== undefined || personNoun(word.replace(/(s|x)$/, ''), lang) !== undefined) return last
  }
  return -1
}

/** How many adverbs start at `index`. */
function skipAdverbs(tokens: Token[], index: number, lang: Lang): number {
  let count = 0
  while (tokens[index + count]?.word && isAdverb(tokens[index + count] as Token, lang)) count++
  return count
}

/** A run of capitalised words (with particles and honorifics) from token `index`, or null. */
export function nameAt(tokens: Token[], index: number, lang: Lang): {span: Span; last: number} | null {
  const first = tokens[index]
  if (!first || !capitalised(first) || isSubject(first.lower, lang)) return null
  if (!isNameWord(tokens, index, lang)) {
    // a capitalised particle opens a name when a name word follows ("De La Cruz", "Van Sant")
    if (!is(first.lower, 'particle', lang)) return null
    let next = index + 1
    while (tokens[next] && capitalised(tokens[next] as Token) && is((tokens[next] as Token).lower, 'particle', lang)) next++
    const word = tokens[next]
    if (!word || !capitalised(word) || !isNameWord(tokens, next, lang)) return null
  }
  let last = index
  let at = index + 1
  for (;;) {
    const token = tokens[at]
    if (!token) break
    if (token.text === '.' && is((tokens[at - 1] as Token).lower, 'honorific', lang)) {
      last = at
      at++
      continue
    }
    if (capitalised(token) && (isNameWord(tokens, at, lang) || (is(token.lower, 'particle', lang) && tokens[at + 1] && capitalised(tokens[at + 1] as Token)))) {
      last = at
      at++
      continue
    }
    if (token.word && is(token.lower, 'particle', lang) && tokens[at + 1] && capitalised(tokens[at + 1] as Token)) {
      at++
      continue
    }
    break
  }
  return {span: {start: first.start, end: (tokens[last] as Token).end}, last}
}

/** How far back (in tokens) the subject of a verb is looked for. */
const subjectReach = 40

/**
 * The subject of the verb at token `verb`: the nearest subject before it in its sentence, skipping
 * objects and prepositional phrases. A subject is a subject pronoun ("il", "she"), a name not
 * governed by a preposition ("Hector lui parla"), or a determiner with its noun in subject position:
 * at the start of the clause or after a comma or a conjunction ("mais le médecin appuya …, en
 * disant", "Le même médecin, penché sur moi, me demandait"). With `personOnly`, a noun phrase
 * counts only when its noun names a person ("Un médecin s'approcha :", not "Son premier cri fut :").
 * The verb of a participle clause ("…, en disant", "…, criant") has the subject of the clause it
 * hangs on: the words between the commas before it are that clause, not an apposition ("le médecin
 * appuya sur ma poitrine, en disant").
 */
export function subjectBefore(tokens: Token[], verb: number, lang: Lang, personOnly = false): Span | null {
  const participle = isParticiple(tokens[verb], lang)
  let adjacent = true
  let apposition: Span | null = null
  // set once a comma lies between the token read and the verb
  let comma = false
  // a stressed "lui" opening the clause right before the verb is its subject ("Lui dit que c'est
  // « … »"), not its object ("Il lui dit")
  const opening = (at: number): boolean => {
    const token = tokens[at]
    const previous = tokens[at - 1]
    return lang === 'fr' && token?.lower === 'lui' && capitalised(token) && (!previous || (!previous.word && /^[.!?…;:«"“—–-]$/.test(previous.text))) && tokens.slice(at + 1, verb).every((word) => word.word && (is(word.lower, 'clitic', lang) || is(word.lower, 'aux', lang) || isAdverb(word, lang)))
  }
  if (opening(verb - 1)) return {start: tokens[verb - 1]!.start, end: tokens[verb - 1]!.end}
  for (let at = verb - 1; at >= 0 && at >= verb - subjectReach; at--) {
    const token = tokens[at] as Token
    if (!token.word) {
      if (/^[.!?…;]$/.test(token.text) && !honorificDot(tokens, at, lang)) return null
      if (token.text === ',') comma = true
      if (token.text === ',' && adjacent && !participle) {
        adjacent = false
        // a relative clause between commas sits between the subject and its verb, however long:
        // skip it ("The director, who spent the winter … researching the film, calls it",
        // "X, whose debut, Y, won …, said", "La cinéaste, qui a tourné …, explique")
        const relative = relativeClauseStart(tokens, at, lang)
        if (relative >= 0) {
          at = relative
          continue
        }
        // an apposition between commas sits between the subject and its verb: skip it
        // ("Léa Marchal, présente au festival, a salué", "Ada Park, 41, says")
        for (let back = at - 1; back >= 0 && back >= at - 14; back--) {
          const text = (tokens[back] as Token).text
          if (/^[.!?…;:]$/.test(text)) break
          if (text === ',') {
            const inner = tokens.slice(back + 1, at)
            if (inner.some((word) => capitalised(word))) apposition = {start: (inner[0] as Token).start, end: (inner[inner.length - 1] as Token).end}
            at = back
            break
          }
        }
      }
      continue
    }
    // "nous" / "vous" before an auxiliary of the third person, or before a verb that is not of the
    // first or second person plural, is an object ("X nous l'a dit", "elle nous dit :")
    const object = adjacent && lang === 'fr' && (token.lower === 'nous' || token.lower === 'vous') && (thirdPersonAux(tokens, at + 1, verb) || notPlural(tokens, at + 1, verb))
    if (adjacent && (is(token.lower, 'clitic', lang) || is(token.lower, 'aux', lang) || isAdverb(token, lang)) && (!isSubject(token.lower, lang) || object)) continue
    // the relative "qui" as the verb's subject ("le nouveau venu, qui lui dit :"): its antecedent;
    // without a verb of saying, only a relative clause that addresses someone ("X, qui lui fit signe :")
    if (adjacent && lang === 'fr' && token.lower === 'qui' && (verb < tokens.length || addressed(tokens, at + 1))) {
      const antecedent = antecedentOf(tokens, at, lang)
      if (antecedent) return antecedent
    }
    adjacent = false
    const previous = tokens[at - 1]
    const subjectPosition = !previous || !previous.word || is(previous.lower, 'conj', lang)
    // "celle-ci lui répondit", "et quelqu'un lui dit :": a pronoun standing for a noun phrase
    if (is(token.lower, 'pronoun-np', lang) && subjectPosition) return {start: token.start, end: token.end}
    // an indefinite "on" in a clause opened by "que" that ends before the verb ("sûr qu'on ne les
    // écoutait pas, reprit", "aux questions qu'on lui faisait :") is not the verb's subject
    const subordinate = token.lower === 'on' && previous?.word === true && (previous.lower === 'qu' || previous.lower === 'que') && (comma || verb >= tokens.length)
    if (isSubject(token.lower, lang) && (!is(token.lower, 'clitic', lang) || subjectPosition) && !subordinate) {
      return {start: token.start, end: token.end}
    }
    // a stressed pronoun with "-même" opening its clause stands for the subject pronoun ("; elle-même
    // parle d'un …"; not "X s'assit elle-même et dit")
    const stressed = /^(\p{L}+)-mêmes?$/u.exec(token.lower)
    if (stressed && subjectPosition && isSubject(stressed[1] as string, lang) && !is(stressed[1] as string, 'clitic', lang)) {
      return {start: token.start, end: token.start + (stressed[1] as string).length}
    }
    // (a noun phrase coordinated after another is an object there: "le jeta sur les carottes et les navets, criant")
    const coordinated = participle && previous?.word === true && (previous.lower === 'et' || previous.lower === 'ou') && tokens[at - 2]?.word === true
    // (English puts the subject right before its verb: a noun phrase that ends there is its subject
    // even after another verb, "said the story began")
    // (not the complement of a noun: "Top critic X of the Chicago Sun-Times writes")
    const before = lang === 'en' && is(token.lower, 'det', lang) && !capitalisedName(token, lang) && !(previous?.word && complementPrepositions.has(previous.lower)) && endsBefore(tokens, shortNounPhrase(tokens, at, lang), verb, lang)
    if (is(token.lower, 'det', lang) && (subjectPosition || before) && !coordinated && !capitalisedName(token, lang)) {
      const phrase = shortNounPhrase(tokens, at, lang)
      // without a verb of saying, only a noun phrase naming a person can be the speaker
      if (phrase && personOnly && !personHead(tokens, phrase, lang)) continue
      // a named apposition completes a described subject ("Son professeur, le peintre X, …")
      if (phrase) return apposition && personHead(tokens, phrase, lang) ? {start: phrase.start, end: apposition.end} : phrase
    }
    if (capitalised(token) && isNameWord(tokens, at, lang)) {
      const name = nameEndingAt(tokens, at, lang)
      const before = tokens[name.first - 1]
      if (before?.word && is(before.lower, 'preposition', lang)) continue
      // a determiner and a noun before the name belong to it ("la cinéaste Léa Marchal")
      let first = name.first
      let governed = false
      for (let back = name.first - 1; back >= 0 && back >= name.first - 3; back--) {
        const word = tokens[back] as Token
        if (!word.word) break
        if (is(word.lower, 'det', lang)) {
          first = back
          const before = tokens[back - 1]
          governed = before?.word === true && is(before.lower, 'preposition', lang)
          break
        }
        if (is(word.lower, 'stop', lang) || is(word.lower, 'preposition', lang) || is(word.lower, 'clitic', lang)) break
      }
      // "dans la salle Pleyel": a name inside a prepositional phrase is not the subject, nor one completing a noun
      // ("Top critic X of the Chicago Sun-Times writes", "le critique X du Monde estime")
      // (the article said: "of the", "de la", or held in "du", "des")
      const completing = tokens[first - 1]?.word === true && (first < name.first ? complementPrepositions.has((tokens[first - 1] as Token).lower) : /^(du|des)$/.test((tokens[first - 1] as Token).lower))
      if (governed || completing) continue
      // "Hutchins's lawyer, Rebecca X, said": a name in the genitive is the possessor of the subject, whom the apposition
      // names
      if (/['’]s$/.test(token.text)) {
        if (apposition) return apposition
        continue
      }
      // a trade after a name in the genitive, then a name in apposition ("the company's CEO, X,
      // called it"): the apposition says who
      if (apposition && personNoun(token.lower, lang) !== undefined) return {start: (tokens[first] as Token).start, end: apposition.end}
      return {start: (tokens[first] as Token).start, end: token.end}
    }
  }
  return null
}

/** Relative pronouns that open a clause in apposition to a subject ("X, who …,", "X, qui …,"). */
const relativeOpeners: Record<Lang, Set<string>> = {en: new Set(['who', 'whose', 'whom', 'which']), fr: new Set(['qui', 'dont', 'que', 'qu', 'lequel', 'laquelle'])}
/** How far back (in tokens) the comma that opens a relative clause is looked for. */
const relativeReach = 40

/**
 * The index of the comma that opens a relative clause ending at the comma `comma` ("X, who … ,
 * said"): the nearest comma before it, in its sentence, followed by a relative pronoun; -1 when none.
 */
function relativeClauseStart(tokens: Token[], comma: number, lang: Lang): number {
  for (let back = comma - 1; back >= 1 && back >= comma - relativeReach; back--) {
    const token = tokens[back] as Token
    if (/^[.!?…;:]$/.test(token.text) && !honorificDot(tokens, back, lang)) return -1
    if (token.text === ',' && tokens[back + 1]?.word && relativeOpeners[lang].has(tokens[back + 1]!.lower) && tokens[back - 1]?.word) return back
  }
  return -1
}

/** Whether a noun phrase ends right before the verb at `verb`, but for auxiliaries and adverbs. */
function endsBefore(tokens: Token[], phrase: Span | null, verb: number, lang: Lang): boolean {
  if (!phrase) return false
  let at = verb - 1
  while (at >= 0 && tokens[at]!.word && tokens[at]!.end > phrase.end && (is(tokens[at]!.lower, 'aux', lang) || isAdverb(tokens[at] as Token, lang))) at--
  return at >= 0 && tokens[at]!.end === phrase.end
}

/** Endings of French verbs of the first and second person plural ("disons", "dites", "répondez", "fûmes"). */
const pluralEndings = /(?:ons|ez|tes|mes)$/

/** Whether the verb after a "nous" / "vous" at `[from, to)` is not of the first or second person plural ("nous dit"). */
function notPlural(tokens: Token[], from: number, to: number): boolean {
  const verb = tokens[to]
  return verb?.word === true && tokens.slice(from, to).every((token) => token.word) && !pluralEndings.test(verb.lower)
}

/** Object pronouns of a person addressed ("qui lui fit signe"). */
const addressees = new Set(['lui', 'leur', 'me', 'm', 'te', 't', 'nous', 'vous'])

/** Whether the relative clause starting at token `from` opens on a pronoun of the person addressed. */
function addressed(tokens: Token[], from: number): boolean {
  const token = tokens[from]
  return token?.word === true && addressees.has(token.lower)
}

/**
 * The antecedent of the relative "qui" at `at`: a name or a noun phrase with a determiner that ends
 * right before it (a comma between them allowed): "le père de Noël qui", "au curé, qui"; null when
 * none ("ce qui", a clause).
 */
function antecedentOf(tokens: Token[], at: number, lang: Lang): Span | null {
  let last = at - 1
  if (tokens[last]?.text === ',') last--
  const end = tokens[last]
  if (!end?.word || is(end.lower, 'det', lang)) return null
  if (capitalised(end) && isNameWord(tokens, last, lang)) {
    const name = nameEndingAt(tokens, last, lang)
    return {start: (tokens[name.first] as Token).start, end: end.end}
  }
  if (is(end.lower, 'pronoun-np', lang)) return {start: end.start, end: end.end}
  for (let back = last; back >= 0 && back >= last - 5; back--) {
    const word = tokens[back] as Token
    if (!word.word) return null
    if (is(word.lower, 'det', lang) && word.lower !== 'ce' && word.lower !== 'c') return {start: word.start, end: end.end}
  }
  return null
}

/** Whether a token is a present participle (French "-ant": "disant", "criant"; not "enfant", "avant"). */
export function isParticiple(token: Token | undefined, lang: Lang): boolean {
  return lang === 'fr' && token?.word === true && token.lower.length > 5 && /ant$/.test(token.lower) && classesOf(token.lower, lang).size === 0 && personNoun(token.lower, lang) === undefined
}

/** Whether the full stop at `at` closes an honorific ("M. Dupont"), not a sentence. */
export function honorificDot(tokens: Token[], at: number, lang: Lang): boolean {
  const previous = tokens[at - 1]
  const next = tokens[at + 1]
  return tokens[at]?.text === '.' && previous?.word === true && is(previous.lower, 'honorific', lang) && capitalised(previous) && next !== undefined && (capitalised(next) || (next.word && is(next.lower, 'particle', lang)))
}

/** Third-person singular forms of the French auxiliaries. */
const thirdPersonAuxiliaries = new Set(['a', 'est', 'avait', 'était', 'aura', 'sera', 'eut', 'fut', 'aurait', 'serait'])

/** Whether an auxiliary of the third person singular sits among tokens `[from, to)`. */
function thirdPersonAux(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((token) => token.word && thirdPersonAuxiliaries.has(token.lower))
}

/** Whether the last word of a phrase is a person noun ("Son professeur", not "Le jury"). */
function personHead(tokens: Token[], phrase: Span, lang: Lang): boolean {
  const words = tokens.filter((token) => token.word && token.start >= phrase.start && token.end <= phrase.end)
  const last = words[words.length - 1]
  return last !== undefined && personNoun(last.lower, lang) !== undefined
}

/** A determiner, an optional adjective, its noun and a following name: "le médecin", "la cinéaste X". */
function shortNounPhrase(tokens: Token[], det: number, lang: Lang): Span | null {
  let at = det + 1
  let token = tokens[at]
  if (!token?.word || is(token.lower, 'stop', lang) || is(token.lower, 'clitic', lang) && !capitalised(token)) return null
  if (is(token.lower, 'adjective', lang) && tokens[at + 1]?.word) at++
  // a compound whose last noun names a person ("a museum spokesperson", "the festival director")
  for (let more = 0; more < 2 && tokens[at + 1]?.word && personNoun(tokens[at + 1]!.lower, lang) !== undefined && !capitalised(tokens[at + 1]!); more++) at++
  const name = nameAt(tokens, at + 1, lang)
  const last = name ? name.last : at
  token = tokens[last] as Token
  return {start: (tokens[det] as Token).start, end: token.end}
}

/** Whether the capitalised token at `at` can be part of a name (not a function word opening a sentence). */
function isNameWord(tokens: Token[], at: number, lang: Lang): boolean {
  const token = tokens[at] as Token
  const classes = classesOf(token.lower, lang)
  // ("The New York Times", "the Old Vic": an adjective capitalised before another capitalised word opens a name)
  const opensName = [...classes].every((kind) => kind === 'adjective') && tokens[at + 1]?.word === true && capitalised(tokens[at + 1] as Token)
  if (classes.size > 0 && !is(token.lower, 'honorific', lang) && !opensName) return false
  const previous = tokens[at - 1]
  const sentenceStart = !previous || /^[.!?…:;«»“"—–-]$/.test(previous.text)
  if (sentenceStart && isAdverb({...token, text: token.lower}, lang)) return false
  return true
}

/** The capitalised run (with particles and honorifics) that ends at token `last`. */
function nameEndingAt(tokens: Token[], last: number, lang: Lang): {first: number} {
  let first = last
  while (first - 1 >= 0) {
    const previous = tokens[first - 1] as Token
    if (capitalised(previous) && isNameWord(tokens, first - 1, lang)) first--
    else if (previous.text === '.' && first - 2 >= 0 && is((tokens[first - 2] as Token).lower, 'honorific', lang)) first -= 2
    else if (previous.word && is(previous.lower, 'particle', lang) && first - 2 >= 0 && (capitalised(tokens[first - 2] as Token) || honorificDot(tokens, first - 2, lang))) first--
    else break
  }
  return {first}
}

/** Whether a word is a subject pronoun. */
export function isSubject(word: string, lang: Lang): boolean {
  return is(word, 'subj', lang) || is(word, 'subj-m', lang) || is(word, 'subj-f', lang)
}

/** A capitalised determiner at the start of a sentence is still a determiner; a capitalised name is not one. */
function capitalisedName(token: Token, lang: Lang): boolean {
  return capitalised(token) && !is(token.lower, 'det', lang) && !isSubject(token.lower, lang)
}

/** Adverbs skipped inside an attribution: the lexicon's, and -ment / -ly words. */
export function isAdverb(token: Token, lang: Lang): boolean {
  if (!token.word || capitalised(token)) return false
  if (is(token.lower, 'adverb', lang)) return true
  return lang === 'fr' ? /ment$/.test(token.lower) && token.lower.length > 6 : /ly$/.test(token.lower) && token.lower.length > 4
}

/** The most lower-case words of a trade between a determiner and a name in apposition ("la metteuse en scène"). */
const maxApposedWords = 4

/**
 * A noun phrase without a name, extended over a name in apposition after a comma ("a réagi son
 * distributeur, Jean Dupont, patron de …", "said its producer, Jane Doe, who …", "se souvient son
 * professeur, le metteur en scène X"): the name says who the noun is. The phrase must be a determiner and common words; the name must be followed by a
 * comma, a sentence mark or the end of the words.
 */
export function withApposition(tokens: Token[], phrase: {span: Span; last: number}, lang: Lang): {span: Span; last: number} {
  const words = tokens.filter((token) => token.word && token.start >= phrase.span.start && token.end <= phrase.span.end)
  // (a phrase of a determiner and common nouns: "son distributeur", "notre directrice artistique")
  // (or a name in the genitive and its trade: "Variety's chief critic")
  const opener = words[0] !== undefined && (is(words[0].lower, 'det', lang) || (lang === 'en' && capitalised(words[0]) && /['’]s$/.test(words[0].text)))
  if (words.length < 2 || !opener || words.slice(1).some((word) => capitalised(word) && !(lang === 'en' && /['’]s$/.test(word.text)))) return phrase
  // a trade may bring the complement of its office before the comma ("le ministre de la Culture,
  // X", "the president of the jury, X")
  const comma = phrase.last + 1 + officeComplement(tokens, phrase.last, lang)
  if (tokens[comma]?.text !== ',') return phrase
  // the name may come with a trade of its own ("son ancienne professeure, la metteuse en scène X",
  // "her mentor, the director X"): a determiner and a few lower-case words before it
  let at = comma + 1
  if (tokens[at]?.word && is(tokens[at]!.lower, 'det', lang)) {
    let next = at + 1
    while (next < at + 1 + maxApposedWords && tokens[next]?.word && !capitalised(tokens[next] as Token)) next++
    if (next > at + 1 && nameAt(tokens, next, lang)) at = next
  }
  const name = nameAt(tokens, at, lang)
  if (!name) return phrase
  const after = tokens[name.last + 1]
  if (after && after.word) return phrase
  return {span: {start: phrase.span.start, end: (tokens[name.last] as Token).end}, last: name.last}
}

/** The most words of the complement of an office ("de la Culture", "of the jury"). */
const maxOfficeWords = 4

/**
 * How many tokens after a trade at `last` are the complement of its office ("ministre | de la
 * Culture", "president | of the jury"): a preposition of the noun's complement and a few words up to a
 * comma; 0 when the word at `last` is no trade or no such complement follows.
 */
function officeComplement(tokens: Token[], last: number, lang: Lang): number {
  const noun = tokens[last]
  if (!noun?.word || personNoun(noun.lower, lang) === undefined) return 0
  const preposition = tokens[last + 1]
  if (!preposition?.word || !complementPrepositions.has(preposition.lower)) return 0
  for (let at = last + 2; at <= last + 2 + maxOfficeWords; at++) {
    const token = tokens[at]
    if (!token) return 0
    if (token.text === ',') return at > last + 2 ? at - last - 1 : 0
    if (!token.word) return 0
  }
  return 0
}

/** The most lower-case words of a trade after a name in the genitive ("Variety's chief film critic"). */
const maxGenitiveWords = 4

/**
 * English: a name in the genitive extended over the trade it owns ("Variety's chief critic", "the
 * festival's artistic director" is a determiner phrase already): the phrase then names the person
 * who holds that trade, and a name in apposition after it says who ("according to Variety's chief
 * critic, Dana X, …", see `withApposition`). Other phrases are returned as they are.
 */
export function withGenitiveTrade(tokens: Token[], phrase: {span: Span; last: number}, lang: Lang): {span: Span; last: number} {
  const owner = tokens[phrase.last]
  if (lang !== 'en' || !owner?.word || !/['’]s$/.test(owner.text)) return phrase
  for (let at = phrase.last + 1; at <= phrase.last + maxGenitiveWords; at++) {
    const token = tokens[at]
    if (!token?.word || capitalised(token)) break
    if (personNoun(token.lower, lang) !== undefined && !tokens[at + 1]?.word) return {span: {start: phrase.span.start, end: token.end}, last: at}
  }
  return phrase
}

/** Prepositions that bring the issuer of a statement ("le communiqué de", "a statement from"). */
const issuerPrepositions: Record<Lang, Set<string>> = {fr: new Set(['de', 'd', 'du', 'des']), en: new Set(['of', 'from', 'by'])}

/** The statement nouns of a language (lexicon/statement-nouns.*.tsv), read once. */
const statementNouns = perLanguage((lang: Lang) => loadSet(import.meta.url, `lexicon/statement-nouns.${lang}.tsv`))

/** Whether a word is a noun of a written statement ("communiqué", "statement"). */
export function isStatementNoun(word: string, lang: Lang): boolean {
  return statementNouns(lang).has(word)
}

/** Whether a word is a preposition that brings the issuer of a statement ("de", "from"). */
export function isIssuerPreposition(word: string, lang: Lang): boolean {
  return issuerPrepositions[lang].has(word)
}

/**
 * A noun phrase whose head is a statement noun ("le communiqué", "a statement"), extended over the
 * name of its issuer when one follows ("le communiqué de la Biennale de Venise", "a statement from
 * the British Film Institute"): the issuer is the one who speaks. Other phrases are returned as they are.
 */
export function withIssuer(tokens: Token[], phrase: {span: Span; last: number}, lang: Lang): {span: Span; last: number} {
  const head = tokens[phrase.last]
  if (!head?.word || !isStatementNoun(head.lower, lang)) return phrase
  const preposition = tokens[phrase.last + 1]
  if (!preposition?.word || !issuerPrepositions[lang].has(preposition.lower)) return phrase
  let at = phrase.last + 2
  if (tokens[at]?.word && is(tokens[at]!.lower, 'det', lang)) at++
  const name = nameAt(tokens, at, lang)
  if (!name) return phrase
  return {span: {start: phrase.span.start, end: (tokens[name.last] as Token).end}, last: name.last}
}
