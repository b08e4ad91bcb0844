/**
 * gender: the gender the text gives each person, worked out once for the stages that resolve
 * pronouns and role nouns (quotations: "she said"; facts: "elle enchaîne alors X").
 *
 * Evidence, each a vote for 'm' or 'f' (weights in brackets):
 * - words the text puts on a mention (2): the determiner of a role mention ("la cinéaste"), an
 *   honorific ("Mme X", "Mr X"), a role or person noun in apposition before the name, with its
 *   determiner ("la réalisatrice belge X", "her son, the sound recordist X"), "X, née le …",
 *   "X est une actrice";
 * - a participle of birth opening the sentence ("Née à Mulhouse en 1994, …, X") (1);
 * - the head noun of a role mention and each stated role, when the noun is gendered ("actrice") (1);
 * - the usual gender of the given name (1);
 * - subject pronouns that go on from a sentence whose named subject is the person ("X arrived.
 *   She …"), and gendered pronouns later in the person's sentence with no one else named between
 *   ("Ada Park, 41, says she …") (1 each).
 * The majority wins; a tie, or no evidence, leaves the person's gender unknown.
 */
import {entityLexicon} from '../entities/lexicon.js'
import {nameKey} from '../entities/normalize.js'
import {is, kinNoun, labelLine, personNoun, tokenize, type Token} from '../quoted/words.js'
import type {Entity, Lang, TextView} from '../types.js'

export type Gender = 'm' | 'f'

/** The gender the text gives each person, by entity id; people it gives none are absent. */
export type Genders = Readonly<Record<string, Gender>>

/** Votes per entity id: [masculine, feminine]. */
type Votes = Map<string, [number, number]>

/** The genders of the people of `entities` (see the module comment). */
export function personGenders(view: TextView, entities: readonly Entity[]): Genders {
  const people = entities.filter((entity) => entity.type === 'Person')
  const votes: Votes = new Map(people.map((person) => [person.id, [0, 0]]))
  const vote = (id: string, gender: Gender | undefined, weight = 1): void => {
    const counts = votes.get(id)
    if (counts && gender) counts[gender === 'm' ? 0 : 1] += weight
  }
  for (const person of people) {
    for (const mention of person.mentions) mentionVotes(view, mention, (gender, weight) => vote(person.id, gender, weight))
    for (const role of person.roles) vote(person.id, nounGender(role.role.toLowerCase(), view.language))
    vote(person.id, givenNameGender(person, view.language))
  }
  bornVotes(view, people, vote)
  pronounVotes(view, people, vote)
  const genders: Record<string, Gender> = {}
  for (const person of people) {
    const [m, f] = votes.get(person.id) as [number, number]
    if (m !== f) genders[person.id] = m > f ? 'm' : 'f'
  }
  return genders
}

/** The gender a gendered pronoun or possessive marks ("elle", "she", "his"); undefined for "son", "lui". */
export function pronounGender(word: string, lang: Lang): Gender | undefined {
  const lower = word.toLowerCase()
  if (is(lower, 'subj-f', lang) || is(lower, 'gender-f', lang)) return 'f'
  if (is(lower, 'subj-m', lang) || is(lower, 'gender-m', lang)) return 'm'
  return undefined
}

/** The gender a French determiner shows ("la", "cette" f; "le", "ce" m). */
export function determinerGender(word: string): Gender | undefined {
  if (word === 'la' || word === 'une' || word === 'cette' || word === 'sa' || word === 'ma') return 'f'
  if (word === 'le' || word === 'un' || word === 'ce' || word === 'cet') return 'm'
  return undefined
}

/** The gender of a noun for a person ("actrice" f, "son" m, "cinéaste" none). */
function nounGender(word: string, lang: Lang): Gender | undefined {
  const gender = personNoun(word, lang)
  return gender === 'm' || gender === 'f' ? gender : undefined
}

/** Honorifics before a name that show a gender (lower case, without a final period). */
const honorifics: Record<string, Gender> = {mme: 'f', madame: 'f', mlle: 'f', mademoiselle: 'f', mrs: 'f', ms: 'f', miss: 'f', m: 'm', monsieur: 'm', mr: 'm', sir: 'm'}

