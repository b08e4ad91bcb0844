/**
 * lexicon: the cue lists of the entities stage, loaded once from `lexicon/*.tsv` into lookup tables.
 *
 * Every list is general French or English knowledge (role nouns, head nouns, given names, a
 * gazetteer of countries and cities); nothing here names a person or work of a particular article.
 */
import {escapeRegExp, loadRows, perLanguage} from '../lexicon/index.js'
import type {EntityType, Lang} from '../types.js'
import {fold, nameKey} from './normalize.js'

export type Gender = 'm' | 'f' | 'u'

/** One inflected form of a role noun. */
export interface RoleForm {
  /** The form as it appears in text, lower case ("réalisatrices"). */
  form: string
  /** Singular dictionary form of the same gender ("réalisatrice"). */
  lemma: string
  key: string
  gender: Gender
  plural: boolean
  lang: Lang
  /** An open form ("head of"): a role only with the lower-case complement that follows it. */
  open?: boolean
}

export type HeadType = EntityType | 'Award' | 'Section'

/** A head noun that types the name it stands in ("Festival", "University"). */
export interface Head {
  type: HeadType
  first: boolean
  last: boolean
  /** The type when the noun is capitalised inside a sentence ("la Région Bretagne", the regional authority). */
  capital?: HeadType
}

export type CueKind =
  | 'person-after'
  | 'person-before'
  | 'org-before'
  | 'work-before'
  | 'work-after'
  | 'section-after'
  | 'award-context'
  | 'section-before'
  | 'agent-before'
  | 'place-before'
  | 'subject-before'
  | 'title-before'
  | 'alias-before'
  | 'male-after'
  | 'female-after'
  | 'kin-before'
  | 'actor-after'
  | 'event-before'
  | 'human-before'
  | 'org-after'
  | 'place-after'
  | 'release-after'
  | 'relative-after'
  | 'role-verb'

/** A well-known festival or festival section named without the word "festival" ("SXSW", "Un Certain Regard"). */
export interface Festival {
  /** The name as the list writes it (apostrophes straight). */
  name: string
  kind: 'festival' | 'section'
  /** A common word as well ("Panorama", "Forum"): an event only after a screening cue. */
  cued: boolean
  /** Name keys (see `nameKey`) of its other names ("Berlinale" … "Berlin International Film Festival"). */
  others: string[]
}

/** A known name of several words, as written, and what it names. */
export interface KnownName {
  name: string
  type: 'Event' | 'Organization'
  /** A common phrase as well: its type needs a cue around it. */
  cued: boolean
}

/** All the lists, ready for lookup. Phrase tables are keyed by their words joined with one space. */
/** The types a weak frame may lean towards. */
/** The fact a credit line's label gives ("Réalisation : X" a director, "Festival : Y" a festival). */
export type CreditFact = 'director' | 'actor' | 'work' | 'festival'

export type WeakType = 'Person' | 'Organization' | 'Place'

