/**
 * A film named under a labelled heading ("## In competition: *X*"), a person described by a
 * nationality after "de"/"by", casts announced in trade news ("A (“X”) and B (“Y”) will star in …").
 */
import {describe, expect, it} from 'vitest'
import {entity, facts} from './facts.test-helper.js'

describe('a film under a labelled heading', () => {
  it('"## In competition: *X*" makes X the film of the sentences below it', () => {
    const text = '# Dispatch\n\nDust opened the festival.\n\n## In competition: *Low Tide*\n\nThe documentary, produced by Ana Reis, is superb. Tom Bell plays a fisherman.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Dust']), entity(text, 'Movie', ['Low Tide']), entity(text, 'Person', ['Ana Reis']), entity(text, 'Person', ['Tom Bell'])])
    expect(result).toEqual(expect.arrayContaining(['person-ana-reis work movie-low-tide', 'movie-low-tide actor person-tom-bell']))
    expect(result).not.toContain('person-ana-reis work movie-dust')
  })

  it('a title line with a note in brackets ("*X* (in cinemas Friday)") heads the lines below it', () => {
    const text = 'Two films open tomorrow.\n\n*Dust* (in cinemas Friday)\nAna Reis directs from her own script.\n\n*Low Tide* (Netflix, Friday)\nTom Bell writes and directs this take on a novel.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Dust']), entity(text, 'Movie', ['Low Tide']), entity(text, 'Person', ['Ana Reis']), entity(text, 'Person', ['Tom Bell'])])
    expect(result).toEqual(expect.arrayContaining(['movie-low-tide director person-tom-bell']))
    expect(result).not.toContain('movie-dust director person-tom-bell')
  })

  it('a heading that goes on after the title is no film heading', () => {
    const text = 'Dust opened the festival.\n\nWhy Low Tide matters to us\n\nThe documentary, produced by Ana Reis, is superb.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Dust']), entity(text, 'Movie', ['Low Tide']), entity(text, 'Person', ['Ana Reis'])])
    expect(result).not.toContain('person-ana-reis work movie-low-tide')
  })
})

describe('a nationality between "de"/"by" and the director', () => {
  it('"X, de la Bretonne Y", "premier long métrage du Danois Z", "X, by the Peruvian W"', () => {
    const fr = 'Le prix est revenu à La Digue, de la Bretonne Léa Mas. On verra Le Gué, premier long métrage du Danois Paul Sée.'
    expect(facts(fr, 'fr', [entity(fr, 'Movie', ['La Digue']), entity(fr, 'Movie', ['Le Gué']), entity(fr, 'Person', ['Léa Mas']), entity(fr, 'Person', ['Paul Sée'])])).toEqual(
      expect.arrayContaining(['movie-la-digue director person-lea-mas', 'movie-le-gue director person-paul-see'])
    )
    const en = 'The boldest film is Low Tide, by the Peruvian Ana Reis, shot in one take.'
    expect(facts(en, 'en', [entity(en, 'Movie', ['Low Tide']), entity(en, 'Person', ['Ana Reis'])])).toContain('movie-low-tide director person-ana-reis')
  })

  it('"X, du Brésilien Y": "du" is "de" and an article', () => {
    const text = 'On attend aussi Le Gué, du Brésilien Paulo Sá, en compétition.'
    expect(facts(text, 'fr', [entity(text, 'Movie', ['Le Gué']), entity(text, 'Person', ['Paulo Sá'])])).toContain('movie-le-gue director person-paulo-sa')
  })

  it('"la comédie d\'action de X": a lower-case complement of the film noun may stand before the maker', () => {
    const text = 'Le Gué prend la tête des entrées. La comédie d’action de Paulo Sá, avec Ana Bel, a attiré 600 000 curieux.'
    expect(facts(text, 'fr', [entity(text, 'Movie', ['Le Gué']), entity(text, 'Person', ['Paulo Sá']), entity(text, 'Person', ['Ana Bel'])])).toContain('movie-le-gue director person-paulo-sa')
  })

  it('a capitalised word that belongs to a name is no nationality ("by the Daily Post critic X")', () => {
    const text = 'Low Tide, by the Daily Post critic Ana Reis, is reviewed below.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Low Tide']), entity(text, 'Organization', ['Daily Post']), entity(text, 'Person', ['Ana Reis'])])
    expect(result).not.toContain('movie-low-tide director person-ana-reis')
  })
})

describe('a possessive name in apposition after a title', () => {
  it('"<film>, X\'s three-hour epic" makes X its director, unless the text makes X one of its actors', () => {
    const text = 'Empire of Rain, Gideon Hale’s three-hour epic, premiered at Venice. Low Tide, the actor Ana Reis’s finest hour, did not.'
    const result = facts(text, 'en', [
      entity(text, 'Movie', ['Empire of Rain']),
      entity(text, 'Movie', ['Low Tide']),
      entity(text, 'Person', ['Gideon Hale']),
      entity(text, 'Person', ['Ana Reis'], [['actor', 'actor', 'actor']])
    ])
    expect(result).toContain('movie-empire-of-rain director person-gideon-hale')
    expect(result).not.toContain('movie-low-tide director person-ana-reis')
  })
})

describe('casts announced in trade news', () => {
  it('"A (“X”) and B (“Y”) will star in the drama": both act in the film of the news, each in the credit after their name', () => {
    const text = 'Ana Reis has set her second feature, “Low Tide.” Mia Roe (“Far Orbit”) and Tom Bell (“Dust”) will star in the drama.'
    const result = facts(text, 'en', [
      entity(text, 'Movie', ['Low Tide']),
      entity(text, 'Movie', ['Far Orbit']),
      entity(text, 'Movie', ['Dust']),
      entity(text, 'Person', ['Ana Reis']),
      entity(text, 'Person', ['Mia Roe']),
      entity(text, 'Person', ['Tom Bell'])
    ])
    expect(result).toEqual(
      expect.arrayContaining(['movie-low-tide actor person-mia-roe', 'movie-low-tide actor person-tom-bell', 'movie-far-orbit actor person-mia-roe', 'movie-dust actor person-tom-bell'])
    )
    expect(result).not.toContain('movie-dust actor person-mia-roe')
    expect(result).not.toContain('movie-far-orbit actor person-tom-bell')
  })

  it('a film in brackets after a name, with no cast in the sentence, gives nothing', () => {
    const text = 'Low Tide opens today. The critic Ana Reis (“Dust”) liked it.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Low Tide']), entity(text, 'Movie', ['Dust']), entity(text, 'Person', ['Ana Reis'])])
    expect(result.filter((fact) => fact.startsWith('movie-dust'))).toEqual([])
  })

  it('"X rounds out the cast as …", "Y y prête sa voix", "elle donne la réplique à Z": the film of the passage', () => {
    const en = 'Low Tide is set. Veteran actor Tom Bell rounds out the cast as the captain.'
    expect(facts(en, 'en', [entity(en, 'Movie', ['Low Tide']), entity(en, 'Person', ['Tom Bell'])])).toContain('movie-low-tide actor person-tom-bell')
    const fr = 'Le film d’animation La Digue sort mercredi. Paul Sée y prête sa voix au vieux gardien. Sur le plateau de La Digue, elle donne la réplique à Léa Mas.'
    expect(facts(fr, 'fr', [entity(fr, 'Movie', ['La Digue']), entity(fr, 'Person', ['Paul Sée']), entity(fr, 'Person', ['Léa Mas'])])).toEqual(
      expect.arrayContaining(['movie-la-digue actor person-paul-see', 'movie-la-digue actor person-lea-mas'])
    )
  })
})
