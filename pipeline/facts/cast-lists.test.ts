/**
 * Cast lists under a cast heading, and appositions that name a part rather than a maker.
 */
import {describe, expect, it} from 'vitest'
import {entity, facts} from './facts.test-helper.js'

describe('cast lists', () => {
  it('"## Cast" then "- A as Kim" lines: each person acts in the article’s film', () => {
    const text = 'Far Orbit is a 2020 drama directed by Ada Lin.\n\n## Cast\n\n- Mia Roe as Jane Holt\n- Tom Bell as the pilot\n\n## Release\n\nIt opened in May with Sam Cole as host.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Far Orbit']), entity(text, 'Person', ['Ada Lin']), entity(text, 'Person', ['Mia Roe']), entity(text, 'Person', ['Jane Holt']), entity(text, 'Person', ['Tom Bell']), entity(text, 'Person', ['Sam Cole'])])
    expect(result).toEqual(expect.arrayContaining(['movie-far-orbit actor person-mia-roe', 'movie-far-orbit actor person-tom-bell']))
    expect(result).not.toContain('movie-far-orbit actor person-jane-holt')
    expect(result).not.toContain('movie-far-orbit actor person-sam-cole')
  })

  it('"Distribution" then "A : Vinz" lines; a line that opens on no person ends the list', () => {
    const text = 'Le Gué\n\nLe Gué est un film de Paul Sée.\n\nDistribution\n\nLise Roy : Marthe\nJean Vidal : le passeur\nPays : France, avec Marc Dor\n'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Gué']), entity(text, 'Person', ['Paul Sée']), entity(text, 'Person', ['Lise Roy']), entity(text, 'Person', ['Jean Vidal']), entity(text, 'Person', ['Marc Dor'])])
    expect(result).toEqual(expect.arrayContaining(['movie-le-gue actor person-lise-roy', 'movie-le-gue actor person-jean-vidal']))
    expect(result).not.toContain('movie-le-gue actor person-marc-dor')
  })

  it('a cast line whose actor is no entity keeps the list going', () => {
    const text = 'Far Orbit is a drama.\n\n## Cast\n\n- Kim Lo as Jane Holt\n- Tom Bell as the pilot\n'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Far Orbit']), entity(text, 'Person', ['Jane Holt']), entity(text, 'Person', ['Tom Bell'])])
    expect(result).toContain('movie-far-orbit actor person-tom-bell')
    expect(result).not.toContain('movie-far-orbit actor person-jane-holt')
  })

  it('a line that goes on as a sentence after the name is no cast line', () => {
    const text = 'Le Gué est un film de Paul Sée.\n\nDistribution\n\nLise Roy signe ici son meilleur rôle.\n'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Gué']), entity(text, 'Person', ['Paul Sée']), entity(text, 'Person', ['Lise Roy'])])
    expect(result).not.toContain('movie-le-gue actor person-lise-roy')
  })
})

describe('a cast after the director\'s credit or a verb that brings actors together', () => {
  it('"<film>, réalisé par X avec A et B", "<film> (1993), qui réunit A et B"', () => {
    const text = 'Puis vient Le Gué…, réalisé par Paul Sée avec Ana Bel et Léa Mas. La cinéaste triomphe avec Les Digues (1993), qui réunit Tom Roux et Ana Bel.'
    const result = facts(text, 'fr', [
      entity(text, 'Movie', ['Le Gué']),
      entity(text, 'Movie', ['Les Digues']),
      entity(text, 'Person', ['Paul Sée']),
      entity(text, 'Person', ['Ana Bel']),
      entity(text, 'Person', ['Léa Mas']),
      entity(text, 'Person', ['Tom Roux'])
    ])
    expect(result).toEqual(expect.arrayContaining(['movie-le-gue director person-paul-see', 'movie-le-gue actor person-ana-bel', 'movie-le-gue actor person-lea-mas', 'movie-les-digues actor person-tom-roux', 'movie-les-digues actor person-ana-bel']))
    expect(result).not.toContain('movie-le-gue actor person-paul-see')
  })
})

describe('parts are not makers', () => {
  it('"lui confie dans *X* le rôle de Y": Y is a part, not the creator of X', () => {
    const text = 'En 1960, Paul Sée lui confie dans *Le Lac* le rôle de Jean Noir, un peintre.'
    const result = facts(text, 'fr', [entity(text, 'CreativeWork', ['Le Lac']), entity(text, 'Person', ['Paul Sée']), entity(text, 'Person', ['Jean Noir'])])
    expect(result).not.toContain('creativework-le-lac creator person-jean-noir')
  })

  it('"X, une ballade de la chanteuse Y" still names its maker', () => {
    const text = 'On entend Nuit claire, une ballade de la chanteuse Kari Dal.'
    const result = facts(text, 'fr', [entity(text, 'CreativeWork', ['Nuit claire']), entity(text, 'Person', ['Kari Dal'], [['chanteuse', 'chanteuse', 'singer']])])
    expect(result).toContain('creativework-nuit-claire creator person-kari-dal')
    const en = 'He adapted the story "Cold Water" by the novelist Ann Ward.'
    expect(facts(en, 'en', [entity(en, 'CreativeWork', ['Cold Water']), entity(en, 'Person', ['Ann Ward'], [['novelist', 'novelist', 'writer']])])).toContain('creativework-cold-water creator person-ann-ward')
  })
})
