/**
 * Scorer tests: small hand-made gold/prediction pairs whose precision, recall and F1 are known.
 */
import {describe, expect, it} from 'vitest'
import type {GoldDocument} from './gold.js'
import {
  EMPTY_PREDICTION,
  metric,
  scoreDocument,
  summarize,
  type PredictedEntity,
  type Prediction
} from './score.js'

/** A gold document with only the given layers and items (source text is not needed by the scorer). */
function gold(partial: Partial<GoldDocument>): GoldDocument {
  return {
    id: 'doc',
    path: 'doc.txt',
    source: '',
    lang: 'fr',
    layers: ['entities', 'mentions', 'dates', 'quotations', 'speakers', 'facts'],
    speakerBy: 'entity',
    entities: [],
    mentions: [],
    dates: [],
    quotations: [],
    facts: [],
    ...partial
  }
}

/** A prediction with the given parts. */
function pred(partial: Partial<Prediction>): Prediction {
  return {...EMPTY_PREDICTION, ...partial}
}

/** A predicted entity with no mentions. */
function entity(id: string, type: PredictedEntity['type'], name: string, aliases: string[] = []): PredictedEntity {
  return {id, type, name, aliases, mentions: []}
}

describe('metric', () => {
  it('computes precision, recall and F1 from counts', () => {
    expect(metric({tp: 2, fp: 2, fn: 0})).toMatchObject({p: 0.5, r: 1, f1: 2 / 3})
  })
  it('gives null ratios when a denominator is zero', () => {
    expect(metric({tp: 0, fp: 0, fn: 3})).toMatchObject({p: null, r: 0, f1: 0})
    expect(metric({tp: 0, fp: 0, fn: 0})).toMatchObject({p: null, r: null, f1: null})
  })
})

describe('entities (dev set, entity level)', () => {
  const g = gold({
    layers: ['entities'],
    entities: [
      {type: 'Person', name: 'Alison Klayman', aliases: ['Klayman'], roles: [], mentions: []},
      {type: 'Movie', name: 'Ai Weiwei: Never Sorry', aliases: [], roles: [], mentions: []},
      {type: 'Place', name: 'Pékin', aliases: [], roles: [], mentions: []}
    ]
  })

  it('matches through aliases, accents, case and punctuation; Movie and CreativeWork are compatible', () => {
    const s = scoreDocument(
      g,
      pred({
        entities: [
          entity('p1', 'Person', 'KLAYMAN'),
          entity('w1', 'CreativeWork', 'Ai Weiwei — Never Sorry'),
          entity('pl', 'Place', 'pekin')
        ]
      })
    )
    expect(s.counts.entities).toEqual({tp: 3, fp: 0, fn: 0})
  })

  it('does not match an entity of an incompatible type, and counts it as a false alarm', () => {
    const s = scoreDocument(g, pred({entities: [entity('o', 'Organization', 'Pékin'), entity('p', 'Person', 'Alison Klayman')]}))
    expect(s.counts.entities).toEqual({tp: 1, fp: 1, fn: 2})
    expect(s.counts['entities.Place']).toEqual({tp: 0, fp: 0, fn: 1})
    expect(s.counts['entities.Organization']).toEqual({tp: 0, fp: 1, fn: 0})
    expect(s.misses.map((m) => m.text)).toEqual(['Ai Weiwei: Never Sorry', 'Pékin'])
    expect(s.falseAlarms.map((m) => m.text)).toEqual(['Pékin'])
  })

  it('counts a duplicate predicted entity once as a hit and once as a false alarm', () => {
    const s = scoreDocument(g, pred({entities: [entity('a', 'Person', 'Alison Klayman'), entity('b', 'Person', 'Klayman')]}))
    expect(s.counts.entities).toEqual({tp: 1, fp: 1, fn: 2})
  })
})

