import {describe, expect, it} from 'vitest'
import type {Lang} from '../types.js'
import {lexiconFor} from './lexicon.js'
import {readQuantity} from './numbers.js'
import {tokenize} from './tokens.js'

/** The quantity read at the start of a text. */
function quantity(text: string, lang: Lang = 'fr') {
  const scan = {text, tokens: tokenize(text), lex: lexiconFor(lang)}
  return readQuantity(scan, 0)?.value
}

describe('readQuantity', () => {
  it('reads French number words, hyphenated compounds included', () => {
    expect(quantity('trois ans')).toBe(3)
    expect(quantity('dix-huit mois')).toBe(18)
    expect(quantity('vingt-cinq jours')).toBe(25)
    expect(quantity('vingt et un jours')).toBe(21)
    expect(quantity('soixante-dix ans')).toBe(70)
    expect(quantity('quatre-vingt-dix ans')).toBe(90)
    expect(quantity('deux cents ans')).toBe(200)
    expect(quantity('cent vingt heures')).toBe(120)
    expect(quantity('deux cent cinquante jours')).toBe(250)
  })
  it('reads English number words', () => {
    expect(quantity('twenty-one years', 'en')).toBe(21)
    expect(quantity('a hundred and twenty days', 'en')).toBe(120)
    expect(quantity('a decade', 'en')).toBe(1)
  })
  it('reads digits with a decimal comma', () => {
    expect(quantity('30,4 secondes')).toBe(30.4)
    expect(quantity('12 jours')).toBe(12)
  })
  it('reads approximate and vague quantities', () => {
    expect(quantity("une dizaine d'années")).toBe(10)
    expect(quantity('quelques jours')).toBeNull()
    expect(quantity('several months', 'en')).toBeNull()
    expect(quantity('a dozen years', 'en')).toBe(12)
  })
  it('reads nothing where there is no quantity', () => {
    expect(quantity('film')).toBeUndefined()
    expect(quantity('dizaine')).toBeUndefined()
  })
})
