/**
 * Given names that are also ordinary words ("Will", "Grace", "Pierre"): a person's given name only before a surname.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang} from '../types.js'
import {extractEntities} from './extract.js'

function run(source: string, language: Lang): Entity[] {
  return extractEntities(textView(source, {language}), [])
}

const typeOf = (found: Entity[], name: string): string | undefined => found.find((e) => e.mentions.some((m) => m.text === name))?.type

describe('given names that are also words', () => {
  it('reads one before a surname as a given name, even opening a sentence', () => {
    expect(typeOf(run('The producer met Bill Dorsey in March.', 'en'), 'Bill Dorsey')).toBe('Person')
    expect(typeOf(run('Bill Dorsey said the film was long.', 'en'), 'Bill Dorsey')).toBe('Person')
    expect(typeOf(run('Hier soir, Pierre Varnier a présenté son film. Pierre Varnier joue un avocat.', 'fr'), 'Pierre Varnier')).toBe('Person')
  })

  it('leaves it to the word before a place or a head noun', () => {
    expect(typeOf(run('She stayed near Grace Church in Boston.', 'en'), 'Grace Church')).not.toBe('Person')
    expect(typeOf(run('Will Paris host the games?', 'en'), 'Paris')).toBe('Place')
  })
})
