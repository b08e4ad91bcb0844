/**
 * Stated roles (roles.ts) in the shapes reviews and news write them, French and English.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang} from '../types.js'
import {extractEntities} from './extract.js'

function rolesOf(source: string, language: Lang, name: string): string[] {
  const found = extractEntities(textView(source, {language}), [])
  return (found.find((entity) => entity.name === name) as Entity | undefined)?.roles.map((role) => role.role) ?? []
}

describe('stated roles', () => {
  it('reads roles coordinated with commas after a predicate', () => {
    expect(rolesOf('Awa Diallo est une réalisatrice, scénariste et productrice nigérienne.', 'fr', 'Awa Diallo')).toEqual(['réalisatrice', 'scénariste', 'productrice'])
  })

  it('reads "the editor turned director X" as two roles of X', () => {
    expect(rolesOf('The film was made by the editor turned director Luc Perrin in 2021.', 'en', 'Luc Perrin')).toEqual(['editor', 'director'])
  })

  it('reads a definite apposition with a nationality after a name', () => {
    expect(rolesOf('Rosa Lind, the Swedish actress best known for her thrillers, plays the mother.', 'en', 'Rosa Lind')).toEqual(['actress'])
  })

  it('reads a possessive role before a comma and the name', () => {
    expect(rolesOf('Its producer, Hanna Berg, was in the room. Her cinematographer, Ola Brekke, was not.', 'en', 'Hanna Berg')).toEqual(['producer'])
    expect(rolesOf("Okoro's producer, Lucía Benítez, said the team was talking.", 'en', 'Lucía Benítez')).toEqual(['producer'])
  })

  it('does not take the subject of a new clause for an apposition', () => {
    const source = 'Le réalisateur Paul Vidal admire Godard. Mais là où Godard laissait respirer Michel Piccoli, le cinéaste enferme ses acteurs dans des cadres.'
    expect(rolesOf(source, 'fr', 'Michel Piccoli')).toEqual([])
    expect(rolesOf(source, 'fr', 'Paul Vidal')).toEqual(['réalisateur', 'cinéaste'])
  })

  it('does not give a person the role of someone they are kin to', () => {
    const source = "The late blues guitarist Ray Vance died in May. Marjorie Vance, the guitarist's daughter, spoke to the press."
    expect(rolesOf(source, 'en', 'Marjorie Vance')).toEqual([])
  })

  it('reads a predicate after an aside between commas', () => {
    expect(rolesOf('Awa Diallo, née le 3 juin 1978 à Niamey, est une réalisatrice et productrice.', 'fr', 'Awa Diallo')).toEqual(['réalisatrice', 'productrice'])
  })

  it('reads "comme" + an occupation without determiner as the subject’s role', () => {
    expect(rolesOf('Awa Diallo travaille ensuite quatre ans comme assistante à Paris.', 'fr', 'Awa Diallo')).toEqual(['assistante'])
  })

  it('gives an epicene anaphor the gender of its French determiner', () => {
    const source = 'Awa Diallo étudie avec le documentariste Paul Roux. Plus tard, l’œuvre de la cinéaste devient politique.'
    expect(rolesOf(source, 'fr', 'Awa Diallo')).toEqual(['cinéaste'])
  })

  it('sends "the director" to the maker of a film ("X’s second feature"), not to the last woman named', () => {
    const source = "Han Ji-woo's second feature opens today. Han adapted a story by the novelist Kim Da-eun. After the screening, the director explained her choice."
    expect(rolesOf(source, 'en', 'Han Ji-woo')).toEqual(['director'])
    expect(rolesOf(source, 'en', 'Kim Da-eun')).toEqual(['novelist'])
  })

  it('sends "la réalisatrice" to the maker named after a title (", de la Norvégienne X")', () => {
    const source = 'Projeté jeudi soir, Le Silence des sternes, de la Norvégienne Solveig Aasrud, a reçu une ovation. Le film suit une ornithologue (Ingrid Lund). La réalisatrice signe ici son premier long métrage.'
    expect(rolesOf(source, 'fr', 'Solveig Aasrud')).toEqual(['réalisatrice'])
  })

  it('does not take a character ("the sculptor is played by X") for a role of someone in the text', () => {
    const source = 'Zoe Hart stars in Sister Ash. Hart plays the hearing sister; the sculptor is played by Maud Dever.'
    expect(rolesOf(source, 'en', 'Zoe Hart')).toEqual([])
  })

  it('does not send role nouns to the author of a byline', () => {
    const source = 'Berlinale : le documentaire triomphe\n*Par Léa Font, envoyée spéciale à Berlin*\nLa cinéaste Nino Kapa présente son film. La réalisatrice parle peu.'
    expect(rolesOf(source, 'fr', 'Léa Font')).toEqual(['envoyée spéciale'])
  })
})


describe('role anaphora and conflicting roles', () => {
  it('reads a possessive role with a complement before the comma and the name', () => {
    expect(rolesOf("Vance's manager of forty years, Paul Dorsey, appears once.", 'en', 'Paul Dorsey')).toEqual(['manager'])
  })

  it('does not send an anaphor to a person whose stated roles are all other ones', () => {
    const source = "Léa Morin filme la ville. Elle adapte le livre de l'écrivaine Ana Rossi. Mais la réalisatrice évite le pathos."
    expect(rolesOf(source, 'fr', 'Léa Morin')).toContain('réalisatrice')
    expect(rolesOf(source, 'fr', 'Ana Rossi')).toEqual(['écrivaine'])
  })

  it('takes the gender of a person from a nationality noun after a French determiner', () => {
    const source = "La Française Jean Morel filme la ville. La cinéaste évite le pathos."
    expect(rolesOf(source, 'fr', 'Jean Morel')).toEqual(['cinéaste'])
  })

  it('does not make the writer of a novel the director of the film adapted from it', () => {
    const source = "La Suédoise Ida Berg filme la nuit. Adapté du roman *Le Jardin*, de l'écrivaine Eva Lind, le film suit deux sœurs. Mais la cinéaste évite le pathos."
    expect(rolesOf(source, 'fr', 'Ida Berg')).toEqual(['cinéaste'])
  })
})
