/**
 * A role noun set before a name with its complement or adjectives and a comma ("le ministre de la Santé, X,", "la maire
 * sortante, Y,") is an apposition to that name, not an anaphor of someone named before; the body named in the
 * complement is no person. A given name before a place head that is also a family name ("Celia Marsh") is a person.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang} from '../types.js'
import {extractEntities} from './extract.js'

function run(source: string, language: Lang): Entity[] {
  return extractEntities(textView(source, {language}), [])
}

const find = (found: Entity[], name: string): Entity | undefined => found.find((e) => e.mentions.some((m) => m.text === name))

describe('a role with its complement before a name in apposition', () => {
  it('gives "le ministre de la Santé, X," to X, and makes no person of the ministry', () => {
    const found = run('Paul Dorval est mort hier. Le ministre de la Santé, Yves Carle, a salué un homme rare.', 'fr')
    expect(find(found, 'Yves Carle')?.roles.map((r) => r.role)).toEqual(['ministre'])
    expect(find(found, 'Paul Dorval')?.roles ?? []).toEqual([])
    expect(find(found, 'Paul Dorval')?.mentions.some((m) => m.kind === 'role')).toBe(false)
    expect(find(found, 'Santé')?.type).not.toBe('Person')
  })

  it('gives "la maire sortante, X," to X, not to the woman named before', () => {
    const found = run('Lise Morand joue une institutrice. La maire sortante, Irène Vasseur, mène la campagne.', 'fr')
    expect(find(found, 'Irène Vasseur')?.roles.map((r) => r.role)).toEqual(['maire'])
    expect(find(found, 'Lise Morand')?.mentions.some((m) => m.kind === 'role')).toBe(false)
  })

  it('keeps a list of people typed alike ("X, Y et Z")', () => {
    const found = run('Il a vu Paul Dorval, Anne Roux et Lou.', 'fr')
    expect(find(found, 'Anne Roux')?.type).toBe('Person')
  })
})

describe('a given name before a place head that is also a family name', () => {
  it('reads "dressed Celia Marsh" as a person, "in Celia Marsh" as a place', () => {
    expect(find(run('She dressed Celia Marsh as a widow.', 'en'), 'Celia Marsh')?.type).toBe('Person')
    expect(find(run('The birds nest in Celia Marsh every spring.', 'en'), 'Celia Marsh')?.type).toBe('Place')
  })
})
