/**
 * speaker: from the words that name a speaker to the entity they refer to.
 *
 * - a mention that overlaps an entity mention is that entity (role mentions such as "l'artiste"
 *   are already resolved by the entities stage); a definite role noun first goes to the person an
 *   earlier apposition gave it ("la cinéaste X"), unless the entities stage gave it to someone named
 *   since, then to the person of the passage (the subject of the sentence before, else the last
 *   person named), unless the entities stage gave it to someone and the passage's person is only the
 *   last one named or the subject of the noun's own sentence;
 * - a definite role noun tied to a body ("la présidente du jury") is first the person an earlier
 *   participle gives the body ("le jury, présidé par X"; see agent.ts);
 * - a pronoun ("il", "elle", "she", "selon lui") is the person standing as subject of one of the last
 *   sentences (a sentence whose own subject is an agreeing pronoun passes the search on to the one
 *   before), else the most recent Person mentioned, whose gender agrees (gender from determiners,
 *   honorifics, role nouns, a person noun in apposition, and pronouns that follow the person as
 *   subject); the label of an interview line ("Moreau: …") is never the subject of its sentence;
 * - a person noun the entities did not resolve is the person an earlier apposition gave it to ("son
 *   neveu, Hugo Roy"); failing that, a definite one ("le dissident", "the director") is the most
 *   recent Person mentioned whose gender agrees, while an indefinite one or a family tie with a
 *   possessive ("a spokesperson", "his daughter") is nobody known;
 * - a definite noun of a body that speaks through statements ("the company said", "indique le studio":
 *   lexicon/body-nouns.*.tsv) is the organisation named last before it;
 * - anything else names no known entity: null.
 */
import type {Entity, Lang, Span, TextView} from '../types.js'
import {entityLexicon} from '../entities/lexicon.js'
import {escapeRegExp, loadSet, perLanguage} from '../lexicon/index.js'
import {determinerGender as shownByDeterminer, personGenders, pronounGender as shownByPronoun, type Genders} from '../people/gender.js'
import {countBefore, spanAt} from '../quoted/search.js'
import {agentOfBody, bodyOf} from './agent.js'
import {isIssuerPreposition, isStatementNoun} from './phrases.js'
import {capitalised, complementPrepositions, is, kinNoun, labelLine, personNoun, tokenize, type Token, type WordClass} from '../quoted/words.js'

type Gender = 'm' | 'f' | null

/** A Person mention in text order, with its entity's gender. */
interface PersonMention {
  start: number
  end: number
  id: string
  gender: Gender
  /** True for a name (not a role noun such as "la réalisatrice"). */
  named: boolean
}

/** Everything speaker resolution needs, prepared once per article. */
export interface SpeakerIndex {
  entities: Entity[]
  /** Each Person entity by id, with the gender its mentions share. */
  people: Map<string, {entity: Entity; gender: Gender}>
  persons: PersonMention[]
  /** Mentions of people and organisations (the entities that speak), sorted by start. */
  speakers: Array<{start: number; end: number; id: string; person: boolean}>
  /** The quotations of the article, marks included, sorted by start and not overlapping. */
  quoted: Span[]
}

/** The longest mention looked back over when searching mentions that overlap a span. */
const longestMention = 200

/** Prepare the entities for speaker resolution. */
export function speakerIndex(view: TextView, entities: Entity[], quoted: Span[] = [], genders?: Genders): SpeakerIndex {
  const persons: PersonMention[] = []
  const people: SpeakerIndex['people'] = new Map()
  const known = genders ?? personGenders(view, entities)
  for (const entity of entities) {
    if (entity.type !== 'Person') continue
    const gender = known[entity.id] ?? null
    people.set(entity.id, {entity, gender})
    for (const mention of entity.mentions) persons.push({start: mention.start, end: mention.end, id: entity.id, gender, named: mention.kind !== 'role' && mention.kind !== 'title'})
  }
  persons.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const speakers: SpeakerIndex['speakers'] = []
  for (const entity of entities) {
    if (entity.type !== 'Person' && entity.type !== 'Organization') continue
    for (const mention of entity.mentions) speakers.push({start: mention.start, end: mention.end, id: entity.id, person: entity.type === 'Person'})
  }
  speakers.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {entities, people, persons, speakers, quoted: [...quoted].sort((a, b) => a.start - b.start)}
}

/**
 * Whether a person mention at `at` lies inside a quotation that does not hold `limit`, where a
 * pronoun is being resolved: a name inside someone's words ("« Michel, c'était … », confie X. Selon
 * lui, …") is whom they speak of or to, not the antecedent of a pronoun outside them.
 */
function quotedAway(index: SpeakerIndex, at: number, limit: number): boolean {
  const span = index.quoted[countBefore(index.quoted, at + 1) - 1]
  return span !== undefined && at < span.end && !(span.start <= limit && limit < span.end)
}


