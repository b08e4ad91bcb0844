/**
 * Reading the pipeline's output: the richer `file.data` wins over the record, and role mentions are
 * dropped for the named-entity corpora.
 */
import {describe, expect, it} from 'vitest'
import type {Entity, ExtractionRecord} from '../pipeline/types.js'
import {toPrediction} from './predict.js'

const entity: Entity = {
  id: 'person-jeanne-dupin',
  type: 'Person',
  name: 'Jeanne Dupin',
  aliases: ['Dupin'],
  roles: [],
  mentions: [
    {start: 0, end: 12, text: 'Jeanne Dupin', kind: 'name'},
    {start: 30, end: 44, text: 'la réalisatrice', kind: 'role'}
  ]
}

const record: ExtractionRecord = {
  source: {file: 'a.txt', language: 'fr', sha256: '0'},
  entities: [{id: entity.id, type: 'Person', name: 'Jeanne Dupin', aliases: [], roles: [], mentions: [{start: 0, end: 12, text: 'Jeanne Dupin'}]}],
  dates: [{start: 50, end: 54, text: '2012', value: '2012'}],
  quotations: [{start: 60, end: 70, text: 'abcdefghij', speaker: entity.id}],
  facts: [{subject: entity.id, predicate: 'occupation', object: 'réalisatrice', start: 0, end: 44}]
}

describe('toPrediction', () => {
  it('prefers the stage data (mention kinds, fragments, speaker mentions) to the record', () => {
    const p = toPrediction({
      record,
      entities: [entity],
      quotations: [
        {
          start: 60,
          end: 70,
          text: 'abcdefghij',
          speaker: entity.id,
          speakerMention: {start: 0, end: 12, text: 'Jeanne Dupin'},
          cue: null,
          fragments: [{start: 60, end: 70}]
        }
      ]
    })
    expect(p.entities[0]?.mentions).toHaveLength(2)
    expect(p.quotations[0]?.speakerMention?.text).toBe('Jeanne Dupin')
    expect(p.dates).toEqual([{start: 50, end: 54, text: '2012', value: '2012'}])
    expect(p.facts).toEqual([{subject: entity.id, predicate: 'occupation', object: 'réalisatrice'}])
  })

  it('drops role mentions when only names are annotated', () => {
    const p = toPrediction({record, entities: [entity]}, {namesOnly: true})
    expect(p.entities[0]?.mentions.map((m) => m.text)).toEqual(['Jeanne Dupin'])
  })

  it('falls back to the record alone', () => {
    const p = toPrediction({record})
    expect(p.entities[0]?.aliases).toEqual([])
    expect(p.quotations[0]).toEqual({start: 60, end: 70, text: 'abcdefghij', speaker: entity.id})
  })
})
