/**
 * Frames of playing a part that make a name a work without quotes or italics ("played a pupil in X", "X, in which she
 * plays …"), a lower-case article after a work noun opening no title, and regions of trade-press territory lists.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang} from '../types.js'
import {extractEntities} from './extract.js'

function run(source: string, language: Lang): Entity[] {
  return extractEntities(textView(source, {language}), [])
}
const named = (found: Entity[], name: string): Entity | undefined => found.find((e) => e.name === name)

describe('a verb of playing, its role, then in / dans', () => {
  it('makes the name after "in" a film', () => {
    expect(named(run('Early on she played a shy clerk in Paper Lanterns and a nurse on stage.', 'en'), 'Paper Lanterns')?.type).toBe('Movie')
    expect(named(run('Il joue un flic fatigué dans Nuits fauves, puis rien.', 'fr'), 'Nuits fauves')?.type).toBe('Movie')
  })

  it('needs a role object, and stops at a relative clause', () => {
    expect(named(run('He played football in Grey Harbour as a boy.', 'en'), 'Grey Harbour')?.type).not.toBe('Movie')
    expect(named(run('She plays a widow who rents a cottage in Kilmoran for the summer.', 'en'), 'Kilmoran')?.type).not.toBe('Movie')
  })
})

describe('a relative clause of playing after the name', () => {
  it('makes the name, with its lower-case words, a film', () => {
    expect(named(run('Rivers of the North, in which he plays a ferryman, won the prize.', 'en'), 'Rivers of the North')?.type).toBe('Movie')
  })

  it('leaves a person named before the clause alone', () => {
    const found = run('Elle tourne le premier film de Marie Dupont, dans lequel elle joue une juge.', 'fr')
    expect(named(found, 'Marie Dupont')?.type).toBe('Person')
  })
})

describe('a lower-case article after an English work noun', () => {
  it('opens a new noun phrase, not a title', () => {
    expect(run('It is the kind of comedy the Academy tends to reward.', 'en').some((e) => e.type === 'Movie' || e.type === 'CreativeWork')).toBe(false)
  })
})

describe('regions of territory lists', () => {
  it('are places', () => {
    const found = run('Sales covered Benelux (Nordlicht Films) and Japan, with talks ongoing for Latin America.', 'en')
    expect(named(found, 'Benelux')?.type).toBe('Place')
    expect(named(found, 'Latin America')?.type).toBe('Place')
  })
})
