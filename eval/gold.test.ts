/**
 * Gold loading tests: both formats come out in the one shape the scorer reads, and the dev-set
 * checker names the problems a person would have to fix.
 */
import {describe, expect, it} from 'vitest'
import {normalizeCorpusGold, normalizeDevGold, validateDevGold} from './gold.js'

const source = 'Alison Klayman filme Ai Weiwei en 2008. « Je ne regrette rien », dit-il.'

/** A well-formed dev gold file for `source`. */
function devGold() {
  return {
    lang: 'fr',
    style: 'test',
    entities: [
      {type: 'Person', name: 'Alison Klayman', aliases: [], roles: ['réalisatrice'], mentions: [{start: 0, end: 14, text: 'Alison Klayman'}]},
      {type: 'Person', name: 'Ai Weiwei', aliases: [], roles: [], mentions: [{start: 21, end: 30, text: 'Ai Weiwei'}]}
    ],
    dates: [{start: 34, end: 38, text: '2008', value: '2008'}],
    quotations: [{start: 42, end: 62, text: 'Je ne regrette rien ', speaker: 'Ai Weiwei'}],
    facts: [
      {subject: 'Alison Klayman', predicate: 'occupation', object: 'réalisatrice'},
      {subject: 'Alison Klayman', predicate: 'work', object: 'Ai Weiwei'}
    ]
  }
}

describe('validateDevGold', () => {
  it('accepts a well-formed file', () => {
    expect(validateDevGold(devGold(), source)).toEqual([])
  })

  it('reports a span whose text is not the source slice', () => {
    const g = devGold()
    g.dates[0] = {start: 33, end: 38, text: '2008', value: '2008'}
    expect(validateDevGold(g, source)).toEqual([expect.stringContaining('dates[0]: text "2008" but source.slice(33, 38) is " 2008"')])
  })

  it('reports unknown types and predicates, and facts or speakers naming no entity', () => {
    const g = devGold()
    ;(g.entities[1] as {type: string}).type = 'Artist'
    g.facts.push({subject: 'Alison Klayman', predicate: 'directed', object: 'Ai Weiwei'})
    g.facts.push({subject: 'Alison Klayman', predicate: 'actor', object: 'Jean Dupin'})
    g.quotations[0] = {...g.quotations[0]!, speaker: 'Weiwei'}
    const problems = validateDevGold(g, source)
    expect(problems).toHaveLength(4)
    expect(problems.join('\n')).toMatch(/type "Artist"/)
    expect(problems.join('\n')).toMatch(/directed.*predicate is not one of/)
    expect(problems.join('\n')).toMatch(/Jean Dupin.*object names no entity/)
    expect(problems.join('\n')).toMatch(/speaker "Weiwei" names no entity/)
  })

  it('accepts literal objects only for dateCreated, occupation and award, and wants ISO dates', () => {
    const g = devGold()
    g.facts = [
      {subject: 'Alison Klayman', predicate: 'award', object: 'Prix spécial du jury'},
      {subject: 'Alison Klayman', predicate: 'dateCreated', object: 'en 2008'}
    ]
    expect(validateDevGold(g, source)).toEqual([expect.stringContaining('must be an ISO date')])
  })
})

describe('normalizeDevGold', () => {
  it('gives every mention its entity type and scores all layers', () => {
    const doc = normalizeDevGold(devGold(), source, 'a', 'a.txt')
    expect(doc.mentions.map((m) => [m.text, m.type])).toEqual([
      ['Alison Klayman', 'Person'],
      ['Ai Weiwei', 'Person']
    ])
    expect(doc.quotations[0]?.fragments).toEqual([{start: 42, end: 62}])
    expect(doc.layers).toEqual(['entities', 'mentions', 'dates', 'quotations', 'speakers', 'facts'])
    expect(doc.speakerBy).toBe('entity')
  })
})

describe('normalizeCorpusGold', () => {
  it('maps corpus labels to pipeline types, keeping MISC and PRODUCT as unscored', () => {
    const raw = {
      layers: ['entities'],
      entities: [
        {start: 5, end: 9, text: 'Lyon', type: 'LOC'},
        {start: 0, end: 4, text: 'Jean', type: 'PER'},
        {start: 10, end: 14, text: 'Euro', type: 'MISC'},
        {start: 15, end: 19, text: 'Heat', type: 'WORK'}
      ],
      timex: [],
      quotes: []
    }
    const doc = normalizeCorpusGold(raw, '', 'doc001', 'doc001.txt', 'fr')
    expect(doc.layers).toEqual(['mentions'])
    expect(doc.mentions.map((m) => [m.label, m.type])).toEqual([
      ['PER', 'Person'],
      ['LOC', 'Place'],
      ['MISC', null],
      ['WORK', 'CreativeWork']
    ])
  })

  it('reads timex types and values, and quotation fragments and speaker mentions', () => {
    const raw = {
      layers: ['timex', 'quotes'],
      entities: [],
      timex: [{start: 0, end: 4, text: 'hier', type: 'DATE', value: '1999-09-02', tid: 't2'}],
      quotes: [
        {start: 10, end: 40, text: 'x', fragments: [[10, 18], [27, 40]], speakerMention: {start: 23, end: 25, text: 'il'}},
        {start: 50, end: 60, text: 'y'}
      ]
    }
    const doc = normalizeCorpusGold(raw, '', 'doc002', 'doc002.md', 'fr')
    expect(doc.layers).toEqual(['dates', 'quotations', 'speakers'])
    expect(doc.dates).toEqual([{start: 0, end: 4, text: 'hier', type: 'DATE', value: '1999-09-02'}])
    expect(doc.quotations[0]?.fragments).toEqual([
      {start: 10, end: 18},
      {start: 27, end: 40}
    ])
    expect(doc.quotations[0]?.speakerMentions).toEqual([{start: 23, end: 25, text: 'il'}])
    expect(doc.quotations[1]).toMatchObject({fragments: [{start: 50, end: 60}], speakerMentions: []})
    expect(doc.speakerBy).toBe('mention')
  })
})
