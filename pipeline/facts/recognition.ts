/**
 * recognition: awards a film won and festivals it was shown at.
 */
import {schemaType} from '../emit/jsonld.js'
import type {Entity, Sentence, TextSpan} from '../types.js'
import {findAwards} from './awards.js'
import {namedCategories} from './categories.js'
import {hasWord, hasWordPrefix} from './context.js'
import {filmRole} from './people.js'
import {filmNear, recentFilm, sectionFilm, type Rule} from './rule.js'
import {isPastCredit} from './main-film.js'

const awardsBySentence = new WeakMap<Sentence, TextSpan[]>()

/** The award names of the rule's sentence, found once for the three rules that read them. */
function sentenceAwards(rule: Rule): TextSpan[] {
  let found = awardsBySentence.get(rule.sentence)
  if (!found) {
    // (an award's name stops before the name of a film, a festival, a person or a place)
    const names = rule.index.within(rule.sentence, ['Movie', 'CreativeWork', 'Event', 'Person', 'Place']).filter(({mention}) => mention.kind !== 'role').map(({mention}) => mention)
    found = findAwards(rule.view.text, rule.sentence.start, rule.sentence.end, rule.lexicon, names)
    awardsBySentence.set(rule.sentence, found)
  }
  return found
}

/** Awards: an award name in a sentence that says it was won, for the film the sentence speaks of. */
export function awards(rule: Rule): void {
  const sentenceText = rule.view.text.slice(rule.sentence.start, rule.sentence.end)
  if (/\b(nomm|nomin|nominated|nomination)/i.test(sentenceText)) return
  const found = sentenceAwards(rule)
  if (!hasWordPrefix(sentenceText, rule.lexicon.awardCues)) {
    // "La cinéaste, Grand Prix à Cannes en 2019 pour *X*, …": an award in apposition, given "pour"/"for"
    // a film, needs no verb (a list line "2012 : César … pour X" may be a nomination: it needs one)
    found.forEach((award, at) => {
      const film = /[,(]\s*$/.test(rule.view.text.slice(Math.max(rule.sentence.start, award.start - 3), award.start))
        ? (awardedFilm(rule, award.end, found[at + 1]?.start ?? rule.sentence.end) ?? filmInApposition(rule, award.start))
        : openingAward(rule, award)
      if (film) rule.facts.add(film, 'award', rule.view.source.slice(award.start, award.end), rule.sentence)
    })
    return
  }
  // a sentence that names no film ("… and the result won the Audience Award") speaks of the film of its passage
  const passage = rule.films.length === 0 ? sectionFilm(rule) : undefined
  // "it won four Oscars, including Best Picture": the categories named are the awards, not the count
  const named = namedCategories(rule.view.text, rule.sentence, rule.lexicon.awardHeads)
  if (named) {
    const film = filmNear(rule.films, named.counted.start) ?? passage
    if (film) for (const category of named.categories) rule.facts.add(film, 'award', rule.view.source.slice(category.start, category.end), rule.sentence)
  }
  found.forEach((award, at) => {
    if (named && award.start < named.counted.end && named.counted.start < award.end) return
    const film = awardedFilm(rule, award.end, found[at + 1]?.start ?? rule.sentence.end) ?? filmNear(rule.films, award.start) ?? passage
    if (film) rule.facts.add(film, 'award', rule.view.source.slice(award.start, award.end), rule.sentence)
  })
}

/**
 * "la Palme d'or … celle de X pour <film>", "le César de la réalisation à X pour <film>": in a
 * sentence that names an award, the person the award went to "for" a film made it, or played in
 * it when the person is an actor or the award is for acting.
 */
export function awardedPeople(rule: Rule): void {
  const awards = sentenceAwards(rule)
  if (awards.length === 0) return
  for (const {entity, mention} of rule.index.within(rule.sentence, ['Person'])) {
    const link = /^,?\s+(pour|for)\s+/i.exec(rule.view.text.slice(mention.end, mention.end + 12))
    if (!link) continue
    const film = rule.films.find((reference) => reference.start === mention.end + link[0].length)?.film
    if (!film) continue
    const award = awards.filter((candidate) => candidate.end <= mention.start).pop()?.text.toLowerCase() ?? ''
    const acting = hasWord(award, rule.lexicon.actingAwardWords)
    rule.facts.add(film, filmRole(entity) ?? (acting ? 'actor' : 'director'), entity.id, rule.sentence)
  }
  // "The filmmaker X won the Short Film Palme d'Or in 2018 with <film>", "X, Grand Prix à Cannes pour
  // <film>", "Y remporte le César de la réalisation pour <film>", "Z was named best actress for W's
  // <film>": the subject who won made it, or played in it (not when someone else is named between the
  // award and the film: "X a remis le prix à Y pour <film>")
  const text = rule.view.text
  for (const reference of rule.films) {
    if (reference.film.mentions.every((mention) => mention.start !== reference.start)) continue
    const lead = text.slice(Math.max(rule.sentence.start, reference.start - 60), reference.start)
    const link = /(?<![\p{L}])(with|avec|for|pour)\s+(?:\p{Lu}[\p{L}.'’ -]{0,40}['’]s\s+)?[*_“"«]*\s*$/u.exec(lead)
    if (!link) continue
    const linkStart = reference.start - lead.length + link.index
    const award = awards.filter((candidate) => candidate.end <= linkStart).pop()
    if (!award) continue
    const subject = rule.index.within({start: rule.sentence.start, end: award.start}, ['Person'])[0]?.entity
    if (!subject || rule.index.within({start: award.end, end: linkStart}, ['Person']).length > 0) continue
    const prize = award.text.toLowerCase()
    const acting = hasWord(prize, rule.lexicon.actingAwardWords)
    const directing = !acting && hasWord(prize, rule.lexicon.directingAwardWords)
    const predicate = filmRole(subject) ?? (acting ? 'actor' : directing ? 'director' : undefined)
    if (predicate) rule.facts.add(reference.film, predicate, subject.id, rule.sentence)
  }
}

/**
 * A prize list: "- **Cristal du long métrage** : *<film>*, de X" gives the award to the film, at
 * the festival named last before the list.
 */
export function palmares(rule: Rule): void {
  const text = rule.view.text
  const award = sentenceAwards(rule)[0]
  if (!award || /\S/.test(text.slice(rule.sentence.start, award.start).replace(/^[\s\-*•\d.]+/, ''))) {
    labelledPrize(rule)
    return
  }
  const colon = /^\s*:\s*/.exec(text.slice(award.end, award.end + 6))
  if (!colon) return
  // "- **Prix d'interprétation** : A, pour *<film>*", "Prix de l'image : B, cheffe opératrice de *<film>*":
  // the first film of the item
  const film = rule.films.find((reference) => reference.start >= award.end + colon[0].length)?.film
  // (a title the entities stage could not type may come first: "FIPRESCI Prize: “X,” Y")
  const first = rule.index.within({start: award.end + colon[0].length, end: rule.sentence.end}, ['Movie', 'CreativeWork'])[0]
  if (!film || first?.entity.type === 'CreativeWork') {
    labelledPrize(rule)
    return
  }
  rule.facts.add(film, 'award', rule.view.source.slice(award.start, award.end), rule.sentence)
  const festival = rule.index.before(rule.sentence.start, ['Event'])
  if (festival && schemaType(festival.entity) === 'Festival') rule.facts.add(film, 'festival', festival.entity.id, rule.sentence)
}

/**
 * A line of a prize list whose label is a category: "Best Actress: A, “<film>”", "Meilleur
 * documentaire : *<film>*, de B", "Audience Award: “<film>,” C". The line must sit among other
 * "Label: …" lines (a list, not a headline), its label be short and name a prize ("Best …",
 * "Meilleur …", "… Award", "Prix …", "Special Mention"). The first title after the colon (a film,
 * or a work the entities stage could not type) gets the award and the festival named before the
 * list; a person of the line plays in it for an acting category, directs it for a directing one.
 */
function labelledPrize(rule: Rule): void {
  const text = rule.view.text
  const line = text.slice(rule.sentence.start, rule.sentence.end)
  const label = prizeLabel(line)
  if (!label) return
  const at = rule.view.sentences.indexOf(rule.sentence)
  const neighbours = [rule.view.sentences[at - 1], rule.view.sentences[at + 1]]
  const listed = (other: Sentence | undefined): boolean =>
    !!other && !!prizeLabel(text.slice(other.start, other.end)) && /\n/.test(text.slice(Math.min(other.end, rule.sentence.end), Math.max(other.start, rule.sentence.start)))
  if (!neighbours.some(listed)) return
  const after = rule.sentence.start + label.end
  const title = rule.index.within({start: after, end: rule.sentence.end}, ['Movie', 'CreativeWork'])[0]
  if (!title) return
  const film = title.entity
  const award = rule.view.source.slice(rule.sentence.start + label.start, rule.sentence.start + label.start + label.text.length)
  rule.facts.add(film, 'award', award, rule.sentence)
  const festival = rule.festival ?? rule.index.before(rule.sentence.start, ['Event'])?.entity
  if (festival && schemaType(festival) === 'Festival') rule.facts.add(film, 'festival', festival.id, rule.sentence)
  const lower = label.text.toLowerCase()
  const predicate = hasWord(lower, rule.lexicon.actingAwardWords) ? 'actor' : /(réalisation|mise en scène|director|directing)/.test(lower) ? 'director' : undefined
  if (!predicate) return
  for (const {entity, mention} of rule.index.within({start: after, end: rule.sentence.end}, ['Person'])) {
    // (only the people the line names before its title or right after it, not "produit par X")
    if (mention.start > title.mention.end + 4 && !/^[\s”"»’*_]*,?\s*$/.test(text.slice(title.mention.end, mention.start))) continue
    rule.facts.add(film, predicate, entity.id, rule.sentence)
  }
}

/** The label of a prize-list line, "Best Actress" in "Best Actress: …", when it names a prize category. */
function prizeLabel(line: string): {start: number; text: string; end: number} | undefined {
  const match = /^([\s\-*•\d.]*[*_]*)(\p{Lu}[^:\n*_]{1,48}?)[*_]*\s*:\s+/u.exec(line)
  if (!match) return undefined
  const label = (match[2] as string).trim()
  if (label.split(/\s+/).length > 6) return undefined
  if (!/^(?:best|meilleure?s?|prix|prize|award|grand|special|spécial|mention|audience|jury|palme|lion|ours|golden|silver)(?![\p{L}])|(?<![\p{L}])(?:prize|award|prix|mention|palme)(?![\p{L}])/iu.test(label)) return undefined
  return {start: (match[1] as string).length, text: label, end: match[0].length}
}

/**
 * "Les Nuits d'Accra (1994), Ours d'argent à Berlin", "X, premier film de Y, prix du public de …":
 * an award in apposition right after a film's name (its year or original title in brackets, and
 * at most one other apposition between, may come first) went to that film.
 */
export function filmInApposition(rule: Rule, awardStart: number): Entity | undefined {
  const text = rule.view.text
  for (const reference of [...rule.films].reverse()) {
    if (reference.end > awardStart) continue
    if (reference.film.mentions.every((mention) => mention.start !== reference.start)) return undefined
    const between = text.slice(reference.end, awardStart)
    return /^[\s*_”"»’]*(?:\([^()]{0,60}\)\s*)?,(?:\s*[\p{Ll}][^,;:.!?()«»“”"]{0,60},)?\s*$/u.test(between) ? reference.film : undefined
  }
  return undefined
}

/**
 * "Palme d'or au dernier Festival de Cannes, le quatrième long métrage de X sort …": an award that
 * opens the sentence, before a comma, went to the film the main clause opens on.
 */
function openingAward(rule: Rule, award: TextSpan): Entity | undefined {
  const text = rule.view.text
  if (/[\p{L}\p{N}]/u.test(text.slice(rule.sentence.start, award.start))) return undefined
  // ("FIPRESCI Prize: “X,” Y": the label of a prize list, read by palmares)
  if (/^[*_\s]*:/.test(text.slice(award.end, award.end + 4))) return undefined
  const comma = text.indexOf(',', award.end)
  if (comma === -1 || comma >= rule.sentence.end || comma - award.end > 60 || /[;:.!?()]/.test(text.slice(award.end, comma))) return undefined
  return rule.films.find((reference) => reference.start > comma && /^[\s*_“"«]*$/.test(text.slice(comma + 1, reference.start)))?.film
}

/**
 * "le César de la meilleure réalisation à X pour <film>", "the prize for Y went to X for <film>":
 * the film after "pour"/"for" that follows an award, before the next award, is the one it went to.
 */
export function awardedFilm(rule: Rule, from: number, until: number): Entity | undefined {
  const after = rule.view.text.slice(from, Math.min(until, from + 80))
  const link = /\s(pour|for)\s+(?:(?:le|la|les|l['’]|the)\s+(?:film|documentaire|documentary|movie)\s+)?/i.exec(after)
  if (!link) return undefined
  const start = from + link.index + link[0].length
  return rule.films.find((reference) => reference.start >= start && reference.start <= start + 1)?.film
}

/** Festivals: an event in a sentence that says the film was selected or shown there, else the dispatch's festival. */
export function festivals(rule: Rule): void {
  const sentenceText = rule.view.text.slice(rule.sentence.start, rule.sentence.end)
  if (!hasWordPrefix(sentenceText, rule.lexicon.festivalCues)) {
    sections(rule)
    return
  }
  // a sentence that names no film ("At the Q&A after the screening, …") speaks of the film of its passage
  const recent = rule.films.length === 0 ? recentFilm(rule) : undefined
  if (rule.films.length === 0 && !recent) return
  const events = rule.index.within(rule.sentence, ['Event'])
  for (const {entity, mention} of events) {
    // (a ceremony, "the Academy Awards", "la cérémonie des César", is an event but no festival)
    if (isCeremony(entity, rule)) continue
    const film = filmNear(rule.films, mention.start) ?? recent
    if (film) rule.facts.add(film, 'festival', entity.id, rule.sentence)
  }
  // A dispatch names its festival once, then speaks of "the competition": the festival it reports
  // from, else the festival named last
  if (events.length === 0) {
    const before = rule.index.before(rule.sentence.start, ['Event'])
    const festival = rule.festival ?? (before && schemaType(before.entity) === 'Festival' ? before.entity : undefined)
    // (the festival is only implied: a film named as someone's past credit, "révélée par X", "who
    // broke out in X", is not the film shown there)
    const films = rule.films.filter((reference) => !isPastCredit(reference, rule.view))
    if (festival) {
      for (const film of recent ? [recent] : films.map((reference) => reference.film)) rule.facts.add(film, 'festival', festival.id, rule.sentence)
    }
  }
}

/**
 * "Over in Panorama, …, X is the crowd-pleaser", "the boldest film is in Encounters: X": a film in a
 * sentence that places it "in" or "at" a festival or one of its sections was shown there; a
 * section's film was shown at the festival the text named before it too.
 */
function sections(rule: Rule): void {
  if (rule.films.length === 0) return
  for (const {entity, mention} of rule.index.within(rule.sentence, ['Event'])) {
    if (isCeremony(entity, rule)) continue
    if (!/(?<![\p{L}])(in|at|à|au|dans|en)\s+(?:(?:the|la|le|l['’])\s*)?$/iu.test(rule.view.text.slice(Math.max(rule.sentence.start, mention.start - 8), mention.start))) continue
    // "the boldest film is in Encounters: X": a title right after the section and a colon is its film
    const colon = /^\s*:\s*[*_“"«]*\s*/.exec(rule.view.text.slice(mention.end, mention.end + 8))
    const named = colon ? rule.index.firstStartingIn({start: mention.end + colon[0].length, end: mention.end + colon[0].length + 1}, ['Movie'])?.entity : undefined
    const film = named ?? filmNear(rule.films, mention.start)
    if (!film) continue
    rule.facts.add(film, 'festival', entity.id, rule.sentence)
    if (schemaType(entity) === 'Festival') continue
    let parent = rule.index.before(mention.start, ['Event'])
    while (parent && (parent.entity === entity || schemaType(parent.entity) !== 'Festival')) parent = rule.index.before(parent.mention.start, ['Event'])
    if (parent) rule.facts.add(film, 'festival', parent.entity.id, rule.sentence)
  }
}

/** An event named after its award ("Academy Awards", "Oscars", "César"): a ceremony, not a festival. */
function isCeremony(event: Entity, rule: Rule): boolean {
  if (schemaType(event) === 'Festival') return false
  const words = event.name.split(/[^\p{L}-]+/u)
  return words.some((word) => rule.lexicon.awardHeads.has(word) || rule.lexicon.awardHeads.has(word.replace(/s$/, '')))
}

/**
 * "Bastien X, meilleur espoir masculin pour <film>", "Noémie Y est sacrée meilleure actrice dans un
 * second rôle pour <film>", "Z was named Best Actress for <film>": a best-category award given to a
 * person named right before it, for a film. The film wins the award; the person plays in it
 * (an acting category, or an actor) or directs it (a directing category).
 */
export function bestCategoryAwards(rule: Rule): void {
  const text = rule.view.text
  const sentence = text.slice(rule.sentence.start, rule.sentence.end)
  if (/\b(nomm|nomin|nominated|nomination)/i.test(sentence)) return
  for (const match of sentence.matchAll(bestCategory)) {
    const start = rule.sentence.start + (match.index ?? 0)
    const awardEnd = start + (match[1] as string).length
    const film = rule.films.find((reference) => reference.start === start + match[0].length)?.film
    if (!film) continue
    const before = text.slice(rule.sentence.start, start)
    let person: Entity | undefined
    if (/\p{L}\s*,\s*$/u.test(before)) {
      // "Bastien X, meilleur espoir": the name right before the comma
      const named = rule.index.before(start, ['Person'])
      if (named && named.mention.start >= rule.sentence.start && /^\s*,\s*$/.test(text.slice(named.mention.end, start))) person = named.entity
    } else if (crowned.test(before)) {
      // "Noémie Y est sacrée meilleure actrice": the subject of the verb
      const named = rule.index.before(start, ['Person'])
      if (named && named.mention.start >= rule.sentence.start && start - named.mention.end <= 30) person = named.entity
    }
    if (!person) continue
    const award = rule.view.source.slice(start, awardEnd)
    rule.facts.add(film, 'award', award, rule.sentence)
    const lower = award.toLowerCase()
    const predicate = hasWord(lower, rule.lexicon.actingAwardWords) ? 'actor' : /(réalisation|mise en scène|director|directing)/.test(lower) ? 'director' : filmRole(person)
    if (predicate) rule.facts.add(film, predicate, person.id, rule.sentence)
  }
}

/** "meilleure actrice dans un second rôle pour ", "Best Actor for ": a best-category award, then the film. */
const bestCategory = /(?<![\p{L}])((?:meilleure?|Best)\s+[\p{L}'’-]+(?:\s+(?!pour\s|for\s)[\p{L}'’-]+){0,5}?)\s+(?:pour|for)\s+[«“"‘*_]*/gu

/** A verb of being crowned, right before the award: "est sacrée ", "a été élu ", "was named ". */
const crowned = /(?<![\p{L}])(?:sacrée?s?|élue?s?|couronnée?s?|named|voted|crowned)\s+$/iu
