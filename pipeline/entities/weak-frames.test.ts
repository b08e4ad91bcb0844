/**
 * Names no cue types fall back on weak frames (weak-cues.tsv): a preposition of place, a verb or a possessive noun of a
 * body or a person, shared along a list; not a word that opens a longer name of the text, nor a modifier of a noun.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang} from '../types.js'
import {extractEntities} from './extract.js'

function typeOf(source: string, name: string, language: Lang = 'en'): string | undefined {
  const found: Entity[] = extractEntities(textView(source, {language}), [])
  return found.find((e) => e.mentions.some((m) => m.text === name))?.type
}

describe('weak frames for untyped names', () => {
  it('reads a preposition of place, also for the other items of its list', () => {
    expect(typeOf('The regiment fought a skirmish at Pellowick the next day.', 'Pellowick')).toBe('Place')
    expect(typeOf('The line leads to Brantmoor and Oskelby before the coast.', 'Oskelby')).toBe('Place')
    expect(typeOf('Le convoi est reparti vers Cardouze dans la nuit.', 'Cardouze', 'fr')).toBe('Place')
  })

  it('reads verbs and possessive nouns of a body or a person', () => {
    expect(typeOf('In 1994 she joined Velmoth, then a small outfit.', 'Velmoth')).toBe('Organization')
    expect(typeOf('The plant was bought by Quenrax in 2001.', 'Quenrax')).toBe('Organization')
    expect(typeOf("Analysts expect Dorvane's shares to fall.", 'Dorvane')).toBe('Organization')
    expect(typeOf("They met at a party given by Ellory's wife.", 'Ellory')).toBe('Person')
  })

  it('leaves a name modifying a noun, a word opening a longer name and a lone letter untyped', () => {
    expect(typeOf('The convoy drove to the Kessel depot at dawn.', 'Kessel')).toBeUndefined()
    expect(typeOf('The Marvane Film Festival opened. The film won two awards at Marvane last year.', 'Marvane')).not.toBe('Place')
    expect(typeOf('They took questions at the Q&A after the screening.', 'Q')).toBeUndefined()
  })
})