describe('entity mentions (span level)', () => {
  const g = gold({
    layers: ['mentions'],
    speakerBy: 'mention',
    mentions: [
      {start: 0, end: 10, text: 'Jean Dupin', type: 'Person', label: 'PER'},
      {start: 20, end: 26, text: 'Lyon 2', type: 'Place', label: 'LOC'},
      {start: 40, end: 47, text: 'Renault', type: null, label: 'PRODUCT'},
      {start: 60, end: 65, text: 'Oscar', type: null, label: 'MISC'}
    ]
  })

  it('scores strict and overlap levels and exempts predictions overlapping only MISC/PRODUCT', () => {
    const s = scoreDocument(
      g,
      pred({
        entities: [
          {id: 'a', type: 'Person', name: 'Jean Dupin', aliases: [], mentions: [{start: 0, end: 10, text: 'Jean Dupin'}]},
          // boundary error: overlaps the gold LOC but is not strict
          {id: 'b', type: 'Place', name: 'Lyon', aliases: [], mentions: [{start: 20, end: 24, text: 'Lyon'}]},
          // overlaps only a PRODUCT: not an error at either level
          {id: 'c', type: 'Organization', name: 'Renault', aliases: [], mentions: [{start: 40, end: 47, text: 'Renault'}]},
          // overlaps nothing: a false alarm at both levels
          {id: 'd', type: 'Organization', name: 'ONU', aliases: [], mentions: [{start: 80, end: 83, text: 'ONU'}]}
        ]
      })
    )
    expect(s.counts['mentions.strict']).toEqual({tp: 1, fp: 2, fn: 1})
    expect(s.counts['mentions.overlap']).toEqual({tp: 2, fp: 1, fn: 0})
    expect(s.counts['mentions.overlap.Place']).toEqual({tp: 1, fp: 0, fn: 0})
    expect(s.falseAlarms.map((f) => f.text)).toEqual(['ONU'])
    expect(s.misses).toEqual([expect.objectContaining({category: 'mentions.strict', text: 'Lyon 2'})])
  })

  it('needs the same type even when the span is right, and WORK accepts Movie', () => {
    const withWork = gold({
      layers: ['mentions'],
      mentions: [
        {start: 0, end: 10, text: 'Jean Dupin', type: 'Person', label: 'PER'},
        {start: 30, end: 35, text: 'Heat!', type: 'CreativeWork', label: 'WORK'}
      ]
    })
    const s = scoreDocument(
      withWork,
      pred({
        entities: [
          {id: 'a', type: 'Organization', name: 'Jean Dupin', aliases: [], mentions: [{start: 0, end: 10, text: 'Jean Dupin'}]},
          {id: 'b', type: 'Movie', name: 'Heat', aliases: [], mentions: [{start: 30, end: 35, text: 'Heat!'}]}
        ]
      })
    )
    expect(s.counts['mentions.strict']).toEqual({tp: 1, fp: 1, fn: 1})
    expect(s.counts['mentions.strict.CreativeWork']).toEqual({tp: 1, fp: 0, fn: 0})
  })

  it('a prediction overlapping both a MISC span and a scored span of another type is a false alarm', () => {
    const s = scoreDocument(
      g,
      pred({
        entities: [{id: 'x', type: 'Person', name: 'x', aliases: [], mentions: [{start: 22, end: 45, text: 'x'}]}]
      })
    )
    expect(s.counts['mentions.overlap']).toEqual({tp: 0, fp: 1, fn: 2})
  })
})

describe('dates', () => {
  const g = gold({
    layers: ['dates'],
    speakerBy: 'mention',
    dates: [
      {start: 0, end: 12, text: '29 mai 2009', value: '2009-05-29', type: 'DATE'},
      {start: 20, end: 24, text: 'hier', value: '1999-09-02', type: 'DATE'},
      {start: 30, end: 37, text: 'deux ans', value: 'P2Y', type: 'DURATION'}
    ]
  })

  it('scores strict and overlap detection, value-correct F1 and value accuracy', () => {
    const s = scoreDocument(
      g,
      pred({
        dates: [
          {start: 0, end: 12, text: '29 mai 2009', value: '2009-05-29'}, // strict, right value
          {start: 19, end: 24, text: ' hier', value: '1999-09-03'}, // overlap, wrong value
          {start: 50, end: 54, text: '2010', value: '2010'} // false alarm
        ]
      })
    )
    expect(s.counts['dates.strict']).toEqual({tp: 1, fp: 2, fn: 2})
    expect(s.counts['dates.overlap']).toEqual({tp: 2, fp: 1, fn: 1})
    expect(s.counts.dates).toEqual({tp: 1, fp: 2, fn: 2})
    expect(s.values['dates.value']).toEqual({correct: 1, matched: 2})
    expect(s.values['dates.value.DATE']).toEqual({correct: 1, matched: 2})
    expect(s.misses.map((m) => m.category)).toEqual(['dates.value', 'dates'])
  })

  it('micro-averages over documents', () => {
    const a = scoreDocument(g, pred({dates: [{start: 0, end: 12, text: '', value: '2009-05-29'}]}))
    const b = scoreDocument(g, EMPTY_PREDICTION)
    const summary = summarize([a, b])
    expect(summary.categories['dates.overlap']).toMatchObject({tp: 1, fp: 0, fn: 5, p: 1, r: 1 / 6})
    expect(summary.values['dates.value']).toEqual({correct: 1, matched: 1, accuracy: 1})
  })
})

