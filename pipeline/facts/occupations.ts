/**
 * occupations: one occupation fact per role the text states for a person, with the role mention as
 * evidence.
 *
 * A role stated next to the name ("la réalisatrice X", "X, a nurse") is the person's. A role noun
 * that stands alone for someone ("the director shot …", "l'infirmière que joue X") was resolved to a
 * person by the entities stage, and that guess is wrong often enough on unseen text that it is kept
 * only when the other facts agree with it:
 * - the person is linked to a work of the text (a film or a book they made or played in);
 * - a director's role goes with a director (or creator) fact;
 * - a person linked to works only as an actor holds no other role that way: "the physicist",
 *   "l'avocat" is the character they play.
 */
import type {Entity, Fact} from '../types.js'
import type {FactList} from './rule.js'

/** Add the occupation facts of every person; `facts` holds the other facts already derived. */
export function occupations(entities: Entity[], facts: FactList): void {
  const derived = facts.withInverses()
  for (const entity of entities) {
    if (entity.type !== 'Person') continue
    const links = linksOf(entity, derived)
    const roles = [...entity.roles].sort((a, b) => a.start - b.start)
    const named = new Set(roles.filter((role) => !standsAlone(entity, role)).map((role) => role.key))
    for (const role of roles) {
      if (!named.has(role.key) && !agrees(role.key, links)) continue
      facts.add(entity, 'occupation', role.role, role)
    }
  }
}

interface Links {
  /** Works the person is linked to at all. */
  works: number
  directs: boolean
  /** True when every work link of the person is an acting credit. */
  onlyActs: boolean
}

function linksOf(person: Entity, facts: Fact[]): Links {
  const works = new Set(facts.filter((fact) => fact.subject === person.id && fact.predicate === 'work').map((fact) => fact.object))
  const acted = new Set(facts.filter((fact) => fact.object === person.id && fact.predicate === 'actor').map((fact) => fact.subject))
  const directs = facts.some((fact) => fact.object === person.id && (fact.predicate === 'director' || fact.predicate === 'creator'))
  return {works: works.size, directs, onlyActs: works.size > 0 && [...works].every((work) => acted.has(work))}
}

/** True when the role noun is itself the mention of the person (no name beside it). */
function standsAlone(person: Entity, role: {start: number; end: number}): boolean {
  return person.mentions.some((mention) => mention.kind === 'role' && mention.start <= role.start && role.end <= mention.end)
}

/** Whether the person's other facts support a role only stated by a role noun standing for them. */
function agrees(key: string, links: Links): boolean {
  if (links.works === 0) return false
  if (key === 'director') return links.directs
  if (links.onlyActs) return key === 'actor'
  return true
}