/** The words the text puts on one mention of a person (see the module comment). */
function mentionVotes(view: TextView, mention: Entity['mentions'][number], vote: (gender: Gender | undefined, weight: number) => void): void {
  const {text, language: lang} = view
  const inside = tokenize(text, mention.start, mention.end, lang).filter((token) => token.word)
  if (mention.kind === 'role' || mention.kind === 'title') {
    // "la comédienne", "the actress": the determiner and the noun of the mention itself
    if (lang === 'fr') vote(determinerGender(inside[0]?.lower ?? ''), 2)
    vote(nounGender(inside[inside.length - 1]?.lower ?? '', lang), 1)
    return
  }
  const before = tokenize(text, Math.max(0, mention.start - 60), mention.start, lang)
  const last = before[before.length - 1]
  const adjacent = last !== undefined && /^[\s\u00a0]*$/.test(text.slice(last.end, mention.start))
  // "Mme X", "Mr. X"
  const honorific = adjacent && last.text === '.' ? before[before.length - 2] : adjacent ? last : undefined
  if (honorific?.word) vote(honorifics[honorific.lower], 2)
  // "la cinéaste belge X", "Le réalisateur du film, X", "her son, the sound recordist X": a role or
  // person noun in apposition (up to three words after it), with its determiner or its own gender
  vote(appositionGender(before, text, mention.start, lang), 2)
  // "X, née le …", "X est une actrice"
  const after = text.slice(mention.end, mention.end + 20)
  if (/^\s*,\s*née\s/iu.test(after) || /^\s+est\s+une\s/iu.test(after)) vote('f', 2)
  else if (/^\s*,\s*né\s/iu.test(after) || /^\s+est\s+un\s/iu.test(after)) vote('m', 2)
}

/**
 * The gender of a role or person noun standing in apposition before a name: the noun up to four
 * words before it (a comma may close the apposition), gendered by itself ("actrice", "son") or, in
 * French, by its determiner ("la cinéaste"); a kin noun before a comma ("her son, the X") counts first.
 */
