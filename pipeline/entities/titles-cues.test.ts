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
