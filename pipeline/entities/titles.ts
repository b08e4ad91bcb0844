/**
 * titles: names of works (films and other creative works).
 *
 * Cues, all general:
 * - a quoted span the quoted stage classified as a title, or any quoted span right after a work noun
 *   or "intitulé"/"titled" ("la chanson "X"", "une série intitulée "X"");
 * - before an unquoted capitalised name: a work or genre noun ("le film X", "the 2011 thriller X"), an
 *   acting or release phrase ("révélé par X", "starred in X"), a prize ("la Palme d'or pour X", "won the Golden Bear
 *   with X": lexicon/works-win-verbs.tsv), a possessive ("Lindqvist's The Salt Road", "the same day as Greta Gerwig's
 *   Barbie;", "Angel Studios' Sound of Freedom, with …": a title of two words or more closing its clause), a credit
 *   phrase after a person ("a Nolan regular since X", "réalisateur d'X", "vue dans X", "revient avec X":
 *   lexicon/credit-cues.tsv); a prize's label opening a line of winners before a quotation ("Best Documentary: “X,”");
 * - in French, a capitalised article inside a sentence, then "de" and a person named in full ("La Pianiste de Michael
 *   Haneke"); a small number opening a title of lower-case words closed by a year in brackets ("8 femmes (2002)");
 * - after it: a year in brackets ("X (2019)", "X de Jean Dupont (1962)"), an apposition ("X, troisième
 *   long métrage de", "X, the second feature by"), its maker ("X, de Jean Dupont"), a release verb
 *   ("sorti en", "which premiered"), also in a relative clause after a comma ("X, which opens on July 28", "X, qui sort
 *   le 12 mars"), a film predicate ("X est un film", "X, réalisé par"); Markdown
 *   italics around it.
 * French titles capitalise their first word only, so a one-word name is extended over its adjectives
 * and "de" complements ("La Baie" → "La Baie intérieure", "Histoire d'une nuit"); English titles over
 * short lower-case words ("Song of Ashes"); any title over small words and numbers up to a year in brackets
 * ("Cléo de 5 à 7 (1962)"). A title found once is found again wherever the text repeats it, except where a
 * title that is the surname of a person named in full reads as that person ("When Oppenheimer mutters"); said again with
 * a small number after it, it names the sequel ("Jaws 2"); a quoted title said again bare is taken whole ("La Nuit du
 * 12, de …", not "La Nuit"). Bare titles also come from: a maker's credit even after "par" or "à" ("représentée par
 * Trois amies, d'Emmanuel Mouret"), an actor named in full then "dans" in French ("Nicole Kidman dans X"), a person's
 * possessive before a one-word title and "the film" in the next sentence, capitalised common words the name finder
 * dropped when a strong cue surrounds them ("Salt Year, her sixth film"); an honorific or "La X de" before such a title
 * is its first word ("Mademoiselle Ogre, adapté d'un roman", "La Passion de X, de Y"). The work noun nearest before decides Movie or CreativeWork; a title-quote in brackets
 * right after another title is a second name (a translation) of the same work.
 */
import type {Lang, QuotedSpan} from '../types.js'
import {cuesAfter, cuesBefore, glued, isModifier, roleEndingAt, sameSentence} from './context.js'
import type {EntityLexicon} from './lexicon.js'
import {isFiniteVerb, wordClass} from './language-model.js'
import {demonymNoun, type NameSpan} from './names.js'
import {nameKey} from './normalize.js'
import {headingTitles, italicTitles, listTitles, sheetTitle} from './title-layout.js'
import {playedIn, playedInWhich} from './role-frames.js'
import {boldSpans, programmeNounBefore} from './events-programmes.js'
import {phrase, type Token} from './tokens.js'
import {loadRows, perLanguage} from '../lexicon/index.js'

export type WorkType = 'Movie' | 'CreativeWork'

/** One mention of a work title. */
export interface WorkMention {
  start: number
  end: number
  /** A work's type; or an event, for the title of a programme ("la table ronde « X »": events-programmes.ts). */
  type: WorkType | 'Event'
  /** Decided by a work noun or a film predicate (strong) rather than by default. */
  typed: boolean
  /** Start offset of the work title this one translates or renames ("X ("Y")"). */
  aliasOf?: number
}

const determinerWords = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'son', 'sa', 'ses', 'leur', 'ce', 'cet', 'cette', 'the', 'a', 'an', 'his', 'her', 'their', 'this', 'its'])
const titleDeterminers = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'the', 'a', 'an'])
const articleWords = new Set(['le', 'la', 'les', "l'", 'un', 'une'])
const complementWords = new Set(['de', 'du', 'des', "d'"])
const appositionFollowers = new Set(['de', "d'", 'du', 'des', 'by', 'with', 'avec', 'from', 'of', 'réalisé', 'réalisée', 'directed', 'signé', 'signée', 'en', 'in', 'sorti', 'sortie', 'released', 'that', 'which', 'about', 'sur', 'on', 'produit', 'produced', 'written', 'écrit', 'adapté', 'adapted', 'tourné', 'shot', 'primé', 'inspiré', 'inspired'])
const innerWords = new Set(['pour', 'sans', 'contre', 'sous', 'sur', 'avec', 'dans', 'à', 'au', 'aux', 'qui', 'entre', 'vers', 'chez'])
const englishTitleWords = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'to', 'for', 'with', 'from', 'at', 'without', 'into', 'under', 'over', 'my', 'our', 'your', 'no'])
const auxiliaries = new Set(['a', 'est', 'was', 'is', 'has', 'had', 'were', 'were', 'été'])
const copulas = new Set(['est', 'était', 'fut', 'reste', 'is', 'was', 'remains'])
/** The French ones. */
const frenchCopulas = new Set(['est', 'était', 'fut', 'reste'])
/** Nouns that describe a work in an apposition after its title only (lexicon/works-appositions.tsv). */
let appositionNounsCache: Map<string, WorkType> | undefined
function appositionNouns(): Map<string, WorkType> {
  if (!appositionNounsCache) {
    appositionNounsCache = new Map()
    for (const [noun, type] of loadRows(import.meta.url, 'lexicon/works-appositions.tsv')) if (noun) appositionNounsCache.set(noun, type === 'Movie' ? 'Movie' : 'CreativeWork')
  }
  return appositionNounsCache
}
const titleStops = new Set(['de', "d'", 'par', 'by', 'réalisé', 'réalisée', 'directed', 'sorti', 'sortie', 'released', 'qui', 'que', "qu'", 'who', 'which', 'that', 'en', 'in', 'à', 'au', 'at', 'avec', 'with', 'et', 'and', 'sur', 'on', 'pour', 'for', 'dont', 'où', 'est', 'is', 'was', 'a', 'has', 'have'])

/**
 * Find the work titles of the text. `names` are the capitalised sequences (titles may reuse them); the start offsets
 * of the bare mentions of a title that read as the person it is named after go into `personMentions`.
 */
