/**
 * The seed article end to end, through the whole pipeline as `make` runs it: what a correct run
 * must find (the pipeline issue's list), checked on the record and the JSON-LD.
 */
import {readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {processArticle} from '../pipeline/index.js'
import type {ExtractionRecord, RecordEntity} from '../pipeline/types.js'

const path = 'input/ai-weiwei-never-sorry.fr.txt'
let record: ExtractionRecord
let graph: Array<Record<string, unknown>>

beforeAll(async () => {
  const file = await processArticle({path, value: readFileSync(path)})
  expect(file.messages.filter((message) => message.fatal)).toEqual([])
  record = file.data.record as ExtractionRecord
  graph = (file.data.jsonld as {'@graph': Array<Record<string, unknown>>})['@graph']
})

const entity = (name: string): RecordEntity => {
  const found = record.entities.find((candidate) => candidate.name === name || candidate.aliases.includes(name))
  if (!found) throw new Error(`no entity named ${name}`)
  return found
}
const has = (subject: string, predicate: string, object: string) =>
  record.facts.some((fact) => fact.subject === subject && fact.predicate === predicate && fact.object === object)

describe('the seed article', () => {
  it('finds the film, its director, its subject, its festival and its award', () => {
    const film = entity('Ai WeiWei : Never Sorry')
    expect(film.type).toBe('Movie')
    expect(has(film.id, 'director', entity('Alison Klayman').id)).toBe(true)
    expect(has(film.id, 'about', entity('Ai Weiwei').id)).toBe(true)
    expect(has(film.id, 'festival', entity('Festival de Sundance').id)).toBe(true)
    expect(has(film.id, 'award', 'Prix Spécial du Jury')).toBe(true)
  })

  it('merges the two spellings of Ai Weiwei and keeps his occupations', () => {
    const artist = entity('Ai Weiwei')
    expect(artist.aliases).toContain('Ai WeiWei')
    expect(record.entities.filter((candidate) => /^ai wei ?wei$/i.test(candidate.name))).toHaveLength(1)
    expect(artist.roles).toEqual(expect.arrayContaining(['artiste', 'architecte', 'plasticien', 'photographe']))
    expect(entity('Alison Klayman').roles).toEqual(expect.arrayContaining(['réalisatrice', 'journaliste']))
  })

  it('finds the other people', () => {
    for (const name of ['Rob Minkoff', 'Yifei Liu', 'Jackie Chan', 'Jet Li', 'Park Jae-Sang']) expect(entity(name).type).toBe('Person')
    expect(entity('Park Jae-Sang').aliases).toContain('Psy')
  })

  it('normalises the dates', () => {
    const values = record.dates.map((date) => `${date.text}=${date.value}`)
    expect(values).toEqual(expect.arrayContaining(['2006=2006', '2008=2008', '2009=2009', '29 décembre 2009=2009-12-29', 'plus de deux mois=P2M']))
  })

  it('attributes three quotations, and takes no title or scare quote for speech', () => {
    const speakers = record.quotations.map((quote) => quote.speaker)
    expect(speakers).toEqual([entity('Alison Klayman').id, entity('Ai Weiwei').id, entity('Ai Weiwei').id])
    for (const quote of record.quotations) {
      expect(quote.text).not.toMatch(/^(Etude de perspective|Dropping a Han Dynasty Urn|Laisser tomber|patries|Gangnam style)$/)
    }
    expect(entity('Etude de perspective').type).toBe('CreativeWork')
    expect(entity('Dropping a Han Dynasty Urn').type).toBe('CreativeWork')
  })

  it('emits a Movie whose director reference carries a name, and Quotations with creators', () => {
    const movie = graph.find((node) => node['@type'] === 'Movie' && node.name === 'Ai WeiWei : Never Sorry')
    expect(movie?.director).toEqual([{'@id': '_:person-alison-klayman', '@type': 'Person', name: 'Alison Klayman'}])
    expect(movie?.image).toBeUndefined()
    const quotations = graph.filter((node) => node['@type'] === 'Quotation')
    expect(quotations).toHaveLength(3)
    for (const quotation of quotations) expect(quotation.creator).toMatchObject({'@type': 'Person'})
  })
})