export interface EntityLexicon {
  roles: Map<string, RoleForm>
  /** Longest role phrase, in words. */
  roleMaxWords: number
  personNouns: Map<string, Gender>
  /** Article and role noun that name a body or an activity when no name is beside them ("la critique"). */
  collectiveRoles: Set<string>
  honorifics: Map<string, Gender>
  heads: Map<string, Head>
  /** Nouns after which "de X" names a person ("la mort de X"). */
  ofPersonNouns: Set<string>
  /** Heads that open a name in lower case ("festival de Clermont-Ferrand"). */
  lowerHeads: Set<string>
  /**
   * French nouns of a place that open its name in lower case, the name right after them ("place Vendôme", "cap
   * Ferret"), and whether a given name may follow (a street named after a person).
   */
  lowerPlaceHeads: Map<string, {people: boolean}>
  workNouns: Map<string, 'Movie' | 'CreativeWork'>
  cues: Map<string, Set<CueKind>>
  /**
   * Frames that lean towards a type without settling it ("fought at X", "joined X", "X's shares"), by where they stand:
   * the words before the name, the words after it, the noun after its possessive. Used only for names nothing else types.
   */
  weakCues: Record<'before' | 'after' | 'owns', Map<string, WeakType>>
  /**
   * Phrases right next to a name that tell a trade without a role noun ("produit par X", "X plays"), with the
   * role key they tell; `before` matches the end of the text before the name, `after` the start of the text after it.
   */
  roleCues: Array<{side: 'before' | 'after'; pattern: RegExp; key: string}>
  firstNames: Map<string, Gender>
  /** Given names that are also ordinary words ("Bill", "Grace", "Pierre"): one only before another proper name. */
  wordFirstNames: Map<string, Gender>
  /** Folded (accent-less, lower case) place names. */
  places: Set<string>
  /** Folded names of countries (the places of kind country). */
  countries: Set<string>
  /** Folded names of regions, states and provinces (the places of kind region). */
  regions: Set<string>
  /** Nouns after which "de la X" is a country as land ("le reste de l'Afrique"), not as a state. */
  landNouns: Set<string>
  stopwords: Set<string>
  /** Nouns of public bodies written in lower case that head a name with their complements ("parti socialiste"). */
  lowerOrgHeads: Set<string>
  /** Acronyms that are common nouns or codes ("PDG", "ADN", "ISBN"), as written. */
  commonAcronyms: Set<string>
  /** Labels of a film's credit lines, lower case ("réalisation", "directed by", "cast"), with the fact each gives. */
  creditLabels: Map<string, CreditFact>
  /** Nouns of a venue ("centre", "salle", "lightbox"): a name of such a noun and proper names only is a place. */
  venueHeads: Map<string, {first: boolean, last: boolean}>
  /**
   * Nouns of a kind of place or body, singular and plural, of the text's language ("village", "villages", "band"):
   * a definition ("X is a village in …") or "the village of X" types the name.
   */
  kindNouns: Map<string, 'Place' | 'Organization'>
  /** Nouns that name a thing with the name or complements after them ("l'affaire Dreyfus", "le traité d'Amsterdam"). */
  complementHeads: Map<string, {type: 'Event' | 'CreativeWork', complements: boolean}>
  /** English nouns of a place named with a possessive before them ("Martha's Vineyard", "King's Cross"), lower case. */
  possessivePlaces: Set<string>
  /** Place head nouns that are also family names ("Hall", "Marsh"): after a given name, a person. */
  surnameHeads: Set<string>
  /** Verbs that title-case headlines write after their subject ("Lumaro Sets Global Premiere"): they end a name. */
  headlineVerbs: Set<string>
  /** Known festivals and sections, by name key (see `nameKey`). */
  festivals: Map<string, Festival>
  /**
   * Known organisations, by name key: newspapers, magazines and broadcasters ("Le Monde", "The Guardian"; media.tsv),
   * companies and bodies of the film trade and online platforms ("Universal", "Le Pacte", "Netflix"; companies.tsv).
   */
  media: Set<string>
  /**
   * Known names of two words or more (festivals, sections), and known organisations of any length (media,
   * companies), by their first word as written (apostrophes
   * straight): the names they may open, kept whole whatever their words ("Un Certain Regard", "Le Monde").
   */
  knownStarts: Map<string, KnownName[]>
}

/**
 * The given names of the lexicon, which also knows a compound of them ("pierre-yves", "marie-claude",
 * "karl-johan") when the list lacks it: it is a given name when each part is, of its first part's gender.
 */
class GivenNames extends Map<string, Gender> {
  override get(name: string): Gender | undefined {
    const listed = super.get(name)
    if (listed !== undefined || !name.includes('-')) return listed
    const parts = name.split('-')
    return parts.length === 2 && parts.every((part) => super.has(part)) ? super.get(parts[0] as string) : undefined
  }

  override has(name: string): boolean {
    return this.get(name) !== undefined
  }
}

/** The lexicon for one language (English and French lists both apply to names and places), built once. */
export const entityLexicon: (lang: Lang) => EntityLexicon = perLanguage((lang: Lang) => build(lang))

function rows(name: string): string[][] {
  return loadRows(import.meta.url, `lexicon/${name}`)
}

