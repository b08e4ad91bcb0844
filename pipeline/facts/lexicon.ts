/**
 * lexicon: the facts stage's cue lists, for one language.
 */
import {entityLexicon, type CreditFact} from '../entities/lexicon.js'
import {loadRows, perLanguage} from '../lexicon/index.js'
import type {Lang} from '../types.js'

/** The cue lists the fact rules use, filtered to one language. */
export interface FactLexicon {
  /** Phrases that refer to a film, and whether they mean the last film named or the article's film. */
  filmAnaphora: Map<string, 'last' | 'main'>
  /** Director cues with how far after the phrase the person may start. */
  directorCues: Array<{phrase: string; reach: number}>
  directorVerbs: string[]
  /** Crew cues ("produit par X") with how far after the phrase the person may start. */
  crewCues: Array<{phrase: string; reach: number}>
  /** Verbs whose subject does a crew job on the film ("X will produce", "X, qui coproduit le film", "X shot it"). */
  crewVerbs: string[]
  /** The crew verbs that tell the job in the past ("shot it", "a signé la musique"; column 3 of crew-verbs.tsv). */
  pastCrewVerbs: Set<string>
  /** Role keys of a film's crew: such a person named with a film worked on it. */
  crewRoles: Set<string>
  /** Credits-list labels and the predicate of the people they introduce. */
  creditLabels: Map<string, CreditFact>
  actorBefore: string[]
  actorAfter: string[]
  /** Phrases that open a credits-like sentence naming the cast ("Avec A, B, C."). */
  actorOpening: string[]
  /** Phrases whose object pronoun is an actor: the person the passage is about ("cast her in X"). */
  actorObject: string[]
  /** Instruments and games: "X plays the kora" is no part in a film. */
  instruments: Set<string>
  /** Career verbs ("enchaîne", "starred in"), directing verbs and reward phrases ("lui vaut"): careers.ts. */
  careerCues: CareerCue[]
  /** Phrases before the films a person is known for ("connue pour X"), with the role they give alone. */
  knownFor: KnownForCue[]
  actorContext: Set<string>
  aboutCues: string[]
  /** Verbs of "X consacre son film à Y" (the subject follows "à"/"to"). */
  aboutVerbs: string[]
  festivalCues: string[]
  awardHeads: Set<string>
  awardWords: Set<string>
  awardCues: string[]
  /** Words of an award's name that make it an acting award ("meilleure actrice", "Best Actor"). */
  actingAwardWords: Set<string>
  /** Words in an award's name that make it an award for directing ("César de la réalisation", "Best Director"). */
  directingAwardWords: Set<string>
  creationVerbs: Set<string>
  /** What each creation verb says of its date: a release, a premiere, a festival showing … or a making ('made'). */
  creationVerbKinds: Map<string, CreationVerbKind>
  workNouns: Set<string>
  /** Role nouns of the entities stage (all forms) → their key ("monteuse" → editor; "by the singer X"). */
  roleKeys: Map<string, string>
  /** Nouns of a film or a film genre ("documentaire", "thriller"), shared with the entities stage's work nouns. */
  filmNouns: Set<string>
  creatorCues: string[]
  creatorVerbs: Set<string>
  possessives: Set<string>
  /** Possessives whose owner may be a group ("leur", "their"). */
  groupPossessives: Set<string>
  /** Nouns for a person's film ("son premier film, X", "Y's third feature"). */
  ownFilmNouns: string[]
  /** Words that make a film someone's ("son", "his", "whose", "dont le"). */
  ownFilmOwners: string[]
  /** Headings of an encyclopedic article's lists ("Filmographie", "Awards") and what each list gives. */
  sectionHeadings: Map<string, SectionKind>
  /** Patterns built once from the lists above. */
  patterns: FactPatterns
}

/** Regular expressions built from the lexicon, once per language. */
export interface FactPatterns {
  /** "son premier film, X", "whose debut “X”", "dont le précédent, X": an owner, a film noun, the title. */
  ownFilm: RegExp
  /** "'s third feature", "'s drama" right after a name. */
  genitiveFilm: RegExp
  /** ", son premier long métrage" right after a title: the title is the film of the owner. */
  apposedOwnFilm: RegExp
  /** "son deuxième long métrage" (no title after it). */
  possessiveFilm: RegExp
  /** A film noun of a person's film as a whole word ("premier film", "documentary"). */
  ownFilmNoun: RegExp
  /** "consacre son film à", "devoted the film to": a verb of subject, then "à"/"to". */
  devotedTo: RegExp
  /**
   * "the science-fiction drama", "ce documentaire", "Orla X's comedy" in lower-cased text: a
   * determiner (or a genitive, which the reference starts after), up to two modifiers and a
   * singular film noun.
   */
  genreReference: RegExp
}