/**
 * The id of the entity that `mention` names, or null. `before` is where the quotation starts. With
 * `namesOnly` (a quotation inside a quotation, whose pronouns and role nouns belong to the quoted
 * story), only a mention or a spelling of an entity's name counts.
 */
export function resolveSpeaker(view: TextView, index: SpeakerIndex, mention: Span, before: number, namesOnly = false, outer: string | null = null): string | null {
  const lang = view.language
  const words = tokenize(view.text, mention.start, mention.end, lang).filter((token) => token.word)
  const head = headNoun(words, lang)
  const determiner = words[0]?.lower ?? ''
  const nounGender = words.length > 1 ? personNoun(head, lang) : undefined
  const limit = Math.min(before, mention.start)
  // a name in apposition at the end of the mention says who speaks ("le ministre de la Culture,
  // X", "the company's CEO, X"): that person, when the name is a known person's
  const trailing = apposedName(view, mention)
  const named = trailing ? personAt(index, trailing) ?? byName(view, index, trailing) : null
  if (named) return named
  // a definite role noun ("la réalisatrice", "the director") first means the person of its
  // sentence or of the one before, the person the passage is about
  const role = nounGender !== undefined && !namesOnly && !indefinite.has(determiner) && !possessive.has(determiner) && !words.some((word) => /^\p{Lu}/u.test(word.text) && !is(word.lower, 'det', lang))
  const gendered: Gender = nounGender === 'm' || nounGender === 'f' ? nounGender : lang === 'fr' ? determinerGender(determiner) : null
  // a role noun tied to a body ("la présidente du jury", "the jury president") is the person the text
  // names as the body's agent ("le jury, présidé par X", "a jury presided over by X")
  // (the complement may follow the words that name the speaker: "a expliqué la présidente | du jury")
  const body = role ? bodyOf(tokenize(view.text, mention.start, Math.min(view.text.length, mention.end + 40), lang), head, lang) : null
  const agent = body ? agentOfBody(view, index.persons, head, body, limit) : null
  if (agent) return agent
  // (a person the entities stage gave the noun to, named after that apposition, is the later one:
  // "the director X … a film by Y … the director said")
  const apposition = role ? appositionPerson(view, index, head, limit, gendered) : null
  const given = role ? personAt(index, mention) : null
  if (apposition && !(given && given !== apposition.id && index.persons.some((person) => person.id === given && person.named && person.start > apposition.at && person.start < limit))) return apposition.id
  // … unless the entities stage gave the noun to a person (from the trades the text implies:
  // "Y's novel … the novelist", or states: "la cinéaste Y … la réalisatrice") and the passage does not
  // open on another person as the subject of a sentence before
  const local = role ? localPerson(view, index, limit, gendered) : null
  // (…and never a person near it whom the text gives only other trades, when the entities stage gave
  // the noun to someone: "consacré à X, guide de haute montagne. Selon la réalisatrice, …")
  const otherTrade = local && given && given !== local.id && !local.subject && tradesOtherThan(index, local.id, given, mention)
  // (… nor, when the person is only the last one named, over the person the entities stage gave the
  // noun to when that person is named in the same sentences: "produit par X pour …, en coproduction
  // avec … et Y. « … », résume la productrice")
  const givenNear = local && given && given !== local.id && !local.subject && local.named.has(given)
  // (… nor a person only named last, in a complement after a preposition, "incarnée par X", over the
  // person the entities stage gave the noun to)
  const weak = local && given && given !== local.id && !local.subject && local.governed === true
  if (local && !otherTrade && !givenNear && !weak && (local.before || !given || !(local.subject || statedTrade(index, mention)?.agrees))) return local.id
  // a role noun the entities stage gave to someone whose trade the text states as another ("the
  // novelist X … the director"): the person the passage is about, when no other trade is stated for them
  const linked = role ? statedTrade(index, mention) : null
  if (linked && !linked.agrees) {
    const subject = subjectPerson(view, index, limit, gendered, linked.id)
    if (subject && !statedTrades(index, subject)) return subject
  }
  const direct = issuer(view, index, words) ?? overlapping(index, mention) ?? byName(view, index, mention)
  if (direct) return direct
  if (words.length === 0) return null
  let gender: Gender = null
  if (words.length === 1 && isPronoun(head, lang)) {
    gender = is(head, 'subj-f', lang) || head === 'her' ? 'f' : is(head, 'subj-m', lang) || head === 'lui' || head === 'him' ? 'm' : null
    if (lang === 'fr' && (head === 'on' || head === 'je' || head === 'j' || head === 'nous' || head === 'vous' || head === 'tu')) return null
    // inside a quotation, "he" / "she" is someone the quoted speaker talks about, never the speaker
    // (a person of unknown gender only when none of known gender agrees)
    if (namesOnly) return gender && outer ? subjectPerson(view, index, limit, gender, outer, true) ?? recentPerson(index, limit, gender, outer, true) ?? subjectPerson(view, index, limit, gender, outer) : null
    // a pronoun of source ("selon lui", "according to her") names who spoke: the narration is read,
    // not the words of a quotation ("« … Il disait oui … », confie X. Selon lui, …" is X)
    const source = sourcePronoun.test(view.text.slice(Math.max(0, mention.start - 16), mention.start))
    return subjectPerson(view, index, limit, gender, null, false, source) ?? recentPerson(index, limit, gender)
  }
  // "the company said", "indique le studio": a definite noun of a body is the organisation named last before it
  if (!namesOnly && words.length <= 3 && (bodyDeterminers.has(determiner) || possessive.has(determiner)) && isBodyNoun(head, lang)) return lastBody(index, limit)
  if (namesOnly || nounGender === undefined) return null
  // an indefinite role noun ("a director who calls her …") introduces someone: the one person the
  // article gives that role, if there is exactly one
  if (indefinite.has(determiner)) return roleHolder(index, head)
  gender = gendered
  // a role noun the entities did not resolve: the last person mentioned
  const apposed = appositionPerson(view, index, head, limit, gender)?.id ?? null
  // "his daughter", "sa fille": someone related to a person, not that person; only an apposition
  // that names them ("sa fille, X") says who they are ("son producteur" may be the film's)
  if (apposed || (possessive.has(determiner) && kinNoun(head, lang))) return apposed
  // "its director", "the filmmaker": the person last given that trade under any of its names
  // ("the Bosnian-born filmmaker X … Its director said")
  return tradePerson(view, index, head, limit, gender) ?? recentPerson(index, limit, gender)
}

