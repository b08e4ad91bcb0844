/**
 * focus: the person an article is about, and the gender the text gives each person, so that a
 * pronoun ("she", "elle", "her") goes to the nearest person it can stand for.
 *
 * - the article's person is the person named most often, provided they are named in the opening
 *   paragraphs and clearly more often than anyone else (a portrait, an obituary, an encyclopedia entry);
 * - a person's gender comes from the words the text attaches to them: a gendered determiner before
 *   a role noun ("la comédienne", "le monteur"), an honorific (Mme, Mr), a kin noun in apposition
 *   ("her son, X"), a gendered participle of birth ("Née à …, X"), and subject pronouns that continue
 *   a sentence the person is the named subject of ("X keeps a drawer … . She …"), by majority.
 */
import type {Entity, TextView} from '../types.js'
import {firstMention, type MentionIndex} from './context.js'

export type Gender = 'm' | 'f'

/** What pronoun resolution needs about the people of one article. */
export interface Focus {
  /** The person the article is about, if one stands out. */
  person: Entity | undefined
  /** The gender the text gives a person, when it gives one. */
  gender(entity: Entity): Gender | undefined
}

/** The gender a pronoun or possessive marks ("elle" f, "his" m); undefined for "son", "lui", "leur". */
export function pronounGender(word: string): Gender | undefined {
  const lower = word.toLowerCase()
  if (/^(?:elle|she|her|herself|elle-même)$/.test(lower)) return 'f'
  if (/^(?:il|he|his|him|himself|lui-même)$/.test(lower)) return 'm'
  return undefined
}

/** True when `entity` may be what a pronoun of `gender` stands for (unknown gender agrees with all). */
export function agrees(focus: Focus, entity: Entity, gender: Gender | undefined): boolean {
  if (!gender) return true
  const known = focus.gender(entity)
  return !known || known === gender
}

const cache = new WeakMap<TextView, Focus>()

/** The focus of the article of `view` (computed once per view). */
export function articleFocus(view: TextView, index: MentionIndex, roleKeys: Map<string, string> = new Map()): Focus {
  const cached = cache.get(view)
  if (cached) return cached
  const genders = genderVotes(view, index, roleKeys)
  const focus: Focus = {
    person: mainPerson(view, index),
    gender(entity) {
      const [m, f] = genders.get(entity.id) ?? [0, 0]
      if (m > f * 2 && m >= 1) return 'm'
      if (f > m * 2 && f >= 1) return 'f'
      return undefined
    }
  }
  cache.set(view, focus)
  return focus
}

/**
 * The person named most often (names and role nouns), when they are named in the first three
 * paragraphs and at least a quarter more often than the next person.
 */
function mainPerson(view: TextView, index: MentionIndex): Entity | undefined {
  const counts = new Map<Entity, number>()
  for (const {entity} of index.all) if (entity.type === 'Person') counts.set(entity, (counts.get(entity) ?? 0) + 1)
  // (a text that opens on a person's name, "X, née le …, est une actrice", "X, the actor who …, has
  // died", is about them: the pronouns that follow stand for them, so their name recurs less)
  const opener = openingSubject(view, index)
  if (opener) counts.set(opener, (counts.get(opener) ?? 0) + 2)
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || firstMention(a[0]) - firstMention(b[0]))
  const [best, second] = ranked
  if (!best || best[1] < 3) return undefined
  if (second && best[1] < second[1] * 1.25) return undefined
  const opening = view.paragraphs[Math.min(2, view.paragraphs.length - 1)]
  if (opening && firstMention(best[0]) > opening.end) return undefined
  return best[0]
}