/** A phrase of a person's career, what it makes of the films after it, and the gender it marks. */
export interface CareerCue {
  phrase: string
  /** `acting`, `work` (a verb that does not say how), `crew`, `director`, `reward` (column 3 of career-cues.tsv). */
  kind: 'acting' | 'work' | 'crew' | 'director' | 'reward'
  gender?: 'm' | 'f'
}

/** A phrase before the films a person is known for, and the role it makes of them when the text states none. */
export interface KnownForCue {
  phrase: string
  /** Matches the phrase in lower-case text; a short complement may come before a final preposition ("révélée en 2016 par"). */
  pattern: RegExp
  /** The phrase ends on a preposition ("révélée par", "known for"): a participle or adjective that may open its sentence. */
  participle: boolean
  role?: 'actor'
}

const finalPreposition = new Set(['par', 'pour', 'dans', 'avec', 'by', 'for', 'in', 'with'])

function knownForCue(phrase: string, role: 'actor' | undefined): KnownForCue {
  const words = phrase.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const last = words.pop() as string
  const participle = finalPreposition.has(last)
  const gap = participle ? String.raw`(?:\s+[^\s,.;:!?()«»"“”]+){0,8}?` : ''
  const body = words.length > 0 ? String.raw`${words.join(String.raw`\s+`)}${gap}\s+${last}` : last
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${body}(?![\p{L}\p{N}])`, 'gu')
  return role ? {phrase, pattern, participle, role} : {phrase, pattern, participle}
}

/** What a creation verb says of its date (column 3 of creation-verbs.tsv; empty: making or shooting). */
export type CreationVerbKind = 'release' | 'premiere' | 'festival' | 'screening' | 'award' | 'rerelease' | 'made'

const verbKinds = new Set(['release', 'premiere', 'festival', 'screening', 'award', 'rerelease'])

/** What a list under a heading gives: a person's films, how they worked on them, awards, or nothing. */
export type SectionKind = 'films' | 'director' | 'actor' | 'awards' | 'other'

/** The lexicon for `language` (rows marked `any` serve both languages), built once per process. */
export const factLexicon: (language: Lang) => FactLexicon = perLanguage((language: Lang): FactLexicon => {
  const rows = (name: string, column = 1) =>
    loadRows(import.meta.url, `lexicon/${name}.tsv`).filter((row) => row[column] === language || row[column] === 'any')
  const first = (name: string) => rows(name).map((row) => row[0] as string)
  const actor = loadRows(import.meta.url, 'lexicon/actor-cues.tsv').filter((row) => row[2] === language)
  const lists: Omit<FactLexicon, 'patterns'> = {
    filmAnaphora: new Map(rows('film-anaphora').map((row) => [row[0] as string, row[2] === 'last' ? 'last' : 'main'])),
    directorCues: rows('director-cues').map((row) => ({phrase: row[0] as string, reach: Number(row[2])})),
    directorVerbs: first('director-verbs'),
    crewCues: rows('crew-cues').map((row) => ({phrase: row[0] as string, reach: Number(row[2])})),
    crewRoles: new Set(first('crew-roles')),
    crewVerbs: first('crew-verbs'),
    pastCrewVerbs: new Set(rows('crew-verbs').filter((row) => row[2] === 'past').map((row) => row[0] as string)),
    // (the entities stage's list: credit lines make a film sheet's first line its title there)
    creditLabels: entityLexicon(language).creditLabels,
    actorBefore: actor.filter((row) => row[1] === 'before').map((row) => row[0] as string),
    actorAfter: actor.filter((row) => row[1] === 'after').map((row) => row[0] as string),
    actorOpening: actor.filter((row) => row[1] === 'opening').map((row) => row[0] as string),
    actorObject: actor.filter((row) => row[1] === 'object').map((row) => row[0] as string),
    knownFor: rows('known-for-cues').map((row) => knownForCue(row[0] as string, row[2] === 'actor' ? 'actor' : undefined)),
    careerCues: rows('career-cues').map((row) => {
      const kind = row[2] === 'director' || row[2] === 'reward' || row[2] === 'acting' || row[2] === 'crew' ? row[2] : 'work'
      const cue: CareerCue = {phrase: row[0] as string, kind}
      if (row[3] === 'm' || row[3] === 'f') cue.gender = row[3]
      return cue
    }),
    instruments: new Set(first('instruments')),
    actorContext: new Set(first('actor-roles')),
    aboutCues: first('about-cues'),
    aboutVerbs: first('about-verbs'),
    festivalCues: first('festival-cues'),
    awardHeads: new Set(first('award-heads')),
    awardWords: new Set(loadRows(import.meta.url, 'lexicon/award-words.tsv').map((row) => row[0] as string)),
    awardCues: first('award-cues'),
    actingAwardWords: new Set(first('acting-award-words')),
    directingAwardWords: new Set(first('directing-award-words')),
    creationVerbs: new Set(first('creation-verbs')),
    creationVerbKinds: new Map(rows('creation-verbs').map((row) => [row[0] as string, verbKinds.has(row[2] ?? '') ? (row[2] as CreationVerbKind) : 'made'])),
    workNouns: new Set(first('work-nouns')),
    roleKeys: new Map([...entityLexicon(language).roles].map(([form, role]) => [form, role.key])),
    filmNouns: new Set([...entityLexicon(language).workNouns].filter(([, type]) => type === 'Movie').map(([noun]) => noun)),
    creatorCues: first('creator-cues'),
    creatorVerbs: new Set(first('creator-verbs')),
    possessives: new Set(first('possessives')),
    groupPossessives: new Set(rows('possessives').filter((row) => row[2] === 'group').map((row) => row[0] as string)),
    ownFilmNouns: first('own-film-nouns'),
    ownFilmOwners: first('own-film-owners'),
    sectionHeadings: new Map(rows('section-headings', 2).map((row) => [row[0] as string, row[1] as SectionKind]))
  }
  return {...lists, patterns: factPatterns(lists)}
})

/** Build the regular expressions the rules match with, from the lists. */
function factPatterns(lexicon: Omit<FactLexicon, 'patterns'>): FactPatterns {
  const nouns = lexicon.ownFilmNouns.join('|')
  const owners = lexicon.ownFilmOwners.join('|')
  const genres = [...lexicon.filmNouns].filter((noun) => !noun.includes(' ')).join('|')
  const singular = [...lexicon.filmNouns]
    .filter((noun) => !noun.endsWith('s'))
    .sort((a, b) => b.length - a.length)
    .map((noun) => noun.replace(/[-\s]/g, '[-\\s]'))
    .join('|')
  const determiners = 'the|this|that|its|his|her|their|le|la|ce|cet|cette|son|sa|leur'
  return {
    // ("whose debut “Copper Saints”": a quoted or italic title needs no comma)
    ownFilm: new RegExp(`(?<![\\p{L}])(${owners})\\s+((?:[\\p{L}-]+(?:\\s+|(?=,))){0,2}?)(?:(${nouns})\\s*)?(?:,\\s*[“"«‘*_]*\\s*|(?<=(?:${nouns})\\s*)[“"«‘*_]+\\s*)`, 'giu'),
    genitiveFilm: new RegExp(`^['’]s\\s+((?:[\\p{L}\\p{N}-]+\\s+){0,2}?)(${nouns}|${genres})(?![\\p{L}])`, 'iu'),
    apposedOwnFilm: new RegExp(`^[\\s”"»’*_]*(?:\\([^()]{1,30}\\)\\s*)?,\\s*(?:son|sa|his|her)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?(?:${nouns})(?![\\p{L}])`, 'iu'),
    possessiveFilm: new RegExp(`(?<![\\p{L}])(son|sa|his|her)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?(${nouns})(?![\\p{L}])`, 'giu'),
    ownFilmNoun: new RegExp(`(?<![\\p{L}])(${nouns})(?![\\p{L}])`, 'iu'),
    devotedTo: new RegExp(`(?<![\\p{L}])(?:${lexicon.aboutVerbs.join('|')})\\s[^.;:]{0,50}?\\s(?:à|au|aux|to)\\s`, 'giu'),
    genreReference: new RegExp(`(?:(?<![\\p{L}])(?:${determiners})\\s+|(?<![\\p{L}])l['’]|(?<=\\p{L}['’]s\\s+))(?:[\\p{L}-]+\\s+){0,2}?(?:${singular})(?![\\p{L}-])`, 'gu')
  }
}
