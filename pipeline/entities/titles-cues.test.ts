/**
 * Behaviour added for work titles: cues with a year inside, makers named by a role, release phrases after a comma,
 * titles in another language in brackets, complements of a work noun, titles opened by a function word.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang, QuotedSpan} from '../types.js'
import {extractEntities} from './extract.js'

function run(source: string, language: Lang, quoted: QuotedSpan[] = []): Entity[] {
  return extractEntities(textView(source, {language}), quoted)
}

const work = (found: Entity[], name: string): Entity | undefined => found.find((e) => (e.type === 'Movie' || e.type === 'CreativeWork') && e.name === name)

describe('work titles', () => {
  it('reads a title after "révélée en 2016 par"', () => {
    const found = run('Révélée en 2016 par The Quiet Tide, elle joue ici une marin.', 'fr')
    expect(work(found, 'The Quiet Tide')?.type).toBe('Movie')
  })

  it('reads a title followed by its maker named by a role', () => {
    const found = run("Il fallait oser. L'Acrobate, de la réalisatrice Agathe Morel, ouvre la compétition.", 'fr')
    expect(work(found, "L'Acrobate")?.type).toBe('Movie')
  })

  it('reads a title followed by a release phrase after a comma', () => {
    expect(work(run('Avec L\'Œil patient, en salles le 12 mars, elle revient.', 'fr'), "L'Œil patient")).toBeDefined()
    expect(work(run('Their second collaboration, Sister Ash, premieres in Cannes.', 'en'), 'Sister Ash')).toBeDefined()
  })

  it('reads a title after a work noun and its complement', () => {
    expect(work(run('His book of portraits, Faces of Szeged, was published in 2003.', 'en'), 'Faces of Szeged')?.type).toBe('CreativeWork')
  })

  it('reads the title in another language given in brackets as another name of the work', () => {
    const found = run('Blue Hours (Portuguese: Horas Azuis) is a 2016 documentary film.', 'en')
    const film = work(found, 'Blue Hours')
    expect(film?.mentions.map((m) => m.text)).toEqual(['Blue Hours', 'Horas Azuis'])
    expect(found.some((e) => e.type === 'Person')).toBe(false)
  })

  it('reads a title opened by a function word after a work noun, closed by a year', () => {
    const found = run('Son court métrage Ce que la glace retient (2017) avait reçu un prix.', 'fr')
    expect(work(found, 'Ce que la glace retient')?.type).toBe('Movie')
  })
})

describe('titles after a contracted article', () => {
  it('reads a title after "des" closed by an apposition naming a film, with its translation in brackets', () => {
    const found = run("On annonce la sortie des Oiseaux de nuit (Die Nachtvögel), prix du jury et nouveau film du réalisateur Jan Berg.", 'fr')
    const film = work(found, 'Oiseaux de nuit')
    expect(film?.type).toBe('Movie')
    expect(film?.mentions.map((m) => m.text)).toEqual(['Oiseaux de nuit', 'Die Nachtvögel'])
  })

  it('leaves a place after "des" when a new clause follows the comma, and a name inside a company name', () => {
    const found = run("Tourné dans l'archipel des Brumes, le film suit une ornithologue. Le prix revient aux Films du Sirocco, distributeur du film de Jan Berg.", 'fr')
    expect(found.some((e) => e.type === 'Movie' && /Brumes|Sirocco/.test(e.name))).toBe(false)
  })
})

describe('titles after acting praise and after a prize winner', () => {
  it('reads a title after "remarquable dans"', () => {
    expect(work(run('La comédienne, déjà remarquable dans La Fille du meunier, porte le récit à bout de bras.', 'fr'), 'La Fille du meunier')).toBeDefined()
  })

  it('reads the title after a winner named in a sentence about a prize, past a comma', () => {
    const found = run("Certains évoquent une Palme d'or, qui serait la première depuis celle de Julie Morin pour Autopsie d'un hiver.", 'fr')
    expect(work(found, "Autopsie d'un hiver")?.type).toBe('Movie')
  })
})