/**
 * For a role noun that the entities stage resolved to a Person: that person, and whether the trades the
 * text states for them elsewhere (roles outside their role mentions) include the noun's; null when the
 * noun was not resolved or no trade is stated elsewhere.
 */
function statedTrade(index: SpeakerIndex, mention: Span): {id: string; agrees: boolean} | null {
  const id = overlapping(index, mention)
  const entity = id ? index.people.get(id)?.entity : undefined
  if (!entity) return null
  const overlaps = (span: Span): boolean => span.start < mention.end && mention.start < span.end
  const own = entity.roles.filter((role) => overlaps(role))
  if (own.length === 0) return null
  const stated = statedRoles(entity)
  if (stated.size === 0) return null
  return {id: entity.id, agrees: own.some((noun) => stated.has(noun.key))}
}

/**
 * Whether the text states trades for person `id` and none of them is the trade of the role noun at
 * `mention`, which the entities stage gave to person `given`.
 */
function tradesOtherThan(index: SpeakerIndex, id: string, given: string, mention: Span): boolean {
  const entity = index.people.get(id)?.entity
  const stated = entity ? statedRoles(entity) : new Set<string>()
  if (stated.size === 0) return false
  const nouns = index.people.get(given)?.entity.roles.filter((role) => role.start < mention.end && mention.start < role.end) ?? []
  return nouns.length > 0 && !nouns.some((noun) => stated.has(noun.key))
}

/** Whether the text states a trade for a person ("the novelist X"), outside the role nouns that stand for them. */
function statedTrades(index: SpeakerIndex, id: string): boolean {
  const entity = index.people.get(id)?.entity
  return entity ? statedRoles(entity).size > 0 : false
}

const statedCache = new WeakMap<Entity, Set<string>>()

/** The keys of a person's roles stated outside the role nouns that stand for them (computed once per entity). */
function statedRoles(entity: Entity): Set<string> {
  let keys = statedCache.get(entity)
  if (!keys) {
    const anaphora = entity.mentions.filter((found) => found.kind === 'role').sort((a, b) => a.start - b.start)
    keys = new Set(entity.roles.filter((role) => !insideAny(anaphora, role)).map((role) => role.key))
    statedCache.set(entity, keys)
  }
  return keys
}

/** True when `span` lies inside one of `sorted` (sorted by start, not overlapping): the last that starts at or before it. */
function insideAny(sorted: Span[], span: Span): boolean {
  const candidate = sorted[countBefore(sorted, span.start + 1) - 1]
  return !!candidate && span.end <= candidate.end
}

/**
 * The head of a speaker mention: its last word, or a person noun that a complement follows ("le
 * directeur de la photographie", "the head of production").
 */
function headNoun(words: Token[], lang: Lang): string {
  const last = words[words.length - 1]?.lower ?? ''
  if (personNoun(last, lang) !== undefined) return last
  const noun = words.find((word, position) => position > 0 && personNoun(word.lower, lang) !== undefined && complementPrepositions.has(words[position + 1]?.lower ?? ''))
  return noun ? noun.lower : last
}

/** The one Person entity with `role` among its stated roles; null when none or several. */
function roleHolder(index: SpeakerIndex, role: string): string | null {
  const holders = index.entities.filter((entity) => entity.type === 'Person' && entity.roles.some((stated) => stated.role.toLowerCase() === role))
  return holders.length === 1 ? (holders[0] as Entity).id : null
}

