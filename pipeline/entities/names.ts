/**
 * names: capitalised sequences that may name something, found by shape alone.
 *
 * A name is a run of capitalised words separated by spaces, with name particles inside it
 * ("Ludwig van Beethoven", "Charles de Gaulle" after a given name, "Bank of America" after a head
 * noun), initials ("J. Campion"), and, after a head noun such as "Musée" or "Festival", lower-case
 * words up to a last capitalised one ("Musée des arts de la Marine") and French adjectives and complements
 * ("Conservatoire national supérieur d'art dramatique"); a lower-case head before it is taken in
 * ("festival de Clermont-Ferrand", "université Paris-Nanterre"). Function words that open a sentence,
 * common words at the start of a sentence, compound adjectives ("Cairo-based") and common words or
 * places glued before a given name ("Engineer John Doe") are trimmed. What a name names is decided later.
 */
import type {Lang} from '../types.js'
import type {EntityLexicon, Head, HeadType} from './lexicon.js'
import {wordClass} from './language-model.js'
import type {Token} from './tokens.js'

/** A capitalised sequence: tokens `[from, to)`. */
export interface NameSpan {
  from: number
  to: number
  start: number
  end: number
  text: string
  /** The first word opens its sentence (its capital says nothing). */
  initial: boolean
  /** A head noun inside the name and where it stands. */
  head?: Head
  /** The name ends with a glued plus sign ("Canal+", "Disney+"): a channel or a streaming service. */
  plus?: boolean
}

/** Particles that join two capitalised parts of a person's name wherever they stand. */
// ("Clara Esteve i Puig": the Catalan "i" between two family names; "Kingston upon Thames", "Newcastle upon Tyne")
const nameParticles = new Set(['von', 'van', 'der', 'den', 'di', 'da', 'del', 'della', 'dos', 'das', 'bin', 'ibn', 'ben', 'al', 'el', 'zu', 'ter', 'ten', 'y', 'i', 'mc', 'upon'])
/** Particles that join only after a given name or a head noun ("Charles de Gaulle", "Festival de Cannes"). */
const complementParticles = new Set(['de', 'du', 'des', "d'", 'of', 'la', 'le', "l'", 'the', 'and', '&'])
/** Capitalised determiners that belong to a name in the middle of a sentence ("La Haye", "Los Angeles"). */
const nameDeterminers = new Set(['le', 'la', 'les', "l'", 'los', 'las', 'el', 'al', 'the'])
const adjectiveSuffix = /(ien|ienne|éen|éenne|ais|aise|al|ale|aux|ique|ain|aine|el|elle|if|ive|ois|oise|aire|iste)s?$/
const roman = /^[IVXLCDM]+$/
/** The suffix of an English compound adjective made of a name ("Cairo-based", "Hungarian-born"). */
const compoundSuffix = /-(based|born|bred|led|backed|owned|made|set|raised)$/i
/** A capitalised demonym used as a noun ("le Sud-Coréen", "les Français"). */
// (and the French ones of other shapes: "la Bretonne", "le Belge", "la Suissesse", "le Grec", "la Turque")
export const demonymNoun = /^(?!Grande?s?$)(?:[\p{Lu}][\p{L}-]*(ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine|an|ane|ol|ole|and|ande|in|ine|onne)|Belge|Suisse|Suissesse|Russe|Grec|Grecque|Turc|Turque|Tchèque|Slovaque|Basque|Kurde|Serbe|Croate|Slovène|Arabe|Khmer|Khmère|Scandinave|Bosniaque|Monténégrine|Malgache|Sami)s?$/u

