/**
 * Behaviour of the entities stage on well-known festivals and sections named without the word "festival".
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang} from '../types.js'
import {extractEntities} from './extract.js'

function run(source: string, language: Lang): Entity[] {
  return extractEntities(textView(source, {language}), [])
}

const typeOf = (found: Entity[], name: string): string | undefined => found.find((e) => e.mentions.some((m) => m.text === name))?.type

describe('known festivals', () => {
  it('types an acronym festival as an event, not a company', () => {
    const found = run('The film was the midnight hit of SXSW in March. Audiences at TIFF stood up.', 'en')
    expect(typeOf(found, 'SXSW')).toBe('Event')
    expect(typeOf(found, 'TIFF')).toBe('Event')
  })

  it('keeps a multi-word section as one event', () => {
    expect(typeOf(run("Her first feature opened Critics' Week in May 2024.", 'en'), "Critics' Week")).toBe('Event')
    const found = run('Il est reparti avec le prix de la section Un Certain Regard, et on comprend pourquoi.', 'fr')
    expect(typeOf(found, 'Un Certain Regard')).toBe('Event')
    expect(found.some((e) => e.name === 'Regard')).toBe(false)
  })

  it('keeps a section named in its festival\'s language whole, lower-case words and all', () => {
    const found = run('The best title so far in the Concorso internazionale is a quiet drama from Tallinn.', 'en')
    expect(typeOf(found, 'Concorso internazionale')).toBe('Event')
    expect(found.some((e) => e.name === 'Concorso')).toBe(false)
  })

  it('leaves a venue that a festival name opens to the venue', () => {
    expect(typeOf(run('It premiered at the TIFF Bell Lightbox on April 28.', 'en'), 'TIFF Bell Lightbox')).toBe('Place')
  })

  it('reads a section that is also a common word as an event after a screening cue or inside its frame', () => {
    expect(typeOf(run('The documentary premiered at Panorama last year.', 'en'), 'Panorama')).toBe('Event')
    expect(typeOf(run('Sélectionné dans la section Panorama de la Berlinale.', 'fr'), 'Panorama')).toBe('Event')
    expect(typeOf(run('The panorama from the hill was wide. Panorama magazine ran a long piece on the town.', 'en'), 'Panorama')).not.toBe('Event')
  })

  it('reads a name framed as a section as an event in a text that names a festival', () => {
    expect(typeOf(run('The drama premiered in the Lighthouse section of the Tarn Film Festival on May 3.', 'en'), 'Lighthouse')).toBe('Event')
    expect(typeOf(run('Présenté dans la section Horizons du Festival de Namur, le film sort en mars.', 'fr'), 'Horizons')).toBe('Event')
    expect(typeOf(run('The Tarn Film Festival had selected the film for its Coastal Documentary Competition.', 'en'), 'Coastal Documentary Competition')).toBe('Event')
    expect(typeOf(run('Présenté au Festival de Namur, le film y a reçu le prix du montage de la section Regards Neufs.', 'fr'), 'Regards Neufs')).toBe('Event')
  })

  it('gives no entity to a name framed as a section where no festival is named', () => {
    expect(run('She wrote for the Sports section of the paper for ten years.', 'en').some((e) => e.mentions.some((m) => m.text === 'Sports'))).toBe(false)
    expect(typeOf(run('She edited the Sunday Review section of the Daily Courier for years.', 'en'), 'Sunday Review')).not.toBe('Event')
  })

  it('merges a festival with its other name in the same text', () => {
    const found = run('La Berlinale ouvre jeudi. Le Festival international du film de Berlin dure dix jours. La Berlinale a primé le film.', 'fr')
    const events = found.filter((e) => e.type === 'Event')
    expect(events).toHaveLength(1)
    expect(events[0]?.mentions.map((m) => m.text)).toContain('Berlinale')
  })

  it('merges an acronym with the festival whose full name it opens', () => {
    const found = run('He withdrew the film from the SXSW Film & TV Festival last week. A spokesperson said that SXSW respects the decision.', 'en')
    expect(found.filter((e) => e.type === 'Event')).toHaveLength(1)
  })
})

describe('known newspapers and broadcasters', () => {
  it('keeps the article of a newspaper opening a sentence and reads no person in it', () => {
    const found = run('Le film reçoit un accueil favorable. Le Monde y voit un portrait rare, tandis que Libération salue le film.', 'fr')
    expect(typeOf(found, 'Le Monde')).toBe('Organization')
    expect(typeOf(found, 'Libération')).toBe('Organization')
    expect(found.some((e) => e.name === 'Monde')).toBe(false)
  })

  it('keeps a magazine name with a lower-case word whole', () => {
    const found = run('The film was reviewed in Sight and Sound, and in the Dutch newspaper de Volkskrant.', 'en')
    expect(typeOf(found, 'Sight and Sound')).toBe('Organization')
    expect(typeOf(found, 'de Volkskrant')).toBe('Organization')
  })
})

describe('known newspapers said as common words', () => {
  it('does not read "la Libération" of a country as the newspaper', () => {
    expect(typeOf(run('Il rentre à Paris à la Libération, en 1944, et reprend son poste.', 'fr'), 'Libération')).not.toBe('Organization')
  })
})
