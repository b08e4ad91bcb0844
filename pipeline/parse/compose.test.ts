import {describe, expect, it} from 'vitest'
import type {ExtractionRecord} from '../types.js'
import {compose, groundInSource} from './compose.js'
import {processArticle} from '../index.js'

describe('compose', () => {
  it('leaves composed text alone', () => {
    expect(compose('Un été à Séville.')).toBeNull()
  })

  it('maps every offset of the composed text back to the decomposed one', () => {
    const source = 'Un e\u0301te\u0301 a\u0300 Se\u0301ville.'
    const composed = compose(source)
    expect(composed?.text).toBe('Un été à Séville.')
    const at = composed!.text.indexOf('Séville')
    const start = composed!.toSource[at] as number
    const end = composed!.toSource[at + 'Séville'.length] as number
    expect(source.slice(start, end)).toBe('Se\u0301ville')
    expect(composed!.toSource[composed!.text.length]).toBe(source.length)
  })

  it('grounds a record of the composed text in the text as read', () => {
    const source = 'Le film de Héloïse, «\u00a0Été\u00a0».'.normalize('NFD')
    const composed = compose(source)!
    const nfc = composed.text
    const name = {start: nfc.indexOf('Héloïse'), end: nfc.indexOf('Héloïse') + 7, text: 'Héloïse'}
    const record: ExtractionRecord = {
      source: {file: 'a.txt', language: 'fr', sha256: 'x'},
      entities: [{id: 'person-heloise', type: 'Person', name: 'Héloïse', aliases: [], roles: [], mentions: [name]}],
      dates: [],
      quotations: [{text: 'Été', start: nfc.indexOf('Été'), end: nfc.indexOf('Été') + 3, speaker: null}],
      facts: [{subject: 'person-heloise', predicate: 'occupation', object: 'x', start: 0, end: nfc.length}]
    }
    const grounded = groundInSource(record, source, composed.toSource)
    const mention = grounded.entities[0]!.mentions[0]!
    expect(source.slice(mention.start, mention.end)).toBe(mention.text)
    expect(mention.text).toBe('Héloïse'.normalize('NFD'))
    expect(grounded.entities[0]!.name).toBe('Héloïse')
    const quote = grounded.quotations[0]!
    expect(source.slice(quote.start, quote.end)).toBe(quote.text)
    expect(grounded.facts[0]!.end).toBe(source.length)
    expect(grounded.source.sha256).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('processArticle on decomposed text', () => {
  it('finds the same people and dates as in the composed text, grounded in the text as given', async () => {
    const composed = 'La réalisatrice Hélène Duvivier présente son film à Genève le 3 février 2024.\n'
    const decomposed = composed.normalize('NFD')
    const [a, b] = await Promise.all([processArticle({path: 'nfc.txt', value: composed}), processArticle({path: 'nfd.txt', value: decomposed})])
    const names = (file: typeof a) => file.data.record!.entities.map((entity) => entity.name.normalize('NFC')).sort()
    expect(names(b)).toEqual(names(a))
    expect(names(b)).toContain('Hélène Duvivier')
    expect(b.data.record!.dates.map((date) => date.value)).toEqual(['2024-02-03'])
    for (const entity of b.data.record!.entities) {
      for (const mention of entity.mentions) expect(decomposed.slice(mention.start, mention.end)).toBe(mention.text)
    }
  })
})
