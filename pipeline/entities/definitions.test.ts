/**
 * Behaviour added for names that no cue before them types: a definition after them ("X is a village", "X, a band"),
 * a birth or a lifespan in brackets, a title of rank opening them, "the village of X" / "north of X", an article
 * anywhere before them, a capitalised "The" inside a sentence, "St." opening a place and country codes in capitals.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, EntityType, Lang} from '../types.js'
import {extractEntities} from './extract.js'

function run(source: string, language: Lang): Entity[] {
  return extractEntities(textView(source, {language}), [])
}

const typeOf = (found: Entity[], name: string): EntityType | undefined => found.find((e) => e.mentions.some((m) => m.text === name))?.type

describe('definitions after a name', () => {
  it('makes a place of a name defined as a village, past a bracket', () => {
    const found = run('The line was closed in 1952.\n\nGrevelby (also Grevelbie) is a small village in the north of the county.', 'en')
    expect(typeOf(found, 'Grevelby')).toBe('Place')
  })

  it('makes an organisation of a name defined as a chain or a band', () => {
    expect(typeOf(run('It opened in 1970. Torvalia is a Danish chain of hypermarkets.', 'en'), 'Torvalia')).toBe('Organization')
    expect(typeOf(run('The album was produced by Ann Lee for Quilmore Hask, a band from Leeds.', 'en'), 'Quilmore Hask')).toBe('Organization')
  })

  it('reads the French definition of a commune', () => {
    expect(typeOf(run('Il y a passé son enfance. Vernouillac est une commune française du Limousin.', 'fr'), 'Vernouillac')).toBe('Place')
  })

  it('takes no kind from a possessive noun nor across the comma of a birthplace', () => {
    expect(typeOf(run('We met Dorvan Quell, the company’s founder, in May.', 'en'), 'Dorvan Quell')).not.toBe('Organization')
    const found = run('Mai Tranh, née à Vinh-Lac (Viêt Nam), est une réalisatrice française.', 'fr')
    expect(typeOf(found, 'Vinh-Lac')).not.toBe('Person')
  })
})

describe('people named without a cue before them', () => {
  it('makes a person of a name followed by a birth or a lifespan in brackets', () => {
    expect(typeOf(run('The prize was created later. Oskarine Velt (born 3 May 1957) is a painter.', 'en'), 'Oskarine Velt')).toBe('Person')
    expect(typeOf(run('The choir sang. Adenor Vasquel (c.1240 -- c. 1300) wrote its songs.', 'en'), 'Adenor Vasquel')).toBe('Person')
  })

  it('makes a person of a name opened by a title of rank, not by a sovereign', () => {
    // (the title is stated as a role and left out of the name, as an honorific is)
    expect(typeOf(run('The army was led by Colonel Orvanto Quezal and his men.', 'en'), 'Orvanto Quezal')).toBe('Person')
    expect(typeOf(run('She played in King Torvald on stage.', 'en'), 'King Torvald')).not.toBe('Person')
  })
})

describe('places and bodies named without a cue before them', () => {
  it('makes a place of a name after a noun of a kind of place and "of", or a compass point', () => {
    expect(typeOf(run('He grew up in the former village of Kelmarsby with his aunt.', 'en'), 'Kelmarsby')).toBe('Place')
    expect(typeOf(run('The prison stands 35 miles south of Orvella on a hill.', 'en'), 'Orvella')).toBe('Place')
  })

  it('makes no person of a name the text writes after an article', () => {
    const found = run('Tickets are sold by the Quarnby Lottery. All Quarnby Lottery games cost a dollar.', 'en')
    expect(typeOf(found, 'Quarnby Lottery')).toBe('Organization')
  })

  it('makes an organisation of a name opened by a capitalised "The" inside a sentence', () => {
    expect(typeOf(run('They toured Europe supporting The Velmorings in 1987.', 'en'), 'The Velmorings')).toBe('Organization')
  })

  it('keeps "St." inside the name it opens', () => {
    const found = run('He played two seasons for the St. Quorin Eagles before he retired.', 'en')
    expect(found.some((e) => e.mentions.some((m) => m.text === 'St. Quorin Eagles'))).toBe(true)
  })

  it('makes a place of a country code in capitals, not of a currency', () => {
    expect(typeOf(run('The label opened a US subsidiary in 1990.', 'en'), 'US')).toBe('Place')
    expect(typeOf(run('Le contrat est signé pour 2,8 milliards de dollars US.', 'fr'), 'US')).toBeUndefined()
  })
})