/** Find the capitalised sequences of the text, in text order, none overlapping. */
export function findNames(tokens: Token[], lex: EntityLexicon, lang: Lang, lowerSeen: Set<string>): NameSpan[] {
  const names: NameSpan[] = []
  // pairs of capitalised words seen inside sentences: the same pair opening a sentence is a name
  const midPairs = new Set<string>()
  // capitalised words seen inside sentences (accents folded: "Kavtaradze" … "Kavtaradzé")
  const capSeen = new Set<string>()
  for (const token of tokens) if (token.cap && !token.initial && !token.allCaps) capSeen.add(token.folded)
  // surnames: the word closing a given name and a surname inside a sentence ("… by Carol Reed")
  const surnamesSeen = new Set<string>()
  for (let k = 1; k < tokens.length; k++) {
    const a = tokens[k - 1] as Token
    const b = tokens[k] as Token
    if (a.cap && b.cap && !a.initial && joins(tokens, k)) midPairs.add(`${a.folded} ${b.folded}`)
    const c = tokens[k + 1]
    // (a given name opening a sentence too, unless it is also a word: "Will Reed")
    if (a.cap && b.cap && (!a.initial || !lex.wordFirstNames.has(a.folded)) && !b.allCaps && joins(tokens, k) && lex.firstNames.has(a.folded) && !(c && c.cap && joins(tokens, k + 1))) surnamesSeen.add(b.folded)
  }
  let i = 0
  while (i < tokens.length) {
    const token = tokens[i] as Token
    // "l'affaire des frégates de Taïwan", "le traité d'Amsterdam": a noun named by its complements
    const phrase = lang === 'fr' ? complementName(tokens, i, lex) : undefined
    if (phrase) {
      names.push({...phrase, head: {type: (lex.complementHeads.get(token.lower) as {type: HeadType}).type, first: true, last: false}})
      i = phrase.to
      continue
    }
    // "Un Certain Regard", "Critics' Week", "Le Monde": a well-known festival, section or newspaper is one name, whatever its words
    const known = knownName(tokens, i, lex)
    if (known) {
      const last = tokens[known.to - 1] as Token
      names.push({from: i, to: known.to, start: token.start, end: last.end, text: '', initial: token.initial, ...(known.cued ? {} : {head: {type: known.type, first: true, last: false}})})
      i = known.to
      continue
    }
    if (!startsName(tokens, i, lex, lang, lowerSeen, midPairs)) {
      // "le parti socialiste", "la commission de l'emploi et des affaires sociales": a lower-case body
      const body = lang === 'fr' ? lowerBody(tokens, i, lex) : undefined
      if (body) {
        names.push({from: i, to: body, start: token.start, end: (tokens[body - 1] as Token).end, text: '', initial: false, head: {type: 'Organization', first: true, last: false}})
        i = body
        continue
      }
      i++
      continue
    }
    let to = i + 1
    for (;;) {
      const next = tokens[to]
      if (!next || !joins(tokens, to)) break
      // "Lee Tate & Gary Carvolth": an ampersand before a given name joins two people, not one name
      if (next.before === ' & ' && lex.firstNames.has(next.folded)) break
      // ("Ana Lind & Tom Berg": or after a full name that a given name opens, before two capitalised words)
      const second = tokens[to + 1]
      if (next.before === ' & ' && to - i >= 2 && lex.firstNames.has(token.folded) && second && second.cap && !isStop(second, lex) && joins(tokens, to + 1)) break
      // the English pronoun "I" ends a name ("At Cannes I met …")
      if (lang === 'en' && next.text === 'I' && tokens[to + 1] && joins(tokens, to + 1) && !(tokens[to + 1] as Token).cap) break
      // "Lumaro Sets Global Premiere", "Cobalt Sales Boards Ahead of EFM": a title-case headline's verb ends its subject
      if (headlineVerb(tokens, to, lex)) break
      if (next.cap && !next.elision && !isStop(next, lex) && !lex.honorifics.has(next.text)) {
        to++
        continue
      }
      // a capitalised function word between two capitalised words stays in the name ("Les Films Hors Piste")
      const following = tokens[to + 1]
      if (next.cap && !next.initial && isStop(next, lex) && !nameDeterminers.has(next.lower) && following && following.cap && !isStop(following, lex) && joins(tokens, to + 1)) {
        to += 2
        continue
      }
      const after = tokens[to + 1]
      if (after && after.cap && joins(tokens, to + 1) && !isStop(after, lex) && particleJoins(tokens, i, to, lex)) {
        to += 2
        continue
      }
      if (after && after.cap && (next.lower === 'de' || next.lower === 'of') && tokens[to + 2] && joins(tokens, to + 2) && nameDeterminers.has(after.lower) && particleJoins(tokens, i, to, lex)) {
        to += 3
        continue
      }
      // "Pieter van den Broek", "Zoé van der Meulen", "Ursula von der Leyen": a run of lower-case particles, then a surname
      const run = particleRun(tokens, to)
      if (run > to + 1 && (nameParticles.has(next.lower) || lex.firstNames.has((tokens[to - 1] as Token).folded) || lex.firstNames.has(token.folded))) {
        to = run + 1
        continue
      }
      // "Gwenaëlle Le Bihan", "Maria De Luca", "Anna Van Hal": after a given name, a capitalised particle opens the surname
      // ("Gwenola Le Guennec": or a word unknown to the language and to the gazetteer before it, and one after it,
      // even opening a sentence: "Soizic Le Berre a expliqué")
      if (after && after.cap && next.cap && !next.initial && capitalParticles.has(next.lower) && joins(tokens, to + 1) && !isStop(after, lex) && (lex.firstNames.has((tokens[to - 1] as Token).folded) || (unknownNameWord(tokens[to - 1] as Token, lex, lang) && unknownNameWord(after, lex, lang))) && (tokens[to - 1] as Token).cap) {
        to += 2
        continue
      }
      // "Lucia de la Peña", "Jean de La Fontaine": a given name, then "de la" / "de l'" and a surname
      const third = tokens[to + 2]
      if (after && third && next.lower === 'de' && (after.lower === 'la' || after.lower === "l'") && third.cap && joins(tokens, to + 1) && joins(tokens, to + 2) && lex.firstNames.has((tokens[to - 1] as Token).folded)) {
        to += 3
        continue
      }
      // "Vent d'Ouest Productions", "Haut et Loin Distribution": an elided "d'" or a lower-case "et" inside the name of a
      // company that a company noun closes
      const close = companyClose(tokens, i, to, lex, lang, lowerSeen)
      if (close > to) {
        to = close
        continue
      }
      break
    }
    // "Martha's Vineyard", "King's Cross", "Regent's Park": a one-word owner, its possessive and a noun of a place
    const owned = tokens[to]
    if (lang === 'en' && to === i + 1 && owned && owned.cap && /^['’]s\s+$/.test(owned.before) && lex.possessivePlaces.has(owned.lower) && !lex.stopwords.has(token.lower)) {
      const end = tokens[to + 1]
      if (!end || !end.cap || !joins(tokens, to + 1)) {
        names.push({from: i, to: to + 1, start: token.start, end: owned.end, text: '', initial: token.initial, head: {type: 'Place', first: false, last: true}})
        i = to + 1
        continue
      }
    }
    // "London-based Ransome & Vale": the place a compound adjective is made of is a name of its own, before the name it qualifies
    if (to > i + 1 && compoundSuffix.test(token.text)) {
      const stem = trim(tokens, i, i + 1, lex, lang, lowerSeen, midPairs, capSeen, surnamesSeen)
      if (stem) names.push({...stem, head: undefined})
      i++
      continue
    }
    const lead = lex.heads.get(token.lower)?.first ? i : nameDeterminers.has(token.lower) && lex.heads.get((tokens[i + 1] as Token | undefined)?.lower ?? '')?.first ? i + 1 : -1
    if (lead >= 0) {
      to = extendAfterHead(tokens, to, lex)
      // ("la Région Bretagne et de la ville de Dinan": after a proper name, "et de" opens another phrase)
      const named = to - 1 > lead && (tokens[to - 1] as Token).cap && tokens[to]?.lower === 'et'
      if (lang === 'fr' && !named) to = complementAfterHead(tokens, to, lex)
    }
    // "a déclaré à l'AFP Ousmane Diagne-Lavoie": an acronym (a source, an agency) glued before a person's name is a name of its own
    if (acronymBeforePerson(tokens, i, to, lex, lang)) {
      names.push({from: i, to: i + 1, start: token.start, end: token.end, text: '', initial: token.initial})
      i++
      continue
    }
    const span = trim(tokens, i, to, lex, lang, lowerSeen, midPairs, capSeen, surnamesSeen)
    if (span) {
      const from = lowerHeadBefore(tokens, span.from, lex)
      if (from < span.from) {
        span.from = from
        span.start = (tokens[from] as Token).start
        span.initial = false
      }
      // "le festival Cinéma du réel": a name in apposition to a lower-case event head is that event
      const head = tokens[span.from - 1]
      const event = head && !head.cap && joins(tokens, span.from) && lex.lowerHeads.has(head.lower) ? lex.heads.get(head.lower) : undefined
      if (event?.type === 'Event') {
        const to = lang === 'fr' ? complementAfterHead(tokens, span.to, lex) : span.to
        names.push({...span, to, end: (tokens[to - 1] as Token).end, head: event})
        i = Math.max(i, to)
        continue
      }
      // "la place Vendôme", "au cap Ferret", "au cinéma Rex": a French noun of a place in lower case right before the name
      const noun = tokens[span.from - 1]
      const placeHead = lang === 'fr' && noun && !noun.cap && joins(tokens, span.from) ? lex.lowerPlaceHeads.get(noun.lower) : undefined
      if (placeHead && (placeHead.people || !lex.firstNames.has((tokens[span.from] as Token).folded)) && !isStop(tokens[span.from] as Token, lex) && !(tokens[span.from] as Token).elision) {
        names.push({...span, from: span.from - 1, start: (noun as Token).start, initial: false, head: {type: 'Place', first: true, last: false}})
        i = Math.max(to, i + 1)
        continue
      }
      // "Canal+", "Disney+", "Apple TV+": a plus sign glued to a name closes the name of a channel or a service
      const plus = tokens[span.to]?.before
      if (plus !== undefined && /^\+(?![\p{L}\p{N}])/u.test(plus) && !/^\+\s*[\p{L}\p{N}]/u.test(plus.slice(0, 2))) names.push({...span, end: span.end + 1, plus: true})
      else names.push({...span, head: headOf(tokens, span.from, span.to, lex)})
    }
    i = Math.max(to, i + 1)
    void token
  }
  return names
}

/**
 * A noun named by what follows it ("l'affaire Dreyfus", "l'affaire des emplois fictifs de la mairie de Paris",
 * "le traité d'Amsterdam"): the noun and a capitalised name right after it, or the noun and its "de" complements
 * up to the last capitalised word among them. Undefined when no capitalised word follows.
 */
function complementName(tokens: Token[], i: number, lex: EntityLexicon): Omit<NameSpan, 'head'> | undefined {
  const token = tokens[i] as Token
  const head = lex.complementHeads.get(token.lower)
  if (!head) return undefined
  let end = -1
  let k = i + 1
  const next = tokens[k]
  if (next && next.cap && !next.elision && joins(tokens, k) && !isStop(next, lex)) {
    // "l'affaire Dreyfus", "la loi Evin": the capitalised run right after the noun
    while (tokens[k] && (tokens[k] as Token).cap && joins(tokens, k) && !isStop(tokens[k] as Token, lex)) k++
    end = k
  } else if (head.complements) {
    // "l'affaire des frégates de Taïwan": "de" complements, each with its words, up to twelve words in all
    while (k < tokens.length && k < i + 13) {
      const de = tokens[k] as Token
      if (!joins(tokens, k) || !/^(de|du|des|d')$/.test(de.lower)) break
      k++
      if (tokens[k] && /^(la|le|l'|les)$/.test((tokens[k] as Token).lower) && joins(tokens, k)) k++
      let words = 0
      while (tokens[k] && joins(tokens, k) && words < 4) {
        const word = tokens[k] as Token
        if (word.cap && !word.elision && !isStop(word, lex) && !lex.honorifics.has(word.text)) end = k + 1
        else if (word.cap || word.elision || lex.stopwords.has(word.lower) || !/^\p{L}[\p{L}-]*$/u.test(word.text)) break
        k++
        words++
      }
      if (words === 0) break
    }
  }
  if (end < 0) return undefined
  const last = tokens[end - 1] as Token
  return {from: i, to: end, start: token.start, end: last.end, text: '', initial: false}
}

/**
 * A known festival, section or newspaper of two words or more written from `tokens[i]` on ("Un Certain Regard",
 * "Critics' Week", "Le Monde"), not followed by another capitalised word of the same name ("Hot Docs Canadian
 * International Documentary Festival" is a longer name): its end, its type, and whether that type needs a cue.
 */
function knownName(tokens: Token[], i: number, lex: EntityLexicon): {to: number, type: 'Event' | 'Organization', cued: boolean} | undefined {
  const token = tokens[i] as Token
  const candidates = lex.knownStarts.get(token.text.replace(/’/g, "'"))
  if (!candidates) return undefined
  for (const festival of candidates) {
    let written = token.text.replace(/’/g, "'")
    let k = i + 1
    while (written.length < festival.name.length && tokens[k] && (tokens[k] as Token).sentence === token.sentence) {
      const next = tokens[k] as Token
      written += next.before.replace(/’/g, "'") + next.text
      k++
    }
    if (written !== festival.name) continue
    const after = tokens[k]
    if (after && after.cap && joins(tokens, k) && !isStop(after, lex)) continue
    // a known name of one word is no name after an article ("à la Libération"), nor the start of a longer one ("Disney+")
    const before = tokens[i - 1]
    if (k === i + 1 && ((before && /^(le|la|l'|les|the)$/.test(before.lower) && joins(tokens, i)) || /^\+/.test(after?.before ?? ''))) continue
    return {to: k, type: festival.type, cued: festival.cued}
  }
  return undefined
}

/** End of a lower-case name of a body opening at `tokens[i]` ("parti socialiste"), after a definite determiner. */
function lowerBody(tokens: Token[], i: number, lex: EntityLexicon): number | undefined {
  const token = tokens[i] as Token
  const det = tokens[i - 1]
  if (token.cap || !lex.lowerOrgHeads.has(token.lower) || !det || !/^(le|la|l'|du|au|des)$/.test(det.lower) || !joins(tokens, i)) return undefined
  const next = tokens[i + 1]
  // a capitalised name after the head is found as a name of its own ("le conseil régional d'Alsace")
  if (!next || !joins(tokens, i + 1) || next.cap) return undefined
  const end = complementAfterHead(tokens, i + 1, lex)
  if (end <= i + 1) return undefined
  // the name ends where the phrase does: not before a capitalised complement ("commission de la Culture")
  const after = tokens[end]
  if (after && joins(tokens, end) && after.cap) return undefined
  // adjectives alone ("le conseil municipal", "la commission juridique") describe more often than they name
  for (let k = i + 1; k < end; k++) if (/^(de|du|des|d')$/.test((tokens[k] as Token).lower)) return end
  return undefined
}

/** Capitalised particles that open a surname after a given name ("Le Bihan", "De Luca", "Van Hal", "Di Stefano"). */
export const capitalParticles = new Set(['le', 'la', 'de', 'di', 'da', 'del', 'della', 'van', 'von', 'du', 'mac', 'mc', 'ni', 'ní'])
/** Particles that may stand two or three in a row inside a surname ("van den", "van der", "von der", "de la", "de los"). */
const runParticles = new Set(['van', 'von', 'der', 'den', 'de', 'la', 'las', 'los', 'del', 'di', 'da', 'dos', 'das', 'ter', 'ten', 'zu'])

/**
 * Index of the capitalised surname closing a run of two or three lower-case particles that starts at `tokens[k]`
 * ("van den Broek", "de la Fuente"), or -1.
 */
function particleRun(tokens: Token[], k: number): number {
  let j = k
  while (j < k + 3 && tokens[j] && !(tokens[j] as Token).cap && runParticles.has((tokens[j] as Token).lower) && joins(tokens, j)) j++
  const last = tokens[j]
  if (j - k < 2 || !last || !last.cap || !joins(tokens, j) || /^\p{Lu}$/u.test(last.text)) return -1
  return j
}

/**
 * The end of the name of a body going on past `tokens[to]`, an elided "d'" or a lower-case "et"/"and", over one to three
 * capitalised words to a head noun of a body that closes it (heads.tsv) ("Vent d'Ouest Productions", "Haut et Loin Distribution"), else `to`.
 * Before "et"/"and", the words of the name so far are common words of the language ("Haut"), no names of their own: "Sony
 * and Legendary Pictures" are two companies.
 */
function companyClose(tokens: Token[], from: number, to: number, lex: EntityLexicon, lang: Lang, lowerSeen: Set<string>): number {
  const link = tokens[to]
  if (!link || !joins(tokens, to) || (tokens[to - 1] as Token).allCaps) return to
  const elided = link.elision && link.lower === "d'"
  const joined = !link.cap && (link.lower === 'et' || link.lower === 'and')
  if (!elided && !joined) return to
  for (let k = to + 1; k <= to + 3; k++) {
    const word = tokens[k]
    if (!word || !word.cap || !joins(tokens, k) || isStop(word, lex)) return to
    const head = lex.heads.get(word.lower)
    if (k > to + 1 && head?.last && head.type === 'Organization') {
      if (joined) {
        for (let j = from; j < to; j++) {
          const part = tokens[j] as Token
          if (!lowerSeen.has(part.lower) && wordClass(part.lower, lang) !== 'common') return to
        }
      }
      return k + 1
    }
  }
  return to
}

/**
 * Whether `tokens[k]` is a headline verb written in title case inside a capitalised run, with the headline going on in
 * title case after it ("Lumaro Sets Global Premiere", "Harbourline Pictures Sets November 14 Release").
 */
function headlineVerb(tokens: Token[], k: number, lex: EntityLexicon): boolean {
  const verb = tokens[k]
  if (!verb || !verb.cap || verb.allCaps || !lex.headlineVerbs.has(verb.lower)) return false
  const after = tokens[k + 1]
  return !!after && after.sentence === verb.sentence && (after.cap || /^\p{N}/u.test(after.text))
}

/** Titles of nobility that make one name with a single word after them ("Lady Gaga", "Lord Byron"). */
export const nobleTitles = new Set(['Lady', 'Lord', 'Dame', 'Sir'])

/**
 * "Lady Gaga", "Lord Byron": a title of nobility before one capitalised word and no other is part of the name it forms;
 * before a full name it is an honorific ("Sir Ian McKellen").
 */
function nobleName(tokens: Token[], i: number, lex: EntityLexicon): boolean {
  const title = tokens[i] as Token
  const word = tokens[i + 1]
  const after = tokens[i + 2]
  if (!nobleTitles.has(title.text) || !word || !word.cap || word.allCaps || !joins(tokens, i + 1) || isStop(word, lex) || lex.honorifics.has(word.text)) return false
  return !(after && (after.cap || nameParticles.has(after.lower) || capitalParticles.has(after.lower)) && joins(tokens, i + 2))
}

/** A word that can open a name. */
function startsName(tokens: Token[], i: number, lex: EntityLexicon, lang: Lang, lowerSeen: Set<string>, midPairs: Set<string>): boolean {
  const token = tokens[i] as Token
  // "au cinéma L'Arlequin", "avec L'Œil patient": a capitalised "L'" inside a sentence opens the name it is glued to
  if (token.elision && token.cap && !token.initial && token.lower === "l'") {
    const next = tokens[i + 1]
    return !!next && next.cap && joins(tokens, i + 1) && !isStop(next, lex)
  }
  if (!token.cap || token.elision) return false
  if (lex.honorifics.has(token.text)) return nobleName(tokens, i, lex)
  // ("Lumaro Sets Global Premiere": the headline's verb after its subject opens nothing)
  const previous = tokens[i - 1]
  if (previous && previous.cap && joins(tokens, i) && headlineVerb(tokens, i, lex)) return false
  // "St. Louis": an abbreviated word before its period and a capitalised word
  if (abbreviation.test(token.text) && tokens[i + 1] && (tokens[i + 1] as Token).cap && joins(tokens, i + 1)) return true
  if (isStop(token, lex)) {
    // "June Okonedo-Price": a month that is also a given name opens a name before a surname-shaped word
    if (wordGivenName(tokens, i, i + 2, lex, lang, lowerSeen)) return true
    // "La Haye", "Los Angeles": a capitalised determiner inside a sentence opens a name
    const next = tokens[i + 1]
    // ("(Les Films du Fjord)": in brackets, before a head noun that opens names)
    const bracketed = /\(\s*$/.test(token.before) && !!next && !!lex.heads.get(next.lower)?.first
    // ("Le Monde y voit …": opening a sentence, before a single capitalised common noun)
    const after = tokens[i + 2]
    const titled = !!next && /^(le|la|les)$/.test(token.lower) && !(after && after.cap && joins(tokens, i + 2)) && commonNoun(next, lex, lang, lowerSeen)
    // ("Les Films du Fjord ont …" in a text that writes "pour Les Films du Fjord": the capital is the name's own)
    const owned = !!next && midPairs.has(`${token.folded} ${next.folded}`)
    return (!token.initial || bracketed || titled || owned) && nameDeterminers.has(token.lower) && !!next && next.cap && joins(tokens, i + 1) && !isStop(next, lex)
  }
  return true
}

/** A capitalised word that is a common noun of the language, no role, head, place or given name ("Monde", "Devoir"). */
function commonNoun(token: Token, lex: EntityLexicon, lang: Lang, lowerSeen: Set<string>): boolean {
  if (!token.cap || token.allCaps || lex.stopwords.has(token.lower) || lex.roles.has(token.lower) || lex.personNouns.has(token.lower) || lex.heads.has(token.lower) || lex.workNouns.has(token.lower)) return false
  if (lex.places.has(token.folded) || lex.firstNames.has(token.folded)) return false
  return wordClass(token.lower, lang) === 'common' || lowerSeen.has(token.lower)
}

/** A stop word, unless it is an initial or part of an acronym. */
function isStop(token: Token, lex: EntityLexicon): boolean {
  // (nor a country's abbreviation written in capitals, "US", whose lower case is a pronoun)
  if (/^\p{Lu}$/u.test(token.text) || (token.allCaps && lex.places.has(token.folded))) return false
  return lex.stopwords.has(token.lower)
}

/** True when `tokens[k]` continues the word before it inside one name (spaces only, or an initial's period). */
function joins(tokens: Token[], k: number): boolean {
  const token = tokens[k] as Token
  const previous = tokens[k - 1]
  if (!previous) return false
  // "St. Louis", "Mt. Hood": an abbreviated word, whose period a sentence splitter may take for a full stop
  if (previous.sentence !== token.sentence) return abbreviation.test(previous.text) && token.cap && /^\. $/.test(token.before)
  if (previous.elision) return token.before === ''
  if (/^[ \t\u00a0\u202f]+$/.test(token.before)) return true
  // "Film & TV", "Harlow & Finch": an ampersand between two capitalised words
  if (token.cap && previous.cap && token.before === ' & ' && !previous.allCaps && !/^\p{Lu}$/u.test(previous.text)) return true
  // "Quillmere Doc/Fest": a slash with no space between two capitalised parts
  if (token.before === '/' && /^\p{Lu}\p{Ll}/u.test(token.text) && /^\p{Lu}\p{Ll}/u.test(previous.text)) return true
  // an initial ("J. Campion") or an abbreviated word ("St. Louis", "Mt. Hood")
  return (/^\p{Lu}$/u.test(previous.text) || abbreviation.test(previous.text)) && /^\.[ \u00a0]?-?$/.test(token.before)
}

/** Abbreviated words that open a place's name ("St. Louis", "Mt. Hood", "Ft. Worth"). */
const abbreviation = /^(St|Ste|Mt|Ft|Pt)$/

/** Whether a word is a given name of the lexicon, or a hyphenated one made of them ("Jean-Luc", "Anne-Sophie"). */
export function isGivenName(word: Token, lex: EntityLexicon): boolean {
  return lex.firstNames.has(word.folded) || (word.folded.includes('-') && word.folded.split('-').every((part) => lex.firstNames.has(part)))
}

/** Whether the particle at `tokens[k]` joins the name `tokens[from, k)` to the capitalised word after it. */
function particleJoins(tokens: Token[], from: number, k: number, lex: EntityLexicon): boolean {
  const particle = (tokens[k] as Token).lower
  if (nameParticles.has(particle)) return true
  if (!complementParticles.has(particle)) return false
  const first = tokens[from] as Token
  // "les Jardiniers de France", "Médecins du Monde": a plural noun, capitalised inside a sentence, and a place
  if (k === from + 1 && /^(de|du|d')$/.test(particle) && !first.initial && pluralShaped(first, lex) && lex.places.has((tokens[k + 1] as Token | undefined)?.folded ?? '')) return true
  // ("Je vous salue, Marie de Jean-Luc Godard": a given name and a surname after "de" are the maker's full name)
  const after = tokens[k + 1]
  const fullName = !!after && isGivenName(after, lex) && !!tokens[k + 2]?.cap && joins(tokens, k + 2)
  if (lex.firstNames.has(first.folded) && particle !== 'of' && particle !== 'and' && particle !== '&' && particle !== 'the' && !fullName) return true
  for (let j = from; j < k && particle !== 'and'; j++) {
    const head = lex.heads.get((tokens[j] as Token).lower)
    // "Cinquième Symphonie de Holmgren": the maker of a work is not part of its name
    if (head && head.type !== 'CreativeWork') return true
  }
  // "National Film and Television School": "and" inside the name of a body that its last word, a head noun, closes
  if (particle === 'and' && !(tokens[k - 1] as Token).allCaps) {
    let j = k + 1
    while (j < k + 4 && tokens[j] && (tokens[j] as Token).cap && !isStop(tokens[j] as Token, lex) && joins(tokens, j)) j++
    const head = j > k + 1 ? lex.heads.get((tokens[j - 1] as Token).lower) : undefined
    if (head?.last && (head.type === 'Organization' || head.type === 'Event') && (!tokens[j] || !(tokens[j] as Token).cap || !joins(tokens, j))) {
      // ("the Berlin Film Festival and Cannes Film Festival": two names, each closed by its own head)
      let headed = false
      for (let h = from; h < k; h++) if ((tokens[h] as Token).lower === (tokens[j - 1] as Token).lower || lex.heads.get((tokens[h] as Token).lower)?.type === 'Event') headed = true
      if (!headed) return true
    }
  }
  // ("AT and T", "R and D" are one name; "CAA and Grandview Management", "MTV and ESPN" two: a lone letter on one side)
  const left = tokens[k - 1] as Token
  const right = tokens[k + 1]
  return particle === '&' || (particle === 'and' && left.allCaps && !!right && /^\p{Lu}+$/u.test(right.text) && (left.text.length === 1 || right.text.length === 1))
}

/** A capitalised word shaped as the plural of a common noun ("Jardiniers"): no given name, place or acronym. */
function pluralShaped(token: Token, lex: EntityLexicon): boolean {
  return token.text.length > 3 && /\p{Ll}[sx]$/u.test(token.text) && !token.allCaps && !lex.firstNames.has(token.folded) && !lex.places.has(token.folded)
}

/** After a leading head noun, take lower-case words up to a last capitalised word or an adjective. */
function extendAfterHead(tokens: Token[], to: number, lex: EntityLexicon): number {
  let best = to
  const first = tokens[to]
  if (first && joins(tokens, to) && !first.cap && adjectiveSuffix.test(first.lower) && !lex.stopwords.has(first.lower)) best = to + 1
  let lowered = false
  for (let k = to, taken = 0; k < tokens.length && taken < 8; k++, taken++) {
    const token = tokens[k] as Token
    if (!joins(tokens, k)) break
    if (token.cap && !isStop(token, lex)) {
      // "la Cour de cassation Jean-François Burgelin": a given name and a surname after the lower-case words of the
      // name are a person in apposition
      const next = tokens[k + 1]
      if (lowered && lex.firstNames.has(token.folded) && next && next.cap && joins(tokens, k + 1) && !lex.places.has(token.folded)) break
      best = k + 1
      continue
    }
    if (!token.cap && !complementParticles.has(token.lower)) lowered = true
    if (complementParticles.has(token.lower) || (!token.cap && !lex.stopwords.has(token.lower))) continue
    break
  }
  return best
}

/** "Semaine de la critique", "Palais des festivals": one lower-case complement after a leading head. */
function complementAfterHead(tokens: Token[], to: number, lex: EntityLexicon): number {
  // "Conservatoire national supérieur d'art dramatique", "Centre national du cinéma et de l'image animée",
  // "Semaine de la critique": adjectives, then "de" complements (each a noun and its adjectives), joined by "et"
  let end = to
  let k = to
  const adjective = (token: Token | undefined, at: number): boolean =>
    !!token && joins(tokens, at) && !token.cap && !lex.stopwords.has(token.lower) && (adjectiveSuffix.test(token.lower) || /(eur|eure|é|ée|és|ées)$/.test(token.lower)) && /^\p{L}+$/u.test(token.text)
  while (k < tokens.length && k < to + 3 && adjective(tokens[k], k)) end = ++k
  for (let complements = 0; complements < 3; complements++) {
    let j = k
    if (tokens[j]?.lower === 'et' && joins(tokens, j)) j++
    const de = tokens[j]
    if (!de || !joins(tokens, j) || !/^(de|du|des|d')$/.test(de.lower)) break
    j++
    if (tokens[j] && /^(la|l'|le|les)$/.test((tokens[j] as Token).lower) && joins(tokens, j)) j++
    const noun = tokens[j]
    if (!noun || !joins(tokens, j) || noun.cap || lex.stopwords.has(noun.lower) || !/^\p{L}{3,}(-\p{L}+)*$/u.test(noun.text)) break
    j++
    while (j < tokens.length && adjective(tokens[j], j)) j++
    const after = tokens[j]
    // the complement ends the name: punctuation, a function word or another complement follows
    if (after && joins(tokens, j) && !lex.stopwords.has(after.lower) && !/^(de|du|des|d'|et)$/.test(after.lower)) break
    end = j
    k = j
  }
  return end
}

/** Start of a lower-case head noun opening the name at `from` ("festival de Clermont-Ferrand", "musée du quai Branly"). */
function lowerHeadBefore(tokens: Token[], from: number, lex: EntityLexicon): number {
  for (let back = 1; back <= 3; back++) {
    const k = from - back
    const token = tokens[k]
    if (!token || !joins(tokens, k + 1) || token.cap) return from
    if (lex.lowerHeads.has(token.lower)) {
      // "festival de Clermont-Ferrand" takes the head; "le festival Cinéma du réel" does not
      if (back === 1 && lex.heads.get(token.lower)?.type === 'Event') return from
      // ("son partenaire de théâtre Mathieu X": after a bare "de", the noun is a complement of the noun before, no name's head)
      if (back === 1 && /^(de|d')$/.test(tokens[k - 1]?.lower ?? '') && joins(tokens, k)) return from
      // ("la mer du Nord", "le musée d'Orsay": a place noun with a "de" complement names the place after a definite
      // article; not "une baie de Bretagne", nor "le festival Images de mer de Lorient", where it only locates it)
      // (a street takes a number or no article, "12 rue de Rivoli")
      const place = back > 1 && lex.heads.get(token.lower)?.type === 'Place' && !lex.lowerPlaceHeads.get(token.lower)?.people
      if (place && !/^(le|la|les|l'|du|au|aux)$/.test(tokens[k - 1]?.lower ?? '')) return from
      return k
    }
    if (!/^(de|du|des|d'|la|le|l')$/.test(token.lower) && !(back === 1 && /^\p{L}+$/u.test(token.text) && !lex.stopwords.has(token.lower) && /^(de|du|des|d')$/.test(tokens[k - 1]?.lower ?? ''))) return from
  }
  return from
}

/** The head noun of a name: its first word when the head stands first, its last when it stands last. */
export function headOf(tokens: Token[], from: number, to: number, lex: EntityLexicon): Head | undefined {
  if (to - from > 2 && nameDeterminers.has((tokens[from] as Token).lower)) {
    const second = lex.heads.get((tokens[from + 1] as Token).lower)
    if (second?.first && second.type !== 'Event') return second
  }
  const first = lex.heads.get((tokens[from] as Token).lower)
  // "Academy Awards": with a head at both ends and no "of"/"de" after the first, the last word is the head
  const end = lex.heads.get((tokens[to - 1] as Token).lower)
  if (first && end?.last && to - from > 1 && !complementParticles.has((tokens[from + 1] as Token).lower)) return end
  if (first?.first && (to - from > 1 || first.type === 'Event' || first.type === 'Award' || (first.type === 'Organization' && !(tokens[from] as Token).initial))) return first
  const last = lex.heads.get((tokens[to - 1] as Token).lower)
  if (last?.last && to - from > 1) return last
  // "International Documentary Film Festival Amsterdam": an event noun that may stand anywhere, inside the name
  for (let k = from + 1; k < to - 1; k++) {
    const inner = lex.heads.get((tokens[k] as Token).lower)
    if (inner?.type === 'Event' && inner.first && inner.last && (tokens[k] as Token).cap) return inner
  }
  // "Amateur Hockey Association of Canada", "Florida Department of Law Enforcement", "National Museum of Wales": a
  // capitalised head inside the name, right before the "of"/"de" of its complement, heads the name
  // (not a venue noun, "Hall of Fame", "Palace of Fine Arts": with a complement it often names the institution)
  for (let k = from + 1; k < to - 1; k++) {
    const word = tokens[k] as Token
    const inner = lex.heads.get(word.lower)
    const after = tokens[k + 1] as Token
    if (inner && (inner.type === 'Organization' || (inner.type === 'Place' && !lex.venueHeads.has(word.lower))) && word.cap && !(tokens[k] as Token).allCaps && /^(of|de|du|des|d')$/.test(after.lower) && !after.cap) return inner
  }
  return undefined
}

/** Drop opening function words and sentence-initial common words; undefined when nothing is left. */
function trim(tokens: Token[], from: number, to: number, lex: EntityLexicon, lang: Lang, lowerSeen: Set<string>, midPairs: Set<string>, capSeen: Set<string>, surnamesSeen: Set<string>): Omit<NameSpan, 'head'> | undefined {
  let initial = (tokens[from] as Token).initial
  while (from < to) {
    const token = tokens[from] as Token
    const det = tokens[from - 1]
    const next = tokens[from + 1]
    // ("the Peruvian Mateo Pizarro", "a Kazakh director": in English a demonym is an adjective, glued before the person's name)
    const english = lang === 'en' && !!det && /^(the|a|an)$/.test(det.lower) && wordClass(token.lower, 'en') === 'demonym' && personAfter(tokens, from + 1, to, lex, lang)
    if (from + 1 < to && (english || (demonymOpening(tokens, from, to, lex, lang) && det && /^(le|la|l'|du|de|un|une)$/.test(det.lower)))) {
      from++
      initial = false
      continue
    }
    // ("(Les Films du Fjord)": a determiner in brackets before a head noun is the name's own)
    const bracketed = /\(\s*$/.test(token.before) && !!next && !!lex.heads.get(next.lower)?.first
    // "Le Monde y voit …": a determiner opening a sentence before a capitalised common noun is the name's own
    const titled = from + 2 === to && !!next && /^(le|la|les)$/.test(token.lower) && commonNoun(next, lex, lang, lowerSeen)
    // ("Les Films du Fjord ont …" when the text writes "pour Les Films du Fjord" too: the capital is the name's own)
    const owned = !!next && midPairs.has(`${token.folded} ${next.folded}`)
    // ("LOS ANGELES, Sunday —": an upper-case dateline keeps its upper-case determiner)
    const shouted = token.allCaps && !!next && next.allCaps
    if (token.initial && from + 1 < to && nameDeterminers.has(token.lower) && !bracketed && !titled && !owned && !shouted) {
      from++
      initial = false
      continue
    }
    const seenInside = from + 1 < to && !!next && midPairs.has(`${token.folded} ${next.folded}`)
    // "Van den Broek :", "Von Trier a dit": a capitalised particle opening a surname is no common word
    const surname = from + 1 < to && /^(van|von|mac|mc)$/.test(token.lower) && !!next && (next.cap || runParticles.has(next.lower))
    // ("Will Dorsey said", "Pierre Niney joue": a given name that is also a word, before a surname, stays)
    // ("Haut et Loin Distribution", "Vent d'Ouest Productions": a common word linked to the rest of a company's name)
    const linked = from + 1 < to && !!next && (next.lower === "d'" || next.lower === 'et' || next.lower === 'and')
    // ("Reed's film follows …" after "directed by Carol Reed": a word the text writes only capitalised, as the surname
    // closing a full name, is that surname when it opens a sentence)
    const knownSurname = from + 1 === to && surnamesSeen.has(token.folded) && !lowerSeen.has(token.lower) && !lex.stopwords.has(token.lower)
    if (token.initial && !seenInside && !surname && !knownSurname && !bracketed && !titled && !linked && !wordGivenName(tokens, from, to, lex, lang, lowerSeen) && isCommonInitial(token, lex, lang, lowerSeen, capSeen)) {
      from++
      initial = false
      continue
    }
    break
  }
  // "Lagos-based Red Delta Productions", "Hungarian-born": a compound adjective is not part of a name
  while (from < to - 1 && compoundSuffix.test((tokens[from] as Token).text)) {
    from++
    initial = false
  }
  // "le ministre de l'Economie Thierry Breton", "Engineer John Greiner": common words or a place glued
  // before a given name and surname are not part of the person's name
  // ("le ministre de l'Economie Thierry Breton": what follows a role noun and "de" is the role's complement)
  const complement = roleComplementAt(tokens, from, lex)
  // ("the Bristol Old Vic Theatre School": a name closed by the head noun of a body or an event is no person's)
  const closing = lex.heads.get((tokens[to - 1] as Token).lower)
  const body = !!closing?.last && closing.type !== 'CreativeWork' && to - from > 2
  for (let k = from + 1; k < to - 1 && !body; k++) {
    const token = tokens[k] as Token
    if (!lex.firstNames.has(token.folded) || !(tokens[k + 1] as Token).cap) continue
    let leading = true
    if (complement) {
      for (let j = from; j < k; j++) if (lex.firstNames.has((tokens[j] as Token).folded)) leading = false
      if (leading) {
        from = k
        initial = false
      }
      break
    }
    for (let j = from; j < k; j++) {
      const word = tokens[j] as Token
      const known = wordClass(word.lower, lang)
      if (lex.firstNames.has(word.folded) || !(word.allCaps || lex.places.has(word.folded) || lex.roles.has(word.lower) || lowerSeen.has(word.lower) || known === 'common' || known === 'place' || known === 'organization')) leading = false
    }
    if (leading) {
      from = k
      initial = false
    }
    break
  }
  // "President Barack Obama", "Mayor Ana Botín": a capitalised role before two more capitalised words,
  // the first of them a given name the lexicon does not know, is a title, not part of the name
  while (!body && to - from >= 3 && lex.roles.has((tokens[from] as Token).lower) && !lex.firstNames.has((tokens[from] as Token).folded) && !(tokens[from] as Token).allCaps && (tokens[from + 1] as Token).cap && !lex.heads.has((tokens[from + 1] as Token).lower)) {
    from++
    initial = false
  }
  while (to > from && complementParticles.has((tokens[to - 1] as Token).lower)) to--
  if (from >= to) return undefined
  const first = tokens[from] as Token
  const last = tokens[to - 1] as Token
  // "Buenos Aires-based", "Cairo-based": the place a compound adjective is made of, without its suffix
  const suffix = compoundSuffix.exec(last.text)
  if (suffix && suffix.index > 0) {
    const stem = last.text.slice(0, suffix.index).toLowerCase()
    // ("Hungarian-born" says where someone is from, it names nothing)
    if (to - from === 1 && (wordClass(stem, lang) === 'demonym' || wordClass(stem, lang) === 'common' || /(an|ese|ish|ais|ois)$/.test(stem))) return undefined
    return {from, to, start: first.start, end: last.end - suffix[0].length, text: '', initial: initial && !/\(\s*$/.test(first.before)}
  }
  if (to - from === 1 && roman.test(first.text) && first.text.length < 4) return undefined
  // a name in brackets ("(Oren Talbeck)") does not open a sentence: its capitals count
  return {from, to, start: first.start, end: last.end, text: '', initial: initial && !/\(\s*$/.test(first.before)}
}

/**
 * "le Sud-Coréen Park Min-Jun": a demonym noun opening a capitalised run, before the name of a person; not an ordinary
 * word before a common word ("le Grand Orient", "la Saline Royale", "Dien Bien Phu").
 */
export function demonymOpening(tokens: Token[], from: number, to: number, lex: EntityLexicon, lang: Lang): boolean {
  const token = tokens[from] as Token
  if (!demonymNoun.test(token.text) || lex.places.has(token.folded) || lex.firstNames.has(token.folded) || lex.heads.has(token.lower)) return false
  const next = tokens[from + 1]
  // ("Dahmane El Harrachi": a given name shaped like a demonym, before a particle of the surname)
  if (next && (nameParticles.has(next.lower) || capitalParticles.has(next.lower))) return false
  return !(next && wordClass(next.lower, lang) === 'common' && !lex.firstNames.has(next.folded))
}

/** A capitalised word neither the language nor the gazetteer knows, no head noun, no place: the shape of a rare name. */
function unknownNameWord(token: Token, lex: EntityLexicon, lang: Lang): boolean {
  if (!token.cap || token.allCaps || lex.places.has(token.folded) || lex.heads.has(token.lower) || isStop(token, lex)) return false
  const known = wordClass(token.lower, lang)
  return known === undefined || known === 'person'
}

/**
 * `tokens[from, to)` read as a person's name: two to four capitalised words, no head noun or place, the first a
 * given name or every word unknown to the language ("Mateo Pizarro-Quispe", "Ousmane Diagne-Lavoie").
 */
function personAfter(tokens: Token[], from: number, to: number, lex: EntityLexicon, lang: Lang): boolean {
  if (to - from < 2 || to - from > 4) return false
  const first = tokens[from] as Token
  for (let k = from; k < to; k++) {
    const token = tokens[k] as Token
    if (k > from && (nameParticles.has(token.lower) || capitalParticles.has(token.lower))) continue
    if (!token.cap || token.allCaps || lex.heads.has(token.lower) || lex.places.has(token.folded) || isStop(token, lex)) return false
  }
  if (lex.firstNames.has(first.folded)) return true
  for (let k = from; k < to; k++) if (!unknownNameWord(tokens[k] as Token, lex, lang) && !nameParticles.has((tokens[k] as Token).lower) && !capitalParticles.has((tokens[k] as Token).lower)) return false
  // (two unknown words: one of them hyphenated, the usual shape of a double family name)
  return to - from > 2 || (tokens[to - 1] as Token).text.includes('-') || first.text.includes('-')
}

/** "l'AFP Ousmane Diagne-Lavoie", "BBC Jane Doe": an acronym opening a capitalised run whose rest is a person's name. */
function acronymBeforePerson(tokens: Token[], from: number, to: number, lex: EntityLexicon, lang: Lang): boolean {
  const first = tokens[from] as Token
  if (!first.allCaps || first.text.length < 2 || lex.honorifics.has(first.text) || to - from < 3) return false
  return personAfter(tokens, from + 1, to, lex, lang)
}

/** Whether the name at `from` follows a role noun and "de" ("le ministre de l'Economie", "le président du Sénat"). */
function roleComplementAt(tokens: Token[], from: number, lex: EntityLexicon): boolean {
  let k = from - 1
  if (tokens[k] && /^(la|l')$/.test((tokens[k] as Token).lower) && joins(tokens, k + 1)) k--
  const de = tokens[k]
  if (!de || !/^(de|du|des|d')$/.test(de.lower) || !joins(tokens, k + 1)) return false
  const role = tokens[k - 1]
  return !!role && !role.cap && lex.roles.has(role.lower) && joins(tokens, k)
}

/** A capitalised word at the start of a sentence that is an ordinary word of the language. */
/**
 * A given name that is also an ordinary word ("Will", "Grace", "Pierre", lexicon/word-first-names.tsv) opening the name
 * `tokens[from, to)`, right before another capitalised word that is no place, head noun, role, function word or common
 * word of the language: "Will Dorsey", "Pierre Niney", not "Grace Church", "Will Paris" nor "Rose Garden".
 */
export function wordGivenName(tokens: Token[], from: number, to: number, lex: EntityLexicon, lang: Lang, lowerSeen: Set<string>): boolean {
  const first = tokens[from] as Token
  const second = tokens[from + 1]
  if (to - from < 2 || !second || first.allCaps || !lex.wordFirstNames.has(first.folded)) return false
  if (!second.cap || second.allCaps || !joins(tokens, from + 1) || lex.places.has(second.folded) || lex.heads.has(second.lower) || lex.stopwords.has(second.lower) || lex.roles.has(second.lower)) return false
  const known = wordClass(second.lower, lang)
  return lex.firstNames.has(second.folded) || (!lowerSeen.has(second.lower) && known !== 'common' && known !== 'place' && known !== 'organization' && known !== 'demonym')
}

export function isCommonInitial(token: Token, lex: EntityLexicon, lang: Lang, lowerSeen: Set<string>, capSeen: Set<string> = new Set()): boolean {
  if (lex.stopwords.has(token.lower)) return true
  if (lex.firstNames.has(token.folded) || lex.places.has(token.folded)) return false
  if (lex.heads.has(token.lower)) return false
  const known = wordClass(token.lower, lang)
  if (known === 'common' || known === 'demonym') return true
  if (known) return false
  if (lowerSeen.has(token.lower)) return true
  // a word the text capitalises inside sentences too is a name ("Kavtaradzé, dont le nom …")
  if (capSeen.has(token.folded)) return false
  if (lang === 'fr' && /(ment|é|ée|és|ées|ant)$/.test(token.lower) && !token.allCaps) return true
  if (lang === 'en' && /(ly|ing|ed)$/.test(token.lower) && !token.allCaps) return true
  return lex.roles.has(token.lower) || lex.workNouns.has(token.lower)
}
