/**
 * classify: the evidence each capitalised name carries about what it names.
 *
 * Every cue casts a weighted vote for a type: a head noun inside the name ("Festival", "Université"),
 * an honorific or a role noun before it, a demonym noun before it ("du Sud-Coréen X"), a verb of
 * saying after it, "réalisé par" before it, a preposition of place before it, a given name at its
 * start, the gazetteer of countries and cities, the language model's name lists, an acronym's
 * capitals, an organisation cue ("la chaîne X", "distribué par X", "told X", "journaliste à X"), a place
 * cue ("un garage de X", "l'île d'X", French compounds "Bar-le-Duc"), a dateline. A person needs evidence:
 * a name opened by an article ("Le Monde", "the Guardian") gets no person vote, and a multi-word name
 * gets one for its shape only when none of its words is a common word. Upper-case headings, role words
 * alone and acronyms spelled out in lower case are no names. Votes of all the mentions of one name are
 * summed later.
 */
import type {EntityType, Lang} from '../types.js'
import {cuesAfter, cuesBefore, glued, isModifier, roleAt, roleEndingAt, sameSentence} from './context.js'
import type {EntityLexicon, Gender} from './lexicon.js'
import {isConjugated, wordClass} from './language-model.js'
import {capitalParticles, demonymNoun, isGivenName, type NameSpan, nobleTitles, wordGivenName} from './names.js'
import {fold, nameKey} from './normalize.js'
import {phrase, type Token} from './tokens.js'

export type Votes = Partial<Record<EntityType, number>>

/** What one name mention says about itself. */
export interface Evidence {
  votes: Votes
  /** The name is an award ("Prix …", "Palme d'or"): not an entity. */
  award: boolean
  /** Gender stated by an honorific or "lui-même"/"elle-même". */
  gender?: Gender
  /** The name follows "réalisé par" / "directed by". */
  agent: boolean
  /** A single word the text also writes in lower case, known to no list. */
  common: boolean
  /** Not a name at all: an upper-case rubric, or an acronym the text spells out in lower case. */
  notName: boolean
  /**
   * Words of an upper-case heading ("ENTRETIEN AVEC NOÉMIE X"): no name on their own, but a mention of a name
   * the text writes elsewhere in ordinary case.
   */
  heading?: boolean
  /**
   * The subject of a verb of decision, speech or action in a French text ("la Norvège a voté", "Oslo estime
   * que"): a country or city named so stands for its state or government, an organisation.
   */
  actor: boolean
  /** This mention names a prize of the ceremony ("le César du meilleur film"), not the ceremony itself. */
  prize: boolean
  /**
   * A lower-case article stands right before the name ("the Quillmere Lottery", "la Quillmère"), or a sentence-opening
   * "The" left out of it: no person's name.
   */
  articled?: 'inside' | 'opening'
  /**
   * Named as a part of a festival programme ("the Platform section", "la section Panorama", "the World Cinema
   * Competition"): an event in a text that names a festival; elsewhere no entity when `any` ("the Sports section"), left
   * to its other evidence when `festival` (a longer name, "the Sunday Review section").
   */
  section?: 'any' | 'festival'
  /**
   * Votes of frames too weak to type a name on their own ("fought at X", "joined X", "X's shares", a call sign "6PR"):
   * counted only for a name that nothing else types, in the whole text or in the list it stands in.
   */
  weak: Votes
}

const copulas = new Set(['est', 'était', 'fut', 'devient', 'is', 'was', 'becomes', 'became'])

