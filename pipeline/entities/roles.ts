/**
 * roles: stated roles of people and role anaphora.
 *
 * A role noun phrase ("la réalisatrice", "ce plasticien et photographe", "director") is read in one
 * of these ways, in this order:
 * - apposition before a person's name: "la réalisatrice Alison …", "l'actrice chinoise …";
 * - apposition after a name or predicate: "…, journaliste", "… est l'un des artistes", "… is a painter",
 *   "…, ancien monteur", "…, Lumavox's head of development", "…, l'une des rares directrices de la photographie",
 *   "La compositrice du film, X"; a predicate of a subject pronoun ("she was a nurse") is read like "en tant que";
 * - "en tant que" / "as a": the role of the nearest subject before it (a name, a role anaphor or a
 *   subject pronoun resolved by gender);
 * - "X de formation, …" / "…, a painter by training" opening a sentence: the role of the subject that follows;
 * - otherwise, a definite or demonstrative singular phrase is an anaphor: a mention of the most
 *   recent compatible person. A person the text gave that role before wins, then one given no other role
 *   (not the writer or the actress for "la réalisatrice"); else gender agreement
 *   (French feminine forms) and recency, a person already named in the same sentence coming last.
 * Not read as anaphors: "la critique" (critics as a body), the part an actor plays ("as the conductor"), a definite
 * predicate ("he was also the author of …"). A gendered role noun never goes to a person of the other gender, and a
 * gendered anaphor sets the gender of a person the names said nothing about.
 * Every role word becomes a RoleMention of the person it is attached to.
 */
import type {Lang, Mention, RoleMention} from '../types.js'
import {determinerBefore, glued, isModifier, roleAt, sameSentence, type Determiner, type RoleHit} from './context.js'
import {isConjugated, wordClass} from './language-model.js'
import {entityLexicon, type EntityLexicon, type Gender} from './lexicon.js'
import {phrase, type Token} from './tokens.js'

/** A person as the role pass sees it: its name mentions in text order. */
export interface PersonRef {
  mentions: Mention[]
  gender: Gender
  /** Role keys implied before a position by a cue such as "réalisé par" (offset → key). */
  impliedKeys: Array<{at: number; key: string}>
}

/** What the role pass adds to each person (same index as the input). */
export interface RoleResult {
  roles: RoleMention[][]
  anaphors: Mention[][]
}

interface RolePhrase {
  from: number
  to: number
  hits: RoleHit[]
  /** Gender of a gendered form in the phrase, 'u' when none is. */
  gender: Gender
  plural: boolean
  det: Determiner
  /** A person noun ("jeune femme") rather than an occupation. */
  personNoun: boolean
}

const subjectPronouns: Record<string, Gender> = {il: 'm', elle: 'f', he: 'm', she: 'f'}