function build(lang: Lang): EntityLexicon {
  const roles = new Map<string, RoleForm>()
  let roleMaxWords = 1
  for (const [masc, fem, key, rowLang] of rows('roles.tsv')) {
    if (!masc || !fem || !key || rowLang !== lang) continue
    if (masc.endsWith(' …')) {
      // an open form takes its complement in the text; only its singulars are listed
      for (const [lemma, gender] of (masc === fem ? [[masc, 'u']] : [[masc, 'm'], [fem, 'f']]) as Array<[string, Gender]>) {
        const form = lemma.slice(0, -2)
        if (!roles.has(form)) roles.set(form, {form, lemma: form, key, gender, plural: false, lang, open: true})
        roleMaxWords = Math.max(roleMaxWords, form.split(' ').length)
      }
      continue
    }
    const epicene = masc === fem
    const forms: Array<[string, Gender]> = epicene ? [[masc, 'u']] : [[masc, 'm'], [fem, 'f']]
    for (const [lemma, gender] of forms) {
      for (const [form, plural] of [[lemma, false], [pluralise(lemma, lang), true]] as const) {
        if (!roles.has(form)) roles.set(form, {form, lemma, key, gender, plural, lang})
        roleMaxWords = Math.max(roleMaxWords, form.split(' ').length)
      }
    }
  }
  const genderOf = (value: string | undefined): Gender => (value === 'm' || value === 'f' ? value : 'u')
  const personNouns = new Map(rows('person-nouns.tsv').map(([w, g]) => [w as string, genderOf(g)]))
  const collectiveRoles = new Set(rows('collective-roles.tsv').map(([w]) => w as string))
  const honorifics = new Map(rows('honorifics.tsv').map(([w, g]) => [w as string, genderOf(g)]))
  const heads = new Map<string, Head>()
  for (const [word, type, position, capital] of rows('heads.tsv')) {
    if (!word || !type) continue
    const head = heads.get(word) ?? {type: type as HeadType, first: false, last: false}
    if (position === 'first' || position === 'any') head.first = true
    if (position === 'last' || position === 'any') head.last = true
    if (capital) head.capital = capital as HeadType
    heads.set(word, head)
  }
  const workNouns = new Map(rows('work-nouns.tsv').map(([w, t]) => [w as string, t === 'Movie' ? 'Movie' : 'CreativeWork'] as const))
  const cues = new Map<string, Set<CueKind>>()
  for (const [cue, kind, rowLang] of rows('cues.tsv')) {
    if (!cue || !kind || rowLang !== lang) continue
    const set = cues.get(cue) ?? new Set<CueKind>()
    set.add(kind as CueKind)
    cues.set(cue, set)
  }
  const weakCues: EntityLexicon['weakCues'] = {before: new Map(), after: new Map(), owns: new Map()}
  for (const [cue, where, type, rowLang] of rows('weak-cues.tsv')) {
    if (!cue || rowLang !== lang || (where !== 'before' && where !== 'after' && where !== 'owns') || (type !== 'Person' && type !== 'Organization' && type !== 'Place')) continue
    weakCues[where].set(cue, type)
  }
  const roleCues: EntityLexicon['roleCues'] = []
  for (const [side, cue, key, rowLang] of rows('role-cues.tsv')) {
    if (!cue || !key || rowLang !== lang || (side !== 'before' && side !== 'after')) continue
    const words = escapeRegExp(cue)
    const pattern = side === 'before' ? new RegExp(`(^|[^\\p{L}])${words}\\s+$`, 'u') : new RegExp(`^${cue.startsWith("'") ? '' : '\\s+'}${words}([^\\p{L}]|$)`, 'u')
    roleCues.push({side, pattern, key})
  }
  const firstNames = new GivenNames(rows('first-names.tsv').map(([w, g]) => [fold(w as string), genderOf(g)]))
  const wordFirstNames = new Map(rows('word-first-names.tsv').map(([w, g]) => [fold(w as string), genderOf(g)]))
  const places = new Set(rows('places.tsv').map(([w]) => fold(w as string)))
  const countries = new Set(rows('places.tsv').filter(([, kind]) => kind === 'country').map(([w]) => fold(w as string)))
  const regions = new Set(rows('places.tsv').filter(([, kind]) => kind === 'region').map(([w]) => fold(w as string)))
  const landNouns = new Set(rows('land-nouns.tsv').map(([w]) => w as string))
  const stopwords = new Set(rows('stopwords.tsv').map(([w]) => w as string))
  const lowerHeads = new Set(rows('lowercase-heads.tsv').map(([w]) => w as string))
  const lowerPlaceHeads = new Map(rows('lowercase-place-heads.tsv').map(([w, people]) => [w as string, {people: people === 'people'}]))
  const ofPersonNouns = new Set(rows('of-person-nouns.tsv').map(([w]) => w as string))
  const commonAcronyms = new Set(rows('common-acronyms.tsv').map(([w]) => w as string))
  const creditLabels = new Map(rows('credit-labels.tsv').filter(([, , rowLang]) => rowLang === lang).map(([label, predicate]) => [label as string, predicate as CreditFact]))
  const lowerOrgHeads = new Set(rows('lowercase-org-heads.tsv').map(([w]) => w as string))
  const venueHeads = new Map<string, {first: boolean, last: boolean}>()
  for (const [word, position] of rows('venue-heads.tsv')) {
    if (word) venueHeads.set(word, {first: position === 'first' || position === 'any', last: position === 'last' || position === 'any'})
  }
  const kindNouns = new Map<string, 'Place' | 'Organization'>()
  for (const [noun, type, rowLang] of rows('kind-nouns.tsv')) {
    if (!noun || rowLang !== lang || (type !== 'Place' && type !== 'Organization')) continue
    kindNouns.set(noun, type)
    kindNouns.set(pluralise(noun, lang), type)
  }
  const complementHeads = new Map(rows('complement-heads.tsv').map(([w, t, follows]) => [w as string, {type: t === 'Event' ? 'Event' : 'CreativeWork', complements: follows !== 'name'}] as const))
  const festivals = new Map<string, Festival>()
  const knownStarts = new Map<string, KnownName[]>()
  const known = (name: string, type: KnownName['type'], cued: boolean, single = false): void => {
    const words = name.split(/[\s']+/).filter((w) => w !== '')
    if (words.length < 2 && !single) return
    const first = name.startsWith("L'") ? "L'" : words[0] as string
    knownStarts.set(first, [...(knownStarts.get(first) ?? []), {name, type, cued}])
  }
  for (const [name, kind, context, others] of rows('festivals.tsv')) {
    if (!name || !kind) continue
    const written = name.replace(/’/g, "'")
    const festival: Festival = {name: written, kind: kind === 'section' ? 'section' : 'festival', cued: context === 'cued', others: (others ?? '').split(';').map((o) => nameKey(o.trim())).filter((o) => o !== '')}
    festivals.set(nameKey(written), festival)
    known(written, 'Event', festival.cued)
  }
  const possessivePlaces = new Set(rows('possessive-places.tsv').map(([w]) => w as string))
  const surnameHeads = new Set(rows('surname-heads.tsv').map(([w]) => w as string))
  const headlineVerbs = new Set(lang === 'en' ? rows('headline-verbs.tsv').map(([w]) => w as string) : [])
  const media = new Set<string>()
  for (const [name] of [...rows('media.tsv'), ...rows('companies.tsv')]) {
    if (!name) continue
    const written = name.replace(/’/g, "'")
    media.add(nameKey(written))
    // (one word too: "Universal passed on the script" opens its sentence with the company)
    known(written, 'Organization', false, true)
  }
  return {possessivePlaces, surnameHeads, headlineVerbs, festivals, media, knownStarts, roles, roleMaxWords, personNouns, collectiveRoles, honorifics, heads, lowerHeads, lowerPlaceHeads, ofPersonNouns, workNouns, cues, weakCues, roleCues, firstNames, wordFirstNames, places, countries, regions, landNouns, stopwords, commonAcronyms, creditLabels, lowerOrgHeads, venueHeads, kindNouns, complementHeads}
}

const prepositions = new Set(['de', 'du', 'des', "d'", 'en', 'of', 'à'])

/** Plural of a role phrase: French inflects the words before the first preposition, English the head. */
export function pluralise(phrase: string, lang: Lang): string {
  const words = phrase.split(' ')
  let stop = words.findIndex((word) => prepositions.has(word) || word.startsWith("d'"))
  if (stop < 0) stop = words.length
  if (lang === 'en') {
    const head = stop - 1
    return words.map((word, i) => (i === head ? pluralWordEn(word) : word)).join(' ')
  }
  return words.map((word, i) => (i < stop ? pluralWordFr(word) : word)).join(' ')
}

function pluralWordFr(word: string): string {
  if (/[sxz]$/.test(word)) return word
  if (word.endsWith('al')) return `${word.slice(0, -2)}aux`
  if (word.endsWith('eau')) return `${word}x`
  return `${word}s`
}

function pluralWordEn(word: string): string {
  if (word.endsWith('man')) return `${word.slice(0, -3)}men`
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`
  if (/(s|sh|ch|x)$/.test(word)) return `${word}es`
  return `${word}s`
}