/** Collect the evidence of one name. */
export function classifyName(tokens: Token[], name: NameSpan, text: string, lex: EntityLexicon, lang: Lang, lowerSeen: Set<string>): Evidence {
  const votes: Votes = {}
  const vote = (type: EntityType, weight: number): void => {
    votes[type] = (votes[type] ?? 0) + weight
  }
  const evidence: Evidence = {votes, award: false, agent: false, common: false, notName: false, actor: false, prize: false, weak: weakVotes(tokens, name, lex)}
  const first = tokens[name.from] as Token
  const last = tokens[name.to - 1] as Token
  const single = name.to - name.from === 1
  const folded = fold(text)
  // "Le Monde", "The Guardian": a name opened by a determiner is a title, a company or a place, rarely a person
  // "la Quillmère", "the Quillmere Radio": a lower-case article before a name says the same
  const article = tokens[name.from - 1]
  const articleBefore = !!article && /^(le|la|les|l'|the)$/.test(article.text) && glued(tokens, name.from)
  // ("The Quillmere Lottery is …": a sentence-opening "The" left out of the name says no person either)
  const openingThe = !!article && article.text === 'The' && article.initial && glued(tokens, name.from)
  // "won an Oscar", "un César d'honneur": a single name after an indefinite article is a thing, not a person
  const indefinite = single && !!article && (lang === 'en' ? /^(a|an)$/ : /^(un|une)$/).test(article.text) && glued(tokens, name.from)
  const detLed = (!single && leadingDeterminers.has(first.lower)) || articleBefore || indefinite
  evidence.articled = articleBefore ? 'inside' : openingThe ? 'opening' : undefined
  if (single && !first.allCaps && lowerSeen.has(first.lower) && !lex.places.has(folded) && !lex.firstNames.has(folded)) evidence.common = true

  const shout = upperCase(tokens, name)
  // ("CINÉMA – « … »": a rubric in capitals opening an article is a common word, no dateline)
  const rubric = shout === 'dateline' && !lex.places.has(folded) && rubricWords(tokens, name, lex, lang, lowerSeen)
  if (shout === 'dateline' && !rubric) vote('Place', 6)
  else if (rubric) evidence.notName = true
  else if (shout === 'heading') evidence.heading = true
  // "syndrome coronarien aigu (SCA)": an acronym of common words is not a name
  // "comité des aides régionales (CARV)": unless the spelled-out name is headed by a noun of a body
  if (single && first.allCaps && /\(\s*$/.test(first.before)) {
    const word = tokens[name.from - 1]
    if (word && !word.cap && !lex.stopwords.has(word.lower) && /^\p{L}{3,}$/u.test(word.text)) {
      if (bodyExpansion(tokens, name.from, lex)) vote('Organization', 6)
      else evidence.notName = true
    }
  }
  // "2,8 milliards de dollars US", "10 000 US $": a currency's country code is no mention of the country
  const dollar = tokens[name.from - 1]
  if (single && first.allCaps && ((dollar && /^dollars?$/.test(dollar.lower) && glued(tokens, name.from)) || /^\s*\$/.test(tokens[name.to]?.before ?? ''))) evidence.notName = true
  // "subir une ICPX", "un MRZ": in French, an acronym after an indefinite article is a common noun (a procedure, a device)
  if (single && first.allCaps && !!tokens[name.from - 1] && /^(un|une|d'une)$/.test((tokens[name.from - 1] as Token).lower) && glued(tokens, name.from)) evidence.notName = true
  // "won a BAFTA", "an Emmy and a BAFTA": in English, an acronym after an indefinite article that modifies no noun is a
  // thing (a prize, a device), not the body ("a BBC documentary" keeps its broadcaster)
  const modified = tokens[name.to]
  if (lang === 'en' && single && first.allCaps && first.text.length > 1 && !!tokens[name.from - 1] && /^(a|an)$/.test((tokens[name.from - 1] as Token).text) && glued(tokens, name.from) && !(modified && glued(tokens, name.to) && !modified.cap && !lex.stopwords.has(modified.lower))) evidence.notName = true
  // "premiered at SXSW", "the Un Certain Regard section": a well-known festival or section ("Panorama", a common word
  // as well, only after a screening cue)
  // ("the Un Certain Regard section": a section's name used as a modifier of "section" is no mention of it)
  const festival = lex.festivals.get(nameKey(text))
  const eventCue = cuesBefore(tokens, name.from, lex).has('event-before')
  const sectionFrame = cuesAfter(tokens, name.to, lex).has('section-after') || cuesBefore(tokens, name.from, lex).has('section-before')
  // "Le Monde y voit", "wrote in the Guardian", "Libération salue": a known newspaper, magazine or broadcaster
  // (not "à la Libération", the end of an occupation: a one-word title takes no article)
  if (lex.media.has(nameKey(text)) && !(single && articleBefore)) vote('Organization', 8)
  // ("according to the Guardian's critic": the known name's own article, written in lower case before it)
  else if (articleBefore && lex.media.has(nameKey(`${(article as Token).text} ${text}`))) vote('Organization', 8)
  // ("the Un Certain Regard section", "la section Panorama": a known section named by its frame)
  if (festival && (!festival.cued || eventCue || (festival.kind === 'section' && sectionFrame))) vote('Event', 8)
  // "the Platform section", "la section Encuentros": a section of a festival programme (an event where a festival is named)
  // ("the Un Certain Regard section" of a less known festival, "la section World Cinema Documentary": a longer name in
  // that frame is an event there too, but is left to its other evidence elsewhere)
  else if (sectionFrame) evidence.section = single ? 'any' : 'festival'
  // a role noun alone ("Producer", "Secretary") is a heading or a title of address, not a name
  const roleWord = single && (lex.roles.has(first.lower) || lex.personNouns.has(first.lower)) && !lex.firstNames.has(first.folded)
  // "Fenwick & Hale", "Harlow & Finch": two surnames joined by an ampersand name a firm
  if (!single && !name.head && text.includes(' & ') && !lex.firstNames.has(first.folded)) vote('Organization', 2)
  // "Boston Bruins", "Perth Glory": a place followed by a team or company word
  // ("Kingston upon Thames": not with a lower-case word inside, and "upon" joins places)
  const lowerInside = tokens.slice(name.from, name.to).some((token) => !token.cap)
  if (!single && !name.head && !lowerInside && lex.places.has(first.folded) && !lex.places.has(folded) && /\p{Ll}s$/u.test(last.text) && !lex.firstNames.has(last.folded)) vote('Organization', 3)
  if (!single && / upon /.test(text)) vote('Place', 3)
  // "Korean writer-director X", "the Danish composer": an English demonym is an adjective before a common word, no name
  // ("Swedish filmmaker", "Icelandic composer": a demonym the language model lacks has the shape of one; not "the Baltic
  // coast", a place, nor "Parrish said", a name before its verb)
  const afterWord = tokens[name.to]
  const demonymShaped = /\p{Ll}(ish|ese|ic|ian|ean)$/u.test(first.text) && !lex.firstNames.has(first.folded) && !lex.places.has(folded) && !!afterWord && !isConjugated(afterWord.lower, 'en') && !cuesAfter(tokens, name.to, lex).has('place-after')
  // (the adjective qualifies a noun: not "grateful to Meridian for", a name before a function word)
  if (lang === 'en' && single && (wordClass(first.lower, 'en') === 'demonym' || demonymShaped) && afterWord && !afterWord.cap && !lex.stopwords.has(afterWord.lower) && glued(tokens, name.to)) evidence.notName = true
  // "the Best International Feature award", "won Best Actor": a prize category, no entity
  if (!single && /^(best|outstanding)$/.test(first.lower) && (/^\s+(award|awards|prize|category|trophy)\b/i.test(phraseAfter(tokens, name.to)) || tokens.slice(name.from + 1, name.to).some((token) => lex.roles.has(token.lower) || lex.workNouns.has(token.lower)))) evidence.award = true
  // "Tamsin Shoard's novel", "Orla Ní Laoghaire's comedy": a name of two words or more owning a work is its maker's
  if (!single && !name.head && !detLed && ownsWork(tokens, name.to, lex)) vote('Person', 3)
  // "Haute-Saône", "Bar-le-Duc", "Nogent-sur-Marne": French compound place names
  if (single && placeCompound.test(first.text)) vote('Place', 3)

  // "the Institute", "his Association": the head noun of a body alone refers back to it, it names nothing
  // (English only: French writes "la Commission", "l'Académie" for the one body the text is about)
  if (lang === 'en' && single && name.head?.type === 'Organization' && lex.heads.get(first.lower) === name.head && !first.allCaps) evidence.notName = true
  // "Centre Marivaux", "Odeon Lightbox": a venue noun with proper names only names the building, a place
  if (name.plus) vote('Organization', 6)
  else if (venueName(tokens, name, lex)) vote('Place', 8)
  else if (name.head) {
    if (name.head.type === 'Award' && emblemSurname(tokens, name, lex, lang)) vote('Person', 3)
    // "dressed Celia Marsh", "with Peter Brook": a given name, then a place head that is also a family name, with no
    // place cue before it, is a person ("in Emma Marsh", "the Rosa Marsh" stay places)
    else if (name.head.type === 'Place' && lex.surnameHeads.has(last.lower) && emblemSurname(tokens, name, lex, lang) && !cuesBefore(tokens, name.from, lex).has('place-before')) vote('Person', 3)
    else if (name.head.type === 'Award') evidence.award = true
    else if (name.head.type === 'Section') evidence.section = 'any'
    // ("la Région Bretagne": a head capitalised inside a sentence may name the authority, not the land)
    else vote(first.cap && !first.initial && name.head.capital && lex.heads.get(first.lower) === name.head ? name.head.capital as EntityType : name.head.type, 6)
  }

  // "Lady Gaga", "Lord Byron": a title of nobility and one word
  if (name.to - name.from === 2 && nobleTitles.has(first.text)) {
    vote('Person', 6)
    const gender = lex.honorifics.get(first.text)
    if (gender && gender !== 'u') evidence.gender = gender
  }

  // before the name
  const previous = tokens[name.from - 1]
  const inSentence = previous && sameSentence(tokens, name.from - 1, name.from)
  if (previous && inSentence) {
    const honorific = lex.honorifics.get(previous.text)
    if (honorific && /^\.?\s+$/.test(first.before)) {
      vote('Person', 6)
      if (honorific !== 'u') evidence.gender = honorific
    }
    // "la Géorgienne X", "le Danois Y": a nationality noun after a gendered French determiner gives the gender
    const det = tokens[name.from - 2]
    if (lang === 'fr' && previous.cap && !previous.initial && demonymNoun.test(previous.text) && !lex.places.has(previous.folded) && glued(tokens, name.from) && det && glued(tokens, name.from - 1)) {
      const g = ({la: 'f', une: 'f', cette: 'f', le: 'm', un: 'm', ce: 'm'} as Record<string, Gender>)[det.lower]
      if (g) evidence.gender = g
    }
    let k = name.from
    while (k - 1 >= 0 && k > name.from - 3 && isModifier(tokens[k - 1] as Token, lex) && sameSentence(tokens, k - 1, name.from)) k--
    const before = cuesBefore(tokens, name.from, lex)
    // "the distributor Lumavox", "l'éditeur Marbeuf": a company noun that is also a role names a company,
    // unless a given name follows ("l'éditeur Jean Dupont")
    const companyRole = before.has('org-before') && !lex.firstNames.has(first.folded)
    if (companyRole) {
      if (roleEndingAt(tokens, name.from, lex)) vote('Organization', 3)
    } else if (roleEndingAt(tokens, k, lex) && glued(tokens, k)) vote('Person', 5)
    else if (roleEndingAt(tokens, name.from, lex) && glued(tokens, name.from)) vote('Person', 5)
    if (demonymNoun.test(previous.text) && !lex.places.has(previous.folded) && !lex.firstNames.has(previous.folded) && !(single && wordClass(first.lower, lang) === 'common') && glued(tokens, name.from)) {
      const det = tokens[name.from - 2]
      if (det && /^(le|la|l'|du|de|un|une|the)$/.test(det.lower)) vote('Person', 4)
    }
    if (wordClass(previous.lower, lang) === 'demonym' && glued(tokens, name.from)) vote('Person', 1)
    // "son producteur, Benoît de Vaucelles", "The film's composer, Ann Lee": a role noun, a comma, a full name
    // ("La compositrice du film, Mathilde X": past the work the role is of)
    if (!single && first.before.trim() === ',' && roleBeforeComma(tokens, name.from, lex) && nameShaped(tokens, name, lex, lang, lowerSeen)) vote('Person', 3)
    // "its partner streaming service, Cinelume.", "a Buenos Aires-based banner, Casa Tormenta.": a noun of a kind of body
    // or place, a comma, and the name closing the apposition
    const kind = first.before.trim() === ',' ? kindBeforeComma(tokens, name, lex) : undefined
    if (kind) vote(kind, 3)
    if (before.has('agent-before')) {
      vote('Person', 4)
      evidence.agent = true
    }
    // "selon Sondalys", "according to Reuters": a lone unknown word after a cue of source is as often a body
    // as a person (a person's lone surname still joins the full name)
    if (before.has('person-before')) vote(detLed || (single && !lex.firstNames.has(first.folded) && !first.allCaps) ? 'Organization' : 'Person', 2)
    if (before.has('org-before')) vote('Organization', 3)
    // ("distribué par Carlotta Nova", "repped by WME and Curtis Brown": the passive agent of a company verb is a company's
    // name, even when a given name opens it)
    if (passiveCompanyAt(tokens, name.from, lex)) vote('Organization', 1.5)
    // "premiered at Docvale", "présenté à la Mostrale": a festival, unless a known place ("présenté à Berlin")
    if (before.has('event-before') && !lex.places.has(folded)) vote('Event', 3)
    // "ma collègue X", "son frère X", "un nommé X": a noun of kinship or fellowship
    if (before.has('kin-before') && glued(tokens, name.from)) vote('Person', 4)
    // "encouragée par Varlemont", "mentored by Brandvold": the agent of a human action
    if (before.has('human-before') && glued(tokens, name.from)) vote('Person', 3)
    // "un garage de Valence", "les habitants de Kasserine": a place, unless the noun is one of a person's
    // "au cinéma Le Méliès", "at the cinema Rex": a lower-case venue noun right before the name
    if (!previous.cap && lex.venueHeads.get(previous.lower)?.first && glued(tokens, name.from) && !lex.firstNames.has(first.folded)) vote('Place', 3)
    // ("les quais de la Loire": past the article)
    const deLa = !first.allCaps && lex.landNouns.has(tokens[name.from - 3]?.lower ?? '') && /^(la|l')$/.test(previous.lower) && /^(de|d')$/.test(tokens[name.from - 2]?.lower ?? '') && glued(tokens, name.from - 1)
    // ("the siege lines of Kestrow", "the villagers of Bryncoed": English "of" reads the same)
    const ofPlace = previous.lower === 'de' || previous.lower === "d'" || (lang === 'en' && previous.lower === 'of')
    if (single && (ofPlace || deLa) && glued(tokens, name.from) && !lex.firstNames.has(first.folded)) {
      let k = name.from - 2
      if (deLa) k--
      else if (tokens[k] && /^(la|l')$/.test((tokens[k] as Token).lower)) k-- // "les quais de la Loire"
      // "la maladie osseuse de Varnier": look past an adjective to its noun
      const adjective = tokens[k]
      if (adjective && !adjective.cap && /(euse|eux|ique|iques|al|ale|aux|el|elle|if|ive|aire)s?$/.test(adjective.lower) && tokens[k - 1] && !(tokens[k - 1] as Token).cap && glued(tokens, k)) k--
      const noun = tokens[k]
      // "la maladie de Varnier", "la Cinquième Symphonie de Holmgren", "les films de Delaunoy": a person's name
      if (noun && sameSentence(tokens, k, name.from) && !lex.places.has(folded) && (lex.ofPersonNouns.has(noun.lower) || lex.workNouns.has(noun.lower))) vote('Person', 1.5)
      else if (noun && !noun.cap && !/\p{N}/u.test(first.text) && sameSentence(tokens, k, name.from) && /^\p{L}{3,}$/u.test(noun.text) && !lex.stopwords.has(noun.lower) && !lex.ofPersonNouns.has(noun.lower) && !lex.roles.has(noun.lower) && !lex.workNouns.has(noun.lower) && !lex.personNouns.has(noun.lower) && !lex.heads.has(noun.lower)) vote('Place', 1.5)
    }
    if (single && betweenEnds(tokens, name, lex)) vote('Place', 2)
    // "the village of X", "the villages of X and Y", "north of X", "au nord de X": a noun of a kind of place or a compass
    // point before "of"/"de"
    // ("l'archipel des Lofoten", "les pentes de la Croix-Rousse", "the harbour of the X": past "des" or an article)
    const articled = /^(la|l'|the)$/.test(previous.lower) && /^(of|de|d')$/.test(tokens[name.from - 2]?.lower ?? '') && glued(tokens, name.from - 1)
    const at = articled ? name.from - 1 : name.from
    if (/^(of|de|d'|du|des)$/.test((tokens[at - 1] as Token).lower) && glued(tokens, name.from) && tokens[at - 2] && glued(tokens, at - 1)) {
      const noun = tokens[at - 2] as Token
      if (!noun.cap && (lex.kindNouns.get(noun.lower) === 'Place' || compass.test(noun.lower))) vote('Place', 3)
    }
    // "journaliste à France Culture", "professor at Harvard": a role, then the institution
    if (/^(à|au|at|chez)$/.test(previous.lower) && glued(tokens, name.from) && roleEndingAt(tokens, name.from - 1, lex) && glued(tokens, name.from - 1)) vote('Organization', 3)
    // "le César du meilleur film", "the Oscar for Best Actor": an award ceremony
    // (that mention is the prize, no mention of the ceremony)
    if (single && /^\s+(du meilleur|de la meilleure|des meilleurs|for best)\b/i.test(phraseAfter(tokens, name.to))) {
      vote('Event', 6)
      evidence.prize = true
    }
    // "un documentaire consacré à X", "a film dedicated to X": the subject of a work, a person as often as a place
    if (before.has('subject-before')) {
      if (!single && !name.head && nameShaped(tokens, name, lex, lang, lowerSeen)) vote('Person', 2)
    } else if (before.has('place-before')) vote('Place', 2)
    else if (previous.lower === 'la' || previous.lower === "l'" || previous.lower === 'le' || previous.lower === 'the') {
      const prep = tokens[name.from - 2]
      if (prep && sameSentence(tokens, name.from - 2, name.from) && cuesBefore(tokens, name.from - 1, lex).has('place-before')) vote('Place', 1.5)
    }
  }

  // after the name
  const after = cuesAfter(tokens, name.to, lex)
  // (a venue acting, "le Centre Marivaux a consacré", stays the place that hosts)
  if (lang === 'fr' && after.has('actor-after') && subjectPosition(tokens, name.from) && !venueName(tokens, name, lex)) evidence.actor = true
  if (lang === 'fr' && lex.countries.has(folded) && stateUse(tokens, name.from, lex)) evidence.actor = true
  // ("le cap Corse a parfois …": a name opened by a noun of land in lower case is the land, never a state acting)
  if (!first.cap && lex.lowerPlaceHeads.has(first.lower)) evidence.actor = false
  const next = tokens[name.to]
  if (after.has('person-after')) vote(detLed ? 'Organization' : 'Person', 3)
  else if (next && ['a', 'avait', 'has', 'had'].includes(next.lower) && glued(tokens, name.to)) {
    const verb = tokens[name.to + 1]
    if (verb && /(é|ée|ed)$/.test(verb.lower) && cuesAfter(tokens, name.to + 1, lex).has('person-after')) vote('Person', 3)
  }
  if (after.has('male-after')) {
    vote('Person', 3)
    evidence.gender = 'm'
  }
  if (after.has('female-after')) {
    vote('Person', 3)
    evidence.gender = 'f'
  }
  // ("Ervenik (Serbian Cyrillic: …) is a village": past a bracket right after the name)
  const defined = pastBracket(tokens, name.to)
  const definer = tokens[defined]
  if (definer && sameSentence(tokens, name.to - 1, defined)) {
    // "X, journaliste", "X est un artiste", "X, a painter"
    let k = defined
    const comma = definer.before.replace(')', '').trim() === ','
    if (copulas.has(definer.lower) && !comma && (defined > name.to || glued(tokens, k))) k++
    else if (!comma) k = -1
    if (k >= 0) {
      const opening = k
      while (tokens[k] && /^(un|une|le|la|l'|a|an|the|l'un|l'une|des|one|of)$/.test((tokens[k] as Token).lower) && k < defined + 5) k++
      if (tokens[k] && (tokens[k] as Token).lower === 'un' ) k++
      const described = k
      while (tokens[k] && isModifier(tokens[k] as Token, lex) && !roleAt(tokens, k, lex) && k < defined + 6) k++
      // (not "in Quillmere, the critic Ann Lee": a role followed by a name is that person's)
      const role = roleAt(tokens, k, lex)
      const named = role && tokens[role.to] && (tokens[role.to] as Token).cap && glued(tokens, role.to)
      if (role && !named) vote('Person', 4)
      // "X is a village in …", "X, a Danish chain of hypermarkets", "X est une commune du …": a noun of a kind of place
      // or body defines the name (in English after a copula or an article, not "Paris, company town")
      // ("According to X, the team resisted", "Selon X, la société …": the comma closes an opening phrase, the main clause
      // follows, no apposition of a kind of body or place)
      else if (!role && (lang === 'fr' || !comma || described > opening) && !(comma && openingPhrase(tokens, name.from))) {
        const kind = kindNounAt(tokens, described, lex)
        if (kind) {
          vote(kind, 4)
          // ("Vernouillac est une commune": a definition, no action of a state)
          evidence.actor = false
        }
      }
    }
  }
  // "Thomson CSF", "Milan AC", "Sony BMG": a name closed by an acronym, with no given name in it ("Photos Jean DUPONT"), is a company's or a club's
  if (!single && !name.head && last.allCaps && /^\p{Lu}{2,}$/u.test(last.text) && !first.allCaps && !tokens.slice(name.from, name.to).some((token) => lex.firstNames.has(token.folded)) && !lex.places.has(folded)) vote('Organization', 2)
  // "Sandy River, Maine", "Debden, England", "Bielefeld, Allemagne": an unknown name, a comma, then a known country or region
  // is a place within it
  if (!name.head && !lex.places.has(folded) && !lex.firstNames.has(first.folded) && placeAfterComma(tokens, name.to, lex)) vote('Place', 3)
  // "Southern California", "Greater Poland", "Upper Austria": a qualifier of region before a known place
  if (!single && regionQualifiers.has(first.lower) && lex.places.has(fold(phrase(tokens, name.from + 1, name.to)))) vote('Place', 4)
  // "X (born 2 May 1957)", "X (née Stone)", "X (1819 - 1890)", "X (c.1240 -- c. 1300)": a birth or a lifespan in brackets
  if (lifespanAfter(tokens, name.to)) vote('Person', 4)
  // "Hae Sung (Teo Yoo)", "Holly Martins (Joseph Cotten)": a character, then the full name of who plays it in brackets
  // (not "née à Hué (Viêt Nam)": a place and its country)
  if (!name.head && !lex.places.has(folded) && !cuesBefore(tokens, name.from, lex).has('place-before') && playedBy(tokens, name.to, lex, lang)) vote('Person', 3)
  // "Colonel Ana Ruiz", "Professor Calabi": a capitalised title of office or rank opening a name of proper names
  if (!single && !name.head && titled(tokens, name, lex, lang, lowerSeen)) vote('Person', 4)

  // the name itself
  // "X, 45 ans", "X (34)": an age
  if (next && /^\s*(,|\()\s*$/.test(next.before) && /^\d{1,2}$/.test(next.text)) {
    const age = tokens[name.to + 1]
    if (age && (age.lower === 'ans' || age.lower === 'years') ) vote('Person', 3)
  }
  // ("Karl-Johan Lindqvist", "Marie-Hélène X": a given name of two given names)
  const given = isGivenName(first, lex) || wordGivenName(tokens, name.from, name.to, lex, lang, lowerSeen)
  if (!single && given && !lex.places.has(folded)) vote('Person', 3)
  else if (single && lex.firstNames.has(first.folded)) vote('Person', 1)
  if (lex.places.has(folded)) vote('Place', 4)
  // "Soizic Le Berre", "Annick Le Floc'h", "Anna Van Hal": a word, a capitalised surname particle and a word, none
  // of them a place or a head noun, is the shape of a person's name
  const middle = tokens[name.from + 1]
  if (name.to - name.from === 3 && !name.head && middle?.cap && capitalParticles.has(middle.lower) && ![first, last].some((word) => lex.places.has(word.folded) || lex.heads.has(word.lower)) && !lex.places.has(folded)) vote('Person', 2)
  const known = wordClass(folded, lang) ?? (single ? undefined : wordClass(text.toLowerCase(), lang))
  if (known === 'organization') vote('Organization', 3)
  else if (known === 'place') vote('Place', 3)
  else if (known === 'person' && !single) vote('Person', 2)
  if (!single && wordClass(last.lower, lang) === 'person') vote('Person', 1)
  // an acronym's capitals make an organisation, but for common nouns and codes ("PDG", "ISBN"), words the
  // language knows written in capitals ("MISE", "ACTIVE") and codes with digits ("CO2", "P1NP")
  if (single && first.allCaps && first.text.length <= 8 && acronymShaped(first, lex, lang)) vote('Organization', 2.5)
  // (a name opening a sentence gets no vote for its shape; one in brackets, "(Oren Talbeck)", does)
  // (one opening a sentence does when its first word is unknown to the language: "Birgitte Holm, in her first role")
  const openingUnknown = name.initial && !first.allCaps && [undefined, 'person'].includes(wordClass(first.lower, lang)) && !lex.places.has(first.folded) && !lex.heads.has(first.lower)
  if (!single && !name.head && !detLed && Object.keys(votes).length === 0 && (!name.initial || openingUnknown || /\(\s*$/.test(first.before)) && nameShaped(tokens, name, lex, lang, lowerSeen)) {
    vote('Person', 1)
    // "Choi Min-seo", "Cillian Brosnan-Kaye": a hyphenated given name or double surname closing two or three words
    if (name.to - name.from <= 3 && /^\p{Lu}\p{Ll}+-\p{L}\p{Ll}+$/u.test(last.text) && !lex.places.has(last.folded) && !placeCompound.test(last.text)) vote('Person', 1)
  }
  // "the Falcons", "the Beatles": a plural name after "the" is a team, a band, a company
  if (lang === 'en' && articleBefore && single && /\p{Ll}s$/u.test(first.text) && !lex.places.has(folded) && Object.keys(votes).length === 0) vote('Organization', 2)
  // "the Montreal Canadiens", "the Royal Navy": an English name after "the" with nothing else is an organisation
  if (lang === 'en' && articleBefore && !single && !name.head && Object.keys(votes).length === 0) vote('Organization', 1)
  // "bands like The Ramones", "supporting The Cult": a capitalised "The" inside a sentence opens the name of a band, a
  // company or a newspaper when nothing else says what it is (titles of works are found before)
  if (lang === 'en' && !single && first.text === 'The' && !name.initial && !name.head && Object.keys(votes).length === 0) vote('Organization', 1)
  // "Velvet Sparrows formed in 1998", "Harwick Rovers were relegated", "X a été fondée": the verb of a collective
  // makes a band, a team or a company, when nothing but its shape says the name is a person's
  if (after.has('org-after') && !lex.firstNames.has(first.folded) && (votes.Person ?? 0) <= 1 && !lex.places.has(folded)) vote('Organization', 2)
  // "the Verdane coast", "the Oskar valley": a noun of land after the name
  if (after.has('place-after') && !(tokens[name.to] as Token).cap && !lex.firstNames.has(first.folded)) vote('Place', 2)
  // "les grands groupes : Bouygues, Eiffage et Suez", "les studios Pathé, Gaumont et Warner": every item of a list
  // that a noun of companies opens is a company
  // ("repped by WME and Curtis Brown": or a passive company verb before the list)
  const list = orgList(tokens, name.from, lex)
  if (list === 'passive') vote('Organization', 4.5)
  else if (!votes.Organization && list) vote('Organization', 3)
  // "les Jardiniers de France": a plural common noun and a place joined by "de" name a body
  if (!single && !name.head && name.to - name.from === 3 && /^(de|du|d')$/.test((tokens[name.from + 1] as Token).lower) && /\p{Ll}[sx]$/u.test(first.text) && lex.places.has(last.folded) && !lex.firstNames.has(first.folded) && !lex.places.has(first.folded)) vote('Organization', 3)
  // "Moggi donnait ses instructions", "Gutenberg inventait": in French, a lone unknown word that a conjugated verb
  // follows is most often a person's surname
  if (lang === 'fr' && single && first.text.length > 1 && !first.allCaps && !name.initial && Object.keys(votes).length === 0 && next && glued(tokens, name.to) && !next.cap && !demonymNoun.test(first.text) && !(previous && inSentence && prepositions.has(previous.lower)) && isConjugated(next.lower, lang)) vote('Person', 1)
  // a role word alone gets no type of its own, but may still be the surname of a person named in full
  if (roleWord) for (const type of Object.keys(votes) as EntityType[]) delete votes[type]
  if (detLed) {
    // no person votes that a determiner contradicts
    if ((votes.Person ?? 0) < 5) delete votes.Person
  }
  return evidence
}

/**
 * The weak votes of a name: a frame of `weak-cues.tsv` before it (past an article: "fought at the X"), after it, or
 * after its possessive ("X's shares", "X's wife").
 */
export function weakVotes(tokens: Token[], name: NameSpan, lex: EntityLexicon): Votes {
  const votes: Votes = {}
  const vote = (type: EntityType | undefined): void => {
    if (type) votes[type] = (votes[type] ?? 0) + 1
  }
  // before: one to three words ending right before the name, or before its article
  let at = name.from
  const article = tokens[at - 1]
  if (article && /^(the|le|la|les|l')$/.test(article.lower) && glued(tokens, at)) at--
  // (not "to the Trinity test": a name before a common noun modifies it, the frame is the noun's)
  const next = tokens[name.to]
  const modifies = !!next && glued(tokens, name.to) && isModifier(next, lex) && !isConjugated(next.lower, 'en') && !isConjugated(next.lower, 'fr')
  // (a frame that takes the article, "sur la X", is looked for first, then one past it, "fought at the X")
  const ends = at < name.from ? [name.from, at] : [at]
  if (!modifies) frames: for (const end of ends) for (let n = 3; n >= 1; n--) {
    const from = end - n
    if (from < 0 || !sameSentence(tokens, from, name.from) || !glued(tokens, end)) continue
    let ok = true
    for (let k = from + 1; k < end; k++) if (!glued(tokens, k)) ok = false
    const type = ok ? lex.weakCues.before.get(phrase(tokens, from, end)) : undefined
    if (type) {
      vote(type)
      break frames
    }
  }
  if (next && sameSentence(tokens, name.to - 1, name.to)) {
    if (glued(tokens, name.to)) for (let n = 2; n >= 1; n--) {
      const type = lex.weakCues.after.get(phrase(tokens, name.to, name.to + n))
      if (type && (n === 1 || glued(tokens, name.to + 1))) {
        vote(type)
        break
      }
    }
    if (/^['’]s\s+$/.test(next.before)) vote(lex.weakCues.owns.get(next.lower) ?? (tokens[name.to + 1] && glued(tokens, name.to + 1) && isModifier(next, lex) ? lex.weakCues.owns.get((tokens[name.to + 1] as Token).lower) : undefined))
  }
  return votes
}

/** Words that open the name of a part of a known place ("Southern California", "Greater Poland", "Lower Saxony"). */
const regionQualifiers = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'greater', 'upper', 'lower', 'inner', 'outer'])

/**
 * "between Kiruna and Narvik", "entre Felletin et Aubusson": two single names, neither opened by a given name, as the two
 * ends of a stretch, or the first items of a list after "entre" ("entre Felletin, Aubusson et le plateau de X") ("entre la Commission et le Conseil" has articles; "entre Anna et Paul", given names).
 */
function betweenEnds(tokens: Token[], name: NameSpan, lex: EntityLexicon): boolean {
  const alone = (k: number): boolean => {
    const word = tokens[k]
    return !!word && word.cap && !word.allCaps && !lex.firstNames.has(word.folded) && !(tokens[k + 1]?.cap && glued(tokens, k + 1)) && !(tokens[k - 1]?.cap && glued(tokens, k))
  }
  const single = (k: number): boolean => alone(k) && glued(tokens, k)
  const between = (k: number): boolean => /^(between|entre)$/.test(tokens[k]?.lower ?? '')
  const and = (k: number): boolean => /^(and|et)$/.test(tokens[k]?.lower ?? '') && glued(tokens, k)
  const at = name.from
  if (between(at - 1) && single(at) && and(at + 1) && single(at + 2)) return true
  if (and(at - 1) && single(at - 2) && between(at - 3) && single(at)) return true
  // "entre Felletin, Aubusson et le plateau de Millevaches": single names separated by commas from
  // "entre" on, the list closed by "et" / "and"
  const comma = (k: number): boolean => tokens[k]?.before.trim() === ',' && tokens[k - 1]?.sentence === tokens[k]?.sentence
  if (!alone(at)) return false
  let first = at
  while (comma(first) && alone(first - 1)) first--
  let last = at
  while (comma(last + 1) && alone(last + 1)) last++
  if (!(last > first && between(first - 1) && glued(tokens, first) && and(last + 1))) return false
  // (the list closes on a phrase, or names a known place: "entre Godard, Truffaut et Rohmer" is a list of people)
  const items = Array.from({length: last - first + 1}, (_, k) => tokens[first + k] as Token)
  return !tokens[last + 2]?.cap || items.some((item) => lex.places.has(item.folded))
}

/**
 * Whether a comma follows the name, then a known country or region (one to three words) that ends its phrase: "Debden,
 * England", "Hayward, California.", not "Paris, France's capital" nor "Londres, Berlin et Rome" (a city is no container).
 */
function placeAfterComma(tokens: Token[], at: number, lex: EntityLexicon): boolean {
  const first = tokens[at]
  if (!first || first.before.trim() !== ',' || !sameSentence(tokens, at - 1, at) || !first.cap) return false
  for (let end = at + 1; end <= at + 3 && end <= tokens.length; end++) {
    if (end > at + 1 && (!(tokens[end - 1] as Token).cap || !glued(tokens, end - 1))) return false
    const key = fold(phrase(tokens, at, end))
    if (!lex.countries.has(key) && !lex.regions.has(key)) continue
    // (a longer name goes on, or a possessive: "Maryland Avenue", "France's capital")
    const next = tokens[end]
    if (next && next.sentence === first.sentence && (/^['’]/.test(next.before) || (next.cap && glued(tokens, end)))) continue
    return true
  }
  return false
}

/** Compass points before "of"/"de" and a place ("north of X", "au sud-est de X"). */
const compass = /^(north|south|east|west|north-?east|north-?west|south-?east|south-?west|northeast|northwest|southeast|southwest|nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest)$/

/** Prepositions that open a sentence before a name and a comma ("According to X, …", "Pour X, …"). */
const openingPrepositions = new Set(['according', 'for', 'to', 'with', 'like', 'unlike', 'after', 'before', 'by', 'from', 'selon', "d'après", 'pour', 'chez', 'avec', 'comme', 'après', 'avant', 'contrairement', 'par'])

/**
 * Whether the name at `from` ends a phrase that a preposition opens at the start of its sentence, with at most two
 * lower-case words between ("According to X", "For X", "Selon X", "D'après X").
 */
function openingPhrase(tokens: Token[], from: number): boolean {
  for (let k = from - 1; k >= from - 3 && k >= 0; k--) {
    const token = tokens[k] as Token
    if (!sameSentence(tokens, k, from) || !glued(tokens, k + 1)) return false
    if (token.initial || k === 0) return openingPrepositions.has(token.lower)
    if (token.cap) return false
  }
  return false
}

/** The index of the word after a bracket that opens right after a name ("X (also Y) is …"), else `at` itself. */
function pastBracket(tokens: Token[], at: number): number {
  const first = tokens[at]
  if (!first || !/^\s*\(\s*$/.test(first.before)) return at
  for (let k = at + 1; k < at + 25 && k < tokens.length; k++) {
    const before = (tokens[k] as Token).before
    if (before.includes('(') || before.includes('\n')) return at
    if (before.includes(')')) return /^\)\s*,?\s+$/.test(before) ? k : at
  }
  return at
}

/**
 * The kind of place or body named by the noun phrase opening at `tokens[at]`: words glued together (capitalised ones
 * too, "a Danish chain", "a UK label"), the first of them that is a kind noun ("village", "chain", "band"), not the
 * owner of a possessive ("the company's founder").
 */
function kindNounAt(tokens: Token[], at: number, lex: EntityLexicon): 'Place' | 'Organization' | undefined {
  for (let k = at; k < at + 5 && tokens[k]; k++) {
    const token = tokens[k] as Token
    if (k > at && !glued(tokens, k)) return undefined
    const next = tokens[k + 1]
    if (next && /^['’]/.test(next.before)) return undefined
    const kind = lex.kindNouns.get(phrase(tokens, k, k + 2)) ?? lex.kindNouns.get(token.lower)
    if (kind) return kind
    if (!token.cap && (lex.stopwords.has(token.lower) || token.elision)) return undefined
  }
  return undefined
}

/** "(born …", "(née …", "(1819 - 1890)", "(May 6, 1909 – March 12, 1989)", "(c.1240 -- c. 1300)" right after a name. */
function lifespanAfter(tokens: Token[], at: number): boolean {
  const first = tokens[at]
  if (!first || !/^\s*\(\s*$/.test(first.before)) return false
  if (/^(born|née|né|nee|b)$/.test(first.lower)) return true
  let inside = ''
  for (let k = at; k < at + 14 && tokens[k]; k++) {
    const token = tokens[k] as Token
    if (k > at && token.before.includes(')')) break
    inside += (k > at ? token.before : '') + token.text
  }
  // two dates, each ending with a year, joined by a dash
  const date = String.raw`(?:c\.?\s*|circa\s+|ca\.?\s*)?(?:\d{1,2}\s+)?(?:\p{L}+\.?\s+)?(?:\d{1,2},?\s+)?\d{3,4}`
  return new RegExp(String.raw`^${date}\s*(?:-{1,2}|–|—)\s*${date}$`, 'u').test(inside.trim())
}

/** "(Teo Yoo)", "(Noémie Merlant)" right after a name: two or three capitalised words opened by a given name, in brackets. */
function playedBy(tokens: Token[], at: number, lex: EntityLexicon, lang: Lang): boolean {
  const first = tokens[at]
  // (a given name, or a word the language does not know: "(Teo Yoo)")
  const nameWord = (token: Token): boolean => lex.firstNames.has(token.folded) || ['person', undefined].includes(wordClass(token.lower, lang))
  if (!first || !/^\s*\(\s*$/.test(first.before) || !first.cap || first.allCaps || !nameWord(first) || lex.places.has(first.folded) || lex.heads.has(first.lower)) return false
  for (let k = at + 1; k <= at + 3 && tokens[k]; k++) {
    const token = tokens[k] as Token
    // the bracket closes before this word: two or three words inside
    if (token.before.includes(')')) return k - at >= 2 && /^\s*\)/.test(token.before)
    if (!token.cap || token.allCaps || !glued(tokens, k) || lex.heads.has(token.lower) || lex.places.has(token.folded) || !nameWord(token)) return false
  }
  return false
}

/** A name opened by a capitalised title of office or rank ("Colonel", "Professor", "Captain") and proper names after it. */
function titled(tokens: Token[], name: NameSpan, lex: EntityLexicon, lang: Lang, lowerSeen: Set<string>): boolean {
  const first = tokens[name.from] as Token
  const role = lex.roles.get(first.lower)
  // (not a sovereign's title: "King Lear", "Queen Christina" name plays and films as often as people)
  if (first.allCaps || !role || role.plural || role.key === 'monarch' || role.key === 'royal' || lex.firstNames.has(first.folded)) return false
  for (let k = name.from + 1; k < name.to; k++) {
    const token = tokens[k] as Token
    if (!token.cap || token.allCaps || lex.heads.has(token.lower) || lex.places.has(token.folded) || lex.roles.has(token.lower) || lex.stopwords.has(token.lower)) return false
    if (lowerSeen.has(token.lower) || (wordClass(token.lower, lang) === 'common' && !lex.firstNames.has(token.folded))) return false
  }
  return true
}

/**
 * Whether a role noun ends right before the comma at `tokens[from]`, possibly followed by the work it is a role in
 * ("son producteur, X", "la compositrice du film, X", "the film's editor, X"); not a noun of a company.
 */
function roleBeforeComma(tokens: Token[], from: number, lex: EntityLexicon): boolean {
  let at = from
  const work = tokens[at - 1]
  const de = tokens[at - 2]
  if (work && de && lex.workNouns.has(work.lower) && glued(tokens, at - 1)) {
    if (/^(du|of)$/.test(de.lower)) at -= 2
    else if (de.lower === 'the' && tokens[at - 3]?.lower === 'of') at -= 3
  }
  const role = roleEndingAt(tokens, at, lex)
  if (!role || !sameSentence(tokens, role.from, from)) return false
  return !lex.cues.get(phrase(tokens, role.from, role.to))?.has('org-before')
}

/**
 * The kind of body or place named by the noun right before the comma at `tokens[name.from]` ("the banner, X", "its
 * streaming service, X"), when the name closes its clause (punctuation follows): not "After leaving the band, Smith went".
 */
function kindBeforeComma(tokens: Token[], name: NameSpan, lex: EntityLexicon): 'Place' | 'Organization' | undefined {
  const noun = tokens[name.from - 1]
  const next = tokens[name.to]
  if (!noun || noun.cap || !sameSentence(tokens, name.from - 1, name.from)) return undefined
  if (next && sameSentence(tokens, name.to - 1, name.to) && !/^\s*[,;:.)(]/.test(next.before)) return undefined
  const kind = (tokens[name.from - 2] && glued(tokens, name.from - 1) ? lex.kindNouns.get(phrase(tokens, name.from - 2, name.from)) : undefined) ?? lex.kindNouns.get(noun.lower)
  return kind
}

/** An upper-case word that may be the acronym of a body: not a common acronym, a word of the language or a code. */
function acronymShaped(token: Token, lex: EntityLexicon, lang: Lang): boolean {
  // (a channel or a numbered series keeps its digits at the end: "KANAL2")
  if (lex.commonAcronyms.has(token.text) || (/\p{N}/u.test(token.text) && !/^\p{Lu}{3,}\p{N}+$/u.test(token.text))) return false
  return token.text.length < 4 || wordClass(token.lower, lang) !== 'common'
}

const prepositions = new Set(['à', 'au', 'aux', 'en', 'de', "d'", 'du', 'des', 'dans', 'sur', 'sous', 'pour', 'par', 'vers', 'avec', 'contre', 'entre', 'chez', 'depuis', 'selon'])

/** The name stands where a subject stands: opening its clause, or after "le"/"la"/"l'" that no preposition governs. */
function subjectPosition(tokens: Token[], from: number): boolean {
  let k = from - 1
  if (tokens[k] && sameSentence(tokens, k, from) && glued(tokens, from) && /^(le|la|l'|les)$/.test((tokens[k] as Token).lower)) k--
  const previous = tokens[k]
  if (!previous || !sameSentence(tokens, k, k + 1)) return true
  if (/[,;:]/.test((tokens[k + 1] as Token).before)) return true
  return !prepositions.has(previous.lower) && !previous.cap && !/^\p{N}/u.test(previous.text) && (previous.lower === 'et' || previous.lower === 'que' || previous.lower === "qu'" || previous.lower === 'donc' || previous.lower === 'alors' || previous.lower === 'mais')
}

/**
 * Whether the name at `from` is an item of a list of names opened by a noun of companies or bodies: "les grands
 * groupes : X, Y et Z", "les studios X, Y et Z". The list is walked back over its items (capitalised words joined by
 * commas, "et", "ou") to its first one, whose cue decides.
 */
function orgList(tokens: Token[], from: number, lex: EntityLexicon): boolean | 'passive' {
  let s = from
  for (let items = 0; items < 8; items++) {
    let p = s - 1
    const separator = tokens[p]
    if (!separator || !sameSentence(tokens, p, s)) break
    if (/^(et|ou|and|or)$/.test(separator.lower) && glued(tokens, s)) p--
    else if ((tokens[s] as Token).before.trim() !== ',') break
    const end = tokens[p]
    if (!end || !end.cap || !sameSentence(tokens, p, s)) break
    while (tokens[p - 1] && (tokens[p - 1] as Token).cap && glued(tokens, p)) p--
    s = p
  }
  if (s === from) return false
  if (passiveCompanyAt(tokens, s, lex)) return 'passive'
  const noun = tokens[s - 1]
  if (!noun || noun.cap || !sameSentence(tokens, s - 1, s) || !/^\s*:?\s*$/.test((tokens[s] as Token).before)) return false
  const singular = noun.lower.replace(/s$/, '')
  const cued = (word: string): boolean => !!lex.cues.get(word)?.has('org-before') || lex.heads.get(word)?.type === 'Organization'
  return cued(noun.lower) || cued(singular)
}

/** Whether a passive company verb ends right before `tokens[at]` ("distribué par", "released by", "repped by"). */
function passiveCompanyAt(tokens: Token[], at: number, lex: EntityLexicon): boolean {
  const by = tokens[at - 1]
  if (!by || !/^(par|by)$/.test(by.lower) || !glued(tokens, at)) return false
  const cues = cuesBefore(tokens, at, lex)
  return cues.has('org-before') && !cues.has('agent-before')
}

/** Nouns that name a prize as such, never a family: "Nobel Prize", "Emmy Award", "Davis Cup". */
const prizeNouns = new Set(['prize', 'prizes', 'award', 'awards', 'prix', 'trophy', 'trophée', 'medal', 'médaille', 'cup', 'coupe'])

/**
 * A given name, then the emblem of a prize that is also a family name ("Christopher Bear", "Jessica Lion"): a person's
 * name, not the prize ("Golden Bear", "Lion d'or"); not a prize noun proper ("Emmy Award").
 */
function emblemSurname(tokens: Token[], name: NameSpan, lex: EntityLexicon, lang: Lang): boolean {
  if (name.to - name.from !== 2) return false
  const first = tokens[name.from] as Token
  const last = tokens[name.to - 1] as Token
  // (not "the Crystal Bear": a given name that is also a word of the language, or a name after an article)
  const article = tokens[name.from - 1]
  if (article && /^(the|a|an|le|la|l'|un|une)$/.test(article.lower) && glued(tokens, name.from)) return false
  return lex.firstNames.has(first.folded) && !lex.wordFirstNames.has(first.folded) && wordClass(first.lower, lang) !== 'common' && !lex.heads.has(first.lower) && !prizeNouns.has(last.lower) && !!lex.heads.get(last.lower)?.last
}

/** Prepositions that govern a country as land ("dans la Meuse", "vers l'Espagne", "un distributeur pour la France"). */
const placePrepositions = new Set(['dans', 'sur', 'sous', 'vers', 'depuis', 'par', 'en', 'hors', 'jusque', 'via', 'travers', 'envers', 'parmi', 'autour', 'pour'])

/**
 * A country named as a state, in French: after a definite article that no preposition of place and no noun of land
 * governs ("accuser l'Irak", "la France a proposé", "la position de la France", "en faveur des États-Unis",
 * "voeux à l'Autriche", but not "dans la Meuse", "le reste de l'Afrique"), or bare after a role noun and "de"
 * ("l'ancien président de Serbie", "ambassadeur de France"). Where the country is the land, French says "en France",
 * "au Kosovo".
 */
function stateUse(tokens: Token[], from: number, lex: EntityLexicon): boolean {
  const article = tokens[from - 1]
  if (!article || !sameSentence(tokens, from - 1, from) || !glued(tokens, from)) return false
  if (/^(de|d')$/.test(article.lower)) return !!roleEndingAt(tokens, from - 1, lex) && glued(tokens, from - 1)
  if (!/^(le|la|l'|les|du|des)$/.test(article.lower)) return false
  // the word that governs the article: "du Kosovo" is "de le Kosovo", so the noun before "du"; before "de la", the noun before "de"
  let k = from - 2
  if (!/^(du|des)$/.test(article.lower) && tokens[k] && /^(de|d')$/.test((tokens[k] as Token).lower) && glued(tokens, k + 1)) k--
  const governor = tokens[k]
  if (!governor || !sameSentence(tokens, k, from) || !glued(tokens, k + 1)) return true
  return !placePrepositions.has(governor.lower) && !lex.landNouns.has(governor.lower)
}

const placeCompound = /^(\p{Lu}\p{Ll}+-(Est|Ouest|Nord|Sud|East|West|North|South)|\p{Lu}\p{Ll}+-(sur|sous|en|le|la|les|lès|lez|de|du|des|aux|et|l[’'])-\p{Lu}[\p{L}-]*|(Haut|Haute|Hauts|Hautes|Bas|Basse|Basses|Val|Mont|Pont|Port|Villeneuve|Saint|Sainte|Île|Ile)-\p{Lu}[\p{L}-]*)$/u

/** A word of the language that names a kind of thing ("disparition", "cinéphilie"): a noun's suffix. */
const nounSuffix = /\p{L}{3}(tion|sion|isme|ité|ment|ure|phie|logie|ence|ance|ness|ship|ism)$/u

/**
 * Whether an upper-case heading that opens the article is a rubric, not a dateline: one word of the language ("CINÉMA
 * |", "DISPARITION —"), or words of the language joined by a function word ("CINÉPHILIE DE PROVINCE —"), where a
 * dateline names a place ("PARK CITY —", "LOS ANGELES,").
 */
function rubricWords(tokens: Token[], name: NameSpan, lex: EntityLexicon, lang: Lang, lowerSeen: Set<string>): boolean {
  const common = (token: Token): boolean => wordClass(token.lower, lang) === 'common' || lowerSeen.has(token.lower) || lex.venueHeads.has(token.lower) || lex.heads.has(token.lower) || nounSuffix.test(token.lower)
  const first = tokens[name.from] as Token
  if (name.to - name.from === 1) return common(first) && !lex.places.has(first.folded)
  const words = tokens.slice(name.from, name.to)
  const linked = words.slice(1, -1).some((token) => /^(de|du|des|d'|of|and|et)$/.test(token.lower))
  return linked && words.some((token) => !lex.stopwords.has(token.lower) && common(token) && !lex.places.has(token.folded))
}

/** An upper-case name: a dateline opening a paragraph ("PARK CITY —"), or a word of an upper-case heading. */
function upperCase(tokens: Token[], name: NameSpan): 'dateline' | 'heading' | undefined {
  for (let k = name.from; k < name.to; k++) if (/\p{Ll}/u.test((tokens[k] as Token).text)) return undefined
  const first = tokens[name.from] as Token
  const next = tokens[name.to]
  const opens = name.from === 0 || first.before.includes('\n')
  if (opens && next && /^\s*[,—–]\s*/.test(next.before) && name.to - name.from <= 3) return 'dateline'
  // ("CINÉMA | Publié le …", "AWARDS WATCH | …": a bar after it separates a rubric, never a dateline)
  if (opens && next && /^\s*\|/.test(next.before)) return 'heading'
  const previous = tokens[name.from - 1]
  const upper = (token: Token | undefined): boolean => !!token && token.sentence === first.sentence && /^\p{Lu}{2,}$/u.test(token.text)
  if (upper(previous) || upper(next)) return 'heading'
  return undefined
}

const leadingDeterminers = new Set(['le', 'la', 'les', "l'", 'the', 'un', 'une', 'a', 'an'])

/** Every word of a multi-word name looks like a proper name: no word the language uses as a common word. */
function nameShaped(tokens: Token[], name: NameSpan, lex: EntityLexicon, lang: Lang, lowerSeen: Set<string>): boolean {
  for (let k = name.from; k < name.to; k++) {
    const token = tokens[k] as Token
    if (token.allCaps || /^\p{Lu}$/u.test(token.text)) continue
    if (lex.firstNames.has(token.folded)) continue
    if (lowerSeen.has(token.lower) || lex.roles.has(token.lower) || lex.workNouns.has(token.lower) || lex.stopwords.has(token.lower)) return false
    if (wordClass(token.lower, lang) === 'common' || wordClass(token.lower, lang) === 'demonym') return false
  }
  return true
}

/** The type with most votes, when its score reaches `threshold`. */
export function decide(votes: Votes, threshold: number): EntityType | undefined {
  let best: EntityType | undefined
  let score = 0
  for (const type of ['Person', 'Organization', 'Place', 'Event', 'Movie', 'CreativeWork'] as const) {
    const value = votes[type] ?? 0
    if (value > score) {
      best = type
      score = value
    }
  }
  return score >= threshold ? best : undefined
}

/** "'s comedy", "'s 1987 picture book", "'s second feature": a possessive after the name, then a work noun. */
function ownsWork(tokens: Token[], at: number, lex: EntityLexicon): boolean {
  const next = tokens[at]
  if (!next || !/^['’]s\s+$/.test(next.before) || !sameSentence(tokens, at - 1, at)) return false
  for (let k = at; k < at + 4 && tokens[k]; k++) {
    if (k > at && !glued(tokens, k)) return false
    const token = tokens[k] as Token
    if (token.cap) return false
    if (lex.workNouns.has(token.lower) || lex.workNouns.has(phrase(tokens, k, k + 2))) return true
    if (!/^\p{N}+$/u.test(token.text) && !isModifier(token, lex)) return false
  }
  return false
}

/** The words from `tokens[at]` on (three of them), with a leading space, for pattern tests. */
function phraseAfter(tokens: Token[], at: number): string {
  let out = ''
  for (let k = at; k < at + 3 && k < tokens.length; k++) out += ' ' + (tokens[k] as Token).lower
  return out
}

/**
 * Whether the lower-case words before an acronym in brackets spell out the name of a body: one of them,
 * within the clause, is a head noun of an organisation ("comité des aides régionales (CARV)",
 * "Tribunal pénal régional (TPR)"), not a term ("angioplastie coronaire percutanée (ACPV)").
 */
function bodyExpansion(tokens: Token[], at: number, lex: EntityLexicon): boolean {
  for (let k = at - 1, n = 0; k >= 0 && n < 8; k--, n++) {
    const token = tokens[k] as Token
    if (k < at - 1 && !glued(tokens, k + 1) && !token.elision) return false
    if (lex.heads.get(token.lower)?.type === 'Organization') return true
  }
  return false
}

/**
 * Whether a name is a venue noun and proper names only ("Salle Pleyel", "salle Jean-Castel", "Kino Palast"): the noun opens
 * or ends the name, every other word is capitalised and none is a head of another type or a particle.
 */
export function venueName(tokens: Token[], name: NameSpan, lex: EntityLexicon): boolean {
  if (name.to - name.from < 2) return false
  const first = tokens[name.from] as Token
  const last = tokens[name.to - 1] as Token
  const opens = !!lex.venueHeads.get(first.lower)?.first
  const ends = !opens && !!lex.venueHeads.get(last.lower)?.last
  if (!opens && !ends) return false
  for (let k = name.from; k < name.to; k++) {
    const token = tokens[k] as Token
    // the venue noun itself may be lower case in French ("la salle Jean-Castel")
    if (k === (opens ? name.from : name.to - 1)) continue
    if (!token.cap) return false
    const head = lex.heads.get(token.lower)
    if (head && head.type !== 'Event' && head.type !== 'Place') return false
  }
  return true
}
