/**
 * Crew jobs stated with a verb ("X wrote the screenplay", "Y shot it"), a plural role ("among the
 * editors were A and B"), an elided cue ("la musique d'X"), and what goes with them: a later
 * release does not date an old film, an aside does not give a director's verb its subject, a
 * rubric line does not hide the headline.
 */
import {describe, expect, it} from 'vitest'
import type {DateMention} from '../types.js'
import {textView} from '../index.js'
import {findPhrases} from './context.js'
import {entity, facts} from './facts.test-helper.js'
import {mainFilm} from './main-film.js'

function date(text: string, surface: string, value: string): DateMention {
  const start = text.indexOf(surface)
  return {start, end: start + surface.length, text: surface, value, type: 'DATE'}
}

describe('crew credits', () => {
  it('a person, a crew verb and its credit: the film of the passage', () => {
    const text = 'Stone Harbour follows a ferryman. Lena Holt wrote the screenplay, and Piet Maas shot it in winter.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Stone Harbour']), entity(text, 'Person', ['Lena Holt']), entity(text, 'Person', ['Piet Maas'])])
    expect(result).toContain('person-lena-holt work movie-stone-harbour')
    expect(result).toContain('person-piet-maas work movie-stone-harbour')
  })

  it('"it" after a book named since the film is the book, not the film', () => {
    const text = 'Stone Harbour adapts a novel. The Blue Quay was a hit, and Lena Holt wrote it in a year.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Stone Harbour']), entity(text, 'CreativeWork', ['The Blue Quay']), entity(text, 'Person', ['Lena Holt'])])
    expect(result).not.toContain('person-lena-holt work movie-stone-harbour')
  })

  it('"a signé la musique" and a partner after "avec" and a role noun', () => {
    const text = 'Les Digues sort mercredi. Anne Roc a coécrit le scénario avec la romancière Lise Mar.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Les Digues']), entity(text, 'Person', ['Anne Roc']), entity(text, 'Person', ['Lise Mar'])])
    expect(result).toContain('person-anne-roc work movie-les-digues')
    expect(result).toContain('person-lise-mar work movie-les-digues')
  })

  it('the partner of a relative clause on a film', () => {
    const text = 'Glass Town, which Ada Moor wrote with Ben Hale, opens today.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Glass Town']), entity(text, 'Person', ['Ada Moor']), entity(text, 'Person', ['Ben Hale'])])
    expect(result).toContain('person-ben-hale work movie-glass-town')
  })

  it('a plural crew role, a copula, then every person coordinated', () => {
    const text = 'Glass Town took four years. Among the cinematographers were Ada Moor and Ben Hale.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Glass Town']), entity(text, 'Person', ['Ada Moor']), entity(text, 'Person', ['Ben Hale'])])
    expect(result).toContain('person-ada-moor work movie-glass-town')
    expect(result).toContain('person-ben-hale work movie-glass-town')
  })

  it('a role that is no crew job gives nothing', () => {
    const text = 'Glass Town took four years. Among the critics were Ada Moor and Ben Hale.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Glass Town']), entity(text, 'Person', ['Ada Moor']), entity(text, 'Person', ['Ben Hale'])])
    expect(result.filter((fact) => fact.includes(' work '))).toEqual([])
  })

  it('an elided cue runs into the name: "la musique d’Ennio X"', () => {
    expect(findPhrases('porté par la musique d’Elio Vard', ["musique d'"])).toEqual([{at: 13, phrase: "musique d'"}])
    const text = 'Le Quai sort en 1981, porté par la musique d’Elio Vard.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Quai']), entity(text, 'Person', ['Elio Vard'])])
    expect(result).toContain('person-elio-vard work movie-le-quai')
  })
})

describe('what goes with crew credits', () => {
  it('a release years after a year given for the film is a later release', () => {
    const text = 'Salt Road (1984). The drama returns to cinemas on November 14.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Salt Road'])], [date(text, '1984', '1984'), date(text, 'November 14', '2025-11-14')])
    expect(result.filter((fact) => fact.includes('dateCreated'))).toEqual(['movie-salt-road dateCreated 1984'])
  })

  it('a release the year after a festival year still dates the film', () => {
    const text = 'Salt Road (2024). The drama opens in cinemas on March 3.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Salt Road'])], [date(text, '2024', '2024'), date(text, 'March 3', '2025-03-03')])
    expect(result.filter((fact) => fact.includes('dateCreated'))).toEqual(['movie-salt-road dateCreated 2025-03-03'])
  })

  it('a name inside an aside closed before a directing verb is not its subject', () => {
    const text = 'Kim Rae, a climber who had known Ada Moor for years, had co-directed the documentary Ridge with Ben Hale.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Ridge']), entity(text, 'Person', ['Kim Rae']), entity(text, 'Person', ['Ada Moor']), entity(text, 'Person', ['Ben Hale'])])
    expect(result).toContain('movie-ridge director person-kim-rae')
    expect(result).toContain('movie-ridge director person-ben-hale')
    expect(result).not.toContain('movie-ridge director person-ada-moor')
  })

  it('a rubric and a date line before the headline: the headline still names the film', () => {
    const text = 'CINÉMA | LA CRITIQUE\n\nMardi 17 septembre 2019\n\n« Les Digues », le regard et la braise\n\nQuatre mois après Cannes, le film, Prix Bleu en poche, arrive mercredi en salles.'
    const view = textView(text, {language: 'fr'})
    const films = [entity(text, 'Movie', ['Les Digues']), entity(text, 'Movie', ['Prix Bleu'])]
    expect(mainFilm(films, {text: view.text, sentences: view.sentences, language: 'fr'})?.name).toBe('Les Digues')
  })
})
