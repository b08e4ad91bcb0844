import {describe, expect, it} from 'vitest'
import type {Entity} from '../types.js'
import {entity, facts} from './facts.test-helper.js'

/** The entity with its role noun at `text` also made a mention of it (a role noun standing for the person). */
function standingFor(person: Entity, source: string, text: string): Entity {
  const start = source.indexOf(text)
  const mentions = [...person.mentions, {start, end: start + text.length, text, kind: 'role' as const}].sort((a, b) => a.start - b.start)
  return {...person, mentions}
}

describe('festival implied by a report', () => {
  it('does not give the festival to a film named as a past credit ("révélée par X")', () => {
    const source = 'Festival de Lorient : la compétition démarre. Mara Vos, révélée par Pluie ancienne, y est acclamée en compétition. Lac bleu a été projeté en compétition hier.'
    const festival = entity(source, 'Event', ['Festival de Lorient'])
    const old = entity(source, 'Movie', ['Pluie ancienne'])
    const lake = entity(source, 'Movie', ['Lac bleu'])
    const mara = entity(source, 'Person', ['Mara Vos'])
    const out = facts(source, 'fr', [festival, old, lake, mara])
    expect(out).not.toContain('movie-pluie-ancienne festival event-festival-de-lorient')
    expect(out).toContain('movie-lac-bleu festival event-festival-de-lorient')
  })
})

describe('crew members named by another capacity', () => {
  it('does not make a jury president, named as such, the crew of the film she speaks of', () => {
    const source = "Lac bleu remporte le Grand Prix. Agathe Lind, cheffe opératrice de Nordvind, préside le jury. La présidente du jury a salué Lac bleu."
    const lake = entity(source, 'Movie', ['Lac bleu'])
    const nordvind = entity(source, 'Movie', ['Nordvind'])
    const agathe = standingFor(
      entity(source, 'Person', ['Agathe Lind'], [['cheffe opératrice', 'cheffe opératrice', 'cinematographer'], ['présidente du jury', 'présidente du jury', 'jury president']]),
      source,
      'présidente du jury'
    )
    const out = facts(source, 'fr', [lake, nordvind, agathe])
    expect(out).toContain('person-agathe-lind work movie-nordvind')
    expect(out).not.toContain('person-agathe-lind work movie-lac-bleu')
  })
})