/**
 * The person a definite role noun names from the passage: in the sentence before the quotation, or
 * the one before it, its subject (a name among its first words, not after a preposition), else its
 * last person named (« Le film de la Géorgienne X … », a expliqué la réalisatrice). Gender must agree.
 * `before`: found as the subject of a sentence that ends before the one of `limit`; `subject`: found as a subject;
 * `named`: the people the sentence it was found in names.
 */
function localPerson(view: TextView, index: SpeakerIndex, limit: number, gender: Gender): {id: string; before: boolean; subject: boolean; named: Set<string>; governed?: boolean} | null {
  const lang = view.language
  const at = spanAt(view.sentences, Math.max(0, limit - 1), true)
  // where the sentence of the words that name the speaker starts
  const own = view.sentences[spanAt(view.sentences, limit, true)]?.start ?? limit
  const agrees = (person: PersonMention): boolean => person.named && (!gender || !person.gender || person.gender === gender)
  for (let sentence = at; sentence >= 0 && sentence >= at - 1; sentence--) {
    const {start, end} = view.sentences[sentence] as Span
    const stop = Math.min(end, limit)
    const inside = index.persons.slice(countBefore(index.persons, start), countBefore(index.persons, stop)).filter((person) => person.end <= stop && person.named)
    if (inside.length === 0) continue
    const words = tokenize(view.text, start, stop, lang).filter((token) => token.word)
    const headEnd = words[Math.min(subjectWords, words.length) - 1]?.end ?? start
    const subject = inside.find((person) => {
      if (person.start >= headEnd) return false
      const before = words.filter((token) => token.end <= person.start).pop()
      return !(before && (is(before.lower, 'preposition', lang) || is(before.lower, 'source', lang)))
    })
    const named = new Set(inside.map((person) => person.id))
    if (subject) return agrees(subject) ? {id: subject.id, before: end <= own, subject: true, named, governed: false} : null
    const last = inside.filter(agrees).pop()
    const governed = last ? is(words.filter((token) => token.end <= last.start).pop()?.lower ?? '', 'preposition', lang) : false
    return last ? {id: last.id, before: false, subject: false, named, governed} : null
  }
  return null
}

/**
 * The issuer of a statement that a mention names ("le communiqué de la Biennale", "a statement from
 * the institute X"): the person or organisation whose mention follows the statement noun and its
 * preposition; null for other mentions.
 */
function issuer(view: TextView, index: SpeakerIndex, words: Token[]): string | null {
  const lang = view.language
  const noun = words.findIndex((word, position) => position <= 2 && isStatementNoun(word.lower, lang))
  const from = words[noun + 1]
  if (noun < 0 || !from || !isIssuerPreposition(from.lower, lang)) return null
  const span = {start: from.end, end: (words[words.length - 1] as Token).end}
  if (span.end <= span.start) return null
  // (people and organisations only: an event does not speak, the body that runs it does; a
  // quotation's creator must be a Person or an Organization in the JSON-LD, which validation checks)
  const found = index.entities.find((entity) => (entity.type === 'Person' || entity.type === 'Organization') && entity.mentions.some((mention) => mention.start < span.end && span.start < mention.end))
  return found ? found.id : null
}

/**
 * The name after the last comma of a mention ("Variety's chief critic, X" → "X"), when it is one
 * to three capitalised words; null when the mention has no comma or something else follows it.
 */
