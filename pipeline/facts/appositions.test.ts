import {describe, expect, it} from 'vitest'
import {entity, facts} from './facts.test-helper.js'

/** The facts of `result` with one predicate. */
function only(result: string[], predicate: string): string[] {
  return result.filter((fact) => fact.includes(` ${predicate} `))
}

describe('the makers of a work in apposition', () => {
  it('a definite article and coordinated makers: "X, the 1998 biography by A and B"', () => {
    const text = 'Adapted from Northern Lights, the 1998 biography by Ann Grey and Tom Bell, the film opens in Oslo.'
    const result = facts(text, 'en', [entity(text, 'CreativeWork', ['Northern Lights']), entity(text, 'Person', ['Ann Grey']), entity(text, 'Person', ['Tom Bell'])])
    expect(only(result, 'creator')).toEqual(['creativework-northern-lights creator person-ann-grey', 'creativework-northern-lights creator person-tom-bell'])
  })

  it('"X, le poème de Y" and a role phrase before the maker', () => {
    const text = 'Il relisait Les Vents, le poème de Jean Morel, et « Ma rue », une chanson de la chanteuse Lise Caro.'
    const result = facts(text, 'fr', [
      entity(text, 'CreativeWork', ['Les Vents']),
      entity(text, 'CreativeWork', ['Ma rue']),
      entity(text, 'Person', ['Jean Morel']),
      entity(text, 'Person', ['Lise Caro'])
    ])
    expect(only(result, 'creator').sort()).toEqual(['creativework-les-vents creator person-jean-morel', 'creativework-ma-rue creator person-lise-caro'])
  })

  it('no maker when the words before the name are no role ("by the harbour of Y")', () => {
    const text = 'They sang Winter Song, the ballad by the harbour of Tom Bell, all night.'
    const result = facts(text, 'en', [entity(text, 'CreativeWork', ['Winter Song']), entity(text, 'Person', ['Tom Bell'])])
    expect(only(result, 'creator')).toEqual([])
  })

  it('"<work>, which she wrote" is the work of the person the sentence is about; another verb says nothing', () => {
    const wrote = 'Back then Ada Lind led a band whose single “Glass”, which she wrote on a bus, was a hit.'
    const sang = 'Back then Ada Lind led a band whose single “Glass”, which she sang on a bus, was a hit.'
    const people = (text: string) => [entity(text, 'Person', ['Ada Lind']), entity(text, 'CreativeWork', ['Glass'])]
    expect(only(facts(wrote, 'en', people(wrote)), 'creator')).toEqual(['creativework-glass creator person-ada-lind'])
    expect(only(facts(sang, 'en', people(sang)), 'creator')).toEqual([])
  })

  it('a sentence opening on "Elle" speaks of the person the passage is about', () => {
    const text = 'Anna Roy est photographe. Elle a également publié un livre, Les Rizières, chez Quai.'
    const result = facts(text, 'fr', [entity(text, 'Person', ['Anna Roy']), entity(text, 'CreativeWork', ['Les Rizières'])])
    expect(only(result, 'creator')).toEqual(['creativework-les-rizieres creator person-anna-roy'])
  })
})

describe('awards in apposition', () => {
  it('an award right after a film and its year went to that film', () => {
    const text = 'Il éclaire Les Nuits (1994), Ours d’argent à Berlin, puis part au Ghana.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Les Nuits'])])
    expect(only(result, 'award')).toEqual(['movie-les-nuits award Ours d’argent'])
  })

  it('one apposition may come between the film and its award', () => {
    const text = 'On surveillera Les Nuits, premier film de Marc Blanc, prix du public à Berlin.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Les Nuits']), entity(text, 'Person', ['Marc Blanc'])])
    expect(only(result, 'award')).toEqual(['movie-les-nuits award prix du public'])
  })

  it('an award that opens the sentence went to the film its main clause opens on', () => {
    const text = 'Lion d’or à Venise, Les Nuits sort en salles mercredi.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Les Nuits'])])
    expect(only(result, 'award')).toEqual(['movie-les-nuits award Lion d’or'])
  })

  it('no award when a clause with a verb stands between, nor for a nomination', () => {
    const far = 'Les Nuits a été tourné à Berlin en 1994 par une équipe réduite, Ours d’argent ou pas.'
    const nominated = 'Les Nuits (1994), nommé pour l’Ours d’argent à Berlin, a lancé sa carrière.'
    expect(only(facts(far, 'fr', [entity(far, 'Movie', ['Les Nuits'])]), 'award')).toEqual([])
    expect(only(facts(nominated, 'fr', [entity(nominated, 'Movie', ['Les Nuits'])]), 'award')).toEqual([])
  })

  it('"winner of" the award says it was won', () => {
    const text = 'The studio released Paper Boats, winner of the Golden Bear, last year.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Paper Boats'])])
    expect(only(result, 'award')).toEqual(['movie-paper-boats award Golden Bear'])
  })
})

describe('sections and subjects', () => {
  it('"is in <section>: <title>" places that film, not the one named before', () => {
    const text = 'Cold Sea is the favourite. The boldest film, though, is in Encounters: Glass Lungs, shot in one take.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Cold Sea']), entity(text, 'Movie', ['Glass Lungs']), entity(text, 'Event', ['Encounters'])])
    expect(only(result, 'festival')).toEqual(['movie-glass-lungs festival event-encounters'])
  })

  it('"un documentaire sur X" gives what the film is about', () => {
    const text = 'Les Sables, de Léa Roux (France, 20 min) : un documentaire sur Marc Blanc, pêcheur.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Les Sables']), entity(text, 'Person', ['Léa Roux']), entity(text, 'Person', ['Marc Blanc'])])
    expect(only(result, 'about')).toEqual(['movie-les-sables about person-marc-blanc'])
  })
})
