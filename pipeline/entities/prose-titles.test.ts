/**
 * Titles in running prose with no quotes or italics: a title reaching a year in brackets over small words and
 * numbers, a participle opening the sentence left out of a title, a film's title said again where it means the
 * person it is named after, a single-word title owned by a person, credit phrases after a person, and an apposition
 * opened by a possessive owner.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang} from '../types.js'
import {extractEntities} from './extract.js'

function run(source: string, language: Lang): Entity[] {
  return extractEntities(textView(source, {language}), [])
}

const isWork = (e: Entity): boolean => e.type === 'Movie' || e.type === 'CreativeWork'
const work = (found: Entity[], name: string): Entity | undefined => found.find((e) => isWork(e) && e.name === name)
const named = (found: Entity[], name: string): Entity | undefined => found.find((e) => e.name === name)

describe('a title up to a year in brackets', () => {
  it('runs over small words and numbers, even from a given name', () => {
    expect(work(run('On revoit Lucie de 8 à 10 (1971), tourné à Lyon en un été.', 'fr'), 'Lucie de 8 à 10')?.type).toBe('Movie')
    expect(work(run('Le Prince de Port Vell (1994) fut un succès public.', 'fr'), 'Le Prince de Port Vell')?.type).toBe('Movie')
  })

  it('stops at a verb or a comma', () => {
    const found = run('Le Prince est à Lyon (1994), dit-on.', 'fr')
    expect(found.some((e) => isWork(e) && e.name.startsWith('Le Prince est'))).toBe(false)
  })
})

describe('a participle opening the sentence', () => {
  it('is not the first word of an English title', () => {
    const found = run('Adapted from Grey Harbour, the novel by Jane Doe, the film opens in May.', 'en')
    expect(found.some((e) => e.name.startsWith('Adapted'))).toBe(false)
    expect(work(found, 'Grey Harbour')).toBeDefined()
  })
})

describe('a film named after a person', () => {
  const text = 'The film Halvorsen opens on Friday. It follows the explorer Sigrid Halvorsen across the ice. When Halvorsen finally mutters a prayer, the camera stays on her. Halvorsen opens wide in March.'
  it('gives the person the mention followed by a verb of human action', () => {
    const found = run(text, 'en')
    const film = work(found, 'Halvorsen')
    const person = named(found, 'Sigrid Halvorsen')
    expect(film?.type).toBe('Movie')
    expect(person?.type).toBe('Person')
    const at = text.indexOf('Halvorsen finally')
    expect(person?.mentions.some((m) => m.start === at)).toBe(true)
    expect(film?.mentions.some((m) => m.start === at)).toBe(false)
    expect(film?.mentions.some((m) => m.start === text.lastIndexOf('Halvorsen opens'))).toBe(true)
  })

  it('keeps a plural noun after the title for the film', () => {
    const found = run('The film Halvorsen opens on Friday about Sigrid Halvorsen. Halvorsen tickets sold out.', 'en')
    expect(work(found, 'Halvorsen')?.mentions.length).toBe(2)
  })
})

describe('single-word titles and credits in prose', () => {
  it('reads a word owned by a person named in full, closing its clause, as a work', () => {
    expect(work(run('It opens the same day as Ann Lee’s Driftwood; critics are split.', 'en'), 'Driftwood')?.type).toBe('Movie')
    expect(work(run('She moved to Ann Lee’s Paris, then back.', 'en'), 'Paris')).toBeUndefined()
  })

  it('reads an apposition opened by a possessive owner', () => {
    const found = run('He loved Driftwood, Ann Lee’s second feature, more than anything.', 'en')
    expect(work(found, 'Driftwood')?.type).toBe('Movie')
    expect(named(run('Later Tom, Anna Berg’s brother, came in.', 'en'), 'Tom')?.type).toBe('Person')
  })

  it('reads credit phrases after a person', () => {
    expect(work(run('Tom Berg, a Lindqvist regular since Cold Lanterns, plays the father.', 'en'), 'Cold Lanterns')?.type).toBe('Movie')
    expect(work(run('Elle est surtout connue pour Kalmaro, tourné en Islande.', 'fr'), 'Kalmaro')?.type).toBe('Movie')
    expect(work(run('Son compagnon, lui-même réalisateur de Kalmaro, signe le montage.', 'fr'), 'Kalmaro')?.type).toBe('Movie')
  })

  it('leaves places, people and organisations after a credit phrase alone', () => {
    expect(named(run('La réalisatrice de Lyon, Anne Petit, ouvre le festival.', 'fr'), 'Lyon')?.type).toBe('Place')
    expect(run('He is known for Amnesty International campaigns.', 'en').some((e) => isWork(e))).toBe(false)
  })
})
