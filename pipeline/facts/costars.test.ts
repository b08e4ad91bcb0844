import {describe, expect, it} from 'vitest'
import {entity, facts} from './facts.test-helper.js'

describe('casts named around a title or in the passage on a film (costars.ts)', () => {
  it('"<film> (1950), de X, avec A": a co-star preposition after a comma brings in the cast', () => {
    const text = 'Le ciné-club reprend Les Grands Vents (1950), de Paul Roux, toujours avec une Anne Vidal éblouissante.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Les Grands Vents']), entity(text, 'Person', ['Paul Roux']), entity(text, 'Person', ['Anne Vidal'])])
    expect(result).toContain('movie-les-grands-vents actor person-anne-vidal')
  })

  it('not a person the clause credits with a crew post, nor "wrote with"', () => {
    const text = 'North Wind (2020), shot in Oslo in the winter of that year by a small crew, with Tom Hale at the helm. Salt Year, which Ann Berg wrote with Ben Ode, follows.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['North Wind']), entity(text, 'Movie', ['Salt Year']), entity(text, 'Person', ['Tom Hale']), entity(text, 'Person', ['Ann Berg']), entity(text, 'Person', ['Ben Ode'])])
    expect(result).not.toContain('movie-north-wind actor person-tom-hale')
    expect(result).not.toContain('movie-salt-year actor person-ben-ode')
  })

  it('a sentence ending on a cast of two or more lists the cast of the film of its passage', () => {
    const text = 'Jeudi, Les Grands Vents (1950). Un conte revu en féerie pop, avec Anne Vidal, Paul Marin et Léa Roux.'
    const people = ['Anne Vidal', 'Paul Marin', 'Léa Roux'].map((name) => entity(text, 'Person', [name]))
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Les Grands Vents']), ...people])
    expect(result).toEqual(expect.arrayContaining(['movie-les-grands-vents actor person-anne-vidal', 'movie-les-grands-vents actor person-lea-roux']))
  })

  it('not the company of a person: "Il vit à Lyon, avec A et B."', () => {
    const text = 'Les Grands Vents (1950) est ressorti. Il vit à Lyon, avec Anne Vidal et Paul Marin.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Les Grands Vents']), entity(text, 'Person', ['Anne Vidal']), entity(text, 'Person', ['Paul Marin'])])
    expect(result.filter((fact) => fact.includes(' actor '))).toEqual([])
  })

  it('"A et B y sont emportés": "y" standing for the film named last', () => {
    const text = 'Mardi, Les Grands Vents (1950). Anne Vidal et Paul Marin y sont emportés par la musique.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Les Grands Vents']), entity(text, 'Person', ['Anne Vidal']), entity(text, 'Person', ['Paul Marin'])])
    expect(result).toEqual(expect.arrayContaining(['movie-les-grands-vents actor person-anne-vidal', 'movie-les-grands-vents actor person-paul-marin']))
  })

  it('not when "y" stands for a place, nor "y est née"', () => {
    const text = 'Les Grands Vents (1950) a été tourné à Brest. Anne Vidal y est immense. Paul Marin y est né.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Les Grands Vents']), entity(text, 'Place', ['Brest']), entity(text, 'Person', ['Anne Vidal']), entity(text, 'Person', ['Paul Marin'])])
    expect(result.filter((fact) => fact.includes(' actor '))).toEqual([])
  })

  it('"A plays Nora", "B is Jane, the wife he lost": a character after a verb of playing', () => {
    const text = 'North Wind returns this month. Ann Berg plays Nora with great care; Ivy Kay is Jane, the wife he lost.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['North Wind']), entity(text, 'Person', ['Ann Berg']), entity(text, 'Person', ['Ivy Kay'])])
    expect(result).toEqual(expect.arrayContaining(['movie-north-wind actor person-ann-berg', 'movie-north-wind actor person-ivy-kay']))
  })

  it('not "is" before a plain adjective, nor a verb in a relative clause about another work', () => {
    const text = 'North Wind returns this month. Ann Berg is German. Tom Hale closes his trilogy with Maria, where Ivy Kay plays Nora.'
    const people = ['Ann Berg', 'Tom Hale', 'Ivy Kay'].map((name) => entity(text, 'Person', [name]))
    const result = facts(text, 'en', [entity(text, 'Movie', ['North Wind']), ...people])
    expect(result.filter((fact) => fact.includes(' actor '))).toEqual([])
  })
})
