/**
 * Titles whose words or surroundings name something else than a work: a prize, a category, a person in a role
 * apposition, a maker credited before a year, a label or words said after a naming or saying verb.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang, QuotedSpan} from '../types.js'
import {extractEntities} from './extract.js'

function run(source: string, language: Lang, titles: string[] = []): Entity[] {
  const quoted: QuotedSpan[] = titles.map((text) => {
    const start = source.indexOf(text)
    return {start, end: start + text.length, text, kind: 'title', open: start - 1, close: start + text.length}
  })
  return extractEntities(textView(source, {language}), quoted)
}

const isWork = (e: Entity): boolean => e.type === 'Movie' || e.type === 'CreativeWork'
const work = (found: Entity[], name: string): Entity | undefined => found.find((e) => isWork(e) && e.name === name)

describe('a prize is no work', () => {
  it('drops an unmarked title whose head is a prize emblem after a determiner', () => {
    expect(work(run('Il est reparti avec le prix du jury et la Silver Palm, le troisième long métrage de Paul Verlet sort mercredi.', 'fr'), 'Silver Palm')).toBeUndefined()
  })
  it('keeps a title marked as such', () => {
    expect(work(run('Elle a revu *Brother Bear*, le film de 2003, avec ses enfants.', 'fr'), 'Brother Bear')).toBeDefined()
  })
})

describe('a category is no work', () => {
  it('drops a lone work noun after a prize', () => {
    expect(run('The film won the Audience Award for Documentaries at the festival.', 'en').some((e) => isWork(e) && e.name === 'Documentaries')).toBe(false)
  })
})

describe('a person in a role apposition is no work', () => {
  it('drops a name right after a role and a comma', () => {
    const found = run('The cuts are gentle; the editor, Malika Serrano, lets each shot breathe.', 'en')
    expect(work(found, 'Malika Serrano')).toBeUndefined()
  })
})

describe('a maker before a year is no work', () => {
  it('drops the person named after "de" and a title', () => {
    const found = run('On pense aux Fiancés de Tomas Vredel (2011), pour cette façon de filmer les toits.', 'fr')
    expect(work(found, 'Tomas Vredel')).toBeUndefined()
  })
})

describe('a label or words said in quotation marks', () => {
  it('drops a nickname after a naming verb', () => {
    expect(work(run('The crew called her "Iron Lady" on the set of the film.', 'en', ['Iron Lady']), 'Iron Lady')).toBeUndefined()
    expect(work(run('Les critiques l\'ont surnommé « Petit Prince » dès son premier film.', 'fr', ['Petit Prince']), 'Petit Prince')).toBeUndefined()
  })
  it('drops words said after a saying verb', () => {
    expect(work(run('I said, "Stand up now," and they did.', 'en', ['Stand up now']), 'Stand up now')).toBeUndefined()
  })
  it('keeps a title after a work noun and a naming verb', () => {
    expect(work(run('She made a short film called "Paper Boats" in 2019.', 'en', ['Paper Boats']), 'Paper Boats')).toBeDefined()
  })
})
