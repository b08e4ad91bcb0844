/**
 * Names of companies, authorities and places whose shape breaks the plain capitalised run: inner "d'" or "et", a
 * glued plus sign, a capitalised authority noun, a possessive, an upper-case dateline; and the cues that type them.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang} from '../types.js'
import {extractEntities} from './extract.js'

function run(source: string, language: Lang): Entity[] {
  return extractEntities(textView(source, {language}), [])
}

function typed(found: Entity[], text: string): string | undefined {
  return found.find((e) => e.mentions.some((m) => m.text === text))?.type
}

describe('company names', () => {
  it('keeps an elided "d\'" inside a name closed by a company noun', () => {
    const found = run('Le film est coproduit par la société Marée d\'Automne Productions.', 'fr')
    expect(typed(found, "Marée d'Automne Productions")).toBe('Organization')
  })

  it('keeps a lower-case "et" between common words of a company name', () => {
    const found = run('Le film sortira en mai (Bleu et Noir Distribution).', 'fr')
    expect(typed(found, 'Bleu et Noir Distribution')).toBe('Organization')
  })

  it('keeps an opening determiner the text capitalises inside sentences too', () => {
    const found = run('Les Films du Large ont annoncé un tournage. Le film est produit pour Les Films du Large.', 'fr')
    const company = found.find((e) => e.type === 'Organization')
    expect(company?.mentions.map((m) => m.text)).toEqual(['Les Films du Large', 'Les Films du Large'])
  })

  it('reads a glued plus sign as part of the name of a channel or service', () => {
    const found = run('Le film a obtenu un préachat de Canal+ et sortira sur Disney+ en mars.', 'fr')
    expect(typed(found, 'Canal+')).toBe('Organization')
    expect(typed(found, 'Disney+')).toBe('Organization')
  })

  it('reads a French company name closed by "Cinéma" as a company', () => {
    const found = run('Il est coproduit avec Horizon Nord Cinéma.', 'fr')
    expect(typed(found, 'Horizon Nord Cinéma')).toBe('Organization')
  })

  it('reads a library as an institution', () => {
    expect(typed(run('In 2003 the Library of Congress selected the film.', 'en'), 'Library of Congress')).toBe('Organization')
  })
})

describe('authorities and places', () => {
  it('reads a capitalised "Région" as the authority, a lower-case one as the land', () => {
    expect(typed(run('Le film a reçu le soutien de la Région Normandie.', 'fr'), 'Région Normandie')).toBe('Organization')
    const land = run('Le tournage a lieu dans la région Normandie.', 'fr').find((e) => e.mentions.some((m) => m.text.includes('Normandie')))
    expect(land?.type).toBe('Place')
  })

  it('ends the name of an authority before "et de" and another phrase', () => {
    const found = run('Avec le soutien de la Région Normandie et de la ville de Caen.', 'fr')
    expect(typed(found, 'Région Normandie')).toBe('Organization')
  })

  it('reads a one-word owner, a possessive and a noun of a place as one place', () => {
    const found = run('The crew spent the summer on Ellen’s Island before the shoot.', 'en')
    expect(typed(found, 'Ellen’s Island')).toBe('Place')
    expect(typed(found, 'Ellen')).toBeUndefined()
  })

  it('keeps the upper-case determiner of a dateline', () => {
    expect(typed(run('LOS ANGELES, Monday — The film opened in four thousand theaters.', 'en'), 'LOS ANGELES')).toBe('Place')
  })

  it('keeps a city that an auxiliary follows a place', () => {
    const found = run('Le festival est né en 1946. Depuis, Lyon a accueilli trois éditions.', 'fr')
    expect(typed(found, 'Lyon')).toBe('Place')
  })

  it('drops a demonym that opens the name of a body elsewhere in the text', () => {
    const found = run('The British Film Institute restored the print. It is a classic of British documentary film.', 'en')
    expect(found.filter((e) => e.mentions.some((m) => m.text === 'British'))).toHaveLength(0)
  })
})

describe('people', () => {
  it('reads the part an actor played as a person', () => {
    const found = run('Tom Varley, who played Marlowe, said the shoot was long.', 'en')
    expect(typed(found, 'Marlowe')).toBe('Person')
  })

  it('reads the recipient of an honour as a person', () => {
    const found = run('Un prix d\'honneur sera remis à Ottilie Brandvold.', 'fr')
    expect(typed(found, 'Ottilie Brandvold')).toBe('Person')
  })
})

describe('a company named by its first word', () => {
  it('joins the company even before a verb of saying ("Northlight Pictures … Northlight said")', () => {
    const found = run('Marrowind Pictures has been sued by a screenwriter. In a statement, Marrowind said the lawsuit was without merit.', 'en')
    const company = found.find((e) => e.name === 'Marrowind Pictures')
    expect(company?.type).toBe('Organization')
    expect(company?.mentions.map((m) => m.text)).toEqual(['Marrowind Pictures', 'Marrowind'])
    expect(found.some((e) => e.type === 'Person' && e.name === 'Marrowind')).toBe(false)
  })

  it('not a known given name said alone ("Ava said" after "Ava Films")', () => {
    const found = run('Ava Films bought the rights. Ava said the deal was fair.', 'en')
    expect(found.find((e) => e.name === 'Ava Films')?.mentions.map((m) => m.text)).toEqual(['Ava Films'])
  })
})
