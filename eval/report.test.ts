/**
 * Report tests: the floor rounds down, the JSON is byte-stable, and the table shows every category.
 */
import {describe, expect, it} from 'vitest'
import {belowFloor, floorOf, formatDetails, formatSummary, spread, stableJson, type EvalResult} from './report.js'
import {metric, summarize} from './score.js'

describe('floorOf / belowFloor', () => {
  const summary = {
    categories: {
      entities: metric({tp: 2, fp: 1, fn: 0}), // F1 0.8
      quotations: metric({tp: 1, fp: 1, fn: 1}), // F1 0.5
      'entities.Person': metric({tp: 1, fp: 0, fn: 0}),
      facts: metric({tp: 0, fp: 0, fn: 0}) // no figure
    },
    values: {}
  }

  it('rounds each headline F1 down to two decimals and leaves out per-type rows and missing figures', () => {
    // 2/3 → 0.66, 8/9 → 0.88: down, never to the nearest
    expect(floorOf({categories: {dates: metric({tp: 1, fp: 1, fn: 0}), speakers: metric({tp: 4, fp: 1, fn: 0})}, values: {}})).toEqual({
      dates: 0.66,
      speakers: 0.88
    })
    expect(floorOf({categories: {dates: metric({tp: 1, fp: 0, fn: 2})}, values: {}})).toEqual({dates: 0.5})
    expect(floorOf({categories: {dates: metric({tp: 2, fp: 0, fn: 1})}, values: {}})).toEqual({dates: 0.8})
    expect(floorOf(summary)).toEqual({entities: 0.8, quotations: 0.5})
  })

  it('passes at the floor and names a category that fell below it', () => {
    expect(belowFloor(summary, {entities: 0.8, quotations: 0.5})).toEqual([])
    expect(belowFloor(summary, {entities: 0.81, facts: 0.1})).toEqual([
      'entities: F1 0.800 is below the floor 0.81',
      'facts: no figure (floor 0.10)'
    ])
  })
})

describe('stableJson', () => {
  it('sorts keys at every level', () => {
    expect(stableJson({b: 1, a: {d: [{z: 1, y: 2}], c: null}})).toBe(
      stableJson({a: {c: null, d: [{y: 2, z: 1}]}, b: 1})
    )
    expect(stableJson({b: 1, a: 2}).indexOf('"a"')).toBeLessThan(stableJson({b: 1, a: 2}).indexOf('"b"'))
  })
})

describe('formatSummary / formatDetails', () => {
  const doc = {
    id: 'doc001',
    counts: {'dates.overlap': {tp: 1, fp: 1, fn: 0}, dates: {tp: 0, fp: 1, fn: 1}},
    values: {'dates.value': {correct: 0, matched: 1}},
    misses: [{category: 'dates.value', text: 'hier', start: 4, note: 'gold 1999-09-02, predicted 1999-09-03'}],
    falseAlarms: [
      {category: 'dates', text: 'mardi', start: 10},
      {category: 'dates', text: 'lundi', start: 20}
    ]
  }
  const result: EvalResult = {
    name: 'fr-timebank',
    documents: 2,
    partial: false,
    failed: [{id: 'doc002', reason: 'internal error: boom'}],
    skipped: [],
    summary: summarize([doc]),
    perDocument: [doc]
  }

  it('prints one row per category with P, R, F1 and counts, value accuracy and failures', () => {
    const text = formatSummary(result)
    expect(text).toMatch(/^fr-timebank: 2 documents, 1 failed/)
    expect(text).toMatch(/^dates\.overlap\s+0\.500\s+1\.000\s+0\.667\s+1\s+1\s+0$/m)
    expect(text).toMatch(/^dates\.value\s+0\.000\s+0\s+1$/m)
    expect(text).toMatch(/FAILED doc002: internal error: boom/)
  })

  it('lists at most N misses and false alarms per document', () => {
    const text = formatDetails(result, 1)
    expect(text).toContain('doc001: 1 missed, 2 false alarm(s)')
    expect(text).toContain('«hier» @4  (gold 1999-09-02, predicted 1999-09-03)')
    expect(text).toContain('«mardi» @10')
    expect(text).not.toContain('lundi')
    expect(text).toContain('… 1 more')
  })
})

describe('spread', () => {
  it('takes errors from every category in turn, keeping their order', () => {
    const items = ['a', 'a', 'a', 'a', 'b', 'c', 'c'].map((category, i) => ({category, text: String(i)}))
    expect(spread(items, 4).map((i) => i.text)).toEqual(['0', '1', '4', '5'])
    expect(spread(items, 10)).toHaveLength(7)
  })
})
