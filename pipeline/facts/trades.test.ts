import {describe, expect, it} from 'vitest'
import {entity, facts} from './facts.test-helper.js'

describe('people of a trade named with a film no rule tied them to (trades.ts)', () => {
  it('makes a person the text gives an actor\'s trade, and no other, an actor of a film of the same sentence', () => {
    const text = "L'actrice Marie Dorin a grandi à Brest. Plus tard, Marie Dorin illumine Le Phare d'un regard."
    const people = [entity(text, 'Person', ['Marie Dorin'], [['actrice', 'actrice', 'actor']])]
    expect(facts(text, 'fr', [...people, entity(text, 'Movie', ['Le Phare'])])).toContain('movie-le-phare actor person-marie-dorin')
  })

  it('makes a director named close before a film with no director its director', () => {
    const text = 'The director Anna Berg grew up in Leeds. Last spring Anna Berg took Low Water to Berlin.'
    const people = [entity(text, 'Person', ['Anna Berg'], [['director', 'director', 'director']])]
    expect(facts(text, 'en', [...people, entity(text, 'Movie', ['Low Water'])])).toContain('movie-low-water director person-anna-berg')
  })

  it('makes a director opening a sentence that names no film the director of the one film of the paragraph', () => {
    const text = 'Few actors could carry Low Water. The director Anna Berg keeps things brief.'
    const people = [entity(text, 'Person', ['Anna Berg'], [['director', 'director', 'director']])]
    expect(facts(text, 'en', [...people, entity(text, 'Movie', ['Low Water'])])).toContain('movie-low-water director person-anna-berg')
    // (not among two films of the paragraph)
    const two = 'Low Water is better than High Tide. The director Anna Berg keeps things brief.'
    const both = [entity(two, 'Movie', ['Low Water']), entity(two, 'Movie', ['High Tide'])]
    expect(facts(two, 'en', [entity(two, 'Person', ['Anna Berg'], [['director', 'director', 'director']]), ...both]).filter((fact) => fact.includes(' director '))).toEqual([])
  })

  it('leaves a film that already has a director, or a director named far from it, or after it', () => {
    const text = 'The director Anna Berg grew up in Leeds. Anna Berg saw Low Water by Paul Roux.'
    const people = [entity(text, 'Person', ['Anna Berg'], [['director', 'director', 'director']]), entity(text, 'Person', ['Paul Roux'])]
    expect(facts(text, 'en', [...people, entity(text, 'Movie', ['Low Water'])])).not.toContain('movie-low-water director person-anna-berg')
    const far = 'The director Anna Berg grew up in Leeds. Anna Berg, who spent years teaching in a village school by the sea, loved Low Water.'
    const farPeople = [entity(far, 'Person', ['Anna Berg'], [['director', 'director', 'director']])]
    expect(facts(far, 'en', [...farPeople, entity(far, 'Movie', ['Low Water'])])).not.toContain('movie-low-water director person-anna-berg')
    const after = 'The director Anna Berg grew up in Leeds. Low Water moved Anna Berg.'
    const afterPeople = [entity(after, 'Person', ['Anna Berg'], [['director', 'director', 'director']])]
    expect(facts(after, 'en', [...afterPeople, entity(after, 'Movie', ['Low Water'])])).not.toContain('movie-low-water director person-anna-berg')
  })

  it('leaves a person of two trades, and a film about the person', () => {
    const text = "L'actrice et réalisatrice Marie Dorin a grandi à Brest. Marie Dorin illumine Le Phare."
    const people = [entity(text, 'Person', ['Marie Dorin'], [['actrice', 'actrice', 'actor'], ['réalisatrice', 'réalisatrice', 'director']])]
    const result = facts(text, 'fr', [...people, entity(text, 'Movie', ['Le Phare'])])
    expect(result).not.toContain('movie-le-phare actor person-marie-dorin')
    expect(result).not.toContain('movie-le-phare director person-marie-dorin')
    const about = "L'actrice Marie Dorin a grandi à Brest. Le Phare, documentaire consacré à Marie Dorin, sort mercredi."
    const subject = [entity(about, 'Person', ['Marie Dorin'], [['actrice', 'actrice', 'actor']])]
    const aboutFacts = facts(about, 'fr', [...subject, entity(about, 'Movie', ['Le Phare'])])
    expect(aboutFacts).toContain('movie-le-phare about person-marie-dorin')
    expect(aboutFacts).not.toContain('movie-le-phare actor person-marie-dorin')
  })
})