/** The person whose name opens one of the first two sentences, followed by a comma or a verb. */
function openingSubject(view: TextView, index: MentionIndex): Entity | undefined {
  for (const sentence of view.sentences.slice(0, 2)) {
    const first = index.within(sentence, ['Person'])[0]
    if (first && first.mention.start === sentence.start && first.mention.kind === 'name' && /^\s*[,(]|^\s+\p{Ll}/u.test(view.text.slice(first.mention.end, first.mention.end + 3))) return first.entity
  }
  return undefined
}

/** Words right before a name or a role noun that mark its gender. */
const feminineBefore = /(?:^|[\s,(])(?:la|une|cette|mme|madame|mrs|ms|miss|sa fille|sa mère|sa sœur|sa femme|son épouse|her daughter|his daughter|her mother|his mother|his wife|her sister|his sister)[\s.,]+$/iu
const masculineBefore = /(?:^|[\s,(])(?:le|un|ce|cet|m\.|monsieur|mr|mr\.|son fils|son père|son frère|son mari|her son|his son|her father|his father|her husband|his brother|her brother)[\s.,]+$/iu
/** A kin noun and a role in apposition before a name: "Her son, the sound recordist X". */
const kinApposition = /(?:^|[\s])(son|father|husband|brother|fils|père|mari|frère|daughter|mother|wife|sister|fille|mère|femme|épouse|sœur)\s*,\s*(?:(?:the|le|la|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,3}$/iu
/** A determiner, a role noun and up to three words (an adjective, "du film"), right before a name. */
const roleBefore = /(?:^|[\s,(])(le|la|un|une|cette|ce)\s+([\p{L}-]+)(?:\s+[\p{L}'’-]+){0,3}?\s*,?\s+$/iu
const femaleKin = new Set(['daughter', 'mother', 'wife', 'sister', 'fille', 'mère', 'femme', 'épouse', 'sœur'])

/** Per person id, [masculine, feminine] evidence. */
function genderVotes(view: TextView, index: MentionIndex, roleKeys: Map<string, string>): Map<string, [number, number]> {
  const votes = new Map<string, [number, number]>()
  const vote = (entity: Entity, gender: Gender, weight = 1): void => {
    const counts = votes.get(entity.id) ?? [0, 0]
    counts[gender === 'm' ? 0 : 1] += weight
    votes.set(entity.id, counts)
  }
  const text = view.text
  for (const {entity, mention} of index.all) {
    if (entity.type !== 'Person') continue
    const before = text.slice(Math.max(0, mention.start - 40), mention.start)
    // ("la comédienne", "Mme X": the determiner belongs to the mention or stands right before it)
    const own = mention.kind === 'role' ? text.slice(mention.start, mention.end).toLowerCase() : ''
    if (/^(?:la|une|cette)\s/.test(own) || feminineBefore.test(before)) vote(entity, 'f', 2)
    else if (/^(?:le|un|ce|cet)\s/.test(own) || masculineBefore.test(before)) vote(entity, 'm', 2)
    // "la cinéaste belge X", "Le réalisateur du film, X": a gendered determiner before a role noun in apposition
    const apposed = roleBefore.exec(before)
    if (apposed && roleKeys.has((apposed[2] as string).toLowerCase())) vote(entity, /^(?:la|une|cette)$/i.test(apposed[1] as string) ? 'f' : 'm', 2)
    // "Isabelle X, née le 16 mars 1953", "X est une actrice"
    const after = text.slice(mention.end, mention.end + 20)
    if (/^\s*,\s*née\s/iu.test(after) || /^\s+est\s+une\s/iu.test(after)) vote(entity, 'f', 2)
    else if (/^\s*,\s*né\s/iu.test(after) || /^\s+est\s+un\s/iu.test(after)) vote(entity, 'm', 2)
    const kin = kinApposition.exec(before)
    if (kin) vote(entity, femaleKin.has((kin[1] as string).toLowerCase()) ? 'f' : 'm', 2)
  }
  // "Née à Mulhouse en 1994, …, Arbogast": a participle of birth opening the sentence, then the name after a comma
  for (const sentence of view.sentences) {
    const born = /^\s*(née|né)\s/i.exec(text.slice(sentence.start, sentence.start + 6))
    if (!born) continue
    const named = index.within(sentence, ['Person']).find(({mention}) => /,\s*$/.test(text.slice(Math.max(sentence.start, mention.start - 3), mention.start)))
    if (named) vote(named.entity, (born[1] as string).toLowerCase() === 'née' ? 'f' : 'm')
  }
  // a sentence whose named subject is X, then a sentence opening on a subject pronoun
  let previous: Entity | undefined
  for (const sentence of view.sentences) {
    const opening = /^\s*(elle|il|she|he)\b/i.exec(text.slice(sentence.start, sentence.start + 6))
    if (opening && previous) vote(previous, pronounGender(opening[1] as string) as Gender)
    const named = index.within({start: sentence.start, end: Math.min(sentence.end, sentence.start + 40)}, ['Person'])[0]
    previous = named && !/[«"“]/.test(text.slice(sentence.start, named.mention.start)) ? named.entity : undefined
  }
  return votes
}

/**
 * The person a subject pronoun or an opening possessive stands for, given the person the passage
 * was about (`topic`) and whether that person was the subject of the sentence right before
 * (`fresh`). A pronoun that marks a gender the topic does not have goes to the article's person;
 * one whose gender the text gives the article's person, but not the topic, goes to the article's
 * person unless the topic was the subject just before ("The producer X, who … . She had the line …").
 */
export function continuedPerson(focus: Focus | undefined, topic: Entity | undefined, pronoun: string, fresh: boolean): Entity | undefined {
  const gender = pronounGender(pronoun)
  const main = focus?.person
  if (!focus || !gender || !main || topic === main) return topic
  if (!topic) return undefined
  if (!agrees(focus, topic, gender)) return agrees(focus, main, gender) ? main : topic
  if (focus.gender(topic) === gender) return topic
  return !fresh && focus.gender(main) === gender ? main : topic
}
