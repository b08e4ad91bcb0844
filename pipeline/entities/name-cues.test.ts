/**
 * Behaviour of cues of shape and neighbourhood added for names on real text: a known country or region after a comma,
 * a qualifier of region before a known place, an acronym closing a company's name, "the plains of X", two acronyms
 * joined by "and", and "Grand" opening a name (no demonym).
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, EntityType, Lang} from '../types.js'
import {extractEntities} from './extract.js'

function run(source: string, language: Lang): Entity[] {
  return extractEntities(textView(source, {language}), [])
}

const typeOf = (found: Entity[], name: string): EntityType | undefined => found.find((e) => e.mentions.some((m) => m.text === name))?.type

describe('places by their neighbours', () => {
  it('makes a place of an unknown name followed by a comma and a known country or region', () => {
    expect(typeOf(run('The unit moved to Lorbeck, England in June.', 'en'), 'Lorbeck')).toBe('Place')
    expect(typeOf(run('The hall stands in Quarnby, California, near the coast.', 'en'), 'Quarnby')).toBe('Place')
  })

  it('makes a place of a qualifier of region before a known place', () => {
    expect(typeOf(run('To avoid clashes with Southern California and Greater Poland, they moved.', 'en'), 'Southern California')).toBe('Place')
  })

  it('reads "the plains of X" as a place', () => {
    expect(typeOf(run('The range slopes down into the plains of Varunadu.', 'en'), 'Varunadu')).toBe('Place')
  })
})

describe('organisations by their shape', () => {
  it('makes an organisation of a name closed by an acronym', () => {
    expect(typeOf(run('Les contrats passaient entre Varnel CSF et ses clients.', 'fr'), 'Varnel CSF')).toBe('Organization')
    expect(typeOf(run('Le bureau fut ouvert en mai. Photos Jacques VARNEL', 'fr'), 'Photos Jacques VARNEL')).not.toBe('Organization')
  })

  it('keeps two acronyms joined by "and" apart, but not a lone letter', () => {
    const found = run('Cable grew fast. QTV and ZSPN thrived and gave rise to new channels.', 'en')
    expect(typeOf(found, 'ZSPN')).toBe('Organization')
    expect(found.some((e) => e.mentions.some((m) => m.text === 'QTV and ZSPN'))).toBe(false)
  })

  it('takes no "Grand" opening a name for a demonym before a person', () => {
    expect(typeOf(run('Il démissionna quelque temps du Grand Orvent.', 'fr'), 'Orvent')).not.toBe('Person')
  })
})
