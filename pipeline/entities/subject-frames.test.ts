/**
 * What a work is about or honours ("consacré à X", "dedicated to X"): a person as often as a place.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang} from '../types.js'
import {extractEntities} from './extract.js'

function run(source: string, language: Lang): Entity[] {
  return extractEntities(textView(source, {language}), [])
}

const typeOf = (found: Entity[], name: string): string | undefined => found.find((e) => e.name === name)?.type

describe('the subject of a work after "consacré à" / "dedicated to"', () => {
  it('reads a name shaped like a person\'s as a person, not as a place after "à"', () => {
    expect(typeOf(run('Le documentaire est consacré à Raymonde Vial, qui vit à Chamonix.', 'fr'), 'Raymonde Vial')).toBe('Person')
    expect(typeOf(run('Un court métrage dédié à Odile Bertrand sort en mai.', 'fr'), 'Odile Bertrand')).toBe('Person')
  })

  it('leaves a known place, and a plain "à" before a place, alone', () => {
    expect(typeOf(run('Une exposition consacrée à Montréal ouvre demain.', 'fr'), 'Montréal')).toBe('Place')
    expect(typeOf(run('Elle tourne à Chamonix depuis mars.', 'fr'), 'Chamonix')).toBe('Place')
  })
})