describe('quotations and speakers', () => {
  // gold: "— Tiens, dit-il, nous avons eu la même idée." with the incise left out of the fragments
  const litbank = gold({
    layers: ['quotations', 'speakers'],
    speakerBy: 'mention',
    quotations: [
      {
        start: 100,
        end: 160,
        text: 'q1',
        fragments: [
          {start: 100, end: 110},
          {start: 120, end: 160}
        ],
        speaker: null,
        speakerMentions: [{start: 113, end: 115, text: 'il'}]
      },
      {start: 200, end: 240, text: 'q2', fragments: [{start: 200, end: 240}], speaker: null, speakerMentions: []}
    ]
  })

  it('matches a prediction covering at least half of the gold quoted characters', () => {
    // q1 has 50 quoted characters: 25 covered is enough, 24 is not
    const enough = scoreDocument(litbank, pred({quotations: [{start: 120, end: 145, text: '', speaker: null}]}))
    expect(enough.counts.quotations).toEqual({tp: 1, fp: 0, fn: 1})
    const short = scoreDocument(litbank, pred({quotations: [{start: 120, end: 144, text: '', speaker: null}]}))
    expect(short.counts.quotations).toEqual({tp: 0, fp: 1, fn: 2})
  })

  it('counts only the gold fragments, not the incise', () => {
    // covers the incise (110-120) and 15 quoted characters: 25 characters, but only 15 of 50 quoted
    const s = scoreDocument(litbank, pred({quotations: [{start: 105, end: 130, text: '', speaker: null}]}))
    expect(s.counts.quotations).toEqual({tp: 0, fp: 1, fn: 2})
  })

  it('checks the speaker mention by overlap, and a missing gold speaker needs a null prediction', () => {
    const s = scoreDocument(
      litbank,
      pred({
        quotations: [
          {start: 100, end: 160, text: '', speaker: 'x', speakerMention: {start: 112, end: 115, text: ' il'}},
          {start: 200, end: 240, text: '', speaker: 'y', speakerMention: {start: 190, end: 195, text: 'Marie'}}
        ]
      })
    )
    expect(s.counts.quotations).toEqual({tp: 2, fp: 0, fn: 0})
    expect(s.counts.speakers).toEqual({tp: 1, fp: 1, fn: 1})
  })

  it('dev set: the speaker entity must match the gold speaker by name or alias; null matches null', () => {
    const dev = gold({
      layers: ['quotations', 'speakers'],
      entities: [{type: 'Person', name: 'Ai Weiwei', aliases: ['Weiwei'], roles: [], mentions: []}],
      quotations: [
        {start: 0, end: 20, text: 'a', fragments: [{start: 0, end: 20}], speaker: 'Ai Weiwei', speakerMentions: []},
        {start: 30, end: 50, text: 'b', fragments: [{start: 30, end: 50}], speaker: null, speakerMentions: []},
        {start: 60, end: 80, text: 'c', fragments: [{start: 60, end: 80}], speaker: 'Ai Weiwei', speakerMentions: []}
      ]
    })
    const s = scoreDocument(
      dev,
      pred({
        entities: [entity('person-weiwei', 'Person', 'Weiwei'), entity('person-other', 'Person', 'Alison Klayman')],
        quotations: [
          {start: 0, end: 20, text: 'a', speaker: 'person-weiwei'},
          {start: 30, end: 50, text: 'b', speaker: null},
          {start: 60, end: 80, text: 'c', speaker: 'person-other'}
        ]
      })
    )
    expect(s.counts.speakers).toEqual({tp: 2, fp: 1, fn: 1})
    expect(s.misses).toEqual([expect.objectContaining({category: 'speakers', note: 'gold Ai Weiwei, predicted Alison Klayman'})])
  })
})

describe('facts', () => {
  const g = gold({
    layers: ['facts'],
    entities: [
      {type: 'Movie', name: 'Never Sorry', aliases: [], roles: [], mentions: []},
      {type: 'Person', name: 'Alison Klayman', aliases: ['Klayman'], roles: ['réalisatrice'], mentions: []}
    ],
    facts: [
      {subject: 'Never Sorry', predicate: 'director', object: 'Alison Klayman'},
      {subject: 'Alison Klayman', predicate: 'occupation', object: 'réalisatrice'},
      {subject: 'Never Sorry', predicate: 'dateCreated', object: '2012'}
    ]
  })

  it('resolves subjects and objects through entity names and literals', () => {
    const s = scoreDocument(
      g,
      pred({
        entities: [entity('m', 'Movie', 'never sorry'), entity('k', 'Person', 'Klayman')],
        facts: [
          {subject: 'm', predicate: 'director', object: 'k'},
          {subject: 'k', predicate: 'occupation', object: 'Réalisatrice'},
          {subject: 'm', predicate: 'dateCreated', object: '2011'},
          {subject: 'k', predicate: 'director', object: 'm'}
        ]
      })
    )
    expect(s.counts.facts).toEqual({tp: 2, fp: 2, fn: 1})
    expect(s.counts['facts.dateCreated']).toEqual({tp: 0, fp: 1, fn: 1})
    expect(s.falseAlarms.map((f) => f.text)).toEqual(['never sorry dateCreated "2011"', 'Klayman director never sorry'])
  })
})

describe('layers', () => {
  it('does not score a layer the gold does not annotate', () => {
    const s = scoreDocument(
      gold({layers: ['dates'], speakerBy: 'mention'}),
      pred({quotations: [{start: 0, end: 5, text: 'x', speaker: null}], entities: [entity('a', 'Person', 'A')]})
    )
    expect(Object.keys(s.counts).sort()).toEqual(['dates', 'dates.overlap', 'dates.strict'])
    expect(s.falseAlarms).toEqual([])
  })
})
