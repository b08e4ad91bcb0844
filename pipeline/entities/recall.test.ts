/**
 * Recall of names the older cues left untyped: a head before its "of" complement, English "<noun> of X",
 * company and place heads closing a name.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity} from '../types.js'
import {extractEntities} from './extract.js'

function typeOf(source: string, name: string): string | undefined {
  const found: Entity[] = extractEntities(textView(source, {language: 'en'}), [])
  return found.find((e) => e.mentions.some((m) => m.text === name))?.type
}

describe('heads inside a name', () => {
  it('types a name by the head before its "of" complement', () => {
    expect(typeOf('The Amateur Curling Association of Norland was formed in 1890.', 'Amateur Curling Association of Norland')).toBe('Organization')
    expect(typeOf('It lies in the Vennor District of Ostmark, far from the sea.', 'Vennor District of Ostmark')).toBe('Place')
  })

  it('leaves a venue noun with a complement to the institution', () => {
    expect(typeOf('He was inducted into the Curling Hall of Fame in 1990.', 'Curling Hall of Fame')).not.toBe('Place')
  })

  it('reads company and place heads closing a name', () => {
    expect(typeOf('The actor is repped by Brightwell Management in Los Angeles.', 'Brightwell Management')).toBe('Organization')
    expect(typeOf('The line ran beside Harlow Pond for a mile.', 'Harlow Pond')).toBe('Place')
  })
})

describe('English "of"', () => {
  it('reads an unknown word after "<noun> of" as a place', () => {
    expect(typeOf('The regiment held the siege lines of Kestrow for a month.', 'Kestrow')).toBe('Place')
  })

  it('not after a noun of a person', () => {
    expect(typeOf('The band split after the departure of Brannock in 1999.', 'Brannock')).not.toBe('Place')
  })
})
