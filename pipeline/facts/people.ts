/**
 * people: the people of a film — director, actors, crew — from cues, credits and roles.
 */
import {figurative} from './careers.js'
import type {Entity} from '../types.js'
import {findPhrases, firstMention, hasWord, isBracketedCredit, type Located} from './context.js'
import {coordinatedBefore, describedBy, filmNear, forCuedPeople, lowered, onlyFilmOfParagraph, peopleAfter, personAfter, recentFilm, sectionFilm, type Rule} from './rule.js'

/** Directors: "réalisé par X", "<film> de X", "X's <film>", "X a réalisé <film>", casting directors. */
export function directors(rule: Rule): void {
  const {lower, offset} = lowered(rule)
  const people = rule.index.within(rule.sentence, ['Person'])
  forCuedPeople(rule, rule.lexicon.directorCues, (film, person) => rule.facts.add(film, 'director', person.id, rule.sentence))
  // "<film> de <person>", "<film> by <person>"
  for (const reference of rule.films) {
    const after = rule.view.text.slice(reference.end, Math.min(rule.sentence.end, reference.end + 80))
    // ("<film> (2016), also by X": a year in brackets and "also" may come between)
    // ("<film>, du Brésilien X": "du" is "de" with an article)
    // ("la comédie d'action de X", "le film d'animation de Y": a lower-case complement of the noun may come between)
    const link = /^\s*(?:\([^()]{1,30}\)\s*)?,?\s*(?:[Aa]lso\s+|[Aa]ussi\s+|[Éé]galement\s+)?(?:(?:d['’]|de\s+)\p{Ll}[\p{Ll}-]*\s+)?([Dd]e\s|[Dd]['’]|[Dd]u\s(?=\p{Lu})|[Bb][Yy]\s)/u.exec(after)
    if (!link) continue
    // "<film>, by the Kazakh director X", "<film>, de la cinéaste sénégalaise X": a director's role may come between
    const role = /^\s*(?:the|la|le|l['’])\s*((?:[\p{L}-]+\s+){1,3}?)(?=\p{Lu})/u.exec(after.slice(link[0].length))
    const roleWords = role ? (role[1] as string).trim().toLowerCase().split(/\s+/) : []
    const directing = roleWords.some((word) => rule.lexicon.roleKeys.get(word) === 'director')
    // ("<film>, de la Bretonne X", "<film>, by the Peruvian Y": a nationality alone may come between)
    const described = (role || /^du/i.test(link[1] as string)) && !directing ? describedBy(rule, reference.end + link[0].length) : undefined
    const person =
      personAfter(rule, reference.end + link[0].length, 1) ??
      (role && directing ? personAfter(rule, reference.end + link[0].length + role[0].length, 1) : undefined) ??
      (described !== undefined ? personAfter(rule, described, 1) : undefined)
    if (person) rule.facts.add(reference.film, 'director', person.id, rule.sentence)
  }
  appositionDirectors(rule)
  // "The director of Harbour Lights, Anna X", "la réalisatrice des Feux du port, Y": a director's role of a named film
  for (const {entity} of people) {
    const film = roleOfFilm(rule, entity, (key) => key === 'director')
    if (film) rule.facts.add(film, 'director', entity.id, rule.sentence)
  }
  // "<person>'s <film>", "X's new documentary Y" (not "actor Y's hands to mime, in <film>")
  for (const {entity, mention} of people) {
    if (!/^['’]s\s/.test(rule.view.text.slice(mention.end, mention.end + 3)) || filmRole(entity) === 'actor') continue
    const film = rule.films.find((reference) => reference.start > mention.end && reference.start - mention.end < 40)
    if (film && !/[,;:.!?()]/.test(rule.view.text.slice(mention.end, film.start))) rule.facts.add(film.film, 'director', entity.id, rule.sentence)
  }
  // "<film>, X's three-hour Napoleonic epic": a possessive name in apposition right after a title
  // made the film (unless the text makes them one of its actors: "<film>, Y's finest hour")
  for (const {entity, mention} of people) {
    if (!/^['’]s?\s/.test(rule.view.text.slice(mention.end, mention.end + 3)) || filmRole(entity) === 'actor') continue
    const film = rule.films.find((reference) => reference.end <= mention.start && /^[\s*_”"»’]*(?:\([^()]{1,30}\)\s*)?,\s*$/.test(rule.view.text.slice(reference.end, mention.start)))
    if (film) rule.facts.add(film.film, 'director', entity.id, rule.sentence)
  }
  // "la réalisatrice X lui confie un rôle dans <film>", "director X cast her in <film>"
  if (/(?<![\p{L}])(rôle|role|cast|casts|casting|hired|hires|engage|engagé|engagée|embauche|embauché|embauchée)(?![\p{L}])/iu.test(lower)) {
    for (const {entity, mention} of people) {
      if (!entity.roles.some((role) => role.key === 'director')) continue
      const film = rule.films.find((reference) => reference.start > mention.end)
      if (film) rule.facts.add(film.film, 'director', entity.id, rule.sentence)
      break
    }
  }
  // "In 1978 Marguerite X cast him as a keeper in <film>", "Y le dirige dans <film>": whoever casts
  // or directs the person the passage is about, with no other trade stated, directed the film
  for (const {entity, mention} of people) {
    if (!castsSomeone.test(rule.view.text.slice(mention.end, mention.end + 60))) continue
    if (entity.roles.some((role) => role.key !== 'director')) continue
    const film = rule.films.find((reference) => reference.start > mention.end)
    if (film) rule.facts.add(film.film, 'director', entity.id, rule.sentence)
  }
  // "<person> a réalisé <film>", "la réalisatrice a tourné ce film"
  for (const {at, phrase} of findPhrases(lower, rule.lexicon.directorVerbs)) {
    const verb = offset + at
    if (/^\s+(dans|in)\s/.test(rule.view.text.slice(verb + phrase.length, verb + phrase.length + 5))) continue
    const named = rule.index.before(verb, ['Person'])
    // "Elle coréalise X avec Y", "She directed X in 1991": a subject pronoun is the person the passage is about
    const pronoun = rule.topic && /^\s*(?:elle|il|she|he)\s+(?:\p{L}+\s+)?$/iu.test(rule.view.text.slice(rule.sentence.start, verb))
    let subject = named && named.mention.start >= rule.sentence.start ? named : pronoun && rule.topic ? {entity: rule.topic, mention: {start: rule.sentence.start, end: rule.sentence.start}} : undefined
    // "Chin, a climber who had known Honnold for years, had co-directed X": a name inside an aside
    // closed by a comma before the verb is not its subject; the name the sentence opens on is
    if (subject && subject === named) {
      const opening = rule.index.within(rule.sentence, ['Person'])[0]
      const aside = opening && opening.entity !== named.entity && opening.mention.start - rule.sentence.start <= 3 && /^\s*,/.test(rule.view.text.slice(opening.mention.end, opening.mention.end + 3))
      const closed = /,[^,]*$/.test(rule.view.text.slice(named.mention.end, verb))
      if (aside && closed) subject = {entity: opening.entity, mention: {start: verb, end: verb}}
      // (the name the sentence opens on may be one the entities stage did not find: then nobody)
      else if (closed && /,[^,]*(?<![\p{L}])(?:who|whom|that|which|qui|que|dont)\s[^,]*$/iu.test(rule.view.text.slice(rule.sentence.start, named.mention.start))) {
        // ("… had co-directed X with Y": the partner still co-directed it)
        const film = rule.films.find((reference) => reference.start >= verb)?.film
        const other = film ? coDirector(rule, verb, phrase) : undefined
        if (film && other) rule.facts.add(film, 'director', other.id, rule.sentence)
        continue
      }
    }
    if (!subject || verb - subject.mention.end > 40) continue
    if (subject.entity !== named?.entity && subject.mention.start !== verb && !/^(?:réalis|coréalis|co-réalis|direct|co-direct)/.test(phrase)) continue
    const isDirector = subject.entity.roles.some((role) => role.key === 'director')
    const unambiguous = /^(?:to\s+|will\s+)?(réalis|coréalis|co-réalis|direct|co-direct|helmed|met en scène|a mis en scène)/.test(phrase)
    // "X signe avec <film> un drame sec", "Avec <film>, X signe un premier essai": a film with the verb makes it a film's
    const withFilm = rule.films.find((reference) => /^\s+(?:avec|with)\s+[«“"‘*_]*\s*$/iu.test(rule.view.text.slice(verb + phrase.length, reference.start)))
    const opening = /^\s*(?:avec|with)\s+[«“"‘*_]*\s*$/iu.test(rule.view.text.slice(rule.sentence.start, rule.films[0]?.start ?? rule.sentence.start))
    const openingFilm = opening && rule.films[0] && rule.films[0].end <= subject.mention.start ? rule.films[0].film : undefined
    // "L'Américain X signe <film>": the film right after "signe" is the one the subject made (not a
    // person the text gives another trade, "la compositrice signe …")
    const signed = /^sign/.test(phrase) && subject === named && !subject.entity.roles.some((role) => role.key !== 'director') ? rule.films.find((reference) => /^\s+[«“"‘*_]*\s*$/u.test(rule.view.text.slice(verb + phrase.length, reference.start))) : undefined
    if (!isDirector && !unambiguous && !withFilm && !openingFilm && !signed) continue
    // "X directed this hand-drawn fable": a demonstrative speaks of the film of the passage
    const demonstrative = /^\s+(this|ce|cet|cette)\b/i.test(rule.view.text.slice(verb + phrase.length, verb + phrase.length + 7))
    // ("Jonah X directs from a script by Y": a directing verb with no film after it, in a paragraph on one film, directs that film)
    const alone = unambiguous && rule.films.length === 0 && !/^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:film|movie|feature|documentary|short|clip|video|play|opera|pièce|opéra|spectacle|court|long|documentaire|série|series|episode|épisode|music|musique|videos?|ads?|commercials?|publicités?)(?![\p{L}])/iu.test(rule.view.text.slice(verb + phrase.length, verb + phrase.length + 40))
    const film = withFilm?.film ?? signed?.film ?? rule.films.find((reference) => reference.start >= verb)?.film ?? openingFilm ?? (demonstrative ? recentFilm(rule) : alone ? onlyFilmOfParagraph(rule.view.paragraphs, rule.index, rule.sentence) : undefined)
    if (!film) continue
    rule.facts.add(film, 'director', subject.entity.id, rule.sentence)
    // "A coréalise <film> avec l'artiste B", "co-directed it with B": the one named after "avec" directs it too
    const other = coDirector(rule, verb, phrase)
    if (other) rule.facts.add(film, 'director', other.id, rule.sentence)
  }
}

/** "A coréalise <film> avec l'artiste B", "co-directed it with B": the one named after "avec" of a co-directing verb. */
function coDirector(rule: Rule, verb: number, phrase: string): Entity | undefined {
  if (!/^(?:coréalis|co-réalis|co-direct)/.test(phrase)) return undefined
  const partner = /^[^.;:]{0,60}?\s(?:avec|with)\s+/iu.exec(rule.view.text.slice(verb + phrase.length, rule.sentence.end))
  if (!partner) return undefined
  const from = verb + phrase.length + partner[0].length
  const described = describedBy(rule, from) ?? roleBefore(rule, from)
  return personAfter(rule, from, 1) ?? (described !== undefined ? personAfter(rule, described, 1) : undefined)
}

/** Where a name starts after a role phrase at `from` ("l'artiste ", "the painter "), if one stands there. */
function roleBefore(rule: Rule, from: number): number | undefined {
  const match = /^(?:the|la|le|l['’]|son|sa|his|her)\s*([\p{L}-]+)\s+(?=\p{Lu})/iu.exec(rule.view.text.slice(from, from + 40))
  return match && rule.lexicon.roleKeys.has((match[1] as string).toLowerCase()) ? from + match[0].length : undefined
}

/** Film nouns whose "de"/"of" names what the film is about or comes from, not its maker ("biopic of X", "adaptation de Y"). */
const subjectNouns = new Set(['biopic', 'portrait', 'adaptation', 'remake', 'hommage', 'tribute', 'sequel', 'suite', 'prequel', 'reboot', 'version', 'histoire', 'story'])

/**
 * A director named in an apposition to a title, the way lists and news items credit films:
 * "<film>, le film d'action de X", "<film>, film d'animation de X", "<film>, the debut of X",
 * "<film> (X, 2019)"; and the other way, "X, lui-même réalisateur de <film>", "X, the director of <film>".
 */
function appositionDirectors(rule: Rule): void {
  const text = rule.view.text
  const nouns = [...rule.lexicon.ownFilmNouns, ...rule.lexicon.filmNouns]
  for (const reference of rule.films) {
    if (reference.film.mentions.every((named) => named.start !== reference.start)) continue
    const after = text.slice(reference.end, Math.min(rule.sentence.end, reference.end + 90))
    // ", le film d'action de ", ", a documentary by ", ", the debut of ": a film noun, with up to two words on either side
    const apposition = /^[\s”"»’*_]*,\s*(?:(?:le|la|l['’]|un|une|the|a|an)\s*)?((?:[\p{L}\p{N}-]+\s+){0,2}?)([\p{L}-]+(?:\s[\p{L}-]+)?)((?:\s+(?:d['’]|de\s|en\s)[\p{L}-]+){0,2})\s+(?:de|d['’]|du|of|by|from)\s*/iu.exec(after)
    if (apposition) {
      const noun = (apposition[2] as string).toLowerCase()
      const last = noun.split(/\s/).pop() as string
      if ((nouns.includes(noun) || nouns.includes(last)) && !subjectNouns.has(last)) {
        const from = reference.end + apposition[0].length
        const described = describedBy(rule, from)
        const person = personAfter(rule, from, 1) ?? (described !== undefined ? personAfter(rule, described, 1) : undefined)
        if (person && filmRole(person) !== 'actor') rule.facts.add(reference.film, 'director', person.id, rule.sentence)
      }
    }
    // "<film> (X, 2019)", "<film> (X, France, 2021)": a list's credit in brackets
    const bracket = /^[\s”"»’*_]*\(\s*/u.exec(after)
    const credited = bracket ? rule.index.firstStartingIn({start: reference.end + bracket[0].length, end: reference.end + bracket[0].length + 1}, ['Person']) : undefined
    if (credited && /^\s*,\s*(?:[\p{L} -]{2,30},\s*)?\d{4}\s*\)/u.test(text.slice(credited.mention.end, credited.mention.end + 40)) && filmRole(credited.entity) !== 'actor') {
      rule.facts.add(reference.film, 'director', credited.entity.id, rule.sentence)
    }
  }
  // "X, lui-même réalisateur d'<film>", "X, the director of <film>": a director's role right before the title
  for (const reference of rule.films) {
    const before = text.slice(Math.max(rule.sentence.start, reference.start - 60), reference.start)
    const role = /,\s*(?:(?:lui-même|elle-même|also|herself|himself|aussi|également)\s+)?(?:(?:the|le|la|l['’])\s*)?([\p{L}-]+)\s+(?:de\s+|d['’]|du\s+|of\s+)[«“"‘*_]*\s*$/iu.exec(before)
    if (!role || rule.lexicon.roleKeys.get((role[1] as string).toLowerCase()) !== 'director') continue
    const commaAt = reference.start - before.length + (role.index ?? 0)
    const person = rule.index.before(commaAt + 1, ['Person'])
    if (person && person.mention.start >= rule.sentence.start && /^[\s”"»’*_]*$/.test(text.slice(person.mention.end, commaAt))) {
      rule.facts.add(reference.film, 'director', person.entity.id, rule.sentence)
    }
  }
}

/**
 * "## 1. *Title*" then "Director **Naomi X** followed …": under a film's heading, a person named with
 * the role of director in a sentence that names no other film is the director of the section's film.
 */
export function sectionDirectors(rule: Rule): void {
  if (rule.films.length > 0) return
  const film = sectionFilm(rule)
  if (!film) return
  for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
    const stated = entity.roles.some((role) => role.key === 'director' && role.end <= mention.start && mention.start - role.end <= 4)
    if (stated) rule.facts.add(film, 'director', entity.id, rule.sentence)
  }
  // "X spent four years in Hội An filming Y": the person the sentence opens on, filming
  const opening = rule.index.within(rule.sentence, ['Person'])[0]
  if (!opening || opening.mention.start - rule.sentence.start > 3 || filmRole(opening.entity) === 'actor') return
  if (filming.test(rule.view.text.slice(opening.mention.end, rule.sentence.end))) rule.facts.add(film, 'director', opening.entity.id, rule.sentence)
}

/** Verbs of filming or directing, in any tense a sentence may give them. */
const filming = /(?<![\p{L}])(filming|filmed|films|directed|directs|directing|filme|filmait|a filmé|filmant|a réalisé|réalise|met en scène|a mis en scène)(?![\p{L}])/iu

/** The role by which a person makes films: director, actor, or none stated. */
export function filmRole(person: Entity): 'director' | 'actor' | undefined {
  if (person.roles.some((role) => role.key === 'director')) return 'director'
  if (person.roles.some((role) => role.key === 'actor')) return 'actor'
  return undefined
}

/**
 * A film given as one of a person's films: "X … son premier film, <film>", "X, whose previous
 * film, <film>", "X, dont le précédent, <film>" (the person named last before, in the sentence);
 * "X's third feature" (the film the sentence speaks of). The person directs it, or plays in it
 * when an actor's role is all the text states; with no role stated, a film noun makes a director.
 */
export function ownFilms(rule: Rule): void {
  const text = rule.view.text
  const sentence = text.slice(rule.sentence.start, rule.sentence.end)
  const {ownFilm: apposition, genitiveFilm: genitive, possessiveFilm: possessive} = rule.lexicon.patterns
  for (const match of sentence.matchAll(apposition)) {
    const at = rule.sentence.start + (match.index ?? 0)
    const start = at + match[0].length
    const film = rule.films.find((reference) => reference.start === start)
    if (!film || (!match[2] && !match[3])) continue
    const relative = /^(whose|dont)/i.test(match[1] as string)
    const before = rule.index.before(at, ['Person'])
    // "Son premier court métrage, X, …": with nobody named before it in the sentence, the possessive
    // is the person the passage is about
    // (only when the possessive opens the sentence, "Au générique de son prochain film" may be anyone's, or when
    // an object pronoun before it stands for that person: "Un héritage lui permet de produire son premier long métrage, X")
    const lead = text.slice(rule.sentence.start, at)
    const opens = !/\p{L}/u.test(lead) || /(?<![\p{L}])(?:lui|him)(?![\p{L}])/iu.test(lead)
    // ("Pour son premier film, X, Paul Y a choisi …", "For her debut feature, X, Anna Z chose …": a possessive
    // in an opening phrase stands for the subject named right after the title)
    const named = before && before.mention.start >= rule.sentence.start ? before.entity : undefined
    const fronted = named || relative ? undefined : subjectAfterApposition(rule, film.end)
    const owner = named ?? fronted ?? (relative || !opens ? undefined : rule.topic)
    if (!owner) continue
    if (relative && at - (before as Located).mention.end > 3) continue
    const predicate = creditOwnFilm(rule, owner, film.film, !!match[3] || relative)
    // "X, dont le précédent long métrage, Y, …", "X, whose previous film, Y": X made the film the text is about too
    const current = /(précédent|précédente|previous|earlier)/i.test(match[2] ?? '') ? recentFilm(rule) : undefined
    if (predicate === 'work' && current && current !== film.film) rule.facts.add(owner, 'work', current.id, rule.sentence)
    else if (predicate && current && current !== film.film) rule.facts.add(current, predicate, owner.id, rule.sentence)
  }
  relativeOwners(rule)
  // "Avec X, son troisième long métrage, Anna Y signe …", "With X, her third feature, Anna Y paints …": a film
  // opening the sentence, in apposition with a possessive film noun, is the film of the subject after them
  const opening = rule.films[0]
  const lead = opening ? /^\s*(?:avec|with|pour|for|dans|in)\s+[«“"‘*_]*\s*$/iu.test(text.slice(rule.sentence.start, opening.start)) : false
  const apposed = opening && lead ? rule.lexicon.patterns.apposedOwnFilm.exec(text.slice(opening.end, Math.min(rule.sentence.end, opening.end + 70))) : null
  if (opening && apposed) {
    const rest = /^[^,;:]*/u.exec(text.slice(opening.end + apposed[0].length, rule.sentence.end)) as RegExpExecArray
    const subject = subjectAfterApposition(rule, opening.end + apposed[0].length + rest[0].length)
    if (subject && !rule.index.within({start: rule.sentence.start, end: opening.start}, ['Person']).length) creditOwnFilm(rule, subject, opening.film, true)
  }
  // "Anouk X's film follows …", "the whole point of Y's third feature", "Agnès Z's drama won …"
  for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
    const match = genitive.exec(text.slice(mention.end, mention.end + 50))
    if (!match) continue
    const at = mention.end + match[0].length
    const next = rule.films.find((reference) => reference.start >= at && reference.start - at < 4)
    // ("Anna X's new documentary, Harbour Lights, opens …": the title in apposition is the film)
    if (next && /^[\s”"»’*_]*,/.test(text.slice(at, next.start)) && filmRole(entity) !== 'actor') rule.facts.add(next.film, 'director', entity.id, rule.sentence)
    if (next) continue
    const film = filmNear(rule.films, mention.start) ?? recentFilm(rule)
    if (film && filmRole(entity) !== 'actor') rule.facts.add(film, 'director', entity.id, rule.sentence)
  }
  // "Avec X, la documentariste Y consacre son deuxième long métrage à Z": the one film the sentence
  // names, before the person, is the film the possessive speaks of
  const named = rule.index.within(rule.sentence, ['Movie'])
  if (new Set(named.map(({entity}) => entity)).size !== 1) return
  for (const match of sentence.matchAll(possessive)) {
    const at = rule.sentence.start + (match.index ?? 0)
    const end = at + match[0].length
    if (rule.films.some((reference) => reference.start >= end && reference.start - end < 4)) continue
    const owner = rule.index.before(at, ['Person'])
    const film = named[0] as Located
    if (!owner || owner.mention.start < film.mention.end || at - owner.mention.end > 30) continue
    const predicate = filmRole(owner.entity) ?? 'director'
    rule.facts.add(film.entity, predicate, owner.entity.id, rule.sentence)
  }
}

/**
 * A film given as the owner's: they acted in it when the text makes them an actor, directed it when
 * it makes them a director or the words say so (`directing`: a film noun, "whose"); a costume
 * designer's or a composer's film ("Her new film, X") is a work. The predicate given, if any.
 */
function creditOwnFilm(rule: Rule, owner: Entity, film: Entity, directing: boolean): 'director' | 'actor' | 'work' | undefined {
  const crewOnly = owner.roles.some((role) => rule.lexicon.crewRoles.has(role.key))
  const predicate = filmRole(owner) ?? (crewOnly ? 'work' : directing ? 'director' : undefined)
  if (predicate === 'work') rule.facts.add(owner, 'work', film.id, rule.sentence)
  else if (predicate) rule.facts.add(film, predicate, owner.id, rule.sentence)
  return predicate
}

/** The person named right after a comma that closes an opening phrase at `at` ("…, X, Paul Y a choisi"). */
function subjectAfterApposition(rule: Rule, at: number): Entity | undefined {
  const comma = /^[\s”"»’*_]*(?:\([^()]{1,30}\)\s*)?,\s*/u.exec(rule.view.text.slice(at, rule.sentence.end))
  return comma ? personAfter(rule, at + comma[0].length, 1) : undefined
}

/**
 * "X, whose “Y” won …", "X, whose previous feature Y …", "X, dont le court Y avait …", "X, dont il
 * éclaire Y": a title in a relative clause of "whose"/"dont" right after a name is that person's
 * film, with nothing between but a film noun and its modifiers or a pronoun and its verb (not
 * "whose son starred in Y"). The person directs it, or plays in it when acting is their stated trade.
 */
function relativeOwners(rule: Rule): void {
  const text = rule.view.text
  const nouns = new Set([...rule.lexicon.ownFilmNouns, ...rule.lexicon.filmNouns, ...ownFilmModifiers])
  for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
    const relative = /^[\s”"»’*_]*,\s*(whose|dont)\s+/iu.exec(text.slice(mention.end, mention.end + 12))
    if (!relative) continue
    const from = mention.end + relative[0].length
    const film = rule.films.find((reference) => reference.start >= from && reference.start - from <= 45)
    if (!film) continue
    const between = text.slice(from, film.start).replace(/[«“"‘*_]/g, ' ').trim().toLowerCase()
    const words = between === '' ? [] : between.split(/\s+/)
    const described = words.every((word) => /^(le|la|les|l['’]\S*)$/.test(word) || nouns.has(word))
    const pronoun = /^(il|elle|ils|elles)\s+(?:a\s+|avait\s+)?[\p{L}-]+$/u.test(between) && !/\s(dans|à|avec|de|pour)$/.test(` ${between}`)
    if (!described && !pronoun) continue
    rule.facts.add(film.film, filmRole(entity) ?? 'director', entity.id, rule.sentence)
  }
}

/** Words that may stand between "whose"/"dont le" and a person's film's title besides film nouns. */
const ownFilmModifiers = ['court', 'short', 'long', 'premier', 'première', 'first', 'second', 'deuxième', 'troisième', 'third', 'précédent', 'précédente', 'previous', 'dernier', 'dernière', 'last', 'latest', 'new', 'nouveau', 'nouvelle', 'early', 'earlier', 'acclaimed', 'celebrated', 'remarqué', 'remarquée']

/** Actors: a name in parentheses after a character, "interprété par X", "X joue dans <film>", actor roles. */
export function actors(rule: Rule): void {
  const {lower, offset} = lowered(rule)
  // "une cheffe d'orchestre (Camille X, impeccable)": the cast of the film the text speaks of
  const text = rule.view.text
  for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
    if (text.charAt(mention.start - 1) !== '(' || !/^\s*[,)]/.test(text.slice(mention.end, mention.end + 2))) continue
    if (entity.roles.some((role) => role.key === 'director')) continue
    // ("*X* (Michael Y, 1945)": a name and a year in brackets is a list's director credit)
    if (/^\s*,\s*(?:[\p{L} -]{2,30},\s*)?\d{4}\s*\)/u.test(text.slice(mention.end, mention.end + 40))) continue
    const film = filmNear(rule.films, mention.start) ?? recentFilm(rule)
    if (film) rule.facts.add(film, 'actor', entity.id, rule.sentence)
  }
  // "Ines X (“The Orchard Years”) and Rafe Y (“Slow Burn”) will star in …": in a sentence about a
  // cast, a film in brackets right after a name is one of that person's credits
  if (castVerb.test(text.slice(rule.sentence.start, rule.sentence.end))) {
    for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
      const open = /^\s*\(\s*[“"«‘'*_]*/u.exec(text.slice(mention.end, mention.end + 6))
      const film = open ? rule.films.find((reference) => reference.start === mention.end + open[0].length) : undefined
      if (!film || !/^[”"»’'*_]*\s*\)/u.test(text.slice(film.end, film.end + 6))) continue
      rule.facts.add(film.film, filmRole(entity) ?? 'actor', entity.id, rule.sentence)
    }
  }
  // "- **A Traveler's Needs**, de Hong Sang-soo, avec Isabelle Huppert", "X, le western de Y avec Z",
  // "X, tourné à Sète avec A et B": a cast after the film's credit or where it was shot
  for (const reference of rule.films) {
    if (reference.film.mentions.every((named) => named.start !== reference.start)) continue
    const credit = castAfterTitle.exec(text.slice(reference.end, Math.min(rule.sentence.end, reference.end + 90)))
    if (!credit) continue
    for (const person of peopleAfter(rule, reference.end + credit[0].length, 1)) rule.facts.add(reference.film, 'actor', person.id, rule.sentence)
  }
  // "Les Cendres, de X. Avec A, B, C.": a sentence that opens on "Avec" and a name lists the cast
  for (const phrase of rule.lexicon.actorOpening) {
    if (!lower.startsWith(`${phrase} `)) continue
    const film = rule.films[0]?.film ?? recentFilm(rule)
    const first = rule.index.firstStartingIn({start: offset + phrase.length + 1, end: offset + phrase.length + 2}, ['Person', 'Movie'])
    if (!film || first?.entity.type !== 'Person') continue
    for (const person of peopleAfter(rule, offset + phrase.length + 1, 1)) rule.facts.add(film, 'actor', person.id, rule.sentence)
  }
  // ("Son fils sera interprété par A ; B (*Y*) et C …": a film in brackets after a name is that
  // person's credit, not the film the cast is of)
  const ownFilms = rule.films.filter((reference) => !isBracketedCredit(text, reference))
  for (const {at, phrase} of findPhrases(lower, rule.lexicon.actorBefore)) {
    const film = filmNear(ownFilms, offset + at) ?? recentFilm(rule)
    if (!film) continue
    // ("porté par la musique d'Ennio X", "porté par *L'Été* de Y": a crew cue or a work between the cue and
    // the name introduces a crew member or a work's maker)
    const from = offset + at + phrase.length
    const introducedOther = (person: Entity): boolean => {
      const mention = rule.index.within({start: from, end: rule.sentence.end}, ['Person']).find((located) => located.entity === person)
      if (!mention) return false
      const between = {start: from, end: mention.mention.start}
      return rule.index.within(between, ['Movie', 'CreativeWork']).length > 0 || findPhrases(text.slice(between.start, between.end).toLowerCase(), rule.lexicon.crewCues.map((cue) => cue.phrase)).length > 0
    }
    for (const person of peopleAfter(rule, from, 40)) if (!introducedOther(person)) rule.facts.add(film, 'actor', person.id, rule.sentence)
  }
  // "le comédien, révélé par <film>", "the actress stars in <film>"
  if (rule.films.length > 0 && hasWord(rule.view.text.slice(rule.sentence.start, rule.sentence.end), rule.lexicon.actorContext)) {
    for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
      if (!entity.roles.some((role) => role.key === 'actor')) continue
      const film = rule.films.find((reference) => reference.start > mention.end)
      if (film) rule.facts.add(film.film, 'actor', entity.id, rule.sentence)
    }
  }
  // "Ana de la Torre saw her in a music video and cast her in X": the person the passage is about
  const object = rule.previousTopic
  if (object && !rule.index.within(rule.sentence, ['Person']).some((located) => located.entity === object)) {
    for (const {at, phrase} of findPhrases(lower, rule.lexicon.actorObject)) {
      const film = rule.films.find((reference) => reference.start >= offset + at + phrase.length)
      if (film) rule.facts.add(film.film, 'actor', object.id, rule.sentence)
    }
  }
  for (const {at, phrase} of findPhrases(lower, rule.lexicon.actorAfter)) {
    const verb = offset + at
    // "son frère Karim, qu'interprète X", "le rôle que joue X": after a relative "que", the verb's
    // subject is inverted and follows it; the name before is the part
    if (/\bqu(?:e\s+|['’]\s*)$/iu.test(text.slice(Math.max(rule.sentence.start, verb - 4), verb))) {
      const film = filmNear(ownFilms, verb) ?? recentFilm(rule)
      if (film) for (const person of peopleAfter(rule, verb + phrase.length, 2)) rule.facts.add(film, 'actor', person.id, rule.sentence)
      continue
    }
    // "the drama stars Clara X as a botanist": a film, the verb, then the actor
    const cast = peopleAfter(rule, verb + phrase.length, 2)
    // (not a title that closes an aside, "Lee, best known for “X,” plays Nora": a comma before the verb)
    const filmBefore = ownFilms.filter((reference) => reference.end <= verb && verb - reference.end <= 3 && !text.slice(reference.end, verb).includes(',')).pop()
    if (cast.length > 0 && filmBefore) {
      for (const person of cast) rule.facts.add(filmBefore.film, 'actor', person.id, rule.sentence)
      continue
    }
    const named = rule.index.before(verb, ['Person'])
    // "Zoé X, actrice belge révélée l'an dernier dans Y, joue l'aînée": the person the sentence opens on
    const opening = rule.index.within(rule.sentence, ['Person'])[0]
    let subject: {entity: Entity} | undefined = named && named.mention.start >= rule.sentence.start && verb - named.mention.end <= 30 ? named : opening && opening.mention.start - rule.sentence.start <= 3 && opening === named ? opening : undefined
    // "She will next be seen in the thriller X": the person the passage is about
    const namedHere = !!named && named.mention.start >= rule.sentence.start
    if (!subject && !namedHere && rule.topic && /^\s*(she|he|elle|il)\b/i.test(rule.view.text.slice(rule.sentence.start, verb))) subject = {entity: rule.topic}
    if (!subject) continue
    // "Rosa Lind plays a ferry mechanic": a part, in the film the passage is about
    const object = /^\s+(?:as\s+)?(a|an|the|un|une|le|la|l['’]|les|au|aux)\s*([\p{L}-]+)/iu.exec(rule.view.text.slice(verb + phrase.length, verb + phrase.length + 40))
    const part = !!object && !rule.lexicon.instruments.has((object[2] as string).toLowerCase())
    // "Nkechi X co-stars.", "La jeune X y tient le rôle principal": the film of the passage
    const intransitive = /^\s*([.;!?]|$)/.test(rule.view.text.slice(verb + phrase.length, rule.sentence.end))
    const clitic = /\sy\s+$/.test(rule.view.text.slice(verb - 4, verb))
    // ("Zoé X, actrice révélée l'an dernier dans *Y*, joue l'aînée": a film named in an aside between
    // the subject and the verb is not the one she plays in)
    const subjectEnd = subject.entity.mentions.find((named) => named.start >= rule.sentence.start && named.end <= verb)?.end ?? verb
    const aside = ownFilms.every((reference) => reference.start >= subjectEnd && reference.end <= verb)
    const passage = (part || intransitive || clitic) && (ownFilms.length === 0 || aside) ? recentFilm(rule) : undefined
    const next = ownFilms.find((reference) => reference.start > verb)
    const film = next?.film ?? passage
    if (!film) continue
    // ("He played a key role in X": a part in its making, not in its cast)
    if (next && figurative.test(rule.view.text.slice(verb, next.start))) continue
    rule.facts.add(film, 'actor', subject.entity.id, rule.sentence)
    // "A (“X”) and B (“Y”) will star in the drama": everyone coordinated with the subject
    if (subject === named) for (const person of coordinatedBefore(rule, named)) rule.facts.add(film, 'actor', person.id, rule.sentence)
  }
  // "Dans le rôle de l'institutrice, X est bouleversante": the film of the passage
  const opening = partOpening.exec(text.slice(rule.sentence.start, rule.sentence.end))
  if (opening) {
    const film = rule.films[0]?.film ?? recentFilm(rule)
    const person = personAfter(rule, rule.sentence.start + opening[0].length, 1)
    if (film && person) rule.facts.add(film, 'actor', person.id, rule.sentence)
  }
  performances(rule)
  parts(rule)
  partsGiven(rule)
}

/**
 * "Katariina P. is superb as the sister", "Matt D. is gruffly funny as Leslie Groves": in a text on a
 * film, a person then "as" and a part (an article and a noun, or a name) acts in the film of the
 * passage. Not a person the text gives a trade other than acting, nor "worked as a nurse".
 */
function performances(rule: Rule): void {
  if (rule.view.language !== 'en') return
  const text = rule.view.text
  for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
    const gap = asPart.exec(text.slice(mention.end, Math.min(rule.sentence.end, mention.end + 70)))
    if (!gap || tradeAs.test(gap[1] as string)) continue
    if (entity.roles.some((role) => role.key !== 'actor')) continue
    // (not a part in brackets after the actor's own film, "X (“Y”) as …", nor a person named after a preposition)
    if (/(?<![\p{L}])(?:of|by|with|for|to|from|about|like)\s+$/iu.test(text.slice(Math.max(rule.sentence.start, mention.start - 6), mention.start))) continue
    const film = filmNear(rule.films, mention.start) ?? recentFilm(rule)
    if (film) rule.facts.add(film, 'actor', entity.id, rule.sentence)
  }
}

/**
 * "The drama stars A as an astronaut, and B as the flight controller", "avec C dans le rôle de la
 * mère", "with Joaquin X as Arthur Y": in a sentence about a cast, a person followed by the part
 * they play acts in the film.
 */
function parts(rule: Rule): void {
  const text = rule.view.text
  if (!partCue.test(text.slice(rule.sentence.start, rule.sentence.end))) return
  for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
    const after = text.slice(mention.end, mention.end + 30)
    const character = rule.films.length > 0 && /(?<![\p{L}])(?:with|starring|opposite)\s+$/u.test(text.slice(Math.max(0, mention.start - 10), mention.start)) && asCharacterOf(rule, entity, after)
    if (!partAfter.test(after) && !character) continue
    const film = filmNear(rule.films, mention.start) ?? recentFilm(rule)
    if (film) rule.facts.add(film, 'actor', entity.id, rule.sentence)
  }
}

/**
 * "<film> offrait à X le rôle d'un commissaire", "qui offre à Y son premier grand rôle", "gave Z the
 * part of …": a person given a part acts in the film named after the part ("le rôle de … dans <film>"),
 * else the film named before in the sentence, else the film of the passage.
 */
function partsGiven(rule: Rule): void {
  const text = rule.view.text
  for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
    const before = text.slice(Math.max(rule.sentence.start, mention.start - 40), mention.start)
    const after = text.slice(mention.end, Math.min(rule.sentence.end, mention.end + 40))
    const given = rule.view.language === 'fr' ? givingFr.test(before) && partFr.test(after) : givingEn.test(before) && partEn.test(after)
    if (!given || entity.roles.some((role) => role.key !== 'actor')) continue
    const later = rule.films.find((reference) => reference.start > mention.end && /^[^.;:!?]{0,60}\s(?:dans|in)\s+[«“"‘*_]*$/u.test(text.slice(mention.end, reference.start)))
    const earlier = rule.films.findLast((reference) => reference.end <= mention.start)
    const film = later?.film ?? earlier?.film ?? recentFilm(rule)
    if (film) rule.facts.add(film, 'actor', entity.id, rule.sentence)
  }
}

/** A verb of giving, then "à", right before the person given a part ("offre à", "a confié à l'actrice"); lower case (no `i` flag, which would let \p{Ll} match capitals). */
const givingFr = /(?<![\p{L}])(?:offre|offrait|offrit|offrira|a\s+offert|avait\s+offert|donne|donnait|donna|a\s+donné|confie|confiait|confia|a\s+confié|avait\s+confié|propose|proposait|proposa|a\s+proposé)\s+à\s+(?:l['’]\s*[\p{Ll}-]+\s+|(?:la|le)\s+[\p{Ll}-]+\s+)?$/u
/** A verb of giving right before the person given a part ("gave", "offered", "handed"). */
const givingEn = /(?<![\p{L}])(?:gives|gave|given|offers|offered|hands|handed)\s+(?:the\s+[\p{Ll}-]+\s+)?$/u
/** The part, right after the person: "le rôle d'un …", "son premier grand rôle", "un second rôle". */
const partFr = /^\s*(?:le|un|son|sa|l['’])\s*(?:[\p{Ll}-]+\s+){0,2}?rôle(?![\p{L}])/u
/** The part, right after the person: "the role of …", "her first leading role", "the part". */
const partEn = /^\s+(?:the|a|her|his|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:role|part)(?![\p{L}])/u

/**
 * After a film's title, the words up to its cast: a credit ("de X,", "le western de X", "réalisé par X"),
 * where it was shot ("tourné à Sète"), or an apposition of whose film it is ("son premier long métrage en
 * anglais,"); the cast follows "avec", "starring" or a verb of bringing actors together ("qui réunit A et B").
 */
const castAfterTitle = /^\s*[*_”"»…]*\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:(?:(?:le|la|l['’]|un|une|the|a)\s*[\p{L}-]+\s+)?(?:de|d['’]|by)\s*[^,.;]{1,50}?,?\s+|(?:réalisée?s?|mise?\s+en\s+scène|directed|helmed|written\s+and\s+directed)\s+(?:par|by)\s+[^,.;]{1,50}?,?\s+|(?:tourné|tournée|shot|filmed)\s[^,.;]{1,40}?\s+|(?:son|sa|his|her|leur|their)\s+[^,.;]{1,50}?,\s*)?(avec|with|starring|qui\s+réunit|qui\s+réunissait|which\s+reunites|which\s+reunited)\s+/iu

/** A sentence that opens on the part, then names its actor: "Dans le rôle principal, X", "In the title role, X". */
const partOpening = /^\s*(?:dans\s+(?:le|les)\s+rôles?|in\s+the\s+(?:title\s+|lead\s+|leading\s+)?role)\b[^,.;:!?]{0,50},\s*/iu

/**
 * What comes between an actor and the part in a review, up to "as": "is superb as the sister",
 * "is gruffly funny as Leslie G.", "gives the performance of his career as", ", as his wife Kitty,".
 * A verb of a trade ("worked as", "served as", "known as", "trained as") is no part.
 */
const asPart = /^(\s*,(?=\s+as\s+(?:his|her|their|\p{Lu}))|\s+(?:is|was|are|were)(?:\s+[\p{Ll}-]+){0,3}?|\s+(?:gives|gave|delivers|delivered|does|did|shines|shone|excels|makes\s+a\s+cameo|turns\s+up)(?:\s+[\p{Ll}-]+){0,7}?)\s+as\s+(?:(?:a|an|the|his|her|their)\s+\p{Ll}|\p{Lu})/u
const tradeAs = /(?<![\p{L}])(as|work|works|worked|working|serve|serves|served|serving|known|start|starts|started|began|begins|train|trained|credited|hired|employed|born|named|appointed|elected|chosen|selected|ranked|rated|regarded|described|seen|billed|return|returns|returned|joined|signed|such|well|same|long|soon|far|much|many)(?![\p{L}])/iu

/** Verbs of a sentence that announces or describes a cast ("will star", "set to lead", "joins the cast"). */
const castVerb = /(?<![\p{L}])(star|stars|starring|co-star|co-stars|to lead|set to lead|lead the cast|leads the cast|joins the cast|joined the cast|rounds out the cast|round out the cast|tête d['’]affiche|au casting|rejoint le casting|rejoignent le casting|complètent la distribution|complète la distribution|rejoint la distribution|rejoignent la distribution)(?![\p{L}])/iu

/** Words of a sentence that speaks of a cast. */
const partCue = /(?<![\p{L}])(stars|starring|co-stars|co-starring|cast|casts|features|featuring|with|opposite|alongside|avec|réunit|aux côtés d|face à)(?![\p{L}])/iu

/** What follows an actor's name to give the part: "as a …", "dans le rôle de …", "in the title role". */
const partAfter = /^,?\s+(as\s+(a|an|the|his|her|their|its|one)\s|in\s+the\s+(title\s+)?role|dans\s+le\s+rôle|dans\s+celui\s+d)/iu

/** A capitalised word after "as": "with Joaquin X as Arthur Y" (case matters, so no `i` flag). */
const asCapitalised = /^\s+as\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})/u

/** "with Joaquin X as Arthur Y": a character's name after the person (not a trade, "with Y as Executive Producer"). */
function asCharacterOf(rule: Rule, person: Entity, after: string): boolean {
  const words = asCapitalised.exec(after)?.[1]?.split(/\s+/)
  return !!words && !words.some((word) => rule.lexicon.roleKeys.has(word.toLowerCase())) && !person.roles.some((role) => role.key !== 'actor')
}

/** A credits list: "Réalisation : X", "- **Cast:** A, B, C" names the people of the film, "Festivals : …" its festivals. */
export function credits(rule: Rule): void {
  const text = rule.view.text
  const line = /^[\s\-*•]*([\p{L} ]+?)\s*:\s*/u.exec(text.slice(rule.sentence.start, rule.sentence.end))
  const predicate = line ? rule.lexicon.creditLabels.get((line[1] as string).toLowerCase()) : undefined
  if (!line || !predicate) return
  const film = recentFilm(rule)
  if (!film) return
  // "- **Festivals:** Toronto International Film Festival 2025; Cairo International Film Festival"
  if (predicate === 'festival') {
    const listed = rule.index.within({start: rule.sentence.start + line[0].length, end: rule.sentence.end}, ['Event'])
    for (const {entity} of listed) rule.facts.add(film, 'festival', entity.id, rule.sentence)
    return
  }
  for (const person of peopleAfter(rule, rule.sentence.start + line[0].length, 1)) {
    if (predicate === 'work') rule.facts.add(person, 'work', film.id, rule.sentence)
    else rule.facts.add(film, predicate, person.id, rule.sentence)
  }
}

/** "produit par X", "written by X": the film is one of X's works (not "a song composed by X"). */
export function crew(rule: Rule): void {
  const works = rule.index.within(rule.sentence, ['CreativeWork'])
  const {lower, offset} = lowered(rule)
  forCuedPeople(rule, rule.lexicon.crewCues, (film, person, cue) => {
    if (!works.some(({mention}) => mention.end <= cue && cue - mention.end < 40)) rule.facts.add(person, 'work', film.id, rule.sentence)
  })
  // "Ridgeline's Marcus X will produce", "Felix Y, qui coproduit le film avec la ZDF": the subject of a crew verb
  for (const {at, phrase} of findPhrases(lower, rule.lexicon.crewVerbs)) {
    const verb = offset + at
    const subject = rule.index.before(verb, ['Person'])
    if (!subject || subject.mention.start < rule.sentence.start) continue
    if (!/^[\s,]*(?:qui\s+|who\s+)?$/iu.test(rule.view.text.slice(subject.mention.end, verb))) continue
    // the film named right after the phrase ("will produce X", "a signé la musique de X"), else, for a job told
    // in the past ("shot it", "a écrit le scénario"), the film of the section or the text, as for a crew member
    // named by a role; else a film of the sentence, else the film of the passage
    const after = rule.films.find((reference) => reference.start >= verb + phrase.length && /^[\s*_“"«‘]*(?:(?:de|du|d['’]|des|for|of|on)[\s*_“"«‘]*)?$/iu.test(rule.view.text.slice(verb + phrase.length, reference.start)))
    const main = rule.main && firstMention(rule.main) < rule.sentence.end ? rule.main : undefined
    const told = rule.lexicon.pastCrewVerbs.has(phrase)
    const film = after?.film ?? (told ? sectionFilm(rule) ?? main ?? recentFilm(rule) : rule.films.find((reference) => reference.start >= verb)?.film ?? filmNear(rule.films, verb) ?? recentFilm(rule))
    // (not a film the sentence names later as someone else's: "a écrit le scénario avec X, réalisateur de Y")
    if (!after && told && rule.films.some((reference) => reference.film === film && reference.start > verb)) continue
    if (film) rule.facts.add(subject.entity, 'work', film.id, rule.sentence)
  }
  // "The producer was Joost X", "Le monteur est Y": a crew role, a copula, the name
  const match = /(?:^|[\s,;])(?:the|its|le|la|l['’])\s*([\p{L} -]+?)\s+(?:was|is|est|était|sera|will be)\s+$/u
  for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
    const role = match.exec(lower.slice(Math.max(0, mention.start - offset - 60), mention.start - offset))
    const key = role ? rule.lexicon.roleKeys.get((role[1] as string).trim()) : undefined
    const film = key && rule.lexicon.crewRoles.has(key) ? recentFilm(rule) : undefined
    if (film) rule.facts.add(entity, 'work', film.id, rule.sentence)
  }
}

/** "le directeur de la photographie X signe …", "la productrice Y": a crew member named with a film. */
export function crewMembers(rule: Rule): void {
  if (rule.lexicon.crewRoles.size === 0) return
  for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
    if (!entity.roles.some((role) => rule.lexicon.crewRoles.has(role.key))) continue
    if (entity.roles.some((role) => role.key === 'director' || role.key === 'actor')) continue
    // a crew member the text names is, first, the crew of the film the text is about
    // (in a list of films under headings, the film of the section)
    // ("X, directrice de la photographie de *Haute Lumière*": the film the role is of)
    // (named here by a role noun that is no crew trade, "la présidente du jury a expliqué", the
    // person speaks in that capacity, not as the film's crew)
    if (mention.kind === 'role' && entity.roles.some((role) => role.start >= mention.start && role.end <= mention.end && !rule.lexicon.crewRoles.has(role.key))) continue
    const main = rule.main && firstMention(rule.main) < rule.sentence.end ? rule.main : undefined
    const film = roleOfFilm(rule, entity) ?? sectionFilm(rule) ?? main ?? filmNear(rule.films, mention.start)
    if (film) rule.facts.add(entity, 'work', film.id, rule.sentence)
    // "Inés X, who shot “Dust,” is on board": the film of the relative clause is a work too
    const relative = crewRelative.exec(rule.view.text.slice(mention.end, mention.end + 50))
    const earlier = relative ? rule.films.find((reference) => reference.start === mention.end + (relative[0] as string).length) : undefined
    if (earlier) rule.facts.add(entity, 'work', earlier.film.id, rule.sentence)
  }
  // "Hamish X's score", "Ruth Y's camerawork": a credit of the film the sentence speaks of
  for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
    const credit = creditNoun.exec(rule.view.text.slice(mention.end, mention.end + 40))
    if (!credit) continue
    const film = filmNear(rule.films, mention.start) ?? recentFilm(rule)
    if (film) rule.facts.add(entity, 'work', film.id, rule.sentence)
  }
}

/** What follows a director who casts someone: "cast him as", "casts her in", "le dirige dans", "lui confie le rôle". */
const castsSomeone = /^\s+(?:(?:first|later|then|also)\s+)?(?:cast|casts|directed|directs)\s+(?:him|her|them)\s+(?:as|in)\s|^\s+(?:le|la|les)\s+dirige(?:ait|ra)?\s+dans\s|^\s+lui\s+(?:confie|offre|donne)\s|^\s*,?\s*(?:qui|who)\s+(?:l['’](?:a|avait)\s+dirigée?|les\s+(?:a|avait)\s+dirigée?s|(?:had\s+|has\s+|also\s+)?(?:directed|cast)\s+(?:him|her|them))\s+(?:[\p{L}-]+\s+){0,3}?(?:dans|in)\s/iu

/** A relative clause of a crew member's past work, up to the title: ", who shot “", ", qui a monté ". */
const crewRelative = /^\s*,\s*(?:who\s+(?:also\s+)?(?:shot|lensed|edited|cut|scored|produced|designed)|qui\s+a\s+(?:aussi\s+|déjà\s+)?(?:photographié|éclairé|monté|produit|signé\s+(?:l['’]image|le\s+montage|la\s+musique)\s+d[e'’]))\s*[*_“"«‘]*\s*/iu

/** A genitive before the name of a crew's credit: "'s score", "'s cinematography". */
const creditNoun = /^['’]s\s+(?:[\p{L}-]+,?\s+){0,2}?(score|music|soundtrack|editing|cinematography|camerawork|camera work|camera|lensing|screenplay|production design|costumes|costume design)(?![\p{L}])/iu

/**
 * The film a role of the person is "of" in this sentence ("directrice de la photographie de X", "the editor of X"): a crew
 * role, unless `keep` picks other roles by their key.
 */
function roleOfFilm(rule: Rule, person: Entity, keep: (key: string) => boolean = (key) => rule.lexicon.crewRoles.has(key)): Entity | undefined {
  for (const role of person.roles) {
    if (role.start < rule.sentence.start || role.end > rule.sentence.end || !keep(role.key)) continue
    const link = /^\s*(de|d['’]|du|des|of)\s*[*_“"«]*\s*/iu.exec(rule.view.text.slice(role.end, role.end + 12))
    const film = link ? rule.films.find((reference) => reference.start === role.end + link[0].length) : undefined
    if (film) return film.film
  }
  return undefined
}

/**
 * "Elle est notamment connue pour X (2014) … et pour Y (2021)", "Lindgren, best remembered for Z":
 * every film after the phrase is a work of the person before it in the sentence (else of the person
 * the sentence is about), as director or actor by the role the text gives them; with no role given,
 * a phrase such as "révélée par" makes them an actor ("Léa X, révélée en 2016 par Y": see the lexicon).
 */
export function knownFor(rule: Rule): void {
  const {lower, offset} = lowered(rule)
  const text = lower.replace(/’/g, "'")
  for (const cue of rule.lexicon.knownFor) {
    for (const match of text.matchAll(cue.pattern)) {
      const at = offset + (match.index as number)
      const named = rule.index.before(at, ['Person'])
      const person = named && named.mention.start >= rule.sentence.start ? named.entity : (cue.participle ? openingParticiple(rule, at, at + match[0].length) : undefined) ?? rule.topic
      if (!person) continue
      // (a person the text gives a crew trade, "On lui doit l'image de X", worked on the films: a work)
      const predicate = filmRole(person) ?? (person.roles.some((role) => rule.lexicon.crewRoles.has(role.key)) ? 'work' : cue.role)
      if (!predicate) continue
      for (const reference of rule.films) {
        if (reference.start < at + match[0].length) continue
        if (predicate === 'work') rule.facts.add(person, 'work', reference.film.id, rule.sentence)
        else rule.facts.add(reference.film, predicate, person.id, rule.sentence)
      }
    }
  }
}

/**
 * "Révélée l'an dernier par la série X, la jeune Lina Y complète la distribution": a sentence that opens
 * on the phrase is about the person named first after the comma that closes it (not one credited
 * there: "Révélée par X, de l'Irlandais Y, la comédienne Z").
 */
function openingParticiple(rule: Rule, start: number, end: number): Entity | undefined {
  if (/[\p{L}\p{N}]/u.test(rule.view.text.slice(rule.sentence.start, start))) return undefined
  const comma = rule.view.text.indexOf(',', end)
  if (comma === -1 || comma >= rule.sentence.end) return undefined
  const credited = /(?:^|\s)(?:de|d['’]|du|des|by|par)\s[^,;:]*$/iu
  return rule.index.within(rule.sentence, ['Person']).find(({mention}) => mention.start > comma && !credited.test(rule.view.text.slice(comma, mention.start)))?.entity
}
