import {describe, expect, it} from 'vitest'
import {findAwards} from './awards.js'
import {entity, facts} from './facts.test-helper.js'
import {factLexicon} from './lexicon.js'

describe('award names and prize lists', () => {
  it('an acting category keeps its part: "César du meilleur acteur dans un second rôle"', () => {
    const text = 'Il reçoit le César du meilleur acteur dans un second rôle pour ce film.'
    expect(findAwards(text, 0, text.length, factLexicon('fr')).map((award) => award.text)).toContain('César du meilleur acteur dans un second rôle')
  })

  it('an award name stops before a title, a festival or a possessive, and goes on over a category after "for"', () => {
    const names = (text: string, language: 'fr' | 'en', others: string[] = []) =>
      findAwards(text, 0, text.length, factLexicon(language), others.map((name) => ({start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name}))).map((award) => award.text)
    expect(names('He won an Oscar for Black Panther and the Academy Award for Best Original Score for Joker.', 'en')).toEqual(['Oscar', 'Academy Award for Best Original Score'])
    expect(names('It took the Cristal for a feature film at Annecy.', 'en')).toEqual(['Cristal for a feature film'])
    expect(names("Justine Triet's Palme d'Or winner returns.", 'en')).toEqual(["Palme d'Or"])
    expect(names('Le film obtient le Grand Prix du Festival de Cannes.', 'fr', ['Festival de Cannes'])).toEqual(['Grand Prix'])
    expect(names('It won the audience award at Sheffield, and she the Volpi Cup.', 'en')).toEqual(['audience award', 'Volpi Cup'])
    expect(names('It won the Grand Jury Prize and a special jury award for cinematography.', 'en')).toEqual(['Grand Jury Prize', 'special jury award for cinematography'])
    expect(names('La Coupe Volpi lui revient, comme le Golden Globe.', 'fr')).toEqual(['Coupe Volpi', 'Golden Globe'])
    // (a category after "for" in the words of such names, "People's" before a head)
    expect(names('It won the Silver Bear for Outstanding Artistic Contribution and the BAFTA Award for Outstanding British Film.', 'en')).toEqual([
      'Silver Bear for Outstanding Artistic Contribution',
      'BAFTA Award for Outstanding British Film'
    ])
    expect(names("It took the People's Choice Award in Toronto.", 'en')).toEqual(["People's Choice Award"])
    // ("un grand rôle" is no award)
    expect(names('Il y trouve un grand rôle.', 'fr')).toEqual([])
  })

  it('"Best Actress: A, “<film>”" lines of a prize list give the award, the festival and the actor', () => {
    const text = 'The Lakeside Film Festival closed on Sunday.\n\nThe winners:\nGrand Prize: “North Wind,” Ann Berg\nBest Actress: Ivy Kay, “Salt Year”\nBest Director: Tom Hale, “Low Water”\n'
    const result = facts(text, 'en', [
      entity(text, 'Event', ['Lakeside Film Festival']),
      entity(text, 'Movie', ['North Wind']),
      entity(text, 'CreativeWork', ['Salt Year']),
      entity(text, 'Movie', ['Low Water']),
      entity(text, 'Person', ['Ann Berg']),
      entity(text, 'Person', ['Ivy Kay']),
      entity(text, 'Person', ['Tom Hale'])
    ])
    expect(result).toEqual(
      expect.arrayContaining([
        'creativework-salt-year award Best Actress',
        'creativework-salt-year actor person-ivy-kay',
        'creativework-salt-year festival event-lakeside-film-festival',
        'movie-low-water award Best Director',
        'movie-low-water director person-tom-hale'
      ])
    )
  })

  it('a lone "Best Actress: …" line (a headline, not a list) gives nothing', () => {
    const text = 'Best Actress: Ivy Kay, “Salt Year”, the favourite\n\nThe race is open.'
    const result = facts(text, 'en', [entity(text, 'CreativeWork', ['Salt Year']), entity(text, 'Person', ['Ivy Kay'])])
    expect(result.filter((fact) => fact.includes(' award '))).toEqual([])
  })
})

describe('what a film is about', () => {
  it('the person after a place used as a modifier: "about the Accra boxer X"', () => {
    const text = 'North Wind, a documentary about the Accra boxer Kofi Mensah, won.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['North Wind']), entity(text, 'Place', ['Accra']), entity(text, 'Person', ['Kofi Mensah'])])
    expect(result).toContain('movie-north-wind about person-kofi-mensah')
    expect(result).not.toContain('movie-north-wind about place-accra')
  })

  it('not a name after "of" or "de", nor "followed by"', () => {
    const text = 'Le Sel suit une institutrice de Kaolack. North Wind opens in France, followed by the United Kingdom.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Sel']), entity(text, 'Movie', ['North Wind']), entity(text, 'Place', ['Kaolack']), entity(text, 'Place', ['United Kingdom'])])
    expect(result.filter((fact) => fact.includes(' about '))).toEqual([])
  })

  it('not a character whose actor follows in brackets', () => {
    const text = 'North Wind follows Holly Marsh (Ann Berg), a writer.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['North Wind']), entity(text, 'Person', ['Holly Marsh']), entity(text, 'Person', ['Ann Berg'])])
    expect(result).not.toContain('movie-north-wind about person-holly-marsh')
  })

  it('not the subject of another, unnamed film: "X prépare un second film, consacré à Y"', () => {
    const text = 'Le Sel obtient un prix, et Anne Roux prépare un second film, consacré au pianiste Paul Marin.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Sel']), entity(text, 'Person', ['Anne Roux']), entity(text, 'Person', ['Paul Marin'])])
    expect(result).not.toContain('movie-le-sel about person-paul-marin')
  })
})