function apposedName(view: TextView, mention: Span): Span | null {
  const written = view.text.slice(mention.start, mention.end)
  const comma = written.lastIndexOf(',')
  if (comma <= 0) return null
  const tail = /^[\s\u00a0]*(\p{Lu}[\p{L}\p{M}'’.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})[\s\u00a0]*$/u.exec(written.slice(comma + 1))
  if (!tail) return null
  const start = mention.start + comma + 1 + (tail[0].length - tail[0].trimStart().length)
  return {start, end: start + (tail[1] as string).length}
}

/** The Person (not an organisation) with a mention overlapping `span`, or null. */
function personAt(index: SpeakerIndex, span: Span): string | null {
  const id = overlapping(index, span)
  return id && index.persons.some((person) => person.id === id) ? id : null
}


/** Possessive determiners. */
const possessive = new Set(['son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos', 'ton', 'ta', 'tes', 'his', 'her', 'their', 'its', 'my', 'our', 'your'])

/** Determiners that introduce someone not mentioned before. */
const indefinite = new Set(['un', 'une', 'des', 'a', 'an', 'one', 'some', 'another', 'autre'])
/** Definite and demonstrative determiners before a body's noun ("the company", "ce studio"). */
const bodyDeterminers = new Set(['le', 'la', 'l', 'les', 'ce', 'cet', 'cette', 'the', 'this', 'that'])

/** Nouns of organisations that speak through statements (lexicon/body-nouns.*.tsv). */
const bodyNouns = perLanguage((lang: Lang) => loadSet(import.meta.url, `lexicon/body-nouns.${lang}.tsv`))

/** Whether a word is the noun of such a body ("company", "studio", "plateforme"). */
function isBodyNoun(word: string, lang: Lang): boolean {
  return bodyNouns(lang).has(word)
}

/** The organisation named last before `limit`, or null (the speakers index holds people and organisations only). */
function lastBody(index: SpeakerIndex, limit: number): string | null {
  for (let at = countBefore(index.speakers, limit) - 1; at >= 0; at--) {
    const mention = index.speakers[at] as SpeakerIndex['speakers'][number]
    if (mention.end <= limit && !mention.person) return mention.id
  }
  return null
}

/** The words before a pronoun of source: "selon lui", "d'après elle", "according to him". */
const sourcePronoun = /(?:^|[^\p{L}])(?:selon|d['’]après|according[\s\u00a0]+to)[\s\u00a0]+$/iu

/** How many sentences back a pronoun looks for its person. */
const subjectSentences = 5
/** A mention among the first words of its sentence counts as its subject. */
const subjectWords = 6

/**
 * The person a pronoun refers to, sentence by sentence back from `limit`:
 * - a sentence whose subject (a Person among its first words, not after a preposition) agrees: it;
 * - a sentence opened by a pronoun: the chain goes on to the sentence before ("X arrived. She …");
 * - another sentence: its last Person mention that agrees ("… irritates its producer, X.").
 * `exclude` is never the answer; with `strict`, a person of unknown gender does not agree; with
 * `narration`, the words of quotations that do not hold `limit` are not read.
 */
function subjectPerson(view: TextView, index: SpeakerIndex, limit: number, gender: Gender, exclude: string | null = null, strict = false, narration = false): string | null {
  const lang = view.language
  let sentence = spanAt(view.sentences, limit, true)
  if (sentence < 0) sentence = countBefore(view.sentences, limit) - 1
  if (sentence < 0) return null
  // set once the pronoun has been found to refer past a sentence about a relative ("Son père, X,
  // lui a transmis ce qu'elle appelle …", a man who is not "elle"): the possessive of such sentences names the person the
  // passage is about, so other sentences about their relatives ("Sa mère, Y, …") are passed too
  let relatives = false
  let reserve: string | null = null
  for (let seen = 0; sentence >= 0 && seen < subjectSentences; sentence--, seen++) {
    const {start, end} = view.sentences[sentence] as Span
    const stop = Math.min(limit, end)
    // (with `narration`, the words inside someone's quotation are left out: "« Il disait oui … », confie X")
    const words = tokenize(view.text, start, stop, lang).filter((token) => token.word && !(narration && quotedAway(index, token.start, limit)))
    // (the part of the quotation's own sentence before it may hold no word: not one of the sentences looked at)
    if (words.length === 0) {
      seen--
      continue
    }
    const relative = aboutRelative(words, lang)
    if (relatives && relative) continue
    const head = words.slice(0, subjectWords)
    const headEnd = (head[head.length - 1] as {end: number}).end
    // the label of an interview line is not the subject of its sentence
    const label = labelLine.exec(view.text.slice(start, start + 60))
    const from = label ? start + label[0].length : start
    const mentioned = index.persons.slice(countBefore(index.persons, from), countBefore(index.persons, stop))
    // (a name that a possessive and a thing stand in apposition to is a work: "X, her portrait of …")
    const inside = [...mentioned, ...relatedPersons(view, index, words, mentioned, lang)].filter((person) => person.id !== exclude && !possessedThing(view.text, person.end, lang)).sort((a, b) => a.start - b.start)
    for (const person of inside) {
      if (person.start >= headEnd) break
      const previous = words.filter((token) => token.end <= person.start).pop()
      if (previous && (is(previous.lower, 'preposition', lang) || is(previous.lower, 'source', lang))) continue
      if (gender && (person.gender || strict) && person.gender !== gender) continue
      return person.id
    }
    // a sentence whose subject is a role noun that the entities did not resolve ("Its director was
    // blunt.", "La réalisatrice hésite."): the person last given that trade
    if (!inside.some((person) => person.start < headEnd)) {
      const noun = roleSubject(words, lang)
      const id = noun ? tradePerson(view, index, noun, start, gender) : null
      if (id && id !== exclude) return id
    }
    const first = words[0] as {lower: string}
    // (a sentence opened by a pronoun of the other gender, "Her last film … and her son …", is searched for "he")
    if (isPronoun(first.lower, lang) && !(gender && pronounGender(first.lower, lang) && pronounGender(first.lower, lang) !== gender)) continue
    // a subject pronoun of this gender before any person agreeing with it: the sentence goes on
    // about someone named earlier ("Né à Lyon, il part … chez X"), look further back
    if (gender && continuesSubject(words, inside, gender, lang)) {
      relatives = relatives || relative
      continue
    }
    // (the source of a sentence, "According to X, the team …", "Selon X, le film …", is its person
    // when no other person of the sentence agrees: kept until the sentence has been read)
    let source: string | null = null
    for (let at = inside.length - 1; at >= 0; at--) {
      const person = inside[at] as PersonMention
      if (gender && (person.gender || strict) && person.gender !== gender) continue
      const previous = words.filter((token) => token.end <= person.start).pop()
      if ((previous && is(previous.lower, 'source', lang)) || (previous && previous.lower === 'to' && words.some((token) => token.lower === 'according' && token.end <= person.start))) {
        source = source ?? (person.named ? person.id : null)
        continue
      }
      // (a person of unknown gender named after a preposition, followed in the sentence by a pronoun
      // of the gender looked for, is kept in reserve: that pronoun is an earlier person's, the likelier
      // referent, "… made with the cinematographer X, who shot her films. … she said")
      if (gender && !person.gender && oblique(view.text, words, person, lang) && words.some((token) => token.start > person.end && pronounGender(token.lower, lang) === gender)) {
        reserve = reserve ?? person.id
        continue
      }
      // (nor is the author in a noun's complement after the sentence's first words, "… adapté d'un
      // roman de X", "… a novel of X's": a person the sentence is not about, kept in reserve)
      if (person.start >= headEnd && complementPrepositions.has(oblique(view.text, words, person, lang)?.lower ?? '')) {
        reserve = reserve ?? person.id
        continue
      }
      return person.id
    }
    if (source) return source
    relatives = relatives || relative
  }
  return reserve
}

/**
 * The people a sentence names by a possessive or a definite article and a person noun ("her son",
 * "sa productrice", "the sound recordist") that no entity mention covers, when an earlier apposition
 * says who that is ("Her son, the sound recordist X"): they count as mentions of that person, in
 * the noun's place, with the gender the noun shows or else the person's.
 */
function relatedPersons(view: TextView, index: SpeakerIndex, words: Token[], mentioned: PersonMention[], lang: Lang): PersonMention[] {
  const found: PersonMention[] = []
  for (let at = 1; at < words.length; at++) {
    const noun = words[at] as Token
    const determiner = words[at - 1] as Token
    const gender = personNoun(noun.lower, lang)
    if (gender === undefined || !(possessive.has(determiner.lower) || definite.has(determiner.lower))) continue
    if (mentioned.some((person) => person.start < noun.end && determiner.start < person.end)) continue
    const shown: Gender = gender === 'm' || gender === 'f' ? gender : lang === 'fr' ? determinerGender(determiner.lower) : null
    const person = appositionPerson(view, index, noun.lower, determiner.start, shown)
    if (!person) continue
    found.push({start: determiner.start, end: noun.end, id: person.id, gender: shown ?? index.people.get(person.id)?.gender ?? null, named: false})
  }
  return found
}

/** Definite articles before a person noun ("the director", "la productrice"). */
const definite = new Set(['the', 'le', 'la', 'l', 'les'])

/**
 * Whether the words right after a name are a possessive and a noun that names no person, in
 * apposition ("X, her portrait of …", "X, son premier film,"): the name is a thing of someone's.
 */
function possessedThing(text: string, end: number, lang: Lang): boolean {
  if (!/^[\s\u00a0\u202f]*,/.test(text.slice(end, end + 4))) return false
  const after = tokenize(text, end, Math.min(text.length, end + 60), lang)
  const [comma, owner, ...rest] = after
  if (comma?.text !== ',' || !owner?.word || !possessive.has(owner.lower)) return false
  const nouns = rest.slice(0, 2).filter((token) => token.word)
  return nouns.length > 0 && nouns.every((token) => personNoun(token.lower, lang) === undefined)
}

/**
 * Whether a person mention stands after a preposition in its clause, maybe with a determiner and a
 * trade between ("with X", "with the cinematographer X", "d'après le roman de X"): an oblique
 * complement, not the subject or object of a clause ("…, and X voices …").
 */
function oblique(text: string, words: Token[], person: PersonMention, lang: Lang): Token | null {
  const before = words.filter((token) => token.end <= person.start)
  for (let at = before.length - 1; at >= 0 && at >= before.length - 4; at--) {
    const token = before[at] as Token
    if (/[,;:()]/.test(text.slice(token.end, (before[at + 1] ?? person).start))) return null
    if (is(token.lower, 'preposition', lang)) return token
    // (a determiner, a trade, an adjective, or a capitalised word of the name: "avec Mademoiselle X")
    if (!(is(token.lower, 'det', lang) || personNoun(token.lower, lang) !== undefined || is(token.lower, 'adjective', lang) || capitalised(token))) return null
  }
  return null
}

/** Whether a sentence opens on a possessive and a family or social tie ("Sa mère, …", "His brother …"). */
function aboutRelative(words: Token[], lang: Lang): boolean {
  const [first, second] = words
  return first !== undefined && second !== undefined && possessive.has(first.lower) && kinNoun(second.lower, lang)
}

/**
 * Whether a subject pronoun of `gender` ("il", "she") comes in the sentence `words` before every
 * person mention that agrees with it (so it refers to someone named in an earlier sentence); in
 * English a possessive or object pronoun of that gender counts too ("Her portrait of X …").
 * Impersonal "il" ("il y a", "il faut") does not count.
 */
function continuesSubject(words: Token[], persons: PersonMention[], gender: 'm' | 'f', lang: Lang): boolean {
  const kind: WordClass = gender === 'm' ? 'subj-m' : 'subj-f'
  // (in English a possessive or object pronoun shows the gender too: "Her portrait of X …", "… cast him")
  const others = lang === 'en' ? (gender === 'm' ? ['his', 'him'] : ['her']) : []
  const at = words.findIndex((word, position) => (is(word.lower, kind, lang) && !impersonal(words, position, lang)) || others.includes(word.lower))
  if (at < 0) return false
  const pronoun = words[at] as Token
  return !persons.some((person) => person.start < pronoun.start && (!person.gender || person.gender === gender))
}

/** Whether the pronoun at `position` is an impersonal "il" ("il y a", "il faut", "il s'agit"). */
function impersonal(words: Token[], position: number, lang: Lang): boolean {
  if (lang !== 'fr' || words[position]?.lower !== 'il') return false
  const next = words[position + 1]?.lower ?? ''
  const after = words[position + 2]?.lower ?? ''
  return next === 'y' || is(next, 'impersonal', lang) || ((next === 's' || next === 'se') && is(after, 'impersonal', lang))
}

/** The words between a noun and a name in apposition that bring a trade: ", the sound recordist ", ", la metteuse en scène ". */
const apposedTrade = /^[\s\u00a0]*,[\s\u00a0]*(?:the|le|la|l['’]|les)[\s\u00a0]*(?:[\p{Ll}-]+[\s\u00a0]+){1,3}$/u

/** How far back (in characters) an apposition naming a role noun is looked for. */
const appositionReach = 3000

/**
 * The person a definite role noun refers to through an earlier apposition: "son neveu, Hugo
 * Roy" or "la cinéaste Léa Marchal" before "Son neveu …" / "la cinéaste …".
 */
function appositionPerson(view: TextView, index: SpeakerIndex, head: string, limit: number, gender: Gender): {id: string; at: number} | null {
  const lang = view.language
  const tokens = tokenize(view.text, Math.max(0, limit - appositionReach), limit, lang)
  for (let at = tokens.length - 1; at >= 0; at--) {
    const token = tokens[at] as Token
    if (token.lower !== head) continue
    const near = index.persons.slice(countBefore(index.persons, token.start - 60), countBefore(index.persons, token.end + 40))
    for (const person of near) {
      // a name right after the noun is in apposition to it ("his daughter, Eva K."): the gender the
      // apposition shows (its noun, its determiner) counts over the one the rest of the text gave them
      // (… or after a trade of its own: "her son, the sound recordist X")
      const after = person.start >= token.end && (person.start - token.end <= 3 || apposedTrade.test(view.text.slice(token.end, person.start)))
      const shown = after ? appositionGender(tokens, at, lang) : null
      if (gender && (shown ?? person.gender) && (shown ?? person.gender) !== gender) continue
      if (after) return {id: person.id, at: token.start}
      const before = person.end <= token.start && token.start - person.end <= 8 && /^[\s,]*(?:\p{L}+[\s']+)?$/u.test(view.text.slice(person.end, token.start))
      if (before) return {id: person.id, at: token.start}
    }
  }
  return null
}

/**
 * The person noun of a sentence that opens with a determiner and a person noun that names a trade
 * ("Its director …", "La jeune réalisatrice …"), or null.
 */
function roleSubject(words: Token[], lang: Lang): string | null {
  const [first, ...rest] = words
  if (!first || !is(first.lower, 'det', lang) || indefinite.has(first.lower)) return null
  for (const word of rest.slice(0, 2)) {
    if (/^\p{Lu}/u.test(word.text)) return null
    if (entityLexicon(lang).roles.get(word.lower)) return word.lower
    if (!is(word.lower, 'adjective', lang)) return null
  }
  return null
}

/** How far back (in characters) the stated trade of a person is looked for. */
const tradeReach = 3000

/**
 * The person the text last gave the trade of a role noun before `limit`, under any of the trade's
 * names ("the filmmaker X" for "its director", "la cinéaste X" for "la réalisatrice"); gender must
 * agree when both are known.
 */
function tradePerson(view: TextView, index: SpeakerIndex, noun: string, limit: number, gender: Gender): string | null {
  const key = entityLexicon(view.language).roles.get(noun)?.key
  if (!key) return null
  let best: {id: string; at: number} | null = null
  for (const {entity, gender: known} of index.people.values()) {
    if (gender && known && known !== gender) continue
    for (const role of entity.roles) {
      if (role.key !== key || role.start >= limit || limit - role.start > tradeReach) continue
      if (!best || role.start > best.at) best = {id: entity.id, at: role.start}
    }
  }
  return best ? best.id : null
}

/** The gender a person noun at `at` shows: its own ("daughter", "actrice"), else (French) its determiner's ("la cinéaste"). */
function appositionGender(tokens: Token[], at: number, lang: Lang): Gender {
  const own = personNoun((tokens[at] as Token).lower, lang)
  if (own === 'm' || own === 'f') return own
  const previous = tokens[at - 1]
  return lang === 'fr' && previous?.word ? determinerGender(previous.lower) : null
}

/** The most recent Person mention before `limit` whose gender agrees (with `strict`, is known and agrees), other than `exclude`. */
function recentPerson(index: SpeakerIndex, limit: number, gender: Gender, exclude: string | null = null, strict = false): string | null {
  for (let at = countBefore(index.persons, limit) - 1; at >= 0; at--) {
    const person = index.persons[at] as PersonMention
    if (person.start >= limit || person.id === exclude) continue
    if (gender && (person.gender || strict) && person.gender !== gender) continue
    return person.id
  }
  return null
}

/**
 * Whether a mention can name a speaker: a pronoun, a capitalised name, a person noun, or the
 * mention of a known person or organisation ("The room" cannot).
 */
export function plausibleSpeaker(view: TextView, index: SpeakerIndex, mention: Span): boolean {
  if (overlapping(index, mention)) return true
  const lang = view.language
  const words = tokenize(view.text, mention.start, mention.end, lang).filter((token) => token.word)
  const last = words[words.length - 1]
  if (!last) return false
  if (words.length === 1 && isPronoun(last.lower, lang)) return true
  if (personNoun(last.lower, lang) !== undefined) return true
  return words.some((word, position) => position > 0 && /^\p{Lu}/u.test(word.text)) || (words.length === 1 && /^\p{Lu}/u.test(last.text))
}

/** The Person (else Organization) with a mention overlapping `span`, the longest mention first; works and places do not speak. */
function overlapping(index: SpeakerIndex, span: Span): string | null {
  let best: {id: string; person: boolean; length: number} | null = null
  for (let at = countBefore(index.speakers, span.end) - 1; at >= 0; at--) {
    const mention = index.speakers[at]!
    if (mention.start < span.start - longestMention) break
    if (mention.end <= span.start) continue
    const candidate = {id: mention.id, person: mention.person, length: mention.end - mention.start}
    if (!best || (candidate.person && !best.person) || (candidate.person === best.person && candidate.length >= best.length)) best = candidate
  }
  return best ? best.id : null
}

/**
 * The person whose name the mention spells, when no entity mention sits at that place: the mention
 * holds a full name or alias ("la cinéaste Ana Ruiz"), or is the end of exactly one person's name
 * ("De La Cruz" for "Eva de la Cruz").
 */
function byName(view: TextView, index: SpeakerIndex, mention: Span): string | null {
  const written = view.text.slice(mention.start, mention.end).toLowerCase().replace(/\s+/g, ' ')
  if (!/\p{Lu}/u.test(view.text.slice(mention.start, mention.end))) return null
  let best: {id: string; length: number} | null = null
  const endings = new Set<string>()
  for (const entity of index.entities) {
    if (entity.type !== 'Person') continue
    for (const name of [entity.name, ...entity.aliases]) {
      const lower = name.toLowerCase().replace(/\s+/g, ' ')
      if (lower.length > 2 && new RegExp(`(^|[^\\p{L}])${escapeRegExp(lower)}($|[^\\p{L}])`, 'u').test(written)) {
        if (!best || lower.length > best.length) best = {id: entity.id, length: lower.length}
      }
      if (written.length > 2 && lower.endsWith(` ${written}`)) endings.add(entity.id)
    }
  }
  if (best) return best.id
  return endings.size === 1 ? ([...endings][0] as string) : null
}


/** Whether a word is a third-person pronoun that can name a speaker. */
function isPronoun(word: string, lang: Lang): boolean {
  return is(word, 'subj', lang) || is(word, 'subj-m', lang) || is(word, 'subj-f', lang) || word === 'lui' || word === 'him' || word === 'her'
}


/** The gender a third-person pronoun shows ("she", "her", "il"), or null. */
function pronounGender(word: string, lang: Lang): Gender {
  return shownByPronoun(word, lang) ?? null
}

/** Gender shown by a French determiner ("la", "cette" → f; "le", "ce" → m), or null. */
function determinerGender(word: string): Gender {
  return shownByDeterminer(word) ?? null
}
