import {describe, expect, it} from 'vitest'
import {KnowledgeError, matchKnowledge, normalizeName, parseKnowledge, type KnowledgeCandidate} from './knowledge.js'

const WD = 'https://www.wikidata.org/wiki/'

const yaml = `
entities:
  - names: [Mira Castell, Castell]
    type: Person
    sameAs: [${WD}Q1, https://en.wikipedia.org/wiki/Mira_Castell]
  - names: [The Glass Orchard, Le Verger de verre]
    type: Movie
    sameAs: [${WD}Q2]
  - names: [Bergen]
    sameAs: [${WD}Q3]
  - names: [Castell]
    type: Organization
    sameAs: [${WD}Q4]
`

const person = (name: string, aliases: string[] = [], id = 'person-x'): KnowledgeCandidate => ({
  id,
  type: 'Person',
  name,
  aliases
})

describe('parseKnowledge', () => {
  it('reads YAML and JSON alike', () => {
    const fromYaml = parseKnowledge(yaml, 'kb.yaml')
    expect(fromYaml.entities).toHaveLength(4)
    const fromJson = parseKnowledge(JSON.stringify(fromYaml), 'kb.json')
    expect(fromJson).toEqual(fromYaml)
  })

  it.each([
    ['{"entities": [{"names": ["A"], "sameAs": ["not a url"]}]}', 'kb.json', 'kb.json: /entities/0/sameAs/0 must match format "uri"'],
    ['{"entities": [{"names": ["A"], "sameAs": ["ftp://x.org/a"]}]}', 'kb.json', 'kb.json: /entities/0/sameAs/0 must be an http(s) URL, got "ftp://x.org/a"'],
    ['{"entities": [{"names": [], "sameAs": ["https://x.org"]}]}', 'kb.json', 'kb.json: /entities/0/names must NOT have fewer than 1 items'],
    ['{"entities": [{"names": ["A"]}]}', 'kb.json', "kb.json: /entities/0 must have required property 'sameAs'"],
    ['{"entities": [{"names": ["A"], "type": "Film", "sameAs": ["https://x.org"]}]}', 'kb.json', '/entities/0/type must be equal to one of the allowed values (Person, Organization'],
    ['{"entities": [{"name": ["A"], "sameAs": ["https://x.org"]}]}', 'kb.json', 'must NOT have additional properties (name)'],
    ['{"people": []}', 'kb.json', "kb.json: (top level) must have required property 'entities'"],
    ['{"entities": [', 'kb.json', 'kb.json: not valid JSON'],
    ['entities: [a', 'my/kb.yml', 'my/kb.yml: not valid YAML'],
    ['{"entities": [{"names": ["Varda"], "sameAs": ["https://x.org/1"]}, {"names": ["VARDA"], "type": "Person", "sameAs": ["https://x.org/2"]}]}', 'kb.json', 'kb.json: /entities/1 repeats the name "varda" of /entities/0']
  ])('rejects %s with a message naming the file and the problem', (text, path, message) => {
    expect(() => parseKnowledge(text, path)).toThrow(KnowledgeError)
    expect(() => parseKnowledge(text, path)).toThrow(message)
  })
})

describe('matchKnowledge', () => {
  const kb = parseKnowledge(yaml, 'kb.yaml')

  it('matches by normalised canonical name and type', () => {
    const result = matchKnowledge([person('MIRA  CASTÉLL'), {id: 'movie-y', type: 'Movie', name: 'The Glass Orchard', aliases: []}], kb)
    expect([...result]).toEqual([
      ['person-x', [`${WD}Q1`, 'https://en.wikipedia.org/wiki/Mira_Castell']],
      ['movie-y', [`${WD}Q2`]]
    ])
  })

  it('uses aliases only when the name matches nothing, and respects the type', () => {
    expect(matchKnowledge([person('M. Castell', ['Castell'])], kb).get('person-x')).toEqual([
      `${WD}Q1`,
      'https://en.wikipedia.org/wiki/Mira_Castell'
    ])
    const org: KnowledgeCandidate = {id: 'org-castell', type: 'Organization', name: 'Castell', aliases: []}
    expect(matchKnowledge([org], kb).get('org-castell')).toEqual([`${WD}Q4`])
  })

  it('lets an untyped entry match any type, and a typed one only its type', () => {
    const place: KnowledgeCandidate = {id: 'place-bergen', type: 'Place', name: 'Bergen', aliases: []}
    expect(matchKnowledge([place], kb).get('place-bergen')).toEqual([`${WD}Q3`])
    const event: KnowledgeCandidate = {id: 'event-x', type: 'Event', name: 'The Glass Orchard', aliases: []}
    expect(matchKnowledge([event], kb).has('event-x')).toBe(false)
  })

  it('guesses nothing for unknown entities', () => {
    expect(matchKnowledge([person('Someone Else', ['Else'])], kb).size).toBe(0)
    expect(matchKnowledge([person('Mira Castell')], {entities: []}).size).toBe(0)
  })
})

describe('normalizeName', () => {
  it('folds case, accents, apostrophes, dashes and spaces', () => {
    expect(normalizeName('  Jean\u2011Luc  Godard ')).toBe('jean-luc godard')
    expect(normalizeName('L\u2019Atalante')).toBe(normalizeName("l'atalante"))
    expect(normalizeName('Agnès')).toBe('agnes')
  })
})
