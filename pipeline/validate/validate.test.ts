import {describe, expect, it} from 'vitest'
import extractionSchema from '../../schemas/extraction.schema.json' with {type: 'json'}
import type {ExtractionRecord, RecordEntity} from '../types.js'
import {checkGrounding} from './grounding.js'
import {checkSchema} from './schemas.js'

const source = 'Agnès Varda filme en 2000.'
const record: ExtractionRecord = {
  source: {file: 'a.txt', language: 'fr', sha256: 'a'.repeat(64)},
  entities: [
    {id: 'person-agnes-varda', type: 'Person', name: 'Agnès Varda', aliases: [], roles: [], mentions: [{start: 0, end: 11, text: 'Agnès Varda'}]}
  ],
  dates: [{text: '2000', value: '2000', start: 21, end: 25}],
  quotations: [],
  facts: []
}

describe('extraction schema', () => {
  it('accepts a good record', () => {
    expect(checkSchema('extraction', record)).toEqual([])
  })

  it('names the JSON path and the rule of a violation', () => {
    const bad = {...record, entities: [{...record.entities[0], type: 'Animal'}]}
    expect(checkSchema('extraction', bad)).toEqual([
      {path: '/entities/0/type', rule: '/properties/entities/items/properties/type/enum', message: expect.stringMatching(/must be equal to one of the allowed values/)}
    ])
  })

  it('agrees with the TypeScript type of an entity', () => {
    // `satisfies` makes the compiler fail when the type gains or loses a key.
    const keys = {id: true, type: true, name: true, aliases: true, roles: true, mentions: true} satisfies Record<keyof RecordEntity, true>
    const schemaKeys = Object.keys(extractionSchema.properties.entities.items.properties)
    expect(schemaKeys.sort()).toEqual(Object.keys(keys).sort())
    const recordKeys = {source: true, entities: true, dates: true, quotations: true, facts: true} satisfies Record<keyof ExtractionRecord, true>
    expect(Object.keys(extractionSchema.properties).sort()).toEqual(Object.keys(recordKeys).sort())
  })
})

describe('grounding', () => {
  it('passes spans whose text is the slice of the source', () => {
    expect(checkGrounding(record, source)).toEqual([])
  })

  it('reports a span whose text is not at its offsets, and dangling ids', () => {
    const bad: ExtractionRecord = {
      ...record,
      dates: [{text: '2000', value: '2000', start: 20, end: 24}],
      quotations: [{text: 'filme', start: 12, end: 17, speaker: 'person-nobody'}]
    }
    expect(checkGrounding(bad, source).map((violation) => violation.path)).toEqual(['/dates/0', '/quotations/0/speaker'])
  })
})
