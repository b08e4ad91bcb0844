/**
 * extract: the entities of an article, one per real-world thing, each with all its mentions.
 *
 * Steps, each in its own module:
 * 1. tokens: the words of the text view;
 * 2. names: capitalised sequences; titles: work titles (quoted or cued);
 * 3. classify: votes for a type from the cues around each name, summed over all spellings of a name;
 * 4. here: grouping (spelling variants share a key; a lone surname, an initialled name or a pseudonym
 *    after "dit" joins the person it names), then roles: stated roles and role anaphora;
 * 5. ids and canonical names (ids.ts).
 * Everything is linear in the text except role anaphora, which looks over the people seen so far.
 */
import type {Entity, EntityType, Lang, Mention, MentionKind, QuotedSpan, RoleMention, TextView} from '../types.js'
import {classifyName, decide, type Evidence, type Votes} from './classify.js'
import {cuesBefore, roleEndingAt} from './context.js'
import {finalize} from './ids.js'
import {entityLexicon, type EntityLexicon, type Gender} from './lexicon.js'
import {findNames, type NameSpan} from './names.js'
import {wordClass} from './language-model.js'
import {nameKey} from './normalize.js'
import {attachRoles, type PersonRef} from './roles.js'
import {findWorks} from './titles.js'
import {dropNonWorks} from './work-checks.js'
import {isFilm} from './work-kinds.js'
import {tokenize, type Token} from './tokens.js'

/** Capitalised particles that open a surname ("Ní Dhálaigh", "De Witt", "Van Hal"). */
const surnameParticles = new Set(['ni', 'nic', 'mac', 'mc', 'de', 'di', 'da', 'del', 'della', 'du', 'van', 'von', 'ter', 'ten', 'dos', 'das'])

/** An entity being built. */
export interface Draft {
  type: EntityType
  mentions: Mention[]
  roles: RoleMention[]
  gender: Gender
  impliedKeys: Array<{at: number; key: string}>
}

interface Group {
  key: string
  names: number[]
  votes: Votes
  type?: EntityType
  draft?: Draft
}

/**
 * Find the entities of an article.
 *
 * @param view the text view (language set).
 * @param quoted the quoted spans; `title` spans are names of works.
 */
