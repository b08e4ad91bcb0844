/**
 * Bare titles found by the words around them: an apposition describing the work ("X, Jane Doe's epic"), a prize's
 * category before the title ("Award for Best Score for X"), a French title of lower-case words closed by a year in
 * brackets ("Une nuit de pluie (1988)"), a spelled-out honorific then a year, a relative clause that releases the work ("X,
 * which opens on July 28"); and titles of programmes, which are events.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang} from '../types.js'
import {extractEntities} from './extract.js'
import {boldSpans} from './events-programmes.js'

function run(source: string, language: Lang, quoted: Parameters<typeof extractEntities>[1] = []): Entity[] {
  return extractEntities(textView(source, {language}), quoted)
}

const isWork = (e: Entity): boolean => e.type === 'Movie' || e.type === 'CreativeWork'
const work = (found: Entity[], name: string): Entity | undefined => found.find((e) => isWork(e) && e.name === name)

describe('an apposition describing the work', () => {
  it('makes a work of the title before it', () => {
    expect(work(run('The race was open. Harbour of Glass, Ann Morrow’s three-hour seafaring epic, premiered in May.', 'en'), 'Harbour of Glass')).toBeDefined()
    expect(work(run('The top prize went to Lanternfish, Tom Eyre’s $3 million debut about two brothers.', 'en'), 'Lanternfish')).toBeDefined()
    expect(work(run('Critics praised Quillmoor, her portrait of a mining town.', 'en'), 'Quillmoor')).toBeDefined()
  })

  it('not after a person named by a given name, nor a verb after the comma', () => {
    expect(work(run('We met the director Anna Berg, a portrait of calm.', 'en'), 'Anna Berg')).toBeUndefined()
    expect(run('When her friend, Dorrit, tells the story of her youth, we listen.', 'en').some((e) => isWork(e))).toBe(false)
    expect(run('Assise dans la salle Vautrin, elle a salué une adaptation fidèle.', 'fr').some((e) => isWork(e))).toBe(false)
  })
})

describe('a prize category before the title', () => {
  it('is no title and leaves the work after it', () => {
    const found = run('She won the Academy Award for Best Original Score for Nightjar, a film by Paul Dean.', 'en')
    expect(work(found, 'Nightjar')).toBeDefined()
    expect(found.some((e) => isWork(e) && e.name.startsWith('Best'))).toBe(false)
  })
})

describe('a French title of lower-case words closed by a year', () => {
  it('opens at a capitalised function word inside the sentence', () => {
    const found = run('Elle tourne ensuite ses grands rôles : Une nuit de pluie (1988), puis avec Lui (2004) de Marc Vidal.', 'fr')
    expect(work(found, 'Une nuit de pluie')?.type).toBe('Movie')
    expect(work(found, 'Lui')?.type).toBe('Movie')
  })

  it('reaches its maker and then the year', () => {
    expect(work(run('Il a cité Un homme est passé, de Jean Morel (1956), pour sa bande-son.', 'fr'), 'Un homme est passé')).toBeDefined()
  })

  it('a pronoun title is not said again at the start of a sentence', () => {
    const found = run('Elle tourne avec Lui (2004) de Marc Vidal. Lui aussi le sait.', 'fr')
    expect(work(found, 'Lui')?.mentions.length).toBe(1)
  })

  it('a spelled-out honorific and one word, then a year, is a title', () => {
    expect(work(run('Elle tourne Madame Vauquer (1991) et La Pension (1995).', 'fr'), 'Madame Vauquer')).toBeDefined()
  })
})

describe('the title of a programme', () => {
  it('after a programme noun, in quotes or bold, is an event', () => {
    const text = 'Le cinéma lance le cycle « Nuits blanches », six semaines de films.'
    const open = text.indexOf('«')
    const close = text.indexOf('»')
    const found = run(text, 'fr', [{start: open + 2, end: close - 1, text: text.slice(open + 2, close - 1), kind: 'title', open, close}])
    expect(found.find((e) => e.name === 'Nuits blanches')?.type).toBe('Event')
    expect(run('Our main season, **Lights in the Fog**, gathers noir.', 'en').find((e) => e.name === 'Lights in the Fog')?.type).toBe('Event')
  })

  it('bold spans are read with their offsets', () => {
    expect(boldSpans('a **Big Night** b')).toEqual([{start: 4, end: 13}])
  })
})

describe('a relative clause that releases or shows the work', () => {
  it('makes a film of the title before it ("X, which opens on July 28", "X, qui sort le 12 mars")', () => {
    expect(work(run('The studio hopes to keep crowds coming with Lantern Gate, which opens on July 28.', 'en'), 'Lantern Gate')?.type).toBe('Movie')
    expect(work(run('Her first feature, Still Harbour, which premiered at Sheffield, was shot in Norway.', 'en'), 'Still Harbour')?.type).toBe('Movie')
    expect(work(run("Le distributeur mise sur Les Cousins de l'été, qui sort le 12 mars.", 'fr'), "Les Cousins de l'été")?.type).toBe('Movie')
  })

  it('not a person named in full ("Marie Roux, qui sort le 12 mars son premier album")', () => {
    const found = run('Marie Roux, qui sort le 12 mars son premier album, chante ce soir.', 'fr')
    expect(found.some(isWork)).toBe(false)
  })
})
