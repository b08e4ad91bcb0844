import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {deriveVocabulary, renderVocabulary} from '../../scripts/derive-vocabulary.js'
import {checkVocabulary, loadVocabulary} from './vocabulary.js'

const BASE = 'https://example.org/a'

/** Read a sample document from test/fixtures/jsonld. */
function fixture(name: string): object {
  return JSON.parse(readFileSync(new URL(`../../test/fixtures/jsonld/${name}`, import.meta.url), 'utf8'))
}

/** A document with the given graph nodes. */
function doc(...graph: object[]): object {
  return {'@context': 'https://schema.org', '@graph': graph}
}

/** The rules broken by a document, in output order. */
function rules(document: object): string[] {
  return checkVocabulary(document).map((v) => `${v.property}:${v.rule}`)
}

const movie = (extra: object = {}) => ({
  '@id': `${BASE}#movie`,
  '@type': 'Movie',
  name: 'A Film',
  ...extra
})

describe('checkVocabulary on sample documents', () => {
  it('accepts the realistic good sample', () => {
    expect(checkVocabulary(fixture('good-film-dispatch.jsonld'))).toEqual([])
  })

  it.each([
    ['bad-unknown-type.jsonld', '@type:unknown-type'],
    ['bad-unknown-property.jsonld', 'directedBy:unknown-property'],
    ['bad-wrong-domain.jsonld', 'headline:domain'],
    ['bad-date-not-iso.jsonld', 'dateCreated:range'],
    ['bad-person-slot-string.jsonld', 'director:range'],
    ['bad-reference-wrong-type.jsonld', 'director:range'],
    ['bad-reference-without-name.jsonld', 'name:required'],
    ['bad-foreign-context.jsonld', '@context:context']
  ])('rejects %s with %s', (name, expected) => {
    expect(rules(fixture(name))).toEqual([expected])
  })
})

describe('checkVocabulary rules', () => {
  it('names the node by @id and explains the problem', () => {
    const [violation] = checkVocabulary(doc(movie({dateCreated: '12 mars 2019'})))
    expect(violation).toEqual({
      node: `${BASE}#movie`,
      property: 'dateCreated',
      rule: 'range',
      message: '"dateCreated" expects Date or DateTime, got the string "12 mars 2019", which is not in that format'
    })
  })

  it('names a node without @id by its JSON path', () => {
    const violations = checkVocabulary(doc(movie({director: {'@type': 'Person', name: 'X', headline: 'y'}})))
    expect(violations.map((v) => [v.node, v.property, v.rule])).toEqual([
      ['$["@graph"][0]["director"]', 'headline', 'domain']
    ])
  })

  it('accepts ISO dates of every precision and rejects impossible ones', () => {
    for (const ok of ['2009', '2009-12', '2009-12-29', '2009-12-29T14:30:00+01:00', '2012-02-29']) {
      expect(rules(doc(movie({dateCreated: ok})))).toEqual([])
    }
    for (const bad of ['2009-13', '2009-02-30', '2011-02-29', '2012-SU', 'P2M', '29/12/2009', '2009-12-29 14:30']) {
      expect(rules(doc(movie({dateCreated: bad})))).toEqual(['dateCreated:range'])
    }
  })

  it('requires a time in DateTime slots', () => {
    const event = (startDate: string) => doc({'@id': `${BASE}#e`, '@type': 'Event', name: 'E', startDate})
    expect(rules(event('2019-10-03'))).toEqual([]) // startDate allows Date too
    const article = (dateModified: string) =>
      doc({'@id': `${BASE}#a`, '@type': 'Article', headline: 'H', dateModified})
    expect(rules(article('2019-10-03T10:00:00Z'))).toEqual([])
    expect(rules(article('yesterday'))).toEqual(['dateModified:range'])
  })

  it('requires absolute URLs in URL slots', () => {
    expect(rules(doc(movie({sameAs: 'https://www.wikidata.org/wiki/Q1'})))).toEqual([])
    expect(rules(doc(movie({sameAs: '/wiki/Q1'})))).toEqual(['sameAs:range'])
    expect(rules(doc(movie({url: {'@id': 'https://example.org/x'}})))).toEqual(['url:range'])
  })

  it('accepts a string where the range allows Text, rejects it where only classes are allowed', () => {
    expect(rules(doc({'@id': `${BASE}#e`, '@type': 'Event', name: 'E', location: 'Bergen'}))).toEqual([])
    expect(rules(doc(movie({about: 'glassblowing'})))).toEqual(['about:range'])
    expect(rules(doc(movie({award: {'@id': `${BASE}#prize`}})))).toEqual(['award:range'])
  })

  it('accepts a subtype where a class is expected, through nesting and references', () => {
    const festival = {'@id': `${BASE}#f`, '@type': 'Festival', name: 'F', workFeatured: {'@id': `${BASE}#movie`}}
    expect(rules(doc(movie(), festival))).toEqual([])
    expect(rules(doc(movie({subjectOf: {'@id': `${BASE}#f`}}), festival))).toEqual([])
    const wrong = {'@id': `${BASE}#p`, '@type': 'Person', name: 'P'}
    expect(rules(doc({...festival, workFeatured: {'@id': `${BASE}#p`}}, wrong))).toEqual(['workFeatured:range'])
  })

  it('accepts references to unknown nodes (they may be described elsewhere)', () => {
    expect(rules(doc(movie({about: {'@id': 'https://www.wikidata.org/wiki/Q1'}})))).toEqual([])
  })

  it('checks numbers and booleans', () => {
    const work = (extra: object) => doc({'@id': `${BASE}#w`, '@type': 'CreativeWork', name: 'W', ...extra})
    expect(rules(work({position: 3}))).toEqual([])
    expect(rules(work({position: 2.5}))).toEqual(['position:range'])
    expect(rules(work({isFamilyFriendly: true}))).toEqual([])
    expect(rules(work({isFamilyFriendly: 'yes'}))).toEqual(['isFamilyFriendly:range'])
    expect(rules(work({headline: 3}))).toEqual(['headline:range'])
  })

  it('flags superseded properties, missing types and relative ids', () => {
    expect(rules(doc(movie({actors: {'@id': `${BASE}#p`}})))).toEqual(['actors:superseded'])
    expect(rules(doc({'@id': `${BASE}#x`, name: 'X'}))).toEqual(['@type:missing-type'])
    expect(rules(doc({...movie(), '@id': '#movie'}))).toEqual(['@id:id'])
  })

  it('checks a single-node document without @graph, and accepts the context URL variants', () => {
    expect(rules({'@context': 'http://schema.org/', ...movie()})).toEqual([])
    expect(rules({'@context': 'https://schema.org', ...movie({directedBy: 'x'})})).toEqual(['directedBy:unknown-property'])
    expect(rules({...movie()})).toEqual(['@context:context'])
  })

  it('orders violations deterministically whatever the node order', () => {
    const a = movie({directedBy: 'x', dateCreated: 'soon'})
    const b = {'@id': `${BASE}#p`, '@type': 'Person', name: 'P', headline: 'h'}
    expect(checkVocabulary(doc(a, b))).toEqual(checkVocabulary(doc(b, a)))
  })
})