/** The role keys the words around a name tell ("produit par X" → producer, "X plays" → actor). */
function cueKeys(text: string, mention: Mention, lang: Lang): string[] {
  const before = text.slice(Math.max(0, mention.start - 30), mention.start).toLowerCase().replace(/’/g, "'")
  const after = text.slice(mention.end, mention.end + 30).toLowerCase().replace(/’/g, "'")
  const keys: string[] = []
  for (const cue of entityLexicon(lang).roleCues) if (cue.pattern.test(cue.side === 'before' ? before : after)) keys.push(cue.key)
  // "Florence X does a lot with little screen time as Jean Y", "avec Z dans le rôle d'une grand-mère": who plays a part
  if (/^[^.!?;:"«»“”\p{Lu}]{0,60}?(\sas\s+(the\s+)?\p{Lu}|\sdans le rôle d)/u.test(text.slice(mention.end, mention.end + 80))) keys.push('actor')
  return keys
}

/** Role keys of trades a text keeps apart: "la réalisatrice" is not the actress nor the novelist it named. */
const tradeKeys = new Set(['director', 'actor', 'screenwriter', 'writer', 'novelist', 'producer', 'cinematographer', 'editor', 'composer', 'musician', 'singer', 'critic', 'journalist', 'photographer'])

/** What follows a character's name in a cast description ("is played by", "est incarnée par"). */
const playedBy = /^\s*,?\s*(?:is |was |est |était )?(?:played|portrayed|voiced|joué|jouée|incarné|incarnée|interprété|interprétée) (?:by|par)\b/i

/** French determiners that say the gender of the noun after them. */
const determinerGender: Record<string, Gender> = {la: 'f', une: 'f', cette: 'f', le: 'm', un: 'm', ce: 'm', cet: 'm', du: 'm', au: 'm'}

/** Words that join two roles of one person: "réalisatrice et productrice", "editor turned director". */
const roleLinks = new Set(['et', 'and', 'turned', 'devenu', 'devenue'])

/** Attach stated roles and resolve role anaphora over `persons`. */
export function attachRoles(text: string, tokens: Token[], persons: PersonRef[], lex: EntityLexicon, lang: Lang): RoleResult {
  const roles: RoleMention[][] = persons.map(() => [])
  const anaphors: Mention[][] = persons.map(() => [])
  const startsAt = new Map<number, number>()
  const endsAt = new Map<number, number>()
  const tokenByStart = new Map<number, number>()
  const tokenByEnd = new Map<number, number>()
  for (const token of tokens) {
    tokenByStart.set(token.start, token.i)
    tokenByEnd.set(token.end, token.i + 1)
  }
  const inName = new Uint8Array(tokens.length)
  const nameStart = new Uint8Array(tokens.length + 1)
  persons.forEach((person, p) =>
    person.mentions.forEach((mention) => {
      const from = tokenByStart.get(mention.start)
      const to = tokenByEnd.get(mention.end)
      if (from === undefined || to === undefined) return
      startsAt.set(from, p)
      endsAt.set(to, p)
      nameStart[from] = 1
      for (let k = from; k < to; k++) inName[k] = 1
    })
  )
  const phrases = findRolePhrases(tokens, lex, inName, nameStart, lang)
  // the author of a byline ("Par Léa X, envoyée spéciale", "By Jonah Y |", "Propos recueillis par Z") is not who the
  // article's role nouns refer to
  const bylined = persons.map((person) => person.mentions.some((mention) => /((^|\n)[ \t*_]*(par|by)|propos recueillis par|interview(ed)? by|entretien réalisé par)[ \t]+$/i.test(text.slice(Math.max(0, mention.start - 30), mention.start))))
  // keys told by the words around a name; a named trade overrides the "director" an agent ("produced by X") implies
  // a character of the film, named only as the part someone plays ("Florence X as Jean Y", "dans le rôle de Z"), is no
  // one the text's role nouns ("the director") refer to
  const character = persons.map((person) => person.mentions.every((mention) => /((^|[^\p{L}])(?<!such )as|dans le rôle d[e']|dans la peau d[e'])\s*$/iu.test(text.slice(Math.max(0, mention.start - 25), mention.start).replace(/’/g, "'"))))
  const stated: Array<Array<{at: number; key: string}>> = persons.map((person) => {
    const cued = person.mentions.flatMap((mention) => cueKeys(text, mention, lang).map((key) => ({at: mention.start, key})))
    return [...person.impliedKeys.filter((implied) => !cued.some((cue) => cue.at === implied.at && cue.key !== implied.key)), ...cued]
  })
  // the gender the names tell (a given name's usual one), until a role noun right before the name says otherwise
  const nameGender = persons.map((person) => person.gender)
  const attach = (p: number, np: RolePhrase): void => {
    // a feminine role noun is no role of a man, nor a masculine one of a woman, when the name tells the gender
    const own = nameGender[p] as Gender
    if (own !== 'u' && np.hits.some((hit) => hit.form.gender !== 'u' && hit.form.gender !== own)) return
    for (const hit of np.hits) {
      const start = (tokens[hit.from] as Token).start
      const end = (tokens[hit.to - 1] as Token).end
      ;(roles[p] as RoleMention[]).push({start, end, text: text.slice(start, end), role: hit.form.lemma, key: hit.form.key})
      ;(stated[p] as Array<{at: number; key: string}>).push({at: start, key: hit.form.key})
    }
  }

  // "la réalisatrice Lou X": a gendered role noun right before the name says more than the usual gender of a given name
  // (given names such as Lou, Dominique or Sasha are borne by both)
  for (const np of phrases) {
    const p = np.personNoun || np.gender === 'u' ? undefined : nameRightAfter(tokens, np, startsAt, lex, lang)
    if (p !== undefined) nameGender[p] = np.gender
  }
  // pass 1: appositions and predicates, which need no resolution
  const pending: RolePhrase[] = []
  for (const np of phrases) {
    if (np.personNoun) {
      pending.push(np)
      continue
    }
    const p = appositionTarget(tokens, np, startsAt, endsAt, lex, lang)
    if (p !== undefined) attach(p, np)
    else pending.push(np)
  }
  // gender from stated gendered roles, where the names said nothing
  const gender = persons.map((_person, p) => {
    if (nameGender[p] !== 'u') return nameGender[p] as Gender
    const forms = (roles[p] as RoleMention[]).map((role) => lex.roles.get(role.role)?.gender ?? 'u').filter((g) => g !== 'u')
    return forms[0] ?? 'u'
  })

  // pass 2: anaphors in text order, then subjects of "en tant que" and "de formation"
  const order = persons.flatMap((person, p) => person.mentions.map((m) => ({at: m.start, end: m.end, p}))).sort((a, b) => a.at - b.at)
  const last = persons.map(() => ({at: -1, end: -1, sentence: -1}))
  let cursor = 0
  const advance = (offset: number): void => {
    while (cursor < order.length && (order[cursor] as {at: number}).at < offset) {
      const {at, end, p} = order[cursor] as {at: number; end: number; p: number}
      const k = tokenByStart.get(at)
      last[p] = {at, end, sentence: k === undefined ? -1 : (tokens[k] as Token).sentence}
      cursor++
    }
  }
  const resolve = (offset: number, sentence: number, want: Gender, keys: string[]): number | undefined => {
    advance(offset)
    let best: number | undefined
    let bestScore = -Infinity
    last.forEach((seen, p) => {
      if (seen.at < 0 || bylined[p] || character[p]) return
      const g = gender[p] as Gender
      if (want !== 'u' && g !== 'u' && g !== want) return
      const before = (stated[p] as Array<{at: number; key: string}>).filter((s) => s.at < offset)
      const hasKey = keys.length > 0 && before.some((s) => keys.includes(s.key))
      // a person whose stated roles are all other ones (an actress, a writer for "la réalisatrice") is rarely meant
      // (only between trades a text keeps apart: an artist may well be "le dissident")
      const conflicts = keys.length > 0 && keys.every((key) => tradeKeys.has(key)) && before.length > 0 && !hasKey && before.every((s) => tradeKeys.has(s.key))
      let score = seen.at
      if (want !== 'u' && g === want) score += 1e9
      // a name in the same clause is not what a role phrase of that clause refers back to ("X's portrait of the physicist")
      if (seen.sentence === sentence && !/[,;:()—–]/.test(text.slice(seen.end, offset))) return
      score += 2e9
      if (hasKey) score += 8e9
      if (!conflicts) score += 4e9
      if (score > bestScore) {
        best = p
        bestScore = score
      }
    })
    return best
  }
  const subjects: Array<{np: RolePhrase; mode: 'before' | 'after'}> = []
  const anaphorAt = new Map<number, number>()
  for (const np of pending) {
    const mode = subjectMode(tokens, np, lex)
    if (mode === 'before') {
      const p = subjectBefore(tokens, np.from, startsAt, anaphorAt, resolve)
      if (p !== undefined) attach(p, np)
      continue
    }
    if (mode) {
      subjects.push({np, mode})
      continue
    }
    // "its director was blunt", "selon son réalisateur": the role of the work just named, so only someone the text gave
    // that role before (stated, or "produit par X", "a film by X") is meant
    const owner = np.det === 'possessive' ? (tokens[np.from - 1] as Token).lower : ''
    const its = owner === 'its' || owner === 'son' || owner === 'sa'
    if (np.plural || (np.det !== 'definite' && np.det !== 'demonstrative' && !its)) continue
    // "The distributor, Brenna Pictures, …": an apposition to a name that is not a person's
    const following = tokens[np.to]
    if (following && following.cap && /^\s*,\s*$/.test(following.before) && sameSentence(tokens, np.to - 1, np.to)) continue
    // "the distributor Lumavox": a role noun right before a name that is no person's names that thing
    if (following && following.cap && !following.initial && glued(tokens, np.to)) continue
    if (np.personNoun && np.det !== 'definite') continue
    // "la critique a salué le film", "le prix de la critique": critics as a body, or criticism
    if (np.hits.length === 1 && lex.collectiveRoles.has(phrase(tokens, np.from - 1, np.to))) continue
    // "he was also the author of a memoir": a predicate, not a mention of someone named before
    if (pronounPredicate.test(phrase(tokens, Math.max(0, np.from - 4), np.from - 1)) && /^(the|le|la|l')$/.test(tokens[np.from - 1]?.lower ?? '')) continue
    // "X as the nurse who comes to evacuate him", "avec Y dans le rôle du pêcheur": the part an actor plays
    if (/^(as|comme)$/.test(tokens[np.from - 2]?.lower ?? '') || /^(rôle|role|part) (de|du|des|d'|of)$/.test(phrase(tokens, Math.max(0, np.from - 3), np.from - 1).replace(/^\S+ (?=\S+ \S+$)/, ''))) continue
    // "the sculptor is played by Maud X", "le pêcheur, incarné par Y": a character of the film, not a person of the text
    if (playedBy.test(text.slice((tokens[np.to - 1] as Token).end, (tokens[np.to - 1] as Token).end + 30))) continue
    const first = tokens[np.from] as Token
    const keys = np.hits.map((hit) => hit.form.key)
    const p = resolve(first.start, first.sentence, np.gender, keys)
    if (p === undefined) continue
    if (its) {
      if (!(stated[p] as Array<{at: number; key: string}>).some((s) => s.at < first.start && keys.includes(s.key))) continue
    }
    // the mention is the role noun phrase itself: not a second role after a comma ("la réalisatrice, ancienne monteuse")
    const head = np.hits[0]
    const to = head && head.to < np.to && /,/.test((tokens[head.to] as Token).before) ? head.to : np.to
    const end = (tokens[to - 1] as Token).end
    const start = (tokens[head ? head.from : np.from] as Token).start
    const mention: Mention = {start, end, text: text.slice(start, end), kind: 'role'}
    ;(anaphors[p] as Mention[]).push(mention)
    if (!np.personNoun) attach(p, np)
    // "Le comédien, quarante ans de théâtre derrière lui": a gendered anaphor tells its person's gender for the next ones
    if (gender[p] === 'u' && np.gender !== 'u') gender[p] = np.gender
    last[p] = {at: first.start, end, sentence: first.sentence}
    anaphorAt.set(np.from, p)
  }
  for (const {np} of subjects) {
    const p = subjectAfter(tokens, np.to, startsAt, anaphorAt)
    if (p !== undefined) attach(p, np)
  }
  return {roles, anaphors}
}

/** All role phrases of the text: role words (coordinated or stacked) with their determiner. */
function findRolePhrases(tokens: Token[], lex: EntityLexicon, inName: Uint8Array, nameStart: Uint8Array, lang: Lang): RolePhrase[] {
  const out: RolePhrase[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (inName[i]) continue
    const token = tokens[i] as Token
    if (token.cap && !token.initial) {
      // "'Copper Saints' Director Tomás X" (a headline in title case), "Cinematographer Inés Y": a capitalised role right before a name
      const hit = roleAt(tokens, i, lex)
      if (hit && nameStart[hit.to] && glued(tokens, hit.to)) {
        out.push({from: i, to: hit.to, hits: [hit], gender: hit.form.gender, plural: hit.form.plural, det: determinerBefore(tokens, i), personNoun: false})
        i = hit.to - 1
      }
      continue
    }
    const noun = personNounAt(tokens, i, lex)
    if (noun) {
      out.push({from: i, to: noun.to, hits: [], gender: noun.gender, plural: false, det: determinerBefore(tokens, i), personNoun: true})
      i = noun.to - 1
      continue
    }
    const hit = roleAt(tokens, i, lex)
    if (!hit) continue
    let from = i
    const hits = [hit]
    let to = hit.to
    for (;;) {
      const next = tokens[to]
      if (next && glued(tokens, to) && roleLinks.has(next.lower)) {
        const more = roleAt(tokens, to + 1, lex)
        if (more && glued(tokens, to + 1)) {
          hits.push(more)
          to = more.to
          continue
        }
      }
      // "réalisatrice, scénariste et productrice", "la réalisatrice, ancienne monteuse": a comma, maybe one modifier, a role
      if (next && /^\s*,\s*$/.test(next.before) && sameSentence(tokens, to - 1, to)) {
        const skip = isModifier(next, lex) && glued(tokens, to + 1) ? 1 : 0
        const more = roleAt(tokens, to + skip, lex)
        if (more && !more.form.plural) {
          hits.push(more)
          to = more.to
          continue
        }
      }
      const stacked = next && glued(tokens, to) ? roleAt(tokens, to, lex) : undefined
      if (stacked) {
        hits.push(stacked)
        to = stacked.to
        continue
      }
      break
    }
    // one or two adjectives between determiner and noun ("la jeune réalisatrice", "the Swedish actress", "a former radio journalist")
    for (let back = 1; back <= 2; back++) {
      const previous = tokens[from - back]
      if (!previous || !(isModifier(previous, lex) || isDemonym(previous, lang)) || !glued(tokens, from - back + 1)) break
      if (determinerBefore(tokens, from - back) !== 'none') {
        from -= back
        break
      }
    }
    // an epicene noun takes the gender of its French determiner ("la cinéaste", "le journaliste")
    const gendered = hits.map((h) => h.form.gender).find((g) => g !== 'u') ?? determinerGender[tokens[from - 1]?.lower ?? ''] ?? 'u'
    out.push({from, to, hits, gender: gendered, plural: hits.some((h) => h.form.plural), det: determinerBefore(tokens, from), personNoun: false})
    i = to - 1
  }
  return out
}

/**
 * An English nationality adjective, written with a capital ("the Swedish actress", "the
 * British-Italian actress", "the Hungarian-born cinematographer"): known to the language model, or
 * of a demonym's shape.
 */
function isDemonym(token: Token, lang: Lang): boolean {
  if (lang !== 'en' || !token.cap || token.initial) return false
  return token.lower.split('-').every((part, k) => wordClass(part, lang) === 'demonym' || /^\p{L}+(ish|ian|ese|an|ic|i)$/u.test(part) || (k > 0 && part === 'born'))
}

/** A subject pronoun, a copula and maybe an adverb and an article, right before a role ("she was a", "il est aussi"). */
const pronounPredicate = /(^| )(he|she|il|elle) (is|was|became|est|était|fut|devient|devint)( (also|already|still|then|aussi|déjà|alors|encore))?( (a|an|un|une))?$/

/** Words that may follow an apposition's role noun ("X, the actress best known for", "X, le cinéaste qui …"). */
const appositionFollowers = new Set(['de', 'du', 'des', "d'", 'of', 'from', 'for', 'in', 'at', 'à', 'au', 'aux', 'en', 'qui', 'who', 'whose', 'dont', 'best', 'now', 'then', 'once', 'also', 'aussi', 'connu', 'connue', 'known', 'né', 'née', 'born', 'with', 'avec', 'et', 'and'])

function personNounAt(tokens: Token[], at: number, lex: EntityLexicon): {to: number; gender: Gender} | undefined {
  for (const n of [2, 1]) {
    if (at + n > tokens.length) continue
    if (n === 2 && !glued(tokens, at + 1)) continue
    const gender = lex.personNouns.get(phrase(tokens, at, at + n))
    if (gender) return {to: at + n, gender}
  }
  return undefined
}

/**
 * The person whose name follows the phrase, maybe after one or two French adjectives ("la réalisatrice
 * corse X"); not after a verb ("les critiques saluent X", "la cinéaste filme X"), and in English, whose
 * adjectives come before the noun, not after any lower-case word ("critics cited X").
 */
function nameRightAfter(tokens: Token[], np: RolePhrase, startsAt: Map<number, number>, lex: EntityLexicon, lang: Lang): number | undefined {
  let k = np.to
  const adjective = (token: Token): boolean => lang === 'fr' && isModifier(token, lex) && !isConjugated(token.lower, lang)
  while (k < np.to + 2 && tokens[k] && adjective(tokens[k] as Token) && glued(tokens, k)) k++
  return tokens[k] && glued(tokens, k) ? startsAt.get(k) : undefined
}

/** Words that may stand between an apposition's comma and its role noun ("X, lui-même réalisateur", "Y, herself a painter"). */
const emphatic = new Set(['lui-même', 'elle-même', 'himself', 'herself', 'aussi', 'également', 'also'])

/** The person an apposition or predicate attaches the phrase to, if the phrase is one. */
function appositionTarget(tokens: Token[], np: RolePhrase, startsAt: Map<number, number>, endsAt: Map<number, number>, lex: EntityLexicon, lang: Lang): number | undefined {
  // before a name: "la réalisatrice X", "l'actrice chinoise X"
  const named = nameRightAfter(tokens, np, startsAt, lex, lang)
  if (named !== undefined) return named
  // "The producer was Joost X", "le monteur est Paul Y": a definite role, a copula, the name
  const copula = tokens[np.to]
  if (np.det === 'definite' && !np.plural && copula && glued(tokens, np.to) && /^(is|was|est|était|fut)$/.test(copula.lower) && glued(tokens, np.to + 1) && startsAt.has(np.to + 1)) return startsAt.get(np.to + 1)
  // "the cinematographer, Ola Brekke, frames …", "her producer, X", "Okoro's producer, X": a role, a comma, the name
  const owned = np.det === 'possessive' || /^['’]s\s+$/.test((tokens[np.from] as Token).before)
  if (tokens[np.to] && /^\s*,\s*$/.test((tokens[np.to] as Token).before) && startsAt.has(np.to) && (np.det === 'definite' || owned)) return startsAt.get(np.to)
  // "Vance's manager of forty years, Paul X", "son agent depuis vingt ans, Y": a short complement before the comma
  // ("La compositrice du film, Léa X", "the director of the film, Y": a definite role with its complement)
  // ("le ministre de la Culture, X", "the head of Paramount Pictures, Y": the complement may name a body, capitalised,
  // but no person: "the wife of Paul, Marie X" is not Paul's apposition)
  const complement = owned ? /^(of|for|since|de|depuis|d')$/ : np.det === 'definite' && !np.plural ? /^(of|de|du|des|d')$/ : undefined
  if (complement && tokens[np.to] && glued(tokens, np.to) && complement.test((tokens[np.to] as Token).lower)) {
    for (let c = np.to + 1; c < np.to + 6 && tokens[c]; c++) {
      const word = tokens[c] as Token
      if (/^\s*,\s*$/.test(word.before) && sameSentence(tokens, c - 1, c)) {
        if (startsAt.has(c)) return startsAt.get(c)
        break
      }
      if (!glued(tokens, c) || (word.cap && (startsAt.has(c) || !sameSentence(tokens, c - 1, c)))) break
    }
  }
  // "la maire sortante, X, …", "le ministre italien, Y, …": a definite role, one or two adjectives (no verb), a comma, the
  // name set off by commas
  if (np.det === 'definite' && !np.plural) {
    let c = np.to
    while (c < np.to + 2 && tokens[c] && glued(tokens, c) && isModifier(tokens[c] as Token, lex) && !isConjugated((tokens[c] as Token).lower, lang)) c++
    const name = startsAt.get(c)
    if (c > np.to && name !== undefined && /^\s*,\s*$/.test((tokens[c] as Token).before) && sameSentence(tokens, c - 1, c)) {
      // (the name closes the apposition: a comma or the end of the sentence after it)
      let e = c + 1
      while (tokens[e] && glued(tokens, e) && (tokens[e] as Token).cap) e++
      const after = tokens[e]
      if (!after || !sameSentence(tokens, e - 1, e) || /^\s*,/.test(after.before)) return name
    }
  }
  // after a name: "X, journaliste", "X, une artiste", "X, a painter", "X, the Swedish actress"
  let b = np.from
  // "X, Lumavox's head of development", "X, ancien monteur du studio": an owner's name or a modifier before the role
  const lead = tokens[b - 1]
  if (lead && sameSentence(tokens, b - 1, b) && ((/^['’]s\s+$/.test((tokens[b] as Token).before) && lead.cap) || (np.det === 'none' && glued(tokens, b) && (isModifier(lead, lex) || emphatic.has(lead.lower))))) {
    // (the owner may have several words: "X, Lumavox Films' head of …"; the modifiers two: "X, première femme guide de …")
    let o = b - 1
    while (lead.cap && o > b - 4 && (tokens[o - 1] as Token | undefined)?.cap && glued(tokens, o)) o--
    if (!lead.cap && tokens[o - 1] && isModifier(tokens[o - 1] as Token, lex) && glued(tokens, o) && !/^\s*,\s*$/.test((tokens[o] as Token).before)) o--
    if (/^\s*,\s*$/.test((tokens[o] as Token).before) && endsAt.has(o) && sameSentence(tokens, o - 1, o)) return endsAt.get(o)
  }
  // (not "X, le cinéaste enferme …", where the phrase opens a clause, nor "X, the guitarist's daughter")
  const after = tokens[np.to]
  const closes = !after || !sameSentence(tokens, np.to - 1, np.to) || /[,;:)(—–]/.test(after.before)
  const opensClause = !!after && !closes && (/^['’]s/.test(after.before) || !(appositionFollowers.has(after.lower) || /(é|ée|és|ées|ed)$/.test(after.lower)))
  if (np.det === 'indefinite' || ((np.det === 'definite' || np.det === 'possessive') && !np.plural && !opensClause)) b--
  // ("X, l'une des rares directrices de la photographie", "X, one of the few cinematographers": a plural after "one of")
  if (np.plural && (np.det === 'indefinite' || np.det === 'definite')) {
    for (let k = np.from - 1; k >= np.from - 3 && k > 0; k--) {
      const word = tokens[k] as Token
      if (/^(un|une)$/.test(word.lower) || (word.lower === 'one' && tokens[k + 1]?.lower === 'of')) {
        b = tokens[k - 1]?.lower === "l'" ? k - 1 : k
        break
      }
    }
  }
  const first = tokens[b]
  if (first && /^\s*,\s*$/.test(first.before) && endsAt.has(b) && sameSentence(tokens, b - 1, b)) return endsAt.get(b)
  // predicate: "X est un artiste", "X est l'un des artistes", "X is one of the painters"
  b = np.from
  while (b > np.from - 5 && tokens[b - 1] && /^(un|une|le|la|l'|les|des|a|an|the|l'un|l'une|un des|one|of|l'|d')$/.test((tokens[b - 1] as Token).lower)) b--
  while (b > np.from - 7 && tokens[b - 1] && isModifier(tokens[b - 1] as Token, lex) && !/^(est|is|was|était|fut|devient|became|été|been)$/.test((tokens[b - 1] as Token).lower)) b--
  let verb = tokens[b - 1]
  // "X a d'abord été monteuse", "X has long been a nurse": the participle of a compound tense, then its auxiliary
  if (verb && /^(été|been)$/.test(verb.lower)) {
    let aux = b - 2
    const isAuxiliary = (token: Token | undefined): boolean => !!token && /^(a|avait|has|had|have)$/.test(token.lower)
    while (aux > b - 5 && tokens[aux] && (isModifier(tokens[aux] as Token, lex) || (tokens[aux] as Token).elision) && !isAuxiliary(tokens[aux])) aux--
    const auxiliary = tokens[aux]
    if (!auxiliary || !isAuxiliary(auxiliary)) return undefined
    if (endsAt.has(aux) && sameSentence(tokens, aux - 1, aux)) return endsAt.get(aux)
    b = aux + 1
    verb = auxiliary
  } else if (!verb || !/^(est|était|fut|devient|is|was|became|becomes)$/.test(verb.lower)) return undefined
  if (endsAt.has(b - 1) && sameSentence(tokens, b - 2, b - 1)) return endsAt.get(b - 1)
  // "X, née le 3 juin 1978 à Niamey, est une réalisatrice": the name before an aside closed by a comma
  // (the aside may end in brackets: "née en 1971 à Hué (Viêt Nam), est …")
  if (!/^\s*[)\]]?\s*,\s*$/.test(verb.before)) return undefined
  // (an encyclopedia's aside may be long: "X, née Y le 30 mai 1928 à Z (Belgique) et morte le … à Paris, est une …")
  for (let k = b - 2; k > b - 45 && k > 0 && sameSentence(tokens, k - 1, b - 1); k--) {
    if (endsAt.has(k) && /^\s*,\s*$/.test((tokens[k] as Token).before)) return endsAt.get(k)
  }
  return undefined
}

/** "en tant que X" / "as a X" (subject before), "X de formation, …" (subject after), or nothing. */
function subjectMode(tokens: Token[], np: RolePhrase, _lex: EntityLexicon): 'before' | 'after' | undefined {
  const before = phrase(tokens, Math.max(0, np.from - 3), np.from)
  // "she was a nurse in Luanda", "il est aussi producteur": a predicate of a subject pronoun
  if (!np.plural && (np.det === 'indefinite' || np.det === 'none') && pronounPredicate.test(phrase(tokens, Math.max(0, np.from - 4), np.from))) return 'before'
  if (/(en tant que|en tant qu'|as a|as an|worked as|travaille comme|travaillait comme)$/.test(before)) return 'before'
  // "elle travaille quatre ans comme assistante", "he started as editor": no determiner, an occupation
  if (np.det === 'none' && /(^| )(comme|as)$/.test(before) && !np.plural) return 'before'
  const next = phrase(tokens, np.to, Math.min(tokens.length, np.to + 2))
  if ((next === 'de formation' || next === 'by training') && (tokens[np.from] as Token).initial) return 'after'
  return undefined
}

/** The nearest subject before `at` in its sentence: a name, a resolved anaphor or a pronoun. */
function subjectBefore(tokens: Token[], at: number, startsAt: Map<number, number>, anaphorAt: Map<number, number>, resolve: (offset: number, sentence: number, want: Gender, keys: string[]) => number | undefined): number | undefined {
  const sentence = (tokens[at] as Token).sentence
  for (let k = at - 1; k >= 0 && (tokens[k] as Token).sentence === sentence; k--) {
    const token = tokens[k] as Token
    const pronoun = subjectPronouns[token.lower]
    if (pronoun) return resolve(token.start, -1, pronoun, [])
    const anaphor = anaphorAt.get(k)
    if (anaphor !== undefined) return anaphor
    if (startsAt.has(k)) return startsAt.get(k)
  }
  return undefined
}

/** The first subject after `at` in its sentence: a name or a resolved anaphor. */
function subjectAfter(tokens: Token[], at: number, startsAt: Map<number, number>, anaphorAt: Map<number, number>): number | undefined {
  const sentence = (tokens[at - 1] as Token).sentence
  for (let k = at; k < tokens.length && (tokens[k] as Token).sentence === sentence; k++) {
    const anaphor = anaphorAt.get(k)
    if (anaphor !== undefined) return anaphor
    if (startsAt.has(k)) return startsAt.get(k)
  }
  return undefined
}