export function findWorks(source: string, text: string, tokens: Token[], names: NameSpan[], quoted: QuotedSpan[], lex: EntityLexicon, lang: Lang, personMentions?: Set<number>): WorkMention[] {
  const works: WorkMention[] = []
  const startIndex = new Map<number, number>()
  tokens.forEach((token) => startIndex.set(token.start, token.i))
  const tokenAt = (offset: number): number | undefined => {
    // first token starting at or after offset
    for (let o = offset; o < offset + 4; o++) {
      const found = startIndex.get(o)
      if (found !== undefined) return found
    }
    return undefined
  }

  // 0. the titles of programmes and gatherings: quoted, in italics or in bold after "cycle", "table ronde", "season"
  const programmes: WorkMention[] = []
  for (const span of [...quoted, ...italicTitles(source), ...boldSpans(source)]) {
    const trimmed = trimSpan(text, span.start, span.end)
    const first = trimmed && tokenAt(trimmed.start)
    if (!trimmed || first === undefined || !/^[\p{Lu}\p{N}]/u.test(text.slice(trimmed.start)) || text.slice(trimmed.start, trimmed.end).split(/\s+/).length > 10) continue
    if (programmes.some((p) => p.start < trimmed.end && trimmed.start < p.end) || !programmeNounBefore(tokens, first, lang)) continue
    programmes.push({...trimmed, type: 'Event', typed: true})
  }
  works.push(...programmes)
  // 1. quoted titles
  for (const span of quoted) {
    if (!/^[\p{Lu}\p{N}]/u.test(span.text.trimStart())) continue
    if (span.text.split(/\s+/).length > 14) continue
    if (programmes.some((p) => p.start < span.end && span.start < p.end)) continue
    const first = tokenAt(span.start)
    const noun = first === undefined ? undefined : workNounBefore(tokens, first, lex, lang)
    const cue = first !== undefined && (cuesBefore(tokens, first, lex).has('title-before') || titleCueNear(tokens, first, lex) || prizeLabel(tokens, first, lex))
    const trimmed = trimSpan(text, span.start, span.end)
    if (!trimmed) continue
    // "« P.I.M.P. », le tube de …", "“Low Tide” is a 2019 documentary": a short quote the words after it make a work
    const next = tokens.findIndex((token) => token.start >= trimmed.end)
    const after = span.kind !== 'title' && !noun && !cue && next > 0 && span.text.split(/\s+/).length <= 8 ? workAfter(text, tokens, next, lex, lang, false, true) : undefined
    if (span.kind !== 'title' && !noun && !cue && !after) continue
    const previous = works[works.length - 1]
    const bracketed = previous && /^["»”]?\s*\(\s*["«“]?\s*$/.test(text.slice(previous.end, trimmed.start))
    works.push({...trimmed, type: noun?.type ?? after ?? (bracketed ? previous.type : 'CreativeWork'), typed: !!noun || !!after, ...(bracketed ? {aliasOf: previous.aliasOf ?? previous.start} : {})})
  }

  const covered = (start: number, end: number): boolean => works.some((w) => w.start < end && start < w.end)
  // surnames of the people the text names in full ("Jacques Demy")
  const surnamesOfPeople = new Set<string>()
  for (const name of names) if (name.to - name.from >= 2 && !name.head && lex.firstNames.has((tokens[name.from] as Token).folded)) surnamesOfPeople.add((tokens[name.to - 1] as Token).text)
  // 1b. titles the layout marks: the items of a filmography, a capitalised phrase in italics; every mention of them in
  // the prose is theirs before any shorter name there is read ("Les Plages" in "Les Plages d'Agnès")
  const layout: WorkMention[] = []
  const sheet = sheetTitle(source, lex.creditLabels, lex.firstNames)
  for (const item of [...(sheet ? [sheet] : []), ...listTitles(source), ...headingTitles(source)]) if (!covered(item.start, item.end)) layout.push({start: item.start, end: item.end, type: item.film ? 'Movie' : 'CreativeWork', typed: item.film})
  for (const span of italicTitles(source)) {
    if (covered(span.start, span.end) || layout.some((w) => w.start < span.end && span.start < w.end) || lex.media.has(nameKey(source.slice(span.start, span.end)))) continue
    const first = tokenAt(span.start)
    const noun = first === undefined ? undefined : workNounBefore(tokens, first, lex, lang)
    // (the words after it may make it a film: "*X*, de Jean Dupont", "*X* (2019)")
    const next = tokens.findIndex((token) => token.start >= span.end)
    // ("Grand Prix pour *X*", "révélée par *X*": the acting and prize cues before it too)
    const acted = first !== undefined && (cuesBefore(tokens, first, lex).has('work-before') || awardFor(tokens, first, lex) || datedCue(tokens, first, lex))
    const after = noun || acted || next <= 0 ? undefined : workAfter(text, tokens, next, lex, lang, false, true)
    const type = noun?.type ?? (acted ? 'Movie' : after) ?? 'CreativeWork'
    layout.push({start: span.start, end: span.end, type, typed: !!noun || type === 'Movie'})
  }
  works.push(...layout)
  const reading = personReading(tokens, names, lex, startIndex)
  const personRead = (start: number, end: number): boolean => {
    const person = reading(start, end)
    if (person) personMentions?.add(start)
    return person
  }
  works.push(...repeats(text, layout, lex, personRead).filter((w) => !covered(w.start, w.end)))
  // the bare mentions of the titles the text quotes: a title the cues below find in one of them is that whole title
  // ("« La Nuit du 12 »" … "La Nuit du 12, de Dominik Moll" is not "La Nuit")
  const known = repeats(text, works, lex, () => false)
  // 2. unquoted titles after a work noun or an acting cue, 3. names that a film predicate, a year in
  // brackets, an apposition ("X, premier long métrage de") or italics make works
  for (let n = 0; n < names.length; n++) {
    const name = names[n] as NameSpan
    if (covered(name.start, name.end)) continue
    let from = name.from
    // "l'enfance de Demy Jacquot de Nantes (1991)": the surname of a person named in full elsewhere opens no title
    if (name.to - from >= 2 && surnamesOfPeople.has((tokens[from] as Token).text) && (tokens[from + 1] as Token).cap && !lex.firstNames.has((tokens[from + 1] as Token).folded)) from++
    // a capitalised determiner opening the title ("le film Le Jardin perdu", "A Field of Glass")
    const det = tokens[from - 1]
    if (det && det.cap && titleDeterminers.has(det.lower) && glued(tokens, from)) from--
    // "his memoir To Reach the Clouds": an English short word capitalised inside a sentence opens a title
    else if (lang === 'en' && det && det.cap && !det.initial && englishTitleWords.has(det.lower) && glued(tokens, from)) from--
    // "*Ice Road Mothers*": italics opening on a capitalised word the name finder left out ("ice" is a common word)
    // (not a byline, "*Par Mathis Dupont*", "*By Ann Lee*")
    else if (det && det.cap && glued(tokens, from) && !/^(par|by)$/.test(det.lower) && italic(source, det.start, (tokens[name.to - 1] as Token).end)) from--
    // "Children of the Thaw", "Vespers on the Canal": an English title keeps its short words in lower case; the name
    // finder stopped at them, so a title reaches back over them to the capitalised words they join
    // (not before a capitalised article inside a sentence, which opens the title: "Zemeckis in The Walk")
    if (lang === 'en' && !(titleDeterminers.has((tokens[from] as Token).lower) && (tokens[from] as Token).cap && !(tokens[from] as Token).initial)) {
      const reached = titleStartBefore(source, tokens, from, lex)
      // (not when the name alone has a cue the longer span loses: "the Award for Best Original Score for Joker" is a
      // prize, then the work it went to)
      if (reached === from || !(awardFor(tokens, from, lex) && !awardFor(tokens, reached, lex))) from = reached
    }
    const detLed = titleDeterminers.has((tokens[from] as Token).lower)
    // "the Award for Best Original Score for Joker": a prize's category is no title, nor the start of one
    if (/^(best|outstanding)$/.test((tokens[from] as Token).lower) && /^(for|in)$/.test(tokens[from - 1]?.lower ?? '') && glued(tokens, from)) continue
    // subtitle after a colon: "X : Y"
    const next = names[n + 1]
    const colon = !!next && next.from === name.to && /^\s?:\s$/.test((tokens[name.to] as Token).before) && sameSentence(tokens, name.to - 1, name.to)
    const start = (tokens[from] as Token).start
    const noun = workNounBefore(tokens, from, lex, lang)
    const before = cuesBefore(tokens, from, lex)
    const possessed = detLed && lang === 'en' && /^['’]s\s+$/.test(text.slice((tokens[from - 1] as Token | undefined)?.end ?? 0, start))
    // "titled X" names a work; "called X" only after a work noun ("a song called X", not "everyone called Rusty")
    const titled = before.has('title-before') && ((tokens[from - 1] as Token | undefined)?.lower !== 'called' || !!workNounBefore(tokens, from - 1, lex, lang))
    const owned = lang === 'en' && ownedWork(text, tokens, from, name.to, lex)
    // (a French title over its lower-case words: "revient avec Orages noirs, toujours …")
    const credit = creditBefore(tokens, from, name, lex, lang) || (lang === 'fr' && creditBefore(tokens, from, {...name, to: extendTitle(source, tokens, name.to, lex, lang)}, lex, lang))
    const cued = !!noun || credit || (lang === 'fr' && detLed && !name.head && makerNamedAfter(source, tokens, from, name.to, lex)) || before.has('work-before') || titled || possessed || awardFor(tokens, from, lex) || datedCue(tokens, from, lex) || reviewLabel(tokens, from) || reviewHeadline(tokens, from, name.to) || owned || castIn(tokens, from, name.to, lex, lang, !!name.head) || playedFrame(text, source, tokens, from, name.to, lex, lang, !!name.head)
    // a title and its subtitle: with a cue before, or opening a sentence ("X : Y est un film"), not "sur la X : Y"
    const opens = !tokens[from - 1] || !sameSentence(tokens, from - 1, from) || !glued(tokens, from)
    const to = colon && next && (cued || (opens && !name.head && !next.head)) ? next.to : name.to
    // French titles capitalise their first word only: extend a one-word name ("La Baie" → "La Baie intérieure")
    const oneWord = name.to - from === 1 || (name.to - from <= (detLed ? 3 : 2) && !lex.firstNames.has((tokens[from] as Token).folded))
    // ("Cléo de 5 à 7 (1962)": small words and numbers up to a year in brackets; a given name then opens a title)
    const dated = yearReach(source, tokens, to, lex, lang)
    const long = Math.max(lang === 'en' || oneWord ? extendTitle(source, tokens, to, lex, lang) : to, dated)
    let found: {to: number; type: WorkType} | undefined
    // "X, de Jean Dupont": the end of the title its maker's credit follows
    const credited = (long > to ? [long, to] : [to]).find((end) => makerCredit(tokens, end, lex))
    // "son premier film, X, tourné …": an apposition after a comma must close
    // (not "la compositrice du film, Mathilde Ferrand": a given name and a surname after the comma are a person's)
    const person = !!noun?.comma && !detLed && name.to - from >= 2 && lex.firstNames.has((tokens[from] as Token).folded) && (tokens[from + 1] as Token).cap
    if (person) continue
    // "the Estonian director Liisi Kaljuste, which premiered …": a name right after a role noun is a person's
    if (!cued && glued(tokens, from) && roleEndingAt(tokens, from, lex)) continue
    // "Hoyte van Hoytema", "Karim Bensaïd": a known given name or a surname particle gives a person's shape
    const personShape = !detLed && name.to - from >= 2 && (lex.firstNames.has((tokens[from] as Token).folded) || tokens.slice(from + 1, name.to - 1).some((t) => !t.cap && surnameParticles.has(t.lower)))
    if (noun && (!noun.comma || /^\s*[,(—–:]/.test(text.slice((tokens[long - 1] as Token).end)))) found = {to: long, type: noun.type}
    else if (cued) found = {to: long, type: 'Movie'}
    // "1. Harrow Lane" alone on its line: an item of a numbered list of works (the words under it may make it a film)
    else if (numberedHeading(source, start, (tokens[to - 1] as Token).end)) found = {to, type: 'CreativeWork'}
    else if (det && det.cap && from === name.from && glued(tokens, from) && numberedHeading(source, det.start, (tokens[to - 1] as Token).end)) {
      // ("Ten Thousand Lanterns": a first word the name finder left out, "ten" being a common word)
      from--
      found = {to, type: 'CreativeWork'}
    }
    // "the first feature by Maya X, premiered …": after "by" / "par" a name is the maker's
    // (but for a title its maker's credit follows: "représentée par Trois amies, d'Emmanuel Mouret")
    else if (['by', 'par'].includes((tokens[from - 1] as Token | undefined)?.lower ?? '') && glued(tokens, from) && !(credited && !personShape && !name.head)) continue
    // "le film d'action de Karim Bensaïd sorti le …": after "de" a given name and a surname are the maker's
    // (or the surname alone of a person the text names in full: "le premier long métrage de Demy, tourné à Nantes")
    else if (/^(de|d'|du)$/.test((tokens[from - 1] as Token | undefined)?.lower ?? '') && glued(tokens, from) && (personShape || (name.to - from === 1 && surnamesOfPeople.has((tokens[from] as Token).text)))) {
      // (the surname alone reads as that person: extract.ts types its name so when all its mentions read so)
      if (!personShape) personMentions?.add(name.start)
      continue
    }
    // ("by the Chilean Tomasa Urrutia, shot in one night": a name after an English nationality is a person's)
    else if (lang === 'en' && tokens[from - 1] && (tokens[from - 1] as Token).cap && wordClass((tokens[from - 1] as Token).lower, 'en') === 'demonym' && /^(by|the|a|an)$/.test(tokens[from - 2]?.lower ?? '') && glued(tokens, from) && glued(tokens, from - 1)) continue
    else if (!name.head || name.head.type === 'Place') {
      // after "à" / "in" only the strong cues (a year in brackets, italics) make a title of a name
      const weak = !placeBefore(tokens, from, lex) && (!name.head || name.head.type === 'Place')
      for (const end of long > to ? [long, to] : [to]) {
        // ("Les Mains de Rosa, de Lucía Ferraro": a given name closing a title opened by a capitalised determiner and "de")
        const givenName = (personShape || (!detLed && lex.firstNames.has((tokens[from] as Token).folded))) && !(end === dated && dated > to && name.to - from === 1) && !(lang === 'fr' && titleOpening(tokens, from, name.to, lex, lang) < from && makerCredit(tokens, end, lex))
        // ("consacrée à Beetlejuice Beetlejuice, de Tim Burton": after "à" a maker's credit still makes a title of a name no
        // list knows as a place)
        const after = workAfter(text, tokens, end, lex, lang, givenName, weak, givenName && personShape && lex.firstNames.has((tokens[from] as Token).folded)) ?? (!weak && !givenName && !name.head && end === credited && !lex.places.has((tokens[from] as Token).folded) ? 'Movie' : undefined)
        const type = after ?? (italic(source, start, (tokens[end - 1] as Token).end) ? 'CreativeWork' : undefined)
        if (type) {
          found = {to: end, type}
          break
        }
      }
    }
    if (!found) continue
    // "Toni Erdmann de Maren Ade": "de" and a given name and a surname closing the span are its maker, not the title's
    const maker = found.to - 3
    if (!detLed && maker > from && /^(de|d'|by)$/.test((tokens[maker] as Token).lower) && personNamed(tokens, maker + 1, lex) && !lex.places.has((tokens[maker + 2] as Token).folded)) found = {...found, to: maker}
    // "A Sailor's Dream": a possessive inside the title (not "Lindqvist's The Salt Road", a maker's)
    let first = from
    const owner = tokens[first - 1]
    if (!detLed && !owned && owner && owner.cap && /^['’]s\s+$/.test(text.slice(owner.end, start)) && sameSentence(tokens, first - 1, first)) {
      first--
      const det = tokens[first - 1]
      if (det && det.cap && titleDeterminers.has(det.lower) && glued(tokens, first)) first--
      // only when the words before are the title's own: capitalised from a determiner, or opening the clause
      if (first === from - 1 && tokens[first - 1] && glued(tokens, first) && !/^[,(]/.test(owner.before.trim())) first = from
    }
    if (first === from && !noun) first = titleOpening(tokens, from, name.to, lex, lang)
    // an honorific makes a person ("Mme Durand, sortie en 2019 de prison", "M. Roseman (1929)": a year of birth), but for
    // one word a maker's credit or an adaptation after it makes a work ("Mademoiselle Ogre, adapté d'un roman")
    // (French writes "M.", "Mme", "Dr" before people only: "M. Roseman (1929)" is a person whatever follows)
    const abbreviated = lang === 'fr' && first === from && !!tokens[from - 1] && lex.honorifics.has((tokens[from - 1] as Token).text) && (tokens[from - 1] as Token).text.length <= 4 && /^\.?\s+$/.test((tokens[from] as Token).before) && sameSentence(tokens, from - 1, from)
    // ("Madame Bovary (1991)": a spelled-out honorific and one word, then a year in brackets, is a title too)
    const datedTitle = (tokens[first] as Token).text.length > 4 && /^\s*\((1[89]|20)\d\d\)/.test(text.slice((tokens[found.to - 1] as Token).end, (tokens[found.to - 1] as Token).end + 8))
    if (abbreviated || (first < from && lex.honorifics.has((tokens[first] as Token).text) && !(found.to - from === 1 && !lex.firstNames.has((tokens[from] as Token).folded) && (adaptedOrCredited(tokens, found.to, lex) || datedTitle)))) continue
    const begin = (tokens[first] as Token).start
    const end = Math.max((tokens[found.to - 1] as Token).end, ...known.filter((k) => k.start === begin).map((k) => k.end))
    // (italics alone give the default type: the words around the title may still make it a film)
    works.push({start: begin, end, type: found.type, typed: !!noun || found.type === 'Movie'})
    while (n + 1 < names.length && (names[n + 1] as NameSpan).start < end) n++
  }
  // 3b. "la sortie des Oiseaux de nuit (Die Nachtvögel), Lion d'or … et nouveau film de …": after a
  // contracted article, a capitalised word opening a title, then an apposition naming a film
  if (lang === 'fr') works.push(...contractedTitles(source, text, tokens, names, lex, covered))
  // 4. an encyclopedic lead opened by a common word the name finder dropped ("Nuages bas est un film …")
  const inName = new Set<number>()
  for (const name of names) for (let k = name.from; k < name.to; k++) inName.add(k)
  for (const token of tokens) {
    if (!token.initial || !token.cap || token.allCaps || token.elision || !/^\p{L}[\p{L}-]+$/u.test(token.text) || inName.has(token.i) || covered(token.start, token.end)) continue
    if (lex.roles.has(token.lower) || lex.workNouns.has(token.lower) || leadPronouns.has(token.lower)) continue
    const common = lex.stopwords.has(token.lower) || titleDeterminers.has(token.lower) || determinerWords.has(token.lower)
    const long = common ? token.i + 1 : extendTitle(source, tokens, token.i + 1, lex, lang)
    const ends = common ? [] : long > token.i + 1 ? [long, token.i + 1] : [token.i + 1]
    // ("Touchez pas au grisbi est un film français", "Du rififi chez les hommes est un film": in French, a title in
    // sentence case, lower-case words only up to the verb of the lead)
    for (let end = token.i + 2; lang === 'fr' && end <= token.i + maxLeadTitle && tokens[end - 1] && !(tokens[end - 1] as Token).cap && glued(tokens, end - 1) && /^\p{L}/u.test((tokens[end - 1] as Token).text); end++) if (!ends.includes(end)) ends.push(end)
    for (const end of ends) {
      const type = filmPredicate(tokens, end, lex)
      if (!type) continue
      works.push({start: token.start, end: (tokens[end - 1] as Token).end, type, typed: true})
      break
    }
  }
  // 4b. "son court métrage Ce que la glace retient (2017)": after a work noun, a title opened by a capitalised function
  // word, closed by a year in brackets; "son César pour De son vivant, il …": in French, after a prize, a capitalised
  // function word inside a sentence opens a title of lower-case words that runs to the punctuation
  for (const token of tokens) {
    // ("Après 8 femmes (2002) de …": a small number opens such a title too)
    if (lang === 'fr' && /^\d{1,3}$/.test(token.text) && !covered(token.start, token.end)) {
      const dated = datedLowerTitle(text, tokens, token.i, lex)
      if (dated !== undefined && !covered(token.start, dated)) works.push({start: token.start, end: dated, type: 'Movie', typed: true})
      continue
    }
    if (!token.cap || token.initial || token.allCaps || !lex.stopwords.has(token.lower) || covered(token.start, token.end)) continue
    const noun = workNounBefore(tokens, token.i, lex, lang)
    const prize = lang === 'fr' && !noun && awardFor(tokens, token.i, lex)
    if ((!noun || noun.comma) && !prize) {
      // "ses rôles : Une affaire de femmes (1988), …", "avec Elle (2016) de …": in French, a capitalised function word inside
      // a sentence opens a title of lower-case words closed by a year in brackets (or its maker, then the year)
      if (lang === 'fr') {
        const dated = datedLowerTitle(text, tokens, token.i, lex)
        if (dated !== undefined && !covered(token.start, dated)) works.push({start: token.start, end: dated, type: 'Movie', typed: true})
      }
      continue
    }
    for (let k = token.i + 1; k < token.i + 9 && k < tokens.length && glued(tokens, k); k++) {
      const word = tokens[k] as Token
      const end = word.end
      if (prize) {
        // (lower-case words only, no verb, closed by punctuation: "pour De Gaulle" is a person)
        if (word.cap || !/^\p{L}[\p{L}'-]*$/u.test(word.text) || isFiniteVerb(word.lower, lang)) break
        const after = tokens[k + 1]
        if (after && glued(tokens, k + 1)) continue
        if (!covered(token.start, end) && (!after || /^\s*[,.;:)]/.test(after.before))) works.push({start: token.start, end, type: 'Movie', typed: true})
        break
      }
      if (!/^\s*\((1[89]|20)\d\d\)/.test(text.slice(end, end + 8))) continue
      if (!covered(token.start, end)) works.push({start: token.start, end, type: (noun as {type: WorkType}).type, typed: true})
      break
    }
  }
  // 4c. "dans Corps étrangers, polar sec de …", "Last year brought Salt Year, her sixth film": capitalised words inside a
  // sentence that the name finder dropped as common words, opening a title that a strong cue makes a work (a work noun
  // before it, a prize, a cast, a maker's credit, an apposition, a year in brackets after it)
  for (const token of tokens) {
    if (token.initial || !token.cap || token.allCaps || token.elision || !/^\p{L}[\p{L}-]*$/u.test(token.text) || inName.has(token.i) || covered(token.start, token.end)) continue
    const previous = tokens[token.i - 1]
    if ((previous && previous.cap && glued(tokens, token.i)) || lex.stopwords.has(token.lower) || determinerWords.has(token.lower) || lex.roles.has(token.lower) || lex.workNouns.has(token.lower)) continue
    if (lex.firstNames.has(token.folded) || lex.places.has(token.folded) || lex.honorifics.has(token.text) || lex.heads.has(token.lower) || wordClass(token.lower, lang) === 'demonym') continue
    let to = token.i + 1
    while (to < tokens.length && (tokens[to] as Token).cap && glued(tokens, to) && !inName.has(to) && !(tokens[to] as Token).allCaps) to++
    // (not the first words of a longer name: "Salt Lake City")
    if (tokens[to] && (tokens[to] as Token).cap && glued(tokens, to)) continue
    const noun = workNounBefore(tokens, token.i, lex, lang)
    const long = extendTitle(source, tokens, to, lex, lang)
    // ("revient avec Orages noirs,": a credit phrase before the title, extended over its lower-case words)
    const span: NameSpan = {from: token.i, to: long, start: token.start, end: (tokens[long - 1] as Token).end, text: text.slice(token.start, (tokens[long - 1] as Token).end), initial: false}
    const cued = (noun && !noun.comma) || awardFor(tokens, token.i, lex) || castIn(tokens, token.i, to, lex, lang, false) || creditBefore(tokens, token.i, span, lex, lang) || playedFrame(text, source, tokens, token.i, to, lex, lang, false)
    const weak = !placeBefore(tokens, token.i, lex)
    for (const end of long > to ? [long, to] : [to]) {
      const type = cued ? (noun?.type ?? 'Movie') : workAfter(text, tokens, end, lex, lang, false, weak)
      if (!type) continue
      const last = tokens[end - 1] as Token
      if (!covered(token.start, last.end)) works.push({start: token.start, end: last.end, type, typed: true})
      break
    }
  }
  // 5. "Blue Hours (Portuguese: Horas Azuis)", "X (titre original : Y)": a title in another language, in brackets
  works.sort((a, b) => a.start - b.start)
  for (const work of [...works]) {
    // (of two titles ending together, the longer one: "Blue Hours", not "Hours")
    if (work.aliasOf !== undefined || works.some((other) => other.end === work.end && other.start < work.start)) continue
    const label = originalTitle.exec(text.slice(work.end, work.end + 120))
    if (!label || !label[1]) continue
    const start = work.end + (label.index ?? 0) + label[0].length - label[1].length
    const end = start + label[1].replace(/\s+$/, '').length
    if (covered(start, end)) continue
    works.push({start, end, type: work.type, typed: work.typed, aliasOf: work.start})
  }
  // "No Country for Old Men is a 2007 American film": in English, the word opening a lead paragraph, which the name
  // finder dropped as a common word, opens the title the lead's film predicate follows
  if (lang === 'en' && works.length > 0) {
    const startingAt = new Map(tokens.map((token) => [token.start, token.i]))
    const endingAt = new Map(tokens.map((token) => [token.end, token.i]))
    for (const work of works) {
      const first = startingAt.get(work.start)
      const last = endingAt.get(work.end)
      if (first === undefined || last === undefined || work.aliasOf !== undefined) continue
      const opener = tokens[first - 1]
      const end = last + 1
      if (!opener || !tokens[end]) continue
      if (!opener.cap || opener.allCaps || !glued(tokens, first) || !(opener.i === 0 || opener.before.includes('\n')) || leadPronouns.has(opener.lower) || titleDeterminers.has(opener.lower) || discourseOpeners.has(opener.lower)) continue
      if (filmPredicate(tokens, end, lex)) work.start = opener.start
    }
  }
  // a title ending a longer one found by another cue is part of it ("Hours" in "Blue Hours")
  const kept = works.filter((work) => !works.some((other) => other.end === work.end && other.start < work.start))
  kept.sort((a, b) => a.start - b.start)
  return [...kept, ...repeats(text, kept, lex, personRead)].sort((a, b) => a.start - b.start)
}

/**
 * A bracket right after a title giving its name in another language: "(Portuguese: X)", "(original title: X)",
 * "(titre original : X)", "(en allemand : X)"; group 1 is the other title (up to the bracket, a semicolon or a comma).
 */
const originalTitle = /^[*_"»”’]*\s*\(\s*(?:(?:original|English|French|international) title|titre (?:original|français|international)|(?:en|in) \p{Ll}+|\p{Lu}\p{Ll}+(?: title)?)\s*:\s*[*_"«“]*\s*(\p{Lu}[^()*_"»”;,\n]{0,60})(?=[*_"»”]*\s*[);,])/u

/** Later (and earlier) occurrences of a title found by a cue, written the same way without the cue. */
function repeats(text: string, works: WorkMention[], lex: EntityLexicon, personRead: (start: number, end: number) => boolean): WorkMention[] {
  const out: WorkMention[] = []
  const taken = new Uint8Array(text.length + 1)
  for (const w of works) taken.fill(1, w.start, w.end)
  const seen = new Set<string>()
  for (const work of works) {
    const title = text.slice(work.start, work.end)
    if (seen.has(title) || title.length < 3 || !/^[\p{Lu}\p{N}]/u.test(title)) continue
    seen.add(title)
    for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + title.length)) {
      const end = at + title.length
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue
      // part of a longer name ("Angelo" in "Angelo Fresquet")
      // (not after a capitalised function word opening the sentence: "Dans Les Plages d'Agnès")
      const previous = /(\p{Lu}[\p{L}]*)[ \u00a0]+$/u.exec(text.slice(Math.max(0, at - 20), at))
      if (/^[ \u00a0]+\p{Lu}/u.test(text.slice(end, end + 3)) || (previous && !lex.stopwords.has((previous[1] as string).toLowerCase()))) continue
      if (taken.subarray(at, end).some((v) => v === 1)) continue
      // ("Elle (2016)" … "Elle enchaîne": a title that is one function word is said again inside a sentence only)
      if (lex.stopwords.has(title.toLowerCase()) && !/\p{Ll}[,;]?[ \u00a0]+$/u.test(text.slice(Math.max(0, at - 4), at))) continue
      // ("When Oppenheimer finally mutters": the man the film is named after, not the film)
      if (personRead(at, end)) continue
      // "Jaws" … "Universal released Jaws 2 in 1978": the title and a sequel's number is another work, the sequel
      const sequel = sequelEnd(text, end)
      if (sequel) {
        taken.fill(1, at, sequel)
        out.push({start: at, end: sequel, type: work.type, typed: false})
        continue
      }
      taken.fill(1, at, end)
      out.push({start: at, end, type: work.type, typed: false, ...(work.aliasOf !== undefined ? {aliasOf: work.aliasOf} : {})})
    }
    // "Les Veilleurs du nord" … "le plateau des Veilleurs du nord", "Le Pont" … "au Pont": French contracts the article
    // of a title with "de" and "à"; the title is said again without it
    const article = /^(Les|Le)\s+(?=\p{Lu})/u.exec(title)
    if (!article) continue
    const rest = title.slice(article[0].length)
    const contracted = article[1] === 'Les' ? /(^|[^\p{L}])(des|aux)\s+$/iu : /(^|[^\p{L}])(du|au)\s+$/iu
    for (let at = text.indexOf(rest); at >= 0 && rest.length >= 3; at = text.indexOf(rest, at + rest.length)) {
      const end = at + rest.length
      if (/[\p{L}\p{N}]/u.test(text[end] ?? '') || !contracted.test(text.slice(Math.max(0, at - 6), at))) continue
      if (/^[ \u00a0]+\p{Lu}/u.test(text.slice(end, end + 3)) || taken.subarray(at, end).some((v) => v === 1)) continue
      taken.fill(1, at, end)
      out.push({start: at, end, type: work.type, typed: false, ...(work.aliasOf !== undefined ? {aliasOf: work.aliasOf} : {})})
    }
  }
  return out
}

/** Words that may follow a sequel's number ("Jaws 2 in 1978", "X 2, de …", "X II est …"); not a quantity's unit ("X 2 millions"). */
const sequelFollowers = new Set(['in', 'en', 'by', 'par', 'and', 'et', 'or', 'ou', 'was', 'is', 'est', 'a', 'has', 'had', 'which', 'qui', 'que', 'who', 'with', 'avec', 'for', 'pour', 'opens', 'opened', 'sort', 'sortira', 'arrive', 'arrived', 'followed', 'came', 'comes', 'will', 'would', 'did'])

/**
 * The end of a sequel's number right after a title ("Jaws 2", "Rocky III"): a small number or a Roman numeral
 * closing its phrase (punctuation, the text's end or a function word or verb after it); undefined otherwise.
 */
function sequelEnd(text: string, end: number): number | undefined {
  const number = /^[ \u00a0]([2-9]|II|III|IV|VI)(?![\p{L}\p{N}]|[.,]\p{N})/u.exec(text.slice(end, end + 6))
  if (!number) return undefined
  const after = text.slice(end + number[0].length, end + number[0].length + 16)
  const word = /^[ \u00a0]+(\p{Ll}+)/u.exec(after)
  if (!/^[ \u00a0]*([.,;:!?)»"”]|[—–] |$)/u.test(after) && !(word && sequelFollowers.has(word[1] as string))) return undefined
  return end + number[0].length
}

/** Verbs a film is the subject of ("Oppenheimer follows", "X opens on Friday"): a title before them stays the film's. */
const filmSubjectVerbs = new Set(['follows', 'opens', 'opened', 'premieres', 'premiered', 'stars', 'starred', 'runs', 'ran', 'tells', 'chronicles', 'screens', 'screened', 'won', 'grossed', 'earned', 'begins', 'ends', 'closes', 'hits', 'arrives', 'suit', 'sort', 'raconte', 'retrace', 'dure', 'débute', 'commence', 'se', 'a', 'est', 'is', 'was', 'has'])

/** Words that open the object of a verb ("builds the bomb", "tells her"). */
const objectWords = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'him', 'them', 'it', 'that', 'to', 'with', 'about', 'himself', 'herself', 'up', 'out', 'back'])

/**
 * A film named after a person the text names in full ("Oppenheimer" … "J. Robert Oppenheimer"): whether the
 * bare mention at [start, end) is the person rather than the film, by the words right after it: a verb of
 * human action or speech ("Oppenheimer finally mutters", "Oppenheimer, the physicist") where a film would
 * take another verb ("Oppenheimer follows", "opens"). Without such words the mention stays the film's.
 */
function personReading(tokens: Token[], names: NameSpan[], lex: EntityLexicon, startIndex: Map<number, number>): (start: number, end: number) => boolean {
  const surnames = new Set<string>()
  for (const name of names) {
    if (name.to - name.from < 2 || name.head) continue
    const first = tokens[name.from] as Token
    if (lex.firstNames.has(first.folded) || /^\p{Lu}$/u.test(first.text)) surnames.add((tokens[name.to - 1] as Token).text)
  }
  return (start, end) => {
    const i = startIndex.get(start)
    if (i === undefined) return false
    const token = tokens[i] as Token
    if (token.end !== end || !surnames.has(token.text)) return false
    let k = i + 1
    // (one adverb may stand between: "finally mutters")
    if (tokens[k] && /ly$|ment$/.test((tokens[k] as Token).lower) && !(tokens[k] as Token).cap && glued(tokens, k)) k++
    const next = tokens[k]
    if (!next || !sameSentence(tokens, i, k) || next.cap) return false
    // "Oppenheimer, the physicist", "Oppenheimer, le physicien": a role in apposition
    if (k === i + 1 && /^\s*,\s*$/.test(next.before) && /^(the|a|le|la|l'|un|une)$/.test(next.lower) && roleEndingAt(tokens, k + 2, lex)) return true
    if (!glued(tokens, k) || filmSubjectVerbs.has(next.lower)) return false
    if (lex.cues.get(next.lower)?.has('person-after')) return true
    // an English verb in the third person, not a plural noun ("Oppenheimer tickets"): after an adverb ("finally
    // mutters"), or a known verb stem before an object or the clause's end ("builds the bomb")
    if (!/[^s']s$/.test(next.lower) || lex.workNouns.has(next.lower) || lex.roles.has(next.lower)) return false
    if (k > i + 1) return true
    const stem = next.lower.replace(/(?<=(?:sh|ch|ss|x|z))es$|s$/, '')
    const object = tokens[k + 1]
    return wordClass(stem, 'en') === 'common' && (!object || !sameSentence(tokens, k, k + 1) || /^\s*[,;:]/.test(object.before) || objectWords.has(object.lower))
  }
}

/** The work noun standing right before `tokens[at]` (a determiner or adjective may follow it). */
function workNounBefore(tokens: Token[], at: number, lex: EntityLexicon, lang: Lang): {type: WorkType; comma: boolean} | undefined {
  // "le directeur de la photographie X": the noun belongs to a role
  if (roleEndingAt(tokens, at, lex)) return undefined
  for (let back = 1; back <= 3; back++) {
    // punctuation between the noun and the title breaks the cue, but for a comma right after the noun
    const gap = (tokens[at - back + 1] as Token | undefined)?.before ?? ''
    // (not a closing quotation mark after the comma: "… its biographies," Jane said)
    const comma = back === 1 && /^\s*,\s*["«“]?\s*$/.test(gap) && !/^\s*,["”]\s/.test(gap)
    if (!glued(tokens, at - back + 1) && !/^\s*["«“]\s*$/.test(gap) && !comma) break
    for (let n = 1; n <= 2; n++) {
      const to = at - back + 1
      const from = to - n
      if (from < 0 || !sameSentence(tokens, from, at)) continue
      const type = lex.workNouns.get(phrase(tokens, from, to))
      if (type) return {type, comma}
    }
    // "un livre de souvenirs, « X »", "his book of portraits, X": a work noun and its complement, then a comma
    if (back === 1 && comma) {
      const noun = tokens[at - 3]
      const de = tokens[at - 2]
      const complement = tokens[at - 1]
      if (noun && de && complement && /^(de|d'|of)$/.test(de.lower) && !complement.cap && glued(tokens, at - 2) && glued(tokens, at - 1) && sameSentence(tokens, at - 3, at)) {
        const type = lex.workNouns.get(noun.lower)
        if (type && !lex.workNouns.has(complement.lower) && !lex.roles.has(complement.lower)) return {type, comma}
      }
    }
    const skipped = tokens[at - back]
    // "le film culte X": an adjective after a French work noun, never a verb ("the drama stars X")
    const adjective = lang === 'fr' && isModifier(skipped ?? tokens[0] as Token, lex) && !/(é|ée|és|ées|ed)$/.test(skipped?.lower ?? '') && !isFiniteVerb(skipped?.lower ?? '', lang)
    if (!skipped || skipped.cap || !(determinerWords.has(skipped.lower) || adjective)) break
    // ("the kind of comedy the Academy tends to reward": an English title capitalises its article; a lower-case one
    // after the noun opens a new noun phrase)
    if (lang === 'en' && /^(the|a|an)$/.test(skipped.lower)) break
  }
  return undefined
}

/**
 * "révélée en 2016 par X", "remarqué en 2019 dans X", "starred in 2010 in X": an acting or release cue with a year
 * inside it, right before `tokens[at]`.
 */
function datedCue(tokens: Token[], at: number, lex: EntityLexicon): boolean {
  const by = tokens[at - 1]
  const year = tokens[at - 2]
  const prep = tokens[at - 3]
  if (!by || !year || !prep || at < 4 || !/^(1[89]|20)\d\d$/.test(year.text) || !/^(en|in)$/.test(prep.lower)) return false
  for (let k = at - 2; k <= at; k++) if (!glued(tokens, k)) return false
  if (!glued(tokens, at - 3)) return false
  return !!lex.cues.get(`${(tokens[at - 4] as Token).lower} ${by.lower}`)?.has('work-before')
}

/**
 * Start of an English title reaching back from `tokens[from]` over one or two lower-case short words to the
 * capitalised words before them ("Children of the Thaw", "Vespers on the Canal", "Letters from the Flood").
 */
function titleStartBefore(source: string, tokens: Token[], from: number, lex: EntityLexicon): number {
  // (only spaces between the words: "*Paper Rivers* and *Ninety Winters*" are two titles)
  const plain = (k: number): boolean => glued(tokens, k) && /^\s+$/.test(source.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start))
  let start = from
  for (;;) {
    let j = start - 1
    while (j >= start - 2 && tokens[j] && !(tokens[j] as Token).cap && englishTitleWords.has((tokens[j] as Token).lower) && plain(j + 1)) j--
    if (j === start - 1 || j < 0) return start
    const word = tokens[j] as Token
    if (!word.cap || !plain(j + 1) || word.allCaps || lex.roles.has(word.lower) || lex.firstNames.has(word.folded) || lex.places.has(word.folded) || (lex.stopwords.has(word.lower) && !titleDeterminers.has(word.lower))) return start
    // ("of the" after a head noun belongs to a name: "the University of the Arts")
    if (lex.heads.has(word.lower)) return start
    // ("Adapted from Grey Harbour", "Set in Old Lisbon": a participle opening the sentence is no title's word)
    if (word.initial && j === k0(tokens, j) && (/(ed|ing)$/.test(word.lower) || participles.has(word.lower))) return start
    let k = j
    while (k > 0 && (tokens[k - 1] as Token).cap && plain(k) && !lex.firstNames.has((tokens[k - 1] as Token).folded) && (!lex.stopwords.has((tokens[k - 1] as Token).lower) || titleDeterminers.has((tokens[k - 1] as Token).lower))) k--
    start = k
  }
}

/** Small words a title keeps between its capitalised words and numbers ("Cléo de 5 à 7", "Le Comte de Monte Cristo"). */
const yearTitleWords = new Set(['de', "d'", 'du', 'des', 'à', 'au', 'aux', 'et', 'la', 'le', 'les', "l'", 'of', 'the', 'and', 'a', 'in', 'on', 'to', 'for'])

/**
 * "Cléo de 5 à 7 (1962)", "Le Comte de Monte Cristo (1998)", "Julie & Julia (2009)": the end of a title that runs from `tokens[to - 1]` over
 * small words, numbers and capitalised words up to a year in brackets, at most five words further; `to` when no
 * such year closes it (a verb, a comma or another word in between).
 */
function yearReach(source: string, tokens: Token[], to: number, lex: EntityLexicon, lang: Lang): number {
  // ("Julie & Julia (2009)": an ampersand joins two words of a title)
  const plain = (k: number): boolean => {
    const gap = source.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start)
    return (glued(tokens, k) && /^\s+$/.test(gap)) || ((tokens[k - 1] as Token).sentence === (tokens[k] as Token).sentence && /^ +& +$/.test(gap))
  }
  for (let k = to; k < to + 5 && k < tokens.length; k++) {
    const token = tokens[k] as Token
    if (!plain(k) && !(token.elision === false && /^\s*$/.test(token.before) && (tokens[k - 1] as Token).elision)) return to
    const word = token.cap ? !lex.roles.has(token.lower) && !lex.workNouns.has(token.lower) : /^\p{N}{1,3}$/u.test(token.text) || yearTitleWords.has(token.lower)
    if (!word || isFiniteVerb(token.lower, lang)) return to
    if (/^\s*\((1[89]|20)\d\d\)/.test(source.slice(token.end, token.end + 8)) && (token.cap || /^\p{N}/u.test(token.text))) return k + 1
  }
  return to
}

/** Words that may follow a title closing a credit phrase ("known for X and Y", "vue dans X où elle"). */
const creditFollowers = new Set(['and', 'or', 'in', 'with', 'opposite', 'alongside', 'which', 'that', 'who', 'where', 'to', 'at', 'is', 'was', 'has', 'had', 'et', 'ou', 'dans', 'avec', 'où', 'qui', 'que', 'face', 'aux', 'au', 'à', 'en', 'est', 'a', 'de', 'd\'', 'du', 'des', 'puis', 'then'])

/** Credit phrases before a title, per language (lexicon/credit-cues.tsv), "d'" written "de". */
const creditCues: (lang: Lang) => Set<string> = perLanguage((lang: Lang) => {
  const cues = new Set<string>()
  for (const [cue, rowLang] of loadRows(import.meta.url, 'lexicon/credit-cues.tsv')) if (cue && rowLang === lang) cues.add(cue)
  return cues
})

/**
 * "Murphy, a Nolan regular since Batman Begins", "le réalisateur d'Onoda", "vue dans Titane": a credit phrase right
 * before a name that has no person's, place's or organisation's shape (no head noun, no given name, no known place
 * or company, no acronym, not a possessive owner).
 */
function creditBefore(tokens: Token[], from: number, name: NameSpan, lex: EntityLexicon, lang: Lang): boolean {
  const first = tokens[from] as Token
  if (name.head || first.allCaps || lex.firstNames.has(first.folded) || lex.places.has(first.folded) || !glued(tokens, from)) return false
  const shape = wordClass(first.lower, lang)
  if (shape === 'person' || shape === 'place' || shape === 'organization') return false
  // (a word of an organisation's or a place's name anywhere in it: "Amnesty International", "Film Society")
  for (let k = name.from; k < name.to; k++) if (lex.heads.has((tokens[k] as Token).lower) || wordClass((tokens[k] as Token).lower, lang) === 'organization') return false
  // (the name closes its phrase: "known for X, and", "vue dans X et Y"; not "known for X campaigns", a modifier)
  const next = tokens[name.to]
  if (next && sameSentence(tokens, name.to - 1, name.to) && glued(tokens, name.to) && !next.cap && !creditFollowers.has(next.lower)) return false
  if (/^['’]/.test(next?.before ?? '')) return false
  const cues = creditCues(lang)
  for (let n = 1; n <= 3; n++) {
    const at = from - n
    if (at < 0 || !sameSentence(tokens, at, from)) return false
    for (let k = at + 1; k < from; k++) if (!glued(tokens, k)) return false
    const words = tokens.slice(at, from).map((t) => (t.lower === "d'" ? 'de' : t.lower))
    if (cues.has(words.join(' '))) return true
  }
  return false
}

/** Irregular English participles that open a sentence before a place or a title ("Set in", "Shot on"). */
const participles = new Set(['set', 'shot', 'made', 'written', 'told', 'born', 'seen', 'drawn', 'taken', 'known'])

/** Index of the first of the capitalised words glued before `tokens[j]` (itself when none). */
function k0(tokens: Token[], j: number): number {
  let k = j
  while (k > 0 && (tokens[k - 1] as Token).cap && glued(tokens, k)) k--
  return k
}

/** "Review: The Lantern Moth …": a title after a review label opening its line. */
function reviewLabel(tokens: Token[], from: number): boolean {
  const label = tokens[from - 1]
  const first = tokens[from] as Token
  if (!label || !/^\s*:\s*$/.test(first.before) || !/^(review|critique|recension)$/.test(label.lower)) return false
  return label.i === 0 || /\n/.test(label.before) || !!tokens[label.i - 1] && /^(film|movie)$/.test((tokens[label.i - 1] as Token).lower) && /\n/.test((tokens[label.i - 1] as Token).before)
}

/** "Oppenheimer review – Nolan splits the atom": a name opening a line, then "review" and a dash, a colon or the line's end. */
function reviewHeadline(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from] as Token
  const label = tokens[to]
  if ((from > 0 && !/\n/.test(first.before)) || !label || label.lower !== 'review' || !glued(tokens, to)) return false
  const after = tokens[to + 1]
  return !after || /[–—:\n]|\s-\s/.test(after.before)
}

/**
 * "whose Paper Tigers of Kyoto won the prize", "Ann Lee's Salt Road premiered in Berlin": a title of two words or more
 * owned by a person (a possessive or "whose"), then a verb of a film's career.
 */
function ownedWork(text: string, tokens: Token[], from: number, to: number, lex: EntityLexicon): boolean {
  const owner = tokens[from - 1]
  const first = tokens[from] as Token
  if (!owner || !sameSentence(tokens, from - 1, from)) return false
  const possessive = owner.cap && (/^['’]s\s+$/.test(text.slice(owner.end, first.start)) || (/^['’]\s+$/.test(text.slice(owner.end, first.start)) && /s$/.test(owner.text)))
  if (!possessive && !(owner.lower === 'whose' && glued(tokens, from))) return false
  const end = extendTitleEnd(tokens, to, lex)
  const verb = tokens[end]
  if (end - from >= 2 && lex.firstNames.has(first.folded)) return false
  if (end - from >= 2 && verb && glued(tokens, end) && ownedVerbs.has(verb.lower)) return true
  // "Angel Studios' Sound of Freedom, with …", "Dziga Vertov's Man with a Movie Camera, which …": a title of two words or
  // more owned by a person or a company and closing its clause; not what a place owns ("London's West End,"), nor a
  // name with a head noun ("Disney's Animal Kingdom Park,") or a role ("Netflix's Chief Content Officer,")
  if (end - from >= 2) {
    const words = tokens.slice(from, end).filter((t) => t.cap)
    const closed = !verb || !sameSentence(tokens, end - 1, end) || /^\s*[;.,:!?)—–]/.test(verb.before)
    return possessive && closed && !lex.places.has(owner.folded) && wordClass(owner.lower, 'en') !== 'place' && !words.some((t) => lex.heads.has(t.lower) || lex.roles.has(t.lower) || officeWords.test(t.lower)) && !(lex.places.has(first.folded) && words.length === end - from)
  }
  // "the same day as Greta Gerwig's Barbie;": one word owned by a person named in full (a given name, then the
  // surname with the possessive), closing its clause; not a place or a company ("Ann Lee's Paris"); a given name
  // there too is the film's ("Barbie"), a relative being named with a kin noun ("her daughter Mia")
  const given = tokens[from - 2]
  if (!possessive || end - from !== 1 || !given || !lex.firstNames.has(given.folded) || !glued(tokens, from - 1) || first.allCaps) return false
  if (lex.places.has(first.folded) || lex.heads.has(first.lower) || wordClass(first.lower, 'en') !== undefined) return false
  // ("Ann Lee's Jaws can still scare. The film opened …": the next sentence speaks of the film by anaphora)
  return !verb || !sameSentence(tokens, from, end) || /^\s*[;.,:!?)]/.test(verb.before) || (glued(tokens, end) && ownedVerbs.has(verb.lower)) || filmAnaphoraNext(tokens, from, lex)
}

/** "… Jaws can still scare. The film opened in 1975": the sentence after `tokens[at]`'s opens with "the film", "ce film". */
function filmAnaphoraNext(tokens: Token[], at: number, lex: EntityLexicon): boolean {
  const sentence = (tokens[at] as Token).sentence
  let k = at + 1
  while (k < tokens.length && (tokens[k] as Token).sentence === sentence) k++
  const det = tokens[k]
  const noun = tokens[k + 1]
  return !!det && !!noun && det.sentence === sentence + 1 && /^(the|this|that|le|ce)$/.test(det.lower) && glued(tokens, k + 1) && lex.workNouns.get(noun.lower) === 'Movie' && !lex.workNouns.has(tokens[k + 2]?.lower ?? '')
}

/** Words of an office a company's possessive may name ("Netflix's Chief Content Officer"): no title's words. */
const officeWords = /^(chief|officer|chairman|chairwoman|chair|founder|co-founder|boss|ceo|cfo|coo|spokesman|spokeswoman|spokesperson|vice|deputy|board)$/

/** Verbs of a film's career that follow its title ("won", "premiered", "screened"). */
const ownedVerbs = new Set(['won', 'premiered', 'premieres', 'screened', 'opened', 'opens', 'grossed', 'stars', 'starred', 'competed', 'played', 'swept'])

/** The end of a capitalised English run from `to` over short words ("Paper Tigers of Kyoto"), as extendTitle reads it. */
function extendTitleEnd(tokens: Token[], to: number, lex: EntityLexicon): number {
  let end = to
  for (let k = to; k < tokens.length && k < to + 7; k++) {
    const token = tokens[k] as Token
    if (!glued(tokens, k)) break
    if (token.cap && !lex.stopwords.has(token.lower)) {
      end = k + 1
      continue
    }
    let j = k
    while (j < k + 2 && tokens[j] && englishTitleWords.has((tokens[j] as Token).lower) && !(tokens[j] as Token).cap && glued(tokens, j)) j++
    if (j > k && tokens[j] && (tokens[j] as Token).cap && glued(tokens, j)) {
      k = j - 1
      continue
    }
    break
  }
  return end
}

/** A person named at `tokens[at]`: a given name, or two capitalised words that are no place, head or common word. */
function personNamed(tokens: Token[], at: number, lex: EntityLexicon): boolean {
  const first = tokens[at]
  if (!first || !first.cap || !glued(tokens, at) || first.allCaps || lex.stopwords.has(first.lower)) return false
  if (lex.firstNames.has(first.folded)) return true
  const second = tokens[at + 1]
  const plainName = (token: Token): boolean => token.cap && !token.allCaps && !lex.places.has(token.folded) && !lex.heads.has(token.lower) && !lex.stopwords.has(token.lower) && wordClass(token.lower, 'en') !== 'common'
  return !!second && glued(tokens, at + 1) && plainName(first) && plainName(second)
}

/**
 * "Best Documentary: “X,” Jane Doe", "Prix du public : « X »": a quotation right after a prize's label opening its line
 * (a list of winners) names the winning work.
 */
function prizeLabel(tokens: Token[], at: number, lex: EntityLexicon): boolean {
  if (!/^\s*:\s*["«“]\s*$/.test((tokens[at] as Token).before)) return false
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
    const token = tokens[k] as Token
    if (k < at - 1 && !glued(tokens, k + 1)) return false
    if (lex.cues.get(token.lower)?.has('award-context') || /^(prize|award|prix|mention|palme)$/.test(token.lower)) {
      let j = k
      while (j > 0 && glued(tokens, j) && j > at - 7) j--
      return j === 0 || /\n/.test((tokens[j] as Token).before)
    }
  }
  return false
}

/** "intitulée ironiquement "X"": a title cue two words before. */
function titleCueNear(tokens: Token[], at: number, lex: EntityLexicon): boolean {
  for (let back = 1; back <= 3; back++) {
    const token = tokens[at - back]
    if (!token || !sameSentence(tokens, at - back, at)) return false
    if (lex.cues.get(token.lower)?.has('title-before')) return true
  }
  return false
}

/**
 * Extend an unquoted title. French titles capitalise only their first word ("La Baie intérieure",
 * "Les Vents de passage", "Histoire d'une nuit"): take adjectives and "de" complements after it.
 * English titles leave short words in lower case ("Song of Ashes", "The Salt of Winter").
 */
export function extendTitle(source: string, tokens: Token[], to: number, lex: EntityLexicon, lang: Lang): number {
  let end = to
  // Markdown between two words ("*X* and *Y*") ends a title
  const plain = (k: number): boolean => glued(tokens, k) && /^\s+$/.test(source.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start))
  if (lang === 'en') {
    for (let k = to; k < tokens.length && k < to + 7; k++) {
      const token = tokens[k] as Token
      // "The Lamplighter’s Daughter": a possessive between two capitalised words of the title
      const owned = k === end && /^['’]s\s+$/.test(source.slice((tokens[k - 1] as Token).end, token.start)) && (tokens[k - 1] as Token).cap && sameSentence(tokens, k - 1, k)
      if (!plain(k) && !owned) break
      if (token.cap && !lex.roles.has(token.lower) && (!owned || (!lex.stopwords.has(token.lower) && !lex.firstNames.has(token.folded)))) {
        end = k + 1
        continue
      }
      if (owned) break
      // "Harbour Music for the Deaf", "Man with a Movie Camera": one or two short words, then a capitalised word
      // (not a given name: "X with Jane Doe" names the cast)
      let j = k
      while (j < k + 2 && tokens[j] && englishTitleWords.has((tokens[j] as Token).lower) && !(tokens[j] as Token).cap && (j === k || plain(j))) j++
      const after = tokens[j]
      if (j > k && after && after.cap && plain(j) && !lex.firstNames.has(after.folded) && !lex.stopwords.has(after.lower)) {
        k = j - 1
        continue
      }
      break
    }
    return end
  }
  for (let k = to, taken = 0; k < tokens.length && taken < 4; taken++) {
    const token = tokens[k] as Token
    if (!plain(k) || token.cap) break
    if (complementWords.has(token.lower)) {
      let j = k + 1
      if (tokens[j] && articleWords.has((tokens[j] as Token).lower) && glued(tokens, j)) j++
      const target = tokens[j]
      if (!target || !glued(tokens, j) || lex.stopwords.has(target.lower) || lex.roles.has(target.lower) || /^\p{N}/u.test(target.text)) break
      if (target.cap && lex.places.has(target.folded) === false && lex.firstNames.has(target.folded)) break
      end = j + 1
      k = j + 1
      continue
    }
    if (innerWords.has(token.lower)) {
      // "Dernier Bus pour Tozeur", "Le Pont sans rives", "La Rivière qui chante": only when the title ends there
      let j = k + 1
      if (tokens[j] && articleWords.has((tokens[j] as Token).lower) && glued(tokens, j)) j++
      const target = tokens[j]
      const after = tokens[j + 1]
      if (!target || !plain(j) || lex.stopwords.has(target.lower) || !/^\p{L}+$/u.test(target.text) || (after && glued(tokens, j + 1))) break
      end = j + 1
      break
    }
    // ("Dernier été à Tanger": right after a word of the title, "été" is the season, never the participle)
    const summer = token.lower === 'été'
    if (lex.stopwords.has(token.lower) || titleStops.has(token.lower) || lex.roles.has(token.lower) || lex.workNouns.has(token.lower) || (isFiniteVerb(token.lower, lang) && !summer)) break
    if (!/^\p{L}+$/u.test(token.text)) break
    const after = tokens[k + 1]
    if (/(é|ée|és|ées)$/.test(token.lower) && !summer && after && glued(tokens, k + 1) && !after.cap) break
    end = k + 1
    k++
  }
  return end
}

/** The type a title gets from what follows it: "(2019)", ", premier film de", "sorti en", "est un film", "réalisé par". */
function workAfter(text: string, tokens: Token[], at: number, lex: EntityLexicon, lang: Lang, givenName: boolean, weak: boolean, fullName = false): WorkType | undefined {
  const last = tokens[at - 1] as Token
  const after = text.slice(last.end, last.end + 80)
  const bracket = /^\s*\((?:([^()\d]{0,40}),\s*)?(1[89]|20)\d\d\)/.exec(after)
  if (bracket && !/\b(born|né|née|died|mort|morte|b|d)\b/i.test(bracket[1] ?? '') && !givenName) return 'Movie'
  // "X (dir. Anna Berg)", "X (réal. Paul Roux, 2019)": a director's credit in brackets after a title
  if (!givenName && /^\s*\(\s*(?:dir|réal|real)\.\s*\p{Lu}/u.test(after)) return 'Movie'
  // "X (52 min)", "X (France, 2025, 1 h 42)": a running time in brackets after a title (not after its maker's
  // name: "X, de Rui Andrade (Portugal, 2024, 2 h 05)")
  if (!givenName && !makerBefore(tokens, at) && /^\s*\([^()]{0,40}?(?<![\p{L}\d])\d{1,3}\s*(?:min|mn|minutes|h\s*\d{2})(?![\p{L}])[^()]{0,20}\)/u.test(after)) return 'Movie'
  // "X de Paul Ardanet (1962)", "X by Jane Doe (2019)": a maker then a year
  if (!givenName && /^,?\s+(de|d['’]|by)\s*\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+){0,2}\s*\((1[89]|20)\d\d\)/u.test(after)) return 'Movie'
  const next = tokens[at]
  // the punctuation after the title, without the closing quotation mark or emphasis ("« X », le tube de")
  const sep = next ? next.before.replace(/[»"”’*_]/g, '').trim() : ''
  // "in X, opposite Jane Doe": a part played against another actor (strong: also after "in")
  // ("in Trafalgar Square, opposite Nelson's Column": not after the name of a place)
  const placeName = (): boolean => {
    for (let k = at - 1; k >= 0 && k >= at - 6 && (tokens[k] as Token).cap; k--) if (lex.places.has((tokens[k] as Token).folded) || lex.heads.get((tokens[k] as Token).lower)?.type === 'Place') return true
    return false
  }
  if (!givenName && next && sameSentence(tokens, at - 1, at) && sep === ',' && next.lower === 'opposite' && personNamed(tokens, at + 1, lex) && !placeName()) return 'Movie'
  // "X stars Jane Doe as …": the film stars its cast (not "X stars as", "X stars in": a person)
  if (!givenName && next && glued(tokens, at) && /^(stars|co-stars|starred)$/.test(next.lower) && personNamed(tokens, at + 1, lex)) return 'Movie'
  if (!next || !sameSentence(tokens, at - 1, at) || !weak) return undefined
  const maker = tokens[at + 1]
  if (!givenName && makerCredit(tokens, at, lex)) return 'Movie'
  // "X, by the Kazakh director Aigerim Kassymova", "X, by the Peruvian Mateo Pizarro": in English, its maker named by
  // a nationality, a role or both
  if (!givenName && sep === ',' && next.lower === 'by') {
    let k = at + 1
    if (tokens[k] && /^(the|a|an)$/.test((tokens[k] as Token).lower) && glued(tokens, k)) k++
    const demonym = tokens[k]
    if (demonym && demonym.cap && glued(tokens, k) && demonym.text.split('-').every((part) => wordClass(part.toLowerCase(), 'en') === 'demonym')) {
      k++
      let r = k
      while (r < k + 3 && tokens[r] && !(tokens[r] as Token).cap && glued(tokens, r)) r++
      const role = r > k ? roleEndingAt(tokens, r, lex) : undefined
      if ((r === k || (role && role.from === k)) && personNamed(tokens, r, lex)) return 'Movie'
    }
  }
  // "L'Aube, de la réalisatrice Ana Ruiz", "X, by director Ann Lee": its maker, named by a role
  if (!givenName && sep === ',' && /^(de|d'|by)$/.test(next.lower)) {
    let k = at + 1
    if (tokens[k] && /^(la|l'|le)$/.test((tokens[k] as Token).lower) && glued(tokens, k)) k++
    let r = k
    while (r < k + 3 && tokens[r] && !(tokens[r] as Token).cap && glued(tokens, r)) r++
    const role = r > k ? roleEndingAt(tokens, r, lex) : undefined
    if (role && role.from === k && (tokens[r] as Token | undefined)?.cap && glued(tokens, r) && lex.workNouns.get((tokens[k] as Token).lower) === undefined) return 'Movie'
  }
  // ("Karim Bensaïd sorti le …", "Hoyte van Hoytema shot on …": not after a person's shape)
  if (!givenName && cuesAfter(tokens, at, lex).has('work-after')) return 'Movie'
  // "The Long Count, which follows the boxing coach …": a sentence opened by a title and what the film follows
  const opener = (): boolean => {
    let k = at - 1
    while (k > 0 && glued(tokens, k) && (tokens[k - 1] as Token).cap) k--
    return (tokens[k] as Token).initial
  }
  if (!givenName && sep === ',' && /^(which|qui)$/.test(next.lower) && /^(follows|suit|chronicles|retrace)$/.test(tokens[at + 1]?.lower ?? '') && glued(tokens, at + 1) && opener()) return 'Movie'
  if (sep === ',') {
    // "X, sorti en 2019", "X, which premiered": not a verb with its own subject ("Y, was released")
    // (a person named in full takes participles too: "Jane Doe, born in", "the unionist Jane Doe, released in 1984")
    // (a release phrase of one to three words from token `from`; in a relative clause, the relative-only ones too)
    const released = (from: number, relative: boolean): boolean => {
      for (let n = 1; n <= 3; n++) {
        const cues = lex.cues.get(phrase(tokens, from, from + n))
        if (cues?.has('work-after') || cues?.has('release-after') || (relative && cues?.has('relative-after'))) return true
      }
      return false
    }
    if (!auxiliaries.has(next.lower) && (!givenName || next.lower === 'which' || (!fullName && /(é|ée|és|ées|ed)$/.test(next.lower))) && released(at, false)) return 'Movie'
    // "X, which opens on July 28", "X, qui sort le 12 mars": a relative clause whose verb releases or shows a work
    if (!givenName && /^(which|that|qui)$/.test(next.lower) && released(at + 1, true)) return 'Movie'
    // (French "a" is the verb: "X, a salué le film" is no apposition)
    const determiner = (token: Token): boolean => determinerWords.has(token.lower) && !(lang === 'fr' && token.lower === 'a')
    // apposition: ", troisième long métrage de", ", the 2019 Macedonian film", ", son premier documentaire"
    // (not after a person named in full: "the critic Jane Doe, the film's harshest reader")
    for (let k = at, skipped = 0; !fullName && k < tokens.length && skipped < 5; k++, skipped++) {
      // ("Y, Ann Lee's $2 million debut": a currency sign before an amount)
      if (k > at && !glued(tokens, k) && !(/^['’]s\s+$/.test((tokens[k] as Token).before) && (tokens[k - 1] as Token).cap && sameSentence(tokens, k - 1, k)) && !(/^(?:['’]s)?\s+[$€£]$/.test((tokens[k] as Token).before) && /^\p{N}/u.test((tokens[k] as Token).text) && sameSentence(tokens, k - 1, k))) break
      // ("X, Jane Doe's three-hour epic", "X, her portrait of …": nouns that make a work in an apposition only, not after a
      // person's given name)
      // (only after one determiner or an owner opening the apposition, then modifiers: not "X, tells the story", "X, a salué
      // une adaptation")
      const plainNounPhrase = (determiner(tokens[at] as Token) || (tokens[at] as Token).cap) && !tokens.slice(at + 1, k).some(determiner)
      const described = givenName || !plainNounPhrase ? undefined : appositionNouns().get(phrase(tokens, k, k + 2)) ?? appositionNouns().get((tokens[k] as Token).lower)
      const two = lex.workNouns.get(phrase(tokens, k, k + 2)) ?? (appositionNouns().has(phrase(tokens, k, k + 2)) ? described : undefined)
      const type = two ?? lex.workNouns.get((tokens[k] as Token).lower) ?? described
      if (type) {
        // "X, le film de Y" but not "X, le film sortira …" (a new clause with its own subject)
        let f = k + (two ? 2 : 1)
        // (nor "Marin X, the film's producer": a possessive makes the noun the owner of what follows)
        if (/^['’]s\s/u.test(tokens[f]?.before ?? '')) return undefined
        // ("X, polar sec de la cinéaste", "X, a quiet drama by": one or two adjectives may follow the noun)
        while (f < k + (two ? 4 : 3) && tokens[f] && glued(tokens, f) && !appositionFollowers.has((tokens[f] as Token).lower) && isModifier(tokens[f] as Token, lex) && !isFiniteVerb((tokens[f] as Token).lower, 'fr') && !isFiniteVerb((tokens[f] as Token).lower, 'en') && appositionFollowers.has(tokens[f + 1]?.lower ?? '')) f++
        const follower = tokens[f]
        if (!follower || !glued(tokens, f) || appositionFollowers.has(follower.lower)) return type
        return undefined
      }
      const word = tokens[k] as Token
      // ("Barbie, Greta Gerwig's comedy": a capitalised owner right after the comma, closed by a possessive)
      if (!(determiner(word) || /^\p{N}+$/u.test(word.text) || isModifier(word, lex) || (word.cap && (k > at || ownerAt(text, tokens, k))))) break
    }
  }
  return filmPredicate(tokens, at, lex)
}

/** True when the capitalised words ending before `tokens[at]` follow a maker's "de", "by" or "par" ("de Rui Andrade"). */
function makerBefore(tokens: Token[], at: number): boolean {
  let k = at - 1
  while (k > 0 && (tokens[k - 1] as Token).cap && glued(tokens, k)) k--
  const before = tokens[k - 1]
  return !!before && glued(tokens, k) && /^(de|d'|du|by|par)$/.test(before.lower)
}

/**
 * "L’Aube grise, de Simon Ferrandi", "X, de Delphine et Muriel Coulin", "Le Silence des sternes, de la Norvégienne Solveig
 * Aasrud", "X, du Brésilien Walter Salles": right after the title ending before `tokens[at]`, a comma, "de" or "by" and its
 * maker, named by a given name and a surname or by a nationality and a name.
 */
function makerCredit(tokens: Token[], at: number, lex: EntityLexicon): boolean {
  const next = tokens[at]
  if (!next || !sameSentence(tokens, at - 1, at) || next.before.replace(/[»"”’*_]/g, '').trim() !== ',') return false
  const maker = tokens[at + 1]
  const second = tokens[at + 2]
  if (/^(de|d'|by)$/.test(next.lower) && maker && maker.cap && second && glued(tokens, at + 2)) {
    // "Solmar, de Kadi Wane, pour …": a maker's name the lists do not know, closed by punctuation
    const closed = (k: number): boolean => !tokens[k] || !glued(tokens, k) || /^\s*[,.;:)(]/.test((tokens[k] as Token).before)
    if (second.cap && (lex.firstNames.has(maker.folded) || (!lex.places.has(maker.folded) && (closed(at + 3) || ((tokens[at + 3] as Token | undefined)?.cap && closed(at + 4)))))) return true
    // ("de Delphine et Muriel Coulin": two makers sharing a surname)
    if (/^(et|and|&)$/.test(second.lower) && lex.firstNames.has(maker.folded) && personNamed(tokens, at + 3, lex)) return true
  }
  // "de la Norvégienne Solveig Aasrud", "du Brésilien Walter Salles": its maker, named by nationality
  const article = /^(de|d')$/.test(next.lower) && maker && /^(la|l'|le)$/.test(maker.lower) && glued(tokens, at + 1)
  const k = article ? at + 2 : next.lower === 'du' ? at + 1 : -1
  const nationality = tokens[k]
  return k > 0 && !!nationality && glued(tokens, k) && demonymNoun.test(nationality.text) && !lex.places.has(nationality.folded) && !!(tokens[k + 1] as Token | undefined)?.cap && glued(tokens, k + 1)
}

/**
 * "En 2001, La Pianiste de Michael Haneke lui vaut …", "Les Amants du quai de Marcel Lévy": in French, a name opened by a
 * capitalised article inside a sentence, then (over its lower-case words) "de" and a person named by a given name and a
 * surname: the title and its maker. Not a name with a head noun ("La Fondation de Jean Dupont"), nor one opening a sentence.
 */
function makerNamedAfter(source: string, tokens: Token[], from: number, to: number, lex: EntityLexicon): boolean {
  const det = tokens[from] as Token
  if (!det.cap || det.initial || !tokens[from - 1] || !sameSentence(tokens, from - 1, from)) return false
  for (let k = from + 1; k < to; k++) if (lex.heads.has((tokens[k] as Token).lower) || lex.places.has((tokens[k] as Token).folded)) return false
  const end = extendTitle(source, tokens, to, lex, 'fr')
  const de = tokens[end]
  const given = tokens[end + 1]
  const surname = tokens[end + 2]
  return !!de && !!given && !!surname && /^(de|d')$/.test(de.lower) && glued(tokens, end) && glued(tokens, end + 1) && glued(tokens, end + 2) && lex.firstNames.has(given.folded) && surname.cap && !surname.allCaps && !lex.places.has(surname.folded) && !lex.heads.has(surname.lower)
}

/** "X, de Jean Dupont", "X, adapté d'un roman": a maker's credit or an adaptation after a title ending before `tokens[at]`. */
function adaptedOrCredited(tokens: Token[], at: number, lex: EntityLexicon): boolean {
  if (makerCredit(tokens, at, lex)) return true
  const next = tokens[at]
  return !!next && /^\s*,\s*$/.test(next.before) && /^(adapt|tiré|tirée)/.test(next.lower) && [2, 3].some((n) => lex.cues.get(phrase(tokens, at, at + n))?.has('release-after'))
}

/**
 * The first word of a title found by the words after it (a maker's credit, a year) that the name finder left out:
 * an honorific ("Mademoiselle Ogre, adapté d'un roman"), or in French a capitalised name opened
 * by a capitalised determiner, then "de" ("La Passion de Dodin Bouffant, de …": the name finder split at "de").
 * `from` when there is none.
 */
function titleOpening(tokens: Token[], from: number, to: number, lex: EntityLexicon, lang: Lang): number {
  const previous = tokens[from - 1]
  const first = tokens[from] as Token
  if (!previous || !glued(tokens, from)) return from
  if (previous.cap && lex.honorifics.has(previous.text)) return from - 1
  if (lang !== 'fr') return from
  // (capitalised words the name finder left out may stand between "de" and the title's name: "de Dorvan Kessel")
  let at = from
  while (at > from - 2 && (tokens[at - 1] as Token | undefined)?.cap && glued(tokens, at) && !(tokens[at - 1] as Token).initial) at--
  const de = tokens[at - 1]
  if (!de || !/^(de|d'|du|des)$/.test(de.lower) || !glued(tokens, at) || !glued(tokens, at - 1)) return from
  // (one to three capitalised words between the determiner and "de": "La Passion de", "Le Dernier Été de")
  for (let det = at - 3; det >= at - 5 && det >= 0; det--) {
    const noun = tokens[det + 1] as Token
    const determiner = tokens[det] as Token
    if (!noun.cap || noun.allCaps || !glued(tokens, det + 1) || lex.heads.has(noun.lower) || lex.roles.has(noun.lower) || lex.places.has(noun.folded) || lex.workNouns.has(noun.lower) || lex.firstNames.has(noun.folded) || lex.stopwords.has(noun.lower)) return from
    if (determiner.cap && titleDeterminers.has(determiner.lower)) return det
  }
  return from
}

/**
 * "Nicole Kidman dans Babygirl", "donne la réplique à Paul Dupont dans Corps étrangers": in French, a name right after
 * "dans" and a person named in full (a given name, then capitalised words) is the film they play in; a place takes
 * "à" in French, and the lists know the places, given names and papers ("dans Libération") that would read otherwise.
 */
function castIn(tokens: Token[], from: number, to: number, lex: EntityLexicon, lang: Lang, headed: boolean): boolean {
  const dans = tokens[from - 1]
  const first = tokens[from] as Token
  if (lang !== 'fr' || !dans || dans.lower !== 'dans' || !glued(tokens, from) || first.allCaps || first.elision) return false
  if (headed || lex.places.has(first.folded) || lex.firstNames.has(first.folded) || lex.stopwords.has(first.lower) || determinerWords.has(first.lower) || lex.roles.has(first.lower)) return false
  for (let k = from; k < to; k++) if (lex.places.has((tokens[k] as Token).folded)) return false
  if (lex.media.has(nameKey(phrase(tokens, from, to)))) return false
  // the person: capitalised words (an initial among them) glued before "dans", the first a known given name
  let k = from - 2
  if (!tokens[k] || !(tokens[k] as Token).cap || !glued(tokens, from - 1)) return false
  // ("William S. Burroughs": an initial and its full stop inside the name)
  const joined = (j: number): boolean => glued(tokens, j) || (/^\.\s+$/.test((tokens[j] as Token).before) && /^\p{Lu}$/u.test((tokens[j - 1] as Token).text))
  while (k > 0 && (tokens[k - 1] as Token).cap && joined(k) && from - 1 - k < 4) k--
  const given = tokens[k] as Token
  if (from - 1 - k < 2 || !lex.firstNames.has(given.folded)) return false
  for (let j = k + 1; j < from - 1; j++) if (lex.places.has((tokens[j] as Token).folded) || lex.heads.has((tokens[j] as Token).lower)) return false
  return true
}

/**
 * A frame of playing a part around a name with no head noun: "played a pupil in X", "X, in which she plays …" (the
 * relative clause after the name or after the title its lower-case words extend it to).
 */
function playedFrame(text: string, source: string, tokens: Token[], from: number, to: number, lex: EntityLexicon, lang: Lang, headed: boolean): boolean {
  if (headed) return false
  return playedIn(tokens, from, lex, lang) || playedInWhich(text, tokens, from, to, lex) || playedInWhich(text, tokens, from, extendTitle(source, tokens, to, lex, lang), lex)
}

/** "Greta Gerwig's", "Nolan's": capitalised words from `tokens[k]` whose last one takes a possessive. */
function ownerAt(text: string, tokens: Token[], k: number): boolean {
  for (let j = k; j < k + 3 && tokens[j] && (tokens[j] as Token).cap && (j === k || glued(tokens, j)); j++) {
    const next = tokens[j + 1]
    if (next && /^['’]s\s+[$€£]?$/.test(text.slice((tokens[j] as Token).end, next.start))) return true
  }
  return false
}

/** Lower-case particles inside a person's name ("Hoyte van Hoytema", "Ibn al Haytham"); French "de" is left out (titles use it). */
const surnameParticles = new Set(['van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'ibn', 'ben', 'al', 'el', 'da', 'dos', 'das', 'di', 'del', 'della', 'zu'])

/** True when `[start, end)` fills a line of its own after a list number ("1. X", "2) *X*"). */
function numberedHeading(text: string, start: number, end: number): boolean {
  return /(^|\n)[ \t#]*\d{1,2}[.)][ \t]*[*_]{0,2}$/.test(text.slice(Math.max(0, start - 12), start)) && /^[*_]{0,2}[ \t]*(\n|$)/.test(text.slice(end, end + 6))
}

/** Whether Markdown emphasis with one star or underscore wraps the span in the source. */

function italic(source: string, start: number, end: number): boolean {
  const open = source[start - 1]
  const close = source[end]
  return (open === '*' || open === '_') && open === close && source[start - 2] !== open && source[end + 1] !== open
}

/**
 * "Une affaire de femmes (1988)", "Elle (2016) de Paul Dupont", "Un condamné s'est échappé, de Jean Dupont (1956)": the end
 * offset of a title opened by the capitalised function word `tokens[at]` inside a sentence, running over at most eight
 * lower-case words (no capitalised one, no punctuation) up to a year in brackets, or up to its maker and then the year;
 * undefined otherwise.
 */
function datedLowerTitle(text: string, tokens: Token[], at: number, lex: EntityLexicon): number | undefined {
  const opener = tokens[at] as Token
  // "8 femmes (2002)": a small number opening it, not after a determiner or a preposition of quantity ("ses 3 films (2002)")
  const number = /^\d{1,3}$/.test(opener.text) && !determinerWords.has(tokens[at - 1]?.lower ?? '') && !/^(des|ces|mes|tes|nos|vos|leurs|en|pour|sur|de|d'|à|les)$/.test(tokens[at - 1]?.lower ?? '')
  const counted = tokens[at + 1]
  if (number && (!counted || lex.workNouns.has(counted.lower) || lex.roles.has(counted.lower) || /^(ans?|années?|mois|jours?|semaines?|heures?|minutes?|fois|millions?|milliards?|euros?|dollars?|entrées|spectateurs|copies|salles|écrans|prix|récompenses|nominations?|titres?|épisodes?|saisons?)$/.test(counted.lower))) return undefined
  if (!number && (!opener.cap || opener.initial || opener.allCaps || !lex.stopwords.has(opener.lower))) return undefined
  if (!tokens[at - 1] || !sameSentence(tokens, at - 1, at)) return undefined
  for (let k = at + (number ? 1 : 0); k < at + 8 && k < tokens.length; k++) {
    const word = tokens[k] as Token
    if (k > at && (!glued(tokens, k) || word.cap || !/^\p{L}[\p{L}'’-]*$/u.test(word.text))) return undefined
    const after = text.slice(word.end, word.end + 60)
    if (/^\s*\((1[89]|20)\d\d\)/.test(after) || /^,?\s+(de|d['’])\s*\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+){1,2}\s*\((1[89]|20)\d\d\)/u.test(after)) return word.end
  }
  return undefined
}

/** Conjunctions and discourse adverbs that open a sentence of a review, not a title ("But X is a film about grief"). */
const discourseOpeners = new Set(['and', 'but', 'or', 'yet', 'so', 'also', 'however', 'still', 'meanwhile', 'instead', 'indeed', 'thus', 'hence', 'then', 'sadly', 'happily', 'luckily', 'ultimately', 'finally'])
/** The most words of a title in sentence case that opens an encyclopedic lead ("Du rififi chez les hommes est un film"). */
const maxLeadTitle = 8
/** Pronouns and demonstratives that open a sentence about a work without naming it ("Il est un film …", "Ce film est …"). */
const leadPronouns = new Set(['il', 'elle', 'ce', 'cet', 'cette', 'ceci', 'cela', 'ça', 'on', 'it', 'this', 'that', 'he', 'she', 'there', 'here'])

/** "X est le premier film", "X is a documentary", "X, réalisé par": the type X gets, if any. */
function filmPredicate(tokens: Token[], at: number, lex: EntityLexicon): WorkType | undefined {
  const after = cuesAfter(tokens, at, lex)
  const token = tokens[at]
  if (!token || !sameSentence(tokens, at - 1, at)) return undefined
  if (after.has('agent-before') && /(réalis|direct|mis en)/.test(phrase(tokens, at, at + 2))) return 'Movie'
  if (token.before.trim() === ',' && /^(réalisé|réalisée|directed)$/.test(token.lower)) return 'Movie'
  // an encyclopedic lead: "X (Portuguese: Y) is a 2016 documentary film", "X (1998) est un film"
  let verb = at
  if (/^\s*\($/.test(token.before)) {
    while (verb < at + 12 && tokens[verb + 1] && !/\)/.test((tokens[verb + 1] as Token).before)) verb++
    verb++
    if (!tokens[verb] || !/^\)\s+$/.test((tokens[verb] as Token).before) || (tokens[verb] as Token).sentence !== token.sentence) return undefined
  } else if (!glued(tokens, at)) return undefined
  if (!copulas.has((tokens[verb] as Token).lower)) return undefined
  // ("X is Anna Berg's third feature": an owner's name in the genitive may open the noun phrase)
  const genitive = (k: number): boolean => /^['’]s\s+$/.test(tokens[k]?.before ?? '')
  let owner = false
  for (let k = verb + 1; k < verb + 7 && k < tokens.length; k++) {
    const word = tokens[k] as Token
    if (!glued(tokens, k) && !(genitive(k) && owner)) return undefined
    if (word.cap && !owner && k === verb + 1) {
      let end = k
      while (end < k + 3 && (tokens[end + 1] as Token | undefined)?.cap && glued(tokens, end + 1)) end++
      if (genitive(end + 1)) {
        owner = true
        k = end
        continue
      }
    }
    const type = lex.workNouns.get(word.lower) ?? lex.workNouns.get(phrase(tokens, k, k + 2))
    // ("X is a Dutch film director": a work noun before a role names the person's trade)
    // (in French a role noun right after the work noun is an adjective of genre: "un film policier")
    if (type) return roleAfterNoun(tokens, k, lex, frenchCopulas.has((tokens[verb] as Token).lower)) ? undefined : type
    // only determiners, numbers and adjectives stand between the verb and the noun ("est le troisième film",
    // "is a 2016 Portuguese-French documentary")
    const demonym = word.cap && word.text.split('-').every((part) => wordClass(part.toLowerCase(), 'en') === 'demonym' || wordClass(part.toLowerCase(), 'fr') === 'demonym' || /^\p{Lu}\p{Ll}+(ish|ese|ian|an|ic|i)$/u.test(part))
    if ((word.cap && !demonym) || !(demonym || determinerWords.has(word.lower) || /^\p{N}+$/u.test(word.text) || /^(l'un|l'une|one|of|des|d')$/.test(word.lower) || (isModifier(word, lex) && !/ing$/.test(word.lower)))) return undefined
  }
  return undefined
}

/** "film director", "documentary maker", "film de réalisateur": a role right after the work noun at `tokens[k]` (one or two words). */
function roleAfterNoun(tokens: Token[], k: number, lex: EntityLexicon, french = false): boolean {
  for (let n = 1; n <= 2; n++) {
    const next = tokens[k + n]
    if (!next || !glued(tokens, k + n)) return false
    if ((lex.roles.has(next.lower) && !french) || /^(maker|makers|critic|critics|buff|industry|festival|school)$/.test(next.lower)) return true
    if (!lex.workNouns.has(phrase(tokens, k, k + n + 1))) return false
  }
  return false
}

/** Trim spaces and end punctuation off a span. */
function trimSpan(text: string, start: number, end: number): {start: number; end: number} | undefined {
  while (start < end && /[\s"«“]/.test(text[start] as string)) start++
  while (end > start && /[\s.,;:!?"»”]/.test(text[end - 1] as string)) end--
  return end > start ? {start, end} : undefined
}

/** "à Paris", "in Lisbon": a preposition of place right before the name. */
function placeBefore(tokens: Token[], from: number, lex: EntityLexicon): boolean {
  const previous = tokens[from - 1]
  if (!previous || !glued(tokens, from) || !/^(à|a|en|in|at|près|vers|depuis|from|near)$/.test(previous.lower) || (tokens[from] as Token).initial) return false
  // ("adapted from X, the 2005 biography by": after "from" only a known place is one)
  if (previous.lower === 'from' && !lex.places.has((tokens[from] as Token).folded)) return false
  // "attribué à X", "remis à X": a dative after a participle, not a place
  const verb = tokens[from - 2]
  return !(verb && glued(tokens, from - 1) && /(é|ée|és|ées)$/.test(verb.lower))
}

/** "Kemal Aksoy's", "Angel Studios'": a possessive right after `tokens[k]` (not a closing quotation mark: "'Jaws' and"). */
function possessiveAfter(tokens: Token[], k: number): boolean {
  const gap = tokens[k + 1]?.before ?? ''
  return /^['’]s\s/.test(gap) || (/^['’]\s/.test(gap) && /s$/.test((tokens[k] as Token).text) && !/['‘]/.test((tokens[k] as Token).before))
}

/** "la Palme d'or pour X", "César de la meilleure actrice pour X", "nominated for X": a prize, then the work it went to. */
function awardFor(tokens: Token[], from: number, lex: EntityLexicon): boolean {
  const previous = tokens[from - 1]
  // ("won the Palme d'or in 2018 with X", "remporte le prix avec X": the work a prize was won with)
  const won = !!previous && /^(avec|with)$/.test(previous.lower)
  if (!previous || !glued(tokens, from) || !(won || /^(pour|for)$/.test(previous.lower))) return false
  // "for Best Documentary" is a category; "pour Claire Morvan" a person
  const first = tokens[from] as Token
  if (/^(best|outstanding|meilleur|meilleure)$/.test(first.lower) || lex.firstNames.has(first.folded)) return false
  // "for Kemal Aksoy's “Winter Wheat”": a name before a possessive is the work's owner, not the work
  for (let k = from; k < from + 4 && tokens[k] && (tokens[k] as Token).cap && (k === from || glued(tokens, k)); k++) if (possessiveAfter(tokens, k)) return false
  // (after "with" a co-winner may stand there: no place, person, company or head noun)
  if (won && (first.allCaps || lex.places.has(first.folded) || lex.heads.has(first.lower) || ['person', 'place', 'organization'].includes(wordClass(first.lower, 'en') ?? '') || ['person', 'place', 'organization'].includes(wordClass(first.lower, 'fr') ?? ''))) return false
  // "une Palme d'or, … depuis celle de Julie Morin pour X": after a winner's name the prize may stand further back
  const winner = !won && !!tokens[from - 2]?.cap && !(tokens[from - 2] as Token).initial
  for (let k = from - 2; k >= 0 && k >= from - (winner ? 24 : won ? 12 : 8) && sameSentence(tokens, k, from); k--) {
    const token = tokens[k] as Token
    if (/^[;:]/.test((tokens[k + 1] as Token).before.trim()) || (!winner && /^,/.test((tokens[k + 1] as Token).before.trim()))) return false
    if (won ? winVerbs().has(token.lower) : lex.cues.get(token.lower)?.has('award-context')) return true
  }
  return false
}

/** Verbs of winning a prize, both languages (lexicon/works-win-verbs.tsv). */
let winVerbsCache: Set<string> | undefined
function winVerbs(): Set<string> {
  if (!winVerbsCache) winVerbsCache = new Set(loadRows(import.meta.url, 'lexicon/works-win-verbs.tsv').map(([verb]) => verb as string).filter(Boolean))
  return winVerbsCache
}

/**
 * "la sortie des Oiseaux de nuit (Die Nachtvögel), Lion d'or et nouveau film de X": a capitalised word
 * right after a contracted article ("des", "du", "aux", "au"), extended as a French title, then (after an
 * optional other-language title in brackets) a comma and an apposition holding a film noun before any verb.
 * The bracketed title becomes a second name of the work.
 */
function contractedTitles(source: string, text: string, tokens: Token[], names: NameSpan[], lex: EntityLexicon, covered: (start: number, end: number) => boolean): WorkMention[] {
  const out: WorkMention[] = []
  // tokens strictly inside a longer name ("Les Films du Losange"), marked once
  const insideName = new Uint8Array(tokens.length)
  for (const name of names) for (let i = name.from + 1; i < name.to && i < tokens.length; i++) insideName[i] = 1
  for (const token of tokens) {
    const article = tokens[token.i - 1]
    if (!token.cap || token.initial || token.allCaps || token.elision || !article || !/^(des|du|aux|au)$/.test(article.lower) || !glued(tokens, token.i)) continue
    if (lex.roles.has(token.lower) || lex.workNouns.has(token.lower) || lex.stopwords.has(token.lower) || lex.places.has(token.folded) || lex.firstNames.has(token.folded)) continue
    const before = tokens[token.i - 2]
    if ((before && before.cap && glued(tokens, token.i - 1)) || insideName[token.i]) continue
    if (covered(token.start, token.end) || out.some((w) => w.start <= token.start && token.start < w.end)) continue
    const name = names.find((n) => n.from === token.i)
    if (name?.head) continue
    const to = extendTitle(source, tokens, name ? name.to : token.i + 1, lex, 'fr')
    const last = tokens[to - 1] as Token
    let after = last.end
    const bracket = /^\s*\(\s*[*_"«“]*(\p{Lu}[^()\n]{0,60}?)[*_"»”]*\s*\)/u.exec(text.slice(after, after + 80))
    let alias: {start: number; end: number} | undefined
    if (bracket && bracket[1]) {
      const start = after + bracket[0].indexOf(bracket[1])
      alias = {start, end: start + bracket[1].length}
      after += bracket[0].length
    }
    if (!/^\s*,/.test(text.slice(after, after + 3))) continue
    let k = to
    while (k < tokens.length && (tokens[k] as Token).start < after) k++
    let film = false
    for (let n = 0; n < 14 && k + n < tokens.length && sameSentence(tokens, to - 1, k + n); n++) {
      const word = tokens[k + n] as Token
      if (n > 0 && /[;:()]/.test(word.before)) break
      if (isFiniteVerb(word.lower, 'fr') || /^(qui|que|qu'|dont|où)$/.test(word.lower)) break
      const two = lex.workNouns.get(phrase(tokens, k + n, k + n + 2))
      if (!word.cap && (two ?? lex.workNouns.get(word.lower)) === 'Movie') {
        // "nouveau film du réalisateur", not a new clause ("…, le film suit une ornithologue")
        const follower = tokens[k + n + (two ? 2 : 1)]
        film = !follower || !glued(tokens, follower.i) || appositionFollowers.has(follower.lower)
        break
      }
    }
    if (!film) continue
    out.push({start: token.start, end: last.end, type: 'Movie', typed: true})
    if (alias && !covered(alias.start, alias.end)) out.push({...alias, type: 'Movie', typed: true, aliasOf: token.start})
  }
  return out
}
