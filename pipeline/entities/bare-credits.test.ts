/**
 * Bare titles in running prose read by the words around them: a maker's credit after "par" or "à", two makers, a maker
 * named by "du" and a nationality, a title the name finder dropped as common words, "Person dans X" in French, an
 * honorific or "La X de" opening a title, a prize before a title opened by a function word, a sequel's number, a title
 * owned by a person before "the film", and a quoted title said again bare.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang, QuotedSpan} from '../types.js'
import {extractEntities} from './extract.js'

function run(source: string, language: Lang, quoted: QuotedSpan[] = []): Entity[] {
  return extractEntities(textView(source, {language}), quoted)
}

const isWork = (e: Entity): boolean => e.type === 'Movie' || e.type === 'CreativeWork'
const work = (found: Entity[], name: string): Entity | undefined => found.find((e) => isWork(e) && e.name === name)
const named = (found: Entity[], name: string): Entity | undefined => found.find((e) => e.name === name)

describe('a maker credited after a bare title', () => {
  it('reads the credit after "par" and after "à", and two makers sharing a surname', () => {
    const found = run("Le pays sera représenté par Quatre sœurs, d'Antoine Lemaire, et par Courir sous la pluie, de Claire et Sophie Vasseur.", 'fr')
    expect(work(found, 'Quatre sœurs')?.type).toBe('Movie')
    expect(work(found, 'Courir sous la pluie')?.type).toBe('Movie')
    expect(named(found, 'Antoine Lemaire')?.type).toBe('Person')
    expect(work(run('La soirée sera consacrée, hors compétition, à Zorbalune Zorbalune, de Pierre Marchand.', 'fr'), 'Zorbalune Zorbalune')?.type).toBe('Movie')
  })

  it('reads a maker named by "du" and a nationality', () => {
    expect(work(run('On attend aussi Hoje nao sei, du Portugais Rui Tavares.', 'fr'), 'Hoje nao sei')?.type).toBe('Movie')
  })

  it('still reads a person after "par" when no credit follows', () => {
    const found = run('Le film est produit par Claire Vasseur, depuis Lyon.', 'fr')
    expect(named(found, 'Claire Vasseur')?.type).toBe('Person')
  })
})

describe('titles the name finder drops or cuts', () => {
  it('reads common words after an actor and "dans", and an apposition with adjectives', () => {
    const found = run('En 2022, elle donne la réplique à Marc Dubreuil dans Verres brisés, drame social de la cinéaste Lise Arnaud.', 'fr')
    expect(work(found, 'Verres brisés')?.type).toBe('Movie')
    expect(work(run('Nicole Ferrand dirige Paul Astier dans Minuitbleu, avec Anna Roy.', 'fr'), 'Minuitbleu')?.type).toBe('Movie')
    // (a place known to the lists stays a place)
    expect(work(run('Marc Dubreuil dans Marseille, enfin.', 'fr'), 'Marseille')).toBeUndefined()
  })

  it('reads an English title of common words before an apposition naming a film', () => {
    expect(work(run('Last spring brought Iron Harvest, her fourth film with the studio, written by a poet.', 'en'), 'Iron Harvest')?.type).toBe('Movie')
  })

  it('keeps an honorific opening a title an adaptation follows, not before a person', () => {
    expect(work(run("Le succès vient avec Monsieur Brume, adapté d'un roman de Lucie Ferrat.", 'fr'), 'Monsieur Brume')?.type).toBe('Movie')
    const found = run('Mme Castel, sortie en 2019 de prison, témoigne. M. Borel (1931) est mort.', 'fr')
    expect(found.some((e) => isWork(e))).toBe(false)
  })

  it('reaches back over "La X de" to the start of a French title', () => {
    expect(work(run("La commission lui a préféré La Ballade de Dorvan Kessel, de Minh Tran Vo.", 'fr'), 'La Ballade de Dorvan Kessel')?.type).toBe('Movie')
  })

  it('reads a title opened by a function word after a prize', () => {
    expect(work(run('Un an après son César pour Sous le même ciel, il recommence.', 'fr'), 'Sous le même ciel')?.type).toBe('Movie')
    expect(found(run('Il a reçu le prix pour De Gaulle.', 'fr'))).toBe(false)
  })
})

describe('a film said again', () => {
  it('reads a title owned by a person before "the film", and its sequel', () => {
    const found = run('Ann Marlow’s Tidewater can still empty a beach. The film opened in 1988, and the studio released Tidewater 2 in 1991.', 'en')
    expect(work(found, 'Tidewater')?.type).toBe('Movie')
    expect(work(found, 'Tidewater 2')).toBeDefined()
    // (a number that counts something is no sequel)
    expect(work(run('Ann Marlow’s Tidewater can still empty a beach. The film sold Tidewater 2 million tickets.', 'en'), 'Tidewater 2')).toBeUndefined()
  })

  it('takes the whole of a quoted title where the text says it again bare', () => {
    const source = 'César : « La Fête du 14 » gagne\n\nLa Fête du 14, de Paul Ardent, remporte le prix.'
    const start = source.indexOf('La Fête')
    const found = run(source, 'fr', [{start, end: start + 13, text: 'La Fête du 14', kind: 'title', open: start - 2, close: start + 14}])
    expect(work(found, 'La Fête du 14')?.mentions).toHaveLength(2)
    expect(work(found, 'La Fête')).toBeUndefined()
  })
})

function found(entities: Entity[]): boolean {
  return entities.some(isWork)
}