describe('the committed vocabulary subset', () => {
  const vocabulary = loadVocabulary()

  it('is schema.org 30.0 and knows every emitted type', () => {
    expect(vocabulary.release).toBe('30.0')
    for (const type of vocabulary.emittedTypes) expect(vocabulary.classes).toHaveProperty(type)
  })

  it('holds the properties the pipeline needs, with their ranges', () => {
    expect(vocabulary.properties.director?.ranges).toEqual(['Person'])
    expect(vocabulary.properties.dateCreated?.ranges).toEqual(['Date', 'DateTime'])
    expect(vocabulary.properties.workFeatured?.domains).toContain('Event')
    expect(vocabulary.properties.spokenByCharacter?.domains).toEqual(['Quotation'])
    for (const name of ['jobTitle', 'hasOccupation', 'sameAs', 'mentions', 'superEvent', 'recordedAt', 'subjectOf']) {
      expect(vocabulary.properties).toHaveProperty(name)
    }
  })
})

describe('deriveVocabulary (scripts/derive-vocabulary.ts)', () => {
  const info = {release: 't', source: 'x.jsonld', sha256: '0'}
  const source = {
    '@graph': [
      {'@id': 'schema:Thing', '@type': 'rdfs:Class'},
      {'@id': 'schema:Movie', '@type': 'rdfs:Class', 'rdfs:subClassOf': {'@id': 'schema:Thing'}},
      {'@id': 'schema:Car', '@type': 'rdfs:Class', 'rdfs:subClassOf': [{'@id': 'schema:Thing'}, {'@id': 'foo:Car'}]},
      {'@id': 'schema:Text', '@type': ['schema:DataType', 'rdfs:Class']},
      {'@id': 'schema:URL', '@type': 'rdfs:Class', 'rdfs:subClassOf': {'@id': 'schema:Text'}},
      {'@id': 'foo:Other', '@type': 'rdfs:Class'},
      {
        '@id': 'schema:name',
        '@type': 'rdf:Property',
        'schema:domainIncludes': {'@id': 'schema:Thing'},
        'schema:rangeIncludes': {'@id': 'schema:Text'}
      },
      {
        '@id': 'schema:wheels',
        '@type': 'rdf:Property',
        'schema:domainIncludes': {'@id': 'schema:Car'},
        'schema:rangeIncludes': {'@id': 'schema:Text'}
      },
      {
        '@id': 'schema:names',
        '@type': 'rdf:Property',
        'schema:domainIncludes': [{'@id': 'schema:Movie'}, {'@id': 'schema:Car'}],
        'schema:rangeIncludes': [{'@id': 'schema:URL'}, {'@id': 'schema:Text'}],
        'schema:supersededBy': {'@id': 'schema:name'}
      }
    ]
  }

  it('keeps all classes, and only the properties of the emitted types and their supertypes', () => {
    const v = deriveVocabulary(source, info, ['Movie'])
    expect(v.classes).toEqual({Car: ['Thing'], Movie: ['Thing'], Text: [], Thing: [], URL: ['Text']})
    expect(v.dataTypes).toEqual(['Text', 'URL'])
    expect(v.properties).toEqual({
      name: {domains: ['Thing'], ranges: ['Text']},
      names: {domains: ['Car', 'Movie'], ranges: ['Text', 'URL'], supersededBy: 'name'}
    })
  })

  it('renders the same bytes whatever the source order, as valid JSON', () => {
    const reversed = {'@graph': [...source['@graph']].reverse()}
    const a = renderVocabulary(deriveVocabulary(source, info, ['Movie']))
    expect(renderVocabulary(deriveVocabulary(reversed, info, ['Movie']))).toBe(a)
    expect(JSON.parse(a).properties.name.ranges).toEqual(['Text'])
  })

  it('refuses an emitted type the source does not define', () => {
    expect(() => deriveVocabulary(source, info, ['Film'])).toThrow(/Film/)
  })
})
