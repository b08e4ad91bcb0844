/**
 * Boundaries and types of names on unseen text: title-case headlines, compound adjectives made of a place, French
 * nouns of a place in lower case, demonyms as adjectives, rubrics, time zones, prizes after an indefinite article.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang} from '../types.js'
import {extractEntities} from './extract.js'

function run(source: string, language: Lang): Entity[] {
  return extractEntities(textView(source, {language}), [])
}

const named = (found: Entity[], name: string): Entity | undefined => found.find((e) => e.name === name)

describe('title-case headlines', () => {
  it('splits a headline written in title case at its function words', () => {
    const found = run('Maria Lopez & Tom Hardwick To Join Cast Of New Thriller Shooting In Portugal This Winter\nThe producers confirmed the news on Monday.', 'en')
    expect(named(found, 'Maria Lopez')?.type).toBe('Person')
    expect(named(found, 'Tom Hardwick')?.type).toBe('Person')
    expect(named(found, 'Portugal')?.type).toBe('Place')
    expect(found.find((e) => e.name.includes(' To '))).toBeUndefined()
  })

  it('leaves a line in ordinary case alone', () => {
    const found = run('The studio said that the Bank of Scotland will fund the film in London next year.', 'en')
    expect(named(found, 'Bank of Scotland')).toBeDefined()
  })
})

describe('compound adjectives', () => {
  it('finds the place of "X-based" before the name it qualifies', () => {
    const found = run('The film is produced by Oslo-based Fjordline Pictures and a German partner.', 'en')
    expect(named(found, 'Oslo')?.type).toBe('Place')
    expect(named(found, 'Fjordline Pictures')?.type).toBe('Organization')
  })
})

describe('French nouns of a place in lower case', () => {
  it('takes "place", "cap" or "cinéma" into the name after it', () => {
    const found = run('Ils ont tourné près du cap Ferret puis sur la place Bellecour, et le film sera montré au cinéma Vauban.', 'fr')
    expect(named(found, 'cap Ferret')?.type).toBe('Place')
    expect(named(found, 'place Bellecour')?.type).toBe('Place')
    expect(named(found, 'cinéma Vauban')?.type).toBe('Place')
  })

  it('does not make a venue of a person after "cinéma"', () => {
    const found = run('Il admire le cinéma Jean Renoir depuis toujours, dit-il.', 'fr')
    expect(found.find((e) => e.name.startsWith('cinéma'))).toBeUndefined()
  })

  it('keeps a land named so as a place when it is the subject of a verb', () => {
    const found = run('Le cap Ferret a parfois cette lumière.', 'fr')
    expect(found.filter((e) => e.name === 'cap Ferret').map((e) => e.type)).toEqual(['Place'])
  })
})

describe('words that name nothing', () => {
  it('takes an English demonym the model lacks for an adjective', () => {
    const found = run('The film is the debut of Icelandic composer Tove Arnadottir and Swedish filmmaker Ulla Berg.', 'en')
    expect(named(found, 'Icelandic')).toBeUndefined()
    expect(named(found, 'Swedish')).toBeUndefined()
  })

  it('takes a time zone for no organisation', () => {
    const found = run('By Ann Lee\nMarch 3, 2024 9:15am PT\nThe festival opened with a documentary.', 'en')
    expect(named(found, 'PT')).toBeUndefined()
  })

  it('takes a rubric in capitals opening an article for no dateline', () => {
    const found = run('CINÉMA – Le nouveau film de la réalisatrice sort mercredi à Lyon.', 'fr')
    expect(named(found, 'CINÉMA')).toBeUndefined()
    expect(named(found, 'Lyon')?.type).toBe('Place')
  })

  it('makes no person of a single name after an indefinite article', () => {
    const found = run('The composer Ann Lee, who won an Oscar for her score, returns.', 'en')
    expect(named(found, 'Oscar')).toBeUndefined()
  })

  it('drops a prize named after an animal of a festival', () => {
    const found = run('The film won the Golden Leopard at the festival.', 'en')
    expect(named(found, 'Golden Leopard')).toBeUndefined()
  })

  it('makes an event of a film market', () => {
    const found = run('The sales company will show the project to buyers at the AFM next month.', 'en')
    expect(named(found, 'AFM')?.type).toBe('Event')
  })
})
