/**
 * Behaviour added for names whose shape the lists do not know: particles, hyphenated names, names opening a
 * sentence, role appositions, family names first, compound adjectives and firms.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang} from '../types.js'
import {extractEntities} from './extract.js'

function run(source: string, language: Lang): Entity[] {
  return extractEntities(textView(source, {language}), [])
}

const person = (found: Entity[], name: string): Entity | undefined => found.find((e) => e.type === 'Person' && e.name === name)

describe('particles inside a surname', () => {
  it('keeps a run of particles ("van den") inside the name and joins the surname said alone', () => {
    const found = run('The critic Pieter van den Broek spoke with the director. Van den Broek asked about the sea.', 'en')
    const pieter = person(found, 'Pieter van den Broek')
    expect(pieter?.mentions.map((m) => m.text)).toContain('Van den Broek')
    expect(found.find((e) => e.name === 'den Broek' || e.name === 'Broek')).toBeUndefined()
  })

  it('keeps "de la" and a surname after a given name and a first surname', () => {
    const found = run('Le chef opérateur Joaquín Ibáñez de la Fuente est mort à Madrid.', 'fr')
    expect(person(found, 'Joaquín Ibáñez de la Fuente')).toBeDefined()
    expect(found.find((e) => e.name === 'Fuente')).toBeUndefined()
  })
})

describe('names opening a sentence', () => {
  it('makes a person of an unknown two-word name with a hyphenated part', () => {
    const found = run('The film opens today. Cillian Brosnan-Kaye plays a widower who rents a cottage.', 'en')
    expect(person(found, 'Cillian Brosnan-Kaye')).toBeDefined()
  })

  it('joins a family name said alone to a name whose given name is hyphenated', () => {
    const found = run('I loved it. Han Ji-woo shot the film in Seoul. Later, Han said she was happy.', 'en')
    expect(person(found, 'Han Ji-woo')?.mentions.map((m) => m.text)).toEqual(['Han Ji-woo', 'Han'])
  })
})

describe('role appositions', () => {
  it('makes a person of a name after a role noun and a comma', () => {
    const found = run('Selon son producteur, Benoît de Vaucelles, le tournage fut dur.', 'fr')
    expect(person(found, 'Benoît de Vaucelles')).toBeDefined()
  })

  it('does not read a person after "du film," as a title', () => {
    const found = run('La compositrice du film, Mathilde Ferrand-Okafor, voulait la réorchestrer.', 'fr')
    expect(person(found, 'Mathilde Ferrand-Okafor')).toBeDefined()
    expect(found.some((e) => e.type === 'Movie')).toBe(false)
  })
})

describe('other shapes', () => {
  it('reads the place inside a compound adjective', () => {
    const found = run('Marcus will produce alongside his Buenos Aires-based banner.', 'en')
    const place = found.find((e) => e.name === 'Buenos Aires')
    expect(place?.type).toBe('Place')
    expect(place?.mentions[0]?.text).toBe('Buenos Aires')
  })

  it('reads two surnames joined by an ampersand as a firm', () => {
    const found = run('The film was produced by the London company Fenwick & Hale and opens in May.', 'en')
    expect(found.find((e) => e.name === 'Fenwick & Hale')?.type).toBe('Organization')
  })

  it('types a festival whose event noun stands inside its name, and its acronym', () => {
    const found = run('It premiered at the International Documentary Film Festival Amsterdam (IDFA) in November.', 'en')
    const festival = found.find((e) => e.name === 'International Documentary Film Festival Amsterdam')
    expect(festival?.type).toBe('Event')
    expect(festival?.mentions.map((m) => m.text)).toContain('IDFA')
  })

  it('makes a place of a name after a lower-case venue noun, with its capitalised "L\'"', () => {
    const found = run('Une avant-première aura lieu le 10 mars au cinéma L\'Arlequin.', 'fr')
    expect(found.find((e) => e.name === "L'Arlequin")?.type).toBe('Place')
  })

  it('makes a place of "la X" after a noun of land', () => {
    const found = run('Ils se perdent en barque dans les marais de la Brière.', 'fr')
    expect(found.find((e) => e.name === 'Brière')?.type).toBe('Place')
  })

  it('keeps a bracketed determiner before a head noun in a company name', () => {
    const found = run('Selon son producteur, Benoît de Vaucelles (Les Films du Fjord), le tournage fut dur.', 'fr')
    expect(found.find((e) => e.type === 'Organization')?.name).toBe('Les Films du Fjord')
  })

  it('does not take "the" into a name after a given name', () => {
    const found = run('The academy gave Yasmine Belkacem the César for Best Actress in February.', 'en')
    expect(person(found, 'Yasmine Belkacem')).toBeDefined()
  })

  it('splits an acronym and a name joined by "and"', () => {
    const found = run('She is repped by CAA and Grandview Management in Los Angeles.', 'en')
    expect(found.find((e) => e.name === 'CAA and Grandview Management')).toBeUndefined()
    expect(found.find((e) => e.name === 'CAA')?.type).toBe('Organization')
  })

  it('reads a city with a cardinal point as a place', () => {
    const found = run('Elle fit passer des enfants de Berlin-Est à Berlin-Ouest.', 'fr')
    expect(found.find((e) => e.name === 'Berlin-Est')?.type).toBe('Place')
  })

  it('keeps the determiner of a newspaper named by a common noun at the start of a sentence', () => {
    const found = run('Le film est vu dans le monde entier. Le Monde y voit un portrait.', 'fr')
    expect(found.find((e) => e.name === 'Le Monde')?.type).toBe('Organization')
    expect(found.some((e) => e.type === 'Person')).toBe(false)
  })

  it('reads a byline in italics as a person, not a title', () => {
    const found = run('# Critique\n\n*Par Mathis Kowalczyk*\n\nIl y a des films qui arrivent sans bruit.', 'fr')
    expect(person(found, 'Mathis Kowalczyk')).toBeDefined()
    expect(found.some((e) => e.type === 'Movie' || e.type === 'CreativeWork')).toBe(false)
  })

  it('does not read a person followed by a release date as a title', () => {
    const found = run('Premier long métrage de la Bretonne Gwenaëlle Le Bihan-Costa, en salles le 2 avril.', 'fr')
    expect(person(found, 'Gwenaëlle Le Bihan-Costa')).toBeDefined()
  })
})

describe('compound given names', () => {
  it('reads "Pierre-Yves X, de <company>" as a person, each part being a given name, not as a film and its maker', () => {
    const found = run('« Près de 660 entrées par copie, dit Pierre-Yves Tallec, de Carrousel Films, c’est du jamais-vu. »', 'fr')
    expect(person(found, 'Pierre-Yves Tallec')).toBeDefined()
  })
})

describe('names in an upper-case heading', () => {
  it('keeps a heading name the text writes in ordinary case, not one it writes only in capitals', () => {
    const found = run('ENTRETIEN AVEC NOÉMIE CASTAGNET\n\nNoémie Castagnet a tourné son film en Loire.', 'fr')
    expect(person(found, 'NOÉMIE CASTAGNET') ?? person(found, 'Noémie Castagnet')).toBeDefined()
    const study = run("L'étude clinique ACUITY (SCA)\n\nDans ACUITY, les données ont été recueillies à part.", 'fr')
    expect(study.find((e) => e.name === 'ACUITY')).toBeUndefined()
  })
})

describe('film-press outlets whose names read as common words', () => {
  it('are organisations ("Slant", "Time Out", "Entertainment Weekly", "20 Minutes")', () => {
    const found = run('Slant was kinder, and Time Out put it bluntly. Entertainment Weekly gave it a C-minus.', 'en')
    expect(found.find((e) => e.name === 'Slant')?.type).toBe('Organization')
    expect(found.find((e) => e.name === 'Time Out')?.type).toBe('Organization')
    expect(found.find((e) => e.name === 'Entertainment Weekly')?.type).toBe('Organization')
    const french = run('Même constat chez 20 Minutes, et Le Masque et la Plume a été plus expéditif.', 'fr')
    expect(french.find((e) => e.name === '20 Minutes')?.type).toBe('Organization')
    expect(french.find((e) => e.name === 'Le Masque et la Plume')?.type).toBe('Organization')
  })
})