export function extractEntities(view: TextView, quoted: QuotedSpan[]): Entity[] {
  const lex = entityLexicon(view.language)
  const source = view.source
  const tokens = tokenize(view)
  const lowerSeen = new Set<string>()
  for (const token of tokens) if (!token.cap && !token.elision) lowerSeen.add(token.lower)

  const allNames = findNames(tokens, lex, view.language, lowerSeen)
  const personMentions = new Set<number>()
  // (titles whose words or surroundings name a prize, a person or a label are no works: work-checks.ts)
  const works = dropNonWorks(source, view.text, tokens, findWorks(source, view.text, tokens, allNames, quoted, lex, view.language, personMentions), lex, view.language)
  const drafts: Draft[] = []

  // works, grouped by title key
  const workByKey = new Map<string, Draft>()
  const workAt = new Map<number, Draft>()
  // works a noun or a film predicate typed; the others may be films by the words around them
  const typedWorks = new Set<Draft>()
  for (const work of works) {
    const text = source.slice(work.start, work.end)
    // "Le Pont sans rives" and "Pont sans rives" are one title
    // (the whole article word: "Les Veilleurs" is "Veilleurs", not "s Veilleurs")
    const key = nameKey(text.replace(/^(?:(?:les|le|la|the)\s+|l['’]\s*)/i, ''))
    let draft = work.aliasOf !== undefined ? workAt.get(work.aliasOf) : workByKey.get(key)
    if (!draft) {
      draft = {type: work.type, mentions: [], roles: [], gender: 'u', impliedKeys: []}
      drafts.push(draft)
    } else if (work.typed && work.type === 'Movie') draft.type = 'Movie'
    if (work.typed) typedWorks.add(draft)
    workByKey.set(key, draft)
    workAt.set(work.start, draft)
    draft.mentions.push({start: work.start, end: work.end, text, kind: work.aliasOf !== undefined ? 'alias' : 'title'})
  }
  let w = 0
  const names: NameSpan[] = []
  const trimmed = new Set<number>()
  for (const name of allNames) {
    while (w < works.length && (works[w] as {end: number}).end <= name.start) w++
    const work = works[w]
    if (!(work && work.start < name.end && name.start < work.end)) names.push(name)
    else if (name.start < work.start) {
      // "l'enfance de Demy Jacquot de Nantes": a name running into a title keeps its capitalised words before it
      let to = name.from
      while (to < name.to && (tokens[to] as Token).end <= work.start && (tokens[to] as Token).cap) to++
      const last = tokens[to - 1]
      // (one word only, kept only if it names a person named before: see below)
      if (to === name.from + 1 && last && !lex.stopwords.has(last.lower)) {
        trimmed.add(name.start)
        const end = last.end
        names.push({from: name.from, to, start: name.start, end, text: source.slice(name.start, end), initial: name.initial})
      }
    }
  }

  // evidence and groups
  const evidence: Evidence[] = names.map((name) => classifyName(tokens, name, source.slice(name.start, name.end), lex, view.language, lowerSeen))
  // "Solmar, de Kadi Wane", "Low Tide, by Ines Varga": the maker named after a title is a person
  // "Over in Panorama", "The Forum, traditionally …": in a text naming a festival, a festival section that is also a common
  // word is that section, an event, without a screening cue
  const festivalText = names.some((name, n) => (evidence[n] as Evidence).votes.Event !== undefined && ((evidence[n] as Evidence).votes.Event ?? 0) >= 6 && lex.festivals.get(nameKey(source.slice(name.start, name.end)))?.kind !== 'section')
  // ("the Platform section", "the World Cinema Competition": a section named by its frame is an event there, no entity elsewhere)
  names.forEach((name, n) => {
    const section = lex.festivals.get(nameKey(source.slice(name.start, name.end)))
    const ev = evidence[n] as Evidence
    if (ev.section === 'any' && !festivalText) ev.notName = true
    else if (festivalText && (ev.section || (section?.kind === 'section' && section.cued)) && !ev.notName && !ev.award && (ev.votes.Event ?? 0) < 6) addVotes(ev.votes, {Event: 8})
  })
  const workEnds = new Set(works.map((work) => work.end))
  // (a title a work noun made something else than a film, "le roman X, de l'écrivaine Y", has a maker who directs nothing)
  const filmEnds = new Set(works.filter((work) => !(work.typed && work.type === 'CreativeWork')).map((work) => work.end))
  names.forEach((name, n) => {
    const before = /(,\s*|\s+)(de|d['’]|by)\s*$/u.exec(view.text.slice(Math.max(0, name.start - 12), name.start))
    if (!before) return
    // ("*L'Été* de Vivaldi", "*Le Mépris* de Godard": one word, when it is no word of the language, place or body)
    const word = tokens[name.from] as Token
    const known = wordClass(word.lower, view.language)
    if (name.to - name.from < 2 && (word.allCaps || lex.places.has(word.folded) || lex.heads.has(word.lower) || lowerSeen.has(word.lower) || (known !== undefined && known !== 'person'))) return
    let end = name.start - before[0].length
    while (end > 0 && /[\s"»”]/.test(view.text[end - 1] as string)) end--
    if (workEnds.has(end)) addVotes((evidence[n] as Evidence).votes, {Person: 3})
  })
  const groups = new Map<string, Group>()
  const groupOf: Group[] = names.map((name, n) => {
    const key = nameKey(source.slice(name.start, name.end))
    let group = groups.get(key)
    if (!group) {
      group = {key, names: [], votes: {}}
      groups.set(key, group)
    }
    group.names.push(n)
    addVotes(group.votes, (evidence[n] as Evidence).votes)
    return group
  })
  // "The Quillmere Lottery is …" … "all Quillmere Lottery games": a name the text writes after an article anywhere is
  // no person's, whatever its shape says elsewhere (a cue of weight 5, an honorific or a role, still wins)
  for (const group of groups.values()) {
    if ((group.votes.Person ?? 0) >= 5 || !group.names.some((n) => (evidence[n] as Evidence).articled)) continue
    delete group.votes.Person
    const multiWord = group.names.some((n) => (names[n] as NameSpan).to - (names[n] as NameSpan).from > 1 && !(names[n] as NameSpan).head)
    // (the article inside a sentence: an opening "The" may be a headline's title, "The Sea Decides")
    const inside = group.names.some((n) => (evidence[n] as Evidence).articled === 'inside')
    if (view.language === 'en' && multiWord && inside && Object.keys(group.votes).length === 0) group.votes.Organization = 1
  }
  const awards = new Set<Group>()
  names.forEach((_, n) => {
    if ((evidence[n] as Evidence).award || (evidence[n] as Evidence).notName) awards.add(groupOf[n] as Group)
  })
  // (words of an upper-case heading name someone only when the text writes the name in ordinary case too,
  // not only in capitals: "L'ÉTUDE ACUITY" then "dans ACUITY" is no name)
  const ordinaryCase = (n: number): boolean => !(evidence[n] as Evidence).heading && /\p{Ll}/u.test(view.text.slice((names[n] as NameSpan).start, (names[n] as NameSpan).end))
  for (const group of groups.values()) if (group.names.some((n) => (evidence[n] as Evidence).heading) && !group.names.some(ordinaryCase)) awards.add(group)
  // a single capitalised word the text also writes in lower case is a common word ("Internet")
  for (const group of groups.values()) {
    if (group.names.every((n) => (evidence[n] as Evidence).common) && !strong(group)) awards.add(group)
  }
  const threshold = (group: Group): number => (group.names.every((n) => (names[n] as NameSpan).initial) ? 2 : 1)
  for (const group of groups.values()) if (!awards.has(group)) group.type = decide(group.votes, threshold(group))
  // enumerations share a type: "la tour Montparnasse, le Panthéon", "Anna Berg et Tom Lind"
  names.forEach((name, n) => {
    const group = groupOf[n] as Group
    if (group.type || awards.has(group)) return
    for (const m of [n - 1, n + 1]) {
      const other = names[m]
      if (!other) continue
      const [a, b] = m < n ? [other, name] : [name, other]
      const gap = source.slice(a.end, b.start)
      // ("de Valbrune, d'Alkor et de Dannel": the preposition may be said again)
      // ("from Newlyn to Padstow", "de Brest à Quimper": the two ends of a way)
      const way = /^\s*(to|à)\s*$/.test(gap) && /^(from|de|d')$/.test(tokens[a.from - 1]?.lower ?? '')
      if (!way && !/^\s*(,|et|and|ou|or|&)\s*((de|à|in|on)\s+|d['’])?((le|la|les|the)\s+|l['’])?$/.test(gap)) continue
      const type = (groupOf[m] as Group).type
      // ("Nicolas Dupont, Les Fusillés de 1917": a name opened by a determiner is no person's)
      if (type === 'Person' && /^(le|la|les|l'|the)$/.test((tokens[name.from] as Token).lower)) continue
      // ("le ministre de la Santé, Anne X", "the head of Drama, Tom Y": the body or domain of a role, then its holder in
      // apposition, is no list of people)
      if (type === 'Person' && m > n && roleComplement(tokens, name.from, lex)) continue
      if (type) group.votes[type] = (group.votes[type] ?? 0) + 1.5
    }
    group.type = decide(group.votes, threshold(group))
  })

  // a name nothing types falls back on weak frames, its own mentions' and those of the list it stands in ("fought at
  // Tarnow and Kelby"): a guess is better than dropping the name
  const listed = names.map((name, n) => {
    const next = names[n + 1]
    return !!next && /^\s*(,|et|and|ou|or|&)\s*$/.test(source.slice(name.end, next.start))
  })
  const weakOf = (n: number): Votes => {
    const votes: Votes = {...(evidence[n] as Evidence).weak}
    for (let m = n - 1; m >= 0 && listed[m]; m--) addVotes(votes, (evidence[m] as Evidence).weak)
    for (let m = n; listed[m]; m++) addVotes(votes, (evidence[m + 1] as Evidence).weak)
    return votes
  }
  // ("won awards at Sundance" … "the Sundance Film Festival": not a word opening a longer name the text types, which
  // may be a short form of it; nor a lone letter, "the Q&A")
  const opened = new Set<string>()
  names.forEach((name, n) => {
    if ((groupOf[n] as Group).type && name.to - name.from > 1) opened.add(nameKey((tokens[name.from] as Token).text))
  })
  for (const group of groups.values()) {
    if (group.type || awards.has(group) || group.key.length < 2 || opened.has(group.key)) continue
    const votes: Votes = {}
    for (const n of group.names) addVotes(votes, weakOf(n))
    group.type = decide(votes, 1)
  }

  // names of works said again without their cue
  for (const group of groups.values()) {
    const work = workByKey.get(group.key)
    // ("When Oppenheimer mutters": a film's title that reads there as the person it is named after)
    if ((work || group.names.length > 0) && group.names.every((n) => personMentions.has((names[n] as NameSpan).start))) group.type = 'Person'
    else if (work && group.type !== 'Person') {
      group.type = work.type
      group.draft = work
    }
  }

  // people and other named things
  const surnames = new Map<string, Draft[]>()
  const firstNamesOf = new Map<string, Draft[]>()
  const shortNames = new Map<string, Draft[]>()
  const givenNames = new Map<string, Draft[]>()
  const tails = new Map<string, Draft[]>()
  /** Given name and surname of a full name with a middle name ("Oona Margaret Fairweather" → "oona fairweather"). */
  const withoutMiddle = new Map<string, Draft[]>()
  const tailGroups = new Set<Group>()
  const draftOfName: Array<Draft | undefined> = names.map(() => undefined)
  const aliasGroups = new Set<Group>()
  const surnameNames = new Set<number>()
  const fullNames = new Map<Draft, Array<{at: number; key: string}>>()
  const newDraft = (type: EntityType): Draft => {
    const draft: Draft = {type, mentions: [], roles: [], gender: 'u', impliedKeys: []}
    drafts.push(draft)
    return draft
  }
  names.forEach((name, n) => {
    const group = groupOf[n] as Group
    if (!group.type) return
    const single = name.to - name.from === 1 || isInitialled(tokens, name)
    if (single && (group.type === 'Person' || !strong(group))) return // decided below, once full names are known
    // "Ní Dhálaigh", "De Witt": a particle surname waits, like a lone surname, for the full name it shortens
    if (group.type === 'Person' && surnameParticles.has((tokens[name.from] as Token).folded) && !lex.firstNames.has((tokens[name.from] as Token).folded) && !group.draft) return
    // "Joaquim Vaz Serra" … "Vaz Serra": the family names of one person named in full before
    const tail = group.type === 'Person' && !group.draft ? tails.get(group.key) : undefined
    if (tail && tail.length === 1 && !surnameParticles.has((tokens[name.from] as Token).folded)) {
      group.draft = tail[0]
      tailGroups.add(group)
    }
    // "Oona Margaret Fairweather" … "Oona Fairweather": the given name and the surname of one person named in full
    // before, without the middle name
    const short = group.type === 'Person' && !group.draft && name.to - name.from === 2 ? withoutMiddle.get(group.key) : undefined
    if (short && short.length === 1) {
      group.draft = short[0]
      aliasGroups.add(group)
    }
    // "Maya Okonjo-Reyes" … "Okonjo Reyes": a double surname of one person named in full before, written
    // without its hyphen
    const spelt = group.type === 'Person' && !group.draft && name.to - name.from === 2 && !lex.firstNames.has(nameKey((tokens[name.from] as Token).text)) ? surnames.get(group.key) : undefined
    if (spelt && spelt.length === 1) {
      group.draft = spelt[0]
      tailGroups.add(group)
    }
    if (!group.draft) {
      group.draft = newDraft(group.type)
      if (group.type === 'Person') {
        if (name.to - name.from >= 3 && (lex.firstNames.has(nameKey((tokens[name.from] as Token).text)) || givenShaped(tokens[name.from] as Token, lex, view.language, lowerSeen)) && (tokens[name.from + 1] as Token).cap) {
          push(tails, nameKey(source.slice((tokens[name.from + 1] as Token).start, name.end)), group.draft)
          if (!source.slice(name.start, name.end).includes(',')) push(withoutMiddle, nameKey(`${(tokens[name.from] as Token).text} ${(tokens[name.to - 1] as Token).text}`), group.draft)
        }
        const last = nameKey((tokens[name.to - 1] as Token).text)
        const first = nameKey((tokens[name.from] as Token).text)
        push(surnames, last, group.draft)
        // "Han Ji-woo" … "Han": a hyphenated given name in lower case after the hyphen follows the family name
        if (name.to - name.from === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test((tokens[name.to - 1] as Token).text)) push(surnames, nameKey((tokens[name.from] as Token).text), group.draft)
        // "Tomás Aranda de la Vega" … "Aranda": a first family name before a particle and a second one
        const second = tokens[name.from + 1]
        const particle = tokens[name.from + 2]
        if (name.to - name.from >= 4 && second && particle && second.cap && lex.firstNames.has(first) && !surnameParticles.has(second.folded) && /^(de|del|da|dos|y|i)$/.test(particle.lower)) push(surnames, nameKey(second.text), group.draft)
        if (lex.firstNames.has(first) || (name.to - name.from > 1 && (group.votes.Person ?? 0) >= 5)) push(firstNamesOf, first, group.draft)
        // "Anjali Mehta" … "Anjali": any given name of a full name, for a later lone word no one else answers to
        // (not the first word of a thing's name typed a person's, "Bakken Formation": its last word is no common word)
        else if (name.to - name.from > 1 && givenShaped(tokens[name.from] as Token, lex, view.language, lowerSeen) && givenShaped(tokens[name.to - 1] as Token, lex, view.language, lowerSeen)) push(givenNames, first, group.draft)
      } else if ((group.type === 'Organization' || group.type === 'Event') && name.to - name.from > 1) {
        // "Corvane Releasing" … "Corvane", "Sundance Film Festival" … "Sundance": the distinctive first word
        const word = tokens[name.from] as Token
        // (an acronym opens the name of a festival, "QRSX Film & Music Festival", more often than a company's)
        if (!lex.heads.has(word.lower) && !lex.stopwords.has(word.lower) && !lex.places.has(word.folded) && (!word.allCaps || (group.type === 'Event' && /fest/i.test(source.slice(name.start, name.end)))) && !lowerSeen.has(word.lower)) push(shortNames, nameKey(word.text), group.draft)
        // "Cold Reels Nordic International Documentary Festival" … "Cold Reels": two words before a place or a head
        const second = tokens[name.from + 1] as Token
        const third = tokens[name.from + 2]
        if (group.type === 'Event' && third && name.to - name.from > 3 && !lex.heads.has(second.lower) && !lex.stopwords.has(second.lower) && (lex.heads.has(third.lower) || wordClass(third.lower, view.language) === 'demonym' || lex.places.has(third.folded))) push(shortNames, nameKey(`${word.text}${second.text}`), group.draft)
      }
    }
    draftOfName[n] = group.draft
    push(fullNames, group.draft, {at: name.start, key: group.key})
  })
  // pseudonyms: "X, dit Y", "X, better known as Y"
  names.forEach((name, n) => {
    if (!cuesBefore(tokens, name.from, lex).has('alias-before')) return
    const group = groupOf[n] as Group
    // ("Nguyen Thi Hoa Vo, dite Hoa Vo": a full name of its own joins too, when its person is named nowhere else)
    const own = draftOfName[n]
    if (own && (own.type !== 'Person' || own !== group.draft || draftOfName.some((draft, k) => draft === own && groupOf[k] !== group))) return
    if (group.type && group.type !== 'Person' && strong(group)) return
    for (let m = n - 1; m >= 0 && m >= n - 2; m--) {
      const previous = draftOfName[m]
      // (the cue may be long, "connue sous le nom de", "de son vrai nom")
      if (previous && previous !== own && previous.type === 'Person' && (tokens[(names[m] as NameSpan).to - 1] as Token).sentence === (tokens[name.from] as Token).sentence && name.from - (names[m] as NameSpan).to <= 6) {
        group.draft = previous
        group.type = 'Person'
        aliasGroups.add(group)
        if (own) {
          drafts.splice(drafts.indexOf(own), 1)
          for (const k of group.names) if (draftOfName[k] === own) draftOfName[k] = previous
          for (const map of [surnames, firstNamesOf, givenNames]) for (const [key, list] of map) map.set(key, [...new Set(list.map((d) => (d === own ? previous : d)))])
          for (const mention of fullNames.get(own) ?? []) push(fullNames, previous, mention)
          fullNames.delete(own)
        }
        break
      }
    }
  })
  // "Institut national des archives sonores (INAS)", "Harbourview International Film Festival (HIFF)": an acronym in
  // brackets right after the name of a body or an event is another name of it, wherever the text repeats it
  names.forEach((name, n) => {
    const previous = names[n - 1]
    const owner = previous && draftOfName[n - 1]
    if (!previous || !owner || (owner.type !== 'Organization' && owner.type !== 'Event')) return
    const token = tokens[name.from] as Token
    if (name.to - name.from !== 1 || !token.allCaps || !/^\s*\(\s*$/.test(source.slice(previous.end, name.start))) return
    const group = groupOf[n] as Group
    // (a group already merged elsewhere, or a title, keeps its entity)
    if (group.draft === owner || aliasGroups.has(group) || (group.draft && group.draft.mentions.length > 0)) return
    if (group.draft) drafts.splice(drafts.indexOf(group.draft), 1)
    group.draft = owner
    group.type = owner.type
    aliasGroups.add(group)
    for (const m of group.names) draftOfName[m] = owner
  })
  // "QRSX" … "the QRSX Film & Music Festival": an acronym typed by its shape alone is the festival it opens
  for (const group of groups.values()) {
    const event = shortNames.get(group.key)
    // (its organisation votes are those of its capitals; "from QRSX" is no place)
    const shapeOnly = group.names.every((n) => (tokens[(names[n] as NameSpan).from] as Token).allCaps) && (group.votes.Organization ?? 0) <= 2.5 * group.names.length && (Object.entries(group.votes) as Array<[EntityType, number]>).every(([type, weight]) => type === 'Organization' || weight < 2.5)
    if (!event || event.length !== 1 || event[0]?.type !== 'Event' || !shapeOnly || !group.draft || group.draft.mentions.length > 0) continue
    const own = group.draft
    drafts.splice(drafts.indexOf(own), 1)
    group.draft = event[0]
    group.type = 'Event'
    aliasGroups.add(group)
    for (const n of group.names) if (draftOfName[n] === own) draftOfName[n] = event[0]
  }
  // "Berlinale" … "Festival international du film de Berlin", "TIFF" … "Toronto International Film Festival": a known
  // festival joins its other name said in the same text
  for (const group of groups.values()) {
    const festival = lex.festivals.get(group.key)
    const own = group.draft
    if (!festival || !own || group.type !== 'Event' || own.mentions.length > 0) continue
    // ("SXSW" … "SXSW Film & TV Festival": or the one festival whose name it opens)
    const opened = shortNames.get(group.key)
    const other = festival.others.map((key) => groups.get(key)?.draft).find((draft) => !!draft && draft !== own && draft.type === 'Event') ?? (opened?.length === 1 && opened[0] !== own && opened[0]?.type === 'Event' ? opened[0] : undefined)
    if (!other || draftOfName.some((draft, n) => draft === own && groupOf[n] !== group)) continue
    drafts.splice(drafts.indexOf(own), 1)
    group.draft = other
    aliasGroups.add(group)
    for (const n of group.names) draftOfName[n] = other
  }
  // a lone word that is the given name of exactly one person named in full before it, and names nothing else in the
  // text (no place, body or work of that name, no word a longer name of something else opens)
  const otherKeys = new Set<string>()
  for (const [key, group] of groups) if (group.draft && group.draft.type !== 'Person') otherKeys.add(key)
  names.forEach((name, n) => {
    const type = draftOfName[n]?.type ?? (groupOf[n] as Group).type
    if (type && type !== 'Person' && name.to - name.from > 1) otherKeys.add(nameKey((tokens[name.from] as Token).text))
  })
  for (const [key, list] of shortNames) if (list.length > 0) otherKeys.add(key)
  for (const key of workByKey.keys()) otherKeys.add(key)
  const givenNameOf = (n: number, key: string): Draft | undefined => {
    const list = givenNames.get(key)
    const group = groupOf[n] as Group
    if (!list || list.length !== 1 || otherKeys.has(key) || (group.type && group.type !== 'Person')) return undefined
    const person = list[0] as Draft
    if (person.type !== 'Person' || !(fullNames.get(person) ?? []).some((m) => m.at < (names[n] as NameSpan).start)) return undefined
    return person
  }
  // lone surnames, given names and initialled names join the person they abbreviate
  names.forEach((name, n) => {
    if (draftOfName[n]) return
    const group = groupOf[n] as Group
    if (group.draft) {
      draftOfName[n] = group.draft
      return
    }
    const lastKey = nameKey((tokens[name.to - 1] as Token).text)
    const firstKey = nameKey((tokens[name.from] as Token).text)
    const single = name.to - name.from === 1
    // a lone surname, a given name, initials ("J. Campion") or a particle surname ("Ní Dhálaigh", "de la Peña")
    const candidates = single ? (surnames.get(lastKey) ?? firstNamesOf.get(lastKey)) : surnames.get(lastKey)?.filter((d) => initialsMatch(tokens, name, fullNames.get(d) ?? []) || (fullNames.get(d) ?? []).some((m) => m.key !== group.key && m.key.endsWith(group.key)))
    const person = (candidates && nearestBefore(candidates, name.start, fullNames)) ?? (single ? givenNameOf(n, lastKey) : undefined)
    if (person && (!group.type || group.type === 'Person' || !strong(group))) {
      draftOfName[n] = person
      surnameNames.add(n)
      return
    }
    if (trimmed.has(name.start)) return
    const whole = single ? shortNames.get(lastKey) : name.to - name.from === 2 ? shortNames.get(group.key) : undefined
    // ("British Film Institute" … "the British filmmaker": not a word the text shows is no name there)
    // ("Northlight Pictures has been sued … Northlight said": an organisation's first word said alone joins it, even
    // when a verb of saying votes for a person; not a known given name)
    const company = !!whole && whole.length === 1 && whole[0]?.type === 'Organization' && single && (group.votes.Person ?? 0) < 5 && !lex.firstNames.has((tokens[name.from] as Token).folded)
    if (whole && whole.length === 1 && (!group.type || !strong(group) || company) && (group.votes.Place ?? 0) < 2 && !awards.has(group)) {
      draftOfName[n] = whole[0]
      aliasGroups.add(group)
      return
    }
    if (!group.type) return
    group.draft = newDraft(group.type)
    draftOfName[n] = group.draft
    void firstKey
  })
  // a place acting as the subject of a decision ("la Norvège a voté") is its state: an organisation of the same name
  const actors = new Map<Draft, Draft>()
  names.forEach((name, n) => {
    let draft = draftOfName[n]
    if (!draft || (evidence[n] as Evidence).prize) return
    if (draft.type === 'Place' && (evidence[n] as Evidence).actor && name.to - name.from <= 3) {
      let twin = actors.get(draft)
      if (!twin) {
        twin = newDraft('Organization')
        actors.set(draft, twin)
      }
      draft = twin
    }
    const text = source.slice(name.start, name.end)
    const kind: MentionKind = draft.type === 'Movie' || draft.type === 'CreativeWork' ? 'title' : aliasGroups.has(groupOf[n] as Group) ? 'alias' : surnameNames.has(n) || tailGroups.has(groupOf[n] as Group) ? 'surname' : 'name'
    draft.mentions.push({start: name.start, end: name.end, text, kind})
    const ev = evidence[n] as Evidence
    if (ev.gender && draft.gender === 'u') draft.gender = ev.gender
    if (ev.agent || makesFilm(view.text, name.start, name.end, lex.workNouns, filmEnds)) draft.impliedKeys.push({at: name.start, key: 'director'})
  })

  // roles and role anaphora
  const people = drafts.filter((draft) => draft.type === 'Person' && draft.mentions.length > 0)
  for (const person of people) {
    person.mentions.sort((a, b) => a.start - b.start)
    if (person.gender === 'u') {
      const full = person.mentions.find((m) => m.kind === 'name' && /\s/.test(m.text))
      const word = full ? (full.text.split(/\s+/)[0] as string) : ''
      // ("Karl-Johan", "Marie-Claire": a given name made of two, each of the same gender)
      const parts = [...new Set(word.split(/[-‐‑]/).map((part) => lex.firstNames.get(nameKey(part))))]
      const given = full ? lex.firstNames.get(nameKey(word)) ?? (parts.length === 1 && parts[0] !== 'u' ? parts[0] : undefined) : undefined
      if (given) person.gender = given
    }
  }
  const refs: PersonRef[] = people.map((person) => ({mentions: [...person.mentions], gender: person.gender, impliedKeys: person.impliedKeys}))
  const result = attachRoles(view.text, tokens, refs, lex, view.language)
  // a role word inside the name of something else ("Semaine de la critique") is no anaphor
  const inOther = new Uint8Array(source.length + 1)
  for (const draft of drafts) if (draft.type !== 'Person') for (const m of draft.mentions) inOther.fill(1, m.start, m.end)
  people.forEach((person, p) => {
    person.roles.push(...(result.roles[p] ?? []).filter((role) => inOther[role.start] !== 1))
    for (const mention of result.anaphors[p] ?? []) if (inOther[mention.start] !== 1) person.mentions.push({...mention, text: source.slice(mention.start, mention.end)})
    for (const role of person.roles) role.text = source.slice(role.start, role.end)
  })
  const paragraphOf = (sentence: number): number => view.sentences[sentence]?.paragraph ?? -1
  for (const draft of drafts) {
    if (draft.type !== 'CreativeWork' || typedWorks.has(draft)) continue
    if (isFilm(tokens, draft.mentions, lex.workNouns, view.language, paragraphOf)) draft.type = 'Movie'
  }
  return finalize(drafts.filter((draft) => draft.mentions.length > 0))
}

function addVotes(into: Votes, from: Votes): void {
  for (const [type, weight] of Object.entries(from) as Array<[EntityType, number]>) into[type] = (into[type] ?? 0) + weight
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) {
    if (!list.includes(value)) list.push(value)
  } else map.set(key, [value])
}

/** A group typed by a strong cue of its own (head noun, gazetteer, honorific …), not by default. */
function strong(group: Group): boolean {
  return Object.values(group.votes).some((weight) => (weight ?? 0) >= 2.5)
}

/**
 * The first word of a full name read as a given name although the first-name list lacks it: a capitalised word that is
 * no initial, particle, honorific, role, place or common word of the language.
 */
function givenShaped(token: Token, lex: EntityLexicon, language: Lang, lowerSeen: Set<string>): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:[-‐‑]\p{Lu}?\p{Ll}+)?$/u.test(token.text) || token.allCaps) return false
  if (surnameParticles.has(token.folded) || lex.honorifics.has(token.text) || lex.roles.has(token.lower) || lex.stopwords.has(token.lower)) return false
  if (lex.places.has(token.folded) || lex.heads.has(token.lower) || lowerSeen.has(token.lower)) return false
  const kind = wordClass(token.lower, language)
  return kind === undefined || kind === 'person'
}

/** "J. Campion", "J.-P. Dupont": initials before a surname. */
function isInitialled(tokens: Token[], name: NameSpan): boolean {
  if (name.to - name.from < 2) return false
  for (let k = name.from; k < name.to - 1; k++) if (!/^\p{Lu}$/u.test((tokens[k] as Token).text)) return false
  return true
}

/** Whether the initials of `name` match the given names of a person's full name. */
function initialsMatch(tokens: Token[], name: NameSpan, full: Array<{key: string}>): boolean {
  if (!isInitialled(tokens, name)) return false
  const initial = nameKey((tokens[name.from] as Token).text)
  return full.some((m) => m.key.startsWith(initial))
}

/** The person whose latest full-name mention precedes `at` most closely, else the first named after it. */
function nearestBefore(candidates: Draft[], at: number, fullNames: Map<Draft, Array<{at: number}>>): Draft | undefined {
  let best: Draft | undefined
  let bestAt = -1
  let bestCount = 0
  for (const draft of candidates) {
    const before = (fullNames.get(draft) ?? []).filter((mention) => mention.at < at)
    // of two people sharing the surname, the one the text names in full more often is who the surname means
    // (the subject of an obituary, not the daughter quoted once); else the nearest
    for (const mention of before) if (before.length > bestCount || (before.length === bestCount && mention.at > bestAt)) {
      best = draft
      bestAt = mention.at
      bestCount = before.length
    }
  }
  return best ?? candidates[0]
}

/**
 * "Han Ji-woo's second feature", "le premier film de Rose Abel", "le documentaire d'Ana Diaz": a
 * name given as the maker of a film, which makes them its director for role anaphora ("the director").
 */
function makesFilm(text: string, start: number, end: number, workNouns: Map<string, 'Movie' | 'CreativeWork'>, workEnds: Set<number>): boolean {
  // "Le Silence des sternes, de la Norvégienne Solveig Aasrud": a title, then its maker
  const maker = /[»"”*_]?\s*,?\s*(?:de\s+|d['’]\s*|by\s+)(?:(?:la|le|l['’]|the)\s*[\p{L}-]+\s+)?$/u.exec(text.slice(Math.max(0, start - 40), start))
  if (maker && workEnds.has(start - maker[0].length)) return true
  const genitive = /^['’]s\s+((?:[\p{L}\p{N}-]+\s*){1,3})/u.exec(text.slice(end, end + 50))
  if (genitive && (genitive[1] as string).split(/\s+/).some((word) => workNouns.get(word.toLowerCase()) === 'Movie')) return true
  // "le documentaire que X a consacré à Y", "the film X made about Y": the subject of the relative clause on a film
  // noun made it
  const relative = /([\p{L}-]+)\s+(?:qu(?:e\s+|['’]\s*))$/u.exec(text.slice(Math.max(0, start - 30), start))
  if (relative && workNouns.get((relative[1] as string).toLowerCase()) === 'Movie' && /^\s+(?:a|avait|aura|lui\s+a|y\s+a)\s+\p{Ll}+(?:é|ée|és|ées|t|s|i|u|it)(?!\p{L})/u.test(text.slice(end, end + 40))) return true
  // ("le film de X", "premier long métrage de X", "a documentary by X": a film noun of one or two words)
  const of = /([\p{L}-]+)(?:\s+([\p{L}-]+))?\s+(?:de|d['’]|by)\s*$/u.exec(text.slice(Math.max(0, start - 40), start))
  if (!of) return false
  const [first, second] = [(of[1] as string).toLowerCase(), of[2]?.toLowerCase()]
  return workNouns.get(first) === 'Movie' || (second !== undefined && (workNouns.get(`${first} ${second}`) === 'Movie' || workNouns.get(second) === 'Movie'))
}

/**
 * The name at `from` is the complement of a role noun: "ministre de la Santé", "président du Sénat", "head of Drama"
 * (the name may be opened by its own article, "de la", "of the").
 */
function roleComplement(tokens: Token[], from: number, lex: EntityLexicon): boolean {
  let k = from
  if (/^(le|la|les|l'|the)$/.test(tokens[k - 1]?.lower ?? '')) k--
  if (!/^(de|du|des|d'|of)$/.test(tokens[k - 1]?.lower ?? '')) return false
  return roleEndingAt(tokens, k - 1, lex) !== undefined
}
