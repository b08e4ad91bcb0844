import {describe, expect, it} from 'vitest'
import type {Entity, Fact, Quotation} from '../types.js'
import {buildJsonLd} from './jsonld.js'
import {buildRecord} from './record.js'

const source = 'Le film Shoah de Jane Doe. « Je filme », dit Jane Doe.'

const film: Entity = {
  id: 'movie-shoah',
  type: 'Movie',
  name: 'Shoah',
  aliases: [],
  roles: [],
  mentions: [{start: 8, end: 13, text: 'Shoah', kind: 'name'}]
}
const person: Entity = {
  id: 'person-jane-doe',
  type: 'Person',
  name: 'Jane Doe',
  aliases: ['Doe'],
  roles: [{start: 0, end: 0, text: '', role: 'réalisatrice', key: 'director'}],
  mentions: [
    {start: 45, end: 53, text: 'Jane Doe', kind: 'name'},
    {start: 17, end: 25, text: 'Jane Doe', kind: 'name'}
  ]
}
const facts: Fact[] = [
  {subject: 'person-jane-doe', predicate: 'work', object: 'movie-shoah', start: 0, end: 26},
  {subject: 'movie-shoah', predicate: 'director', object: 'person-jane-doe', start: 0, end: 26},
  {subject: 'movie-shoah', predicate: 'dateCreated', object: '2012-SU', start: 0, end: 26}
]
const quotation: Quotation = {
  start: 29,
  end: 36,
  text: 'Je filme',
  speaker: 'person-jane-doe',
  speakerMention: {start: 45, end: 53, text: 'Jane Doe'},
  cue: {start: 41, end: 44, text: 'dit'},
  fragments: [{start: 29, end: 36}]
}

describe('record', () => {
  it('keeps the public shape, sorts mentions and facts, and hashes the text', () => {
    const record = buildRecord({file: 'a.txt', source, language: 'fr', entities: [person, film], dates: [], quotations: [quotation], facts})
    expect(Object.keys(record)).toEqual(['source', 'entities', 'dates', 'quotations', 'facts'])
    expect(record.source.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(record.entities.map((entity) => entity.id)).toEqual(['movie-shoah', 'person-jane-doe'])
    expect(record.entities[1]?.mentions.map((mention) => mention.start)).toEqual([17, 45])
    expect(record.entities[1]?.roles).toEqual(['réalisatrice'])
    expect(record.facts.map((fact) => fact.predicate)).toEqual(['dateCreated', 'director', 'work'])
    expect(record.quotations).toEqual([{text: 'Je filme', start: 29, end: 36, speaker: 'person-jane-doe'}])
  })
})

describe('JSON-LD', () => {
  it('uses blank-node ids without url or base, and references carry type and name', () => {
    const doc = buildJsonLd({entities: [film, person], facts, quotations: [quotation], frontMatter: {}, language: 'fr'}) as {
      '@graph': Array<Record<string, unknown>>
    }
    const movie = doc['@graph'].find((node) => node['@type'] === 'Movie')
    expect(movie).toEqual({
      '@id': '_:movie-shoah',
      '@type': 'Movie',
      name: 'Shoah',
      director: [{'@id': '_:person-jane-doe', '@type': 'Person', name: 'Jane Doe'}]
    })
    const quote = doc['@graph'].find((node) => node['@type'] === 'Quotation')
    expect(quote?.creator).toEqual({'@id': '_:person-jane-doe', '@type': 'Person', name: 'Jane Doe'})
    expect(doc['@graph'].some((node) => node['@type'] === 'Article')).toBe(false)
  })

  it('never invents an image or a date that is not an ISO date', () => {
    const doc = JSON.stringify(buildJsonLd({entities: [film, person], facts, quotations: [], frontMatter: {}, language: 'fr'}))
    expect(doc).not.toContain('image')
    expect(doc).not.toContain('2012-SU')
  })

  it('with front matter: an Article, @ids on the page url, the image it gives', () => {
    const frontMatter = {url: 'https://example.org/films/shoah', title: 'Shoah', date: '2013-01-14', image: 'https://example.org/shoah.jpg'}
    const doc = buildJsonLd({entities: [film, person], facts, quotations: [], frontMatter, language: 'fr'}) as {
      '@graph': Array<Record<string, unknown>>
    }
    const [article, movie] = doc['@graph']
    expect(article).toMatchObject({
      '@id': 'https://example.org/films/shoah',
      '@type': 'Article',
      headline: 'Shoah',
      datePublished: '2013-01-14',
      about: {'@id': 'https://example.org/films/shoah#movie-shoah', '@type': 'Movie', name: 'Shoah'},
      mentions: [{'@id': 'https://example.org/films/shoah#person-jane-doe', '@type': 'Person', name: 'Jane Doe'}]
    })
    expect(movie?.image).toBe('https://example.org/shoah.jpg')
  })
})