function appositionGender(before: Token[], text: string, at: number, lang: Lang): Gender | undefined {
  let k = before.length - 1
  if (before[k]?.text === ',') k--
  for (let words = 0; k >= 0 && words < 5; k--, words++) {
    const token = before[k] as Token
    if (!token.word) {
      // a kin noun closed by a comma: "her son, the sound recordist X"
      if (token.text === ',' && before[k - 1]?.word && kinNoun((before[k - 1] as Token).lower, lang)) return nounGender((before[k - 1] as Token).lower, lang)
      return undefined
    }
    if (/^\p{Lu}/u.test(token.text) && k < before.length - 1) return undefined
    const noun = personNoun(token.lower, lang)
    if (noun === undefined) continue
    // (the noun must stand in apposition: only words, and at most a comma, between it and the name)
    if (!/^[\s\u00a0,\p{L}'’-]*$/u.test(text.slice(token.end, at))) return undefined
    const own = nounGender(token.lower, lang)
    if (own) return own
    const determiner = before[k - 1]
    return lang === 'fr' && determiner?.word ? determinerGender(determiner.lower) : undefined
  }
  return undefined
}

/**
 * The usual gender of the given name of a person's full name (the entities stage's list of first
 * names); "Karl-Johan", "Marie-Claire": a given name made of two of the same gender.
 */
function givenNameGender(person: Entity, lang: Lang): Gender | undefined {
  const full = person.mentions.find((mention) => mention.kind === 'name' && /\s/.test(mention.text))
  if (!full) return undefined
  const names = entityLexicon(lang).firstNames
  const word = full.text.split(/\s+/)[0] as string
  const parts = new Set(word.split(/[-‐‑]/).map((part) => names.get(nameKey(part)) ?? 'u'))
  const gender = names.get(nameKey(word)) ?? (parts.size === 1 ? [...parts][0] : 'u')
  return gender === 'm' || gender === 'f' ? gender : undefined
}

/** "Née à Mulhouse en 1994, …, X": a participle of birth opening the sentence, then the name after a comma. */
function bornVotes(view: TextView, people: Entity[], vote: (id: string, gender: Gender | undefined) => void): void {
  const mentions = sortedMentions(people)
  for (const sentence of view.sentences) {
    const born = /^\s*(née|né)\s/i.exec(view.text.slice(sentence.start, sentence.start + 6))
    if (!born) continue
    const named = mentions.find((mention) => mention.start >= sentence.start && mention.end <= sentence.end && /,\s*$/.test(view.text.slice(Math.max(sentence.start, mention.start - 3), mention.start)))
    if (named) vote(named.id, (born[1] as string).toLowerCase() === 'née' ? 'f' : 'm')
  }
}

/** A mention among the first words of its sentence counts as its subject. */
const subjectWords = 6
/** Third-person object pronouns that stand for a person other than the subject ("lui a transmis"). */
const objectPronouns = new Set(['lui', 'leur'])

/**
 * Pronouns: a sentence whose subject is a person, followed by a sentence that opens with
 * "il"/"elle"/"he"/"she", or a gendered pronoun later in the same sentence with no other person
 * between ("Ada Park, 41, says she …", "X … before founding his own group").
 */
function pronounVotes(view: TextView, people: Entity[], vote: (id: string, gender: Gender | undefined) => void): void {
  const lang = view.language
  const mentions = sortedMentions(people)
  let cursor = 0
  let previousSubject: string | null = null
  for (const sentence of view.sentences) {
    while (cursor < mentions.length && (mentions[cursor] as {start: number}).start < sentence.start) cursor++
    const inside: Array<{start: number; id: string}> = []
    for (let at = cursor; at < mentions.length && (mentions[at] as {start: number}).start < sentence.end; at++) inside.push(mentions[at] as {start: number; id: string})
    const words = tokenize(view.text, sentence.start, sentence.end, lang).filter((token) => token.word)
    const first = words[0]
    // (a sentence that opens with a quotation speaks with someone else's pronouns)
    const quoted = /^[«"“„‘'—–-]/u.test(view.text.slice(sentence.start, sentence.end).trimStart())
    const subjectPronoun = first && (is(first.lower, 'subj-m', lang) || is(first.lower, 'subj-f', lang))
    if (first && previousSubject && !quoted && subjectPronoun) vote(previousSubject, pronounGender(first.lower, lang))
    // an interview answer ("Moreau: She was …") is the labelled person speaking of others
    if (labelLine.test(view.text.slice(sentence.start, sentence.start + 60))) {
      previousSubject = null
      continue
    }
    const subject = inside.find((mention) => {
      const position = words.findIndex((word) => word.start === mention.start)
      if (position < 0 || position >= subjectWords) return false
      const previous = words[position - 1]
      return !previous || !(is(previous.lower, 'preposition', lang) || is(previous.lower, 'source', lang))
    })
    if (subject) {
      const pronoun = words.find((word) => word.start > subject.start && pronounGender(word.lower, lang) !== undefined)
      // (an object pronoun between them, "X lui a transmis ce qu'elle …", brings in someone else)
      const other = pronoun && words.some((word) => word.start > subject.start && word.start < pronoun.start && objectPronouns.has(word.lower))
      if (pronoun && !other && !inside.some((mention) => mention.id !== subject.id && mention.start > subject.start && mention.start < pronoun.start)) vote(subject.id, pronounGender(pronoun.lower, lang))
    }
    const pronounOpens = first !== undefined && (is(first.lower, 'subj', lang) || subjectPronoun || first.lower === 'lui' || first.lower === 'him' || first.lower === 'her')
    previousSubject = subject ? subject.id : pronounOpens ? previousSubject : null
  }
}

/** Every mention of the people, with its entity id, by start. */
function sortedMentions(people: Entity[]): Array<{start: number; end: number; id: string}> {
  return people.flatMap((person) => person.mentions.map((mention) => ({start: mention.start, end: mention.end, id: person.id}))).sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
