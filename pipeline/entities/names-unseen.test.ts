/**
 * Behaviour added for names of unseen articles: given names of many languages, a month that is a given name, title-case
 * headline verbs, company nouns, French nouns of natural places, frames of place with an article, rubrics in capitals,
 * a known newspaper after a lower-case article, French names of countries.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, EntityType, Lang} from '../types.js'
import {extractEntities} from './extract.js'

function run(source: string, language: Lang): Entity[] {
  return extractEntities(textView(source, {language}), [])
}

const typed = (found: Entity[], type: EntityType): string[] => found.filter((e) => e.type === type).map((e) => e.name)

describe('given names', () => {
  it('reads a full name opening a sentence as a person when its given name is a common one of another language', () => {
    expect(typed(run('Virginie Lambrecht y joue une infirmière de nuit.', 'fr'), 'Person')).toContain('Virginie Lambrecht')
    expect(typed(run('The plot is thin. Cillian Dorrance plays the brother with great restraint.', 'en'), 'Person')).toContain('Cillian Dorrance')
  })

  it('keeps a month that is also a given name before a surname', () => {
    const found = run('The cast includes Tom Ferris and June Okafor-Lind, who plays his sister.', 'en')
    expect(typed(found, 'Person')).toContain('June Okafor-Lind')
    expect(typed(found, 'Person')).not.toContain('Okafor-Lind')
  })
})

describe('title-case headlines', () => {
  it('ends the name of the subject at the headline verb', () => {
    const found = run('# Tomás Ferreira-Lind Sets Next Feature at Ridgeway\n\nThe director will shoot in Chile.', 'en')
    expect(typed(found, 'Person')).toContain('Tomás Ferreira-Lind')
    expect(found.find((e) => e.name.includes('Sets'))).toBeUndefined()
    expect(typed(run('# Corvane Releasing Acquires North American Rights to Its Drama\n\nThe company said so.', 'en'), 'Organization')).toContain('Corvane Releasing')
  })

  it('does not cut a name before a capitalised verb form that ends the run', () => {
    const found = run('She founded Harrow Lane Pictures in 2004.', 'en')
    expect(typed(found, 'Organization')).toContain('Harrow Lane Pictures')
  })
})

describe('company nouns', () => {
  it('types a name closed by a sales, capital or talent noun as a company', () => {
    const found = run('London-based Tidewell Sales has boarded the film, with backing from Norrvik Capital; she is repped by Larkmoor Talent.', 'en')
    expect(typed(found, 'Organization')).toEqual(expect.arrayContaining(['Tidewell Sales', 'Norrvik Capital', 'Larkmoor Talent']))
  })
})

describe('French natural places', () => {
  it('keeps the noun of a sea or of mountains with its "de" complement after a definite article', () => {
    const found = run('Le film a été tourné sur une plateforme de la mer du Nord, puis dans les monts de Kerlaouen.', 'fr')
    expect(typed(found, 'Place')).toEqual(expect.arrayContaining(['mer du Nord', 'monts de Kerlaouen']))
  })

  it('leaves the noun out after an indefinite article or inside a complement', () => {
    const found = run('Elle a filmé une baie de Bretagne. Il a reçu un prix au festival Images de mer de Lorient.', 'fr')
    expect(typed(found, 'Place')).toContain('Bretagne')
    expect(found.find((e) => e.name === 'baie de Bretagne' || e.name === 'mer de Lorient')).toBeUndefined()
  })

  it('types the name after a noun of a kind of place and "des" or "de la"', () => {
    expect(typed(run("Le film a été tourné pendant dix semaines dans l'archipel des Vestrelles, avec des pêcheurs.", 'fr'), 'Place')).toContain('Vestrelles')
  })
})

describe('weak frames of place', () => {
  it('reads a name after "sur la" and "off" as a place when nothing else types it', () => {
    expect(typed(run('Toute la soirée, le public a défilé sur la Promenette en riant.', 'fr'), 'Place')).toContain('Promenette')
    expect(typed(run('The two brothers run a lighthouse off Brannholm, far from everyone.', 'en'), 'Place')).toContain('Brannholm')
  })
})

describe('rubrics in capitals', () => {
  it('takes a word of the language or words joined by a function word before a dash for a rubric, not a dateline', () => {
    expect(run('DISPARITION — 7 mai 2021\n\nLe comédien Paul Arnaud est mort lundi.', 'fr').find((e) => e.name === 'DISPARITION')).toBeUndefined()
    expect(run('CINÉPHILIE DE PROVINCE — le blog\n\nLe cinéma Rex rouvre ses portes.', 'fr').find((e) => e.name === 'CINÉPHILIE DE PROVINCE')).toBeUndefined()
  })

  it('takes capitals before a bar for a rubric', () => {
    expect(run('AWARDS WATCH | The Race Is Open\n\nThe critics have spoken.', 'en').find((e) => e.name === 'AWARDS WATCH')).toBeUndefined()
  })

  it('still reads a city before a dash as a dateline', () => {
    expect(typed(run('MARSEILLE — Le tournage a commencé lundi.', 'fr'), 'Place')).toContain('MARSEILLE')
  })
})

describe('known names after a lower-case article', () => {
  it('reads a known newspaper after "the" as an organisation', () => {
    expect(typed(run("According to the Guardian's critic, the film is too long.", 'en'), 'Organization')).toContain('Guardian')
  })
})

describe('French names of countries', () => {
  it('knows the countries a French list of filmmakers gives in brackets', () => {
    expect(typed(run('Le jury réunit Abdel Sy (Mauritanie), Ivo Marek (Slovénie) et Lina Nour (Jordanie).', 'fr'), 'Place')).toEqual(expect.arrayContaining(['Mauritanie', 'Slovénie', 'Jordanie']))
  })
})
