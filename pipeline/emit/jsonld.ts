/**
 * jsonld: the schema.org graph for an article, built only from what the stages extracted.
 *
 * Every node and value comes from an entity, a fact or a quotation of the record, or from the
 * article's front matter (`url`, `title`, `date`, `image`). Nothing is invented: no image, date or
 * URL the input does not give. References to other nodes carry `@type` and `name` as well as
 * `@id`, because consumers (search engines, validators) do not follow `@id` links.
 */
import {mainFilm} from '../facts/main-film.js'
import {createHash} from 'node:crypto'
import {loadSet} from '../lexicon/index.js'
import type {Entity, Fact, FrontMatter, Lang, Quotation} from '../types.js'

const festivalWords = loadSet(import.meta.url, 'lexicon/event-types.tsv')

/** A JSON-LD node object. */
export type Node = Record<string, unknown>

/** What the graph is built from. */
export interface GraphInput {
  entities: Entity[]
  facts: Fact[]
  quotations: Quotation[]
  frontMatter: FrontMatter
  language: Lang
  /** `@id` prefix when the front matter has no `url` (`https://example.org/kg/`); else blank nodes. */
  base?: string
  /** `sameAs` addresses by entity id, from a knowledge file. */
  sameAs?: Map<string, string[]>
  /** The film the article is about, as the facts stage decided (else the film mentioned most often). */
  film?: Entity
}

/** Build `{"@context": "https://schema.org", "@graph": [...]}`. */
export function buildJsonLd(input: GraphInput): Node {
  const ids = idMaker(input)
  const byId = new Map(input.entities.map((entity) => [entity.id, entity]))
  const film = input.film ?? mainFilm(input.entities)
  const ref = (id: string): Node | undefined => {
    const entity = byId.get(id)
    return entity ? {'@id': ids(entity.id), '@type': schemaType(entity), name: entity.name} : undefined
  }
  const graph: Node[] = []

  const url = input.frontMatter.url
  if (url) graph.push(articleNode(input, url, film, ref))

  const ordered = [...input.entities].sort((a, b) => typeRank(a) - typeRank(b) || first(a) - first(b))
  for (const entity of ordered) {
    const node: Node = {'@id': ids(entity.id), '@type': schemaType(entity), name: entity.name}
    if (entity.aliases.length > 0) node.alternateName = [...entity.aliases]
    const facts = input.facts.filter((fact) => fact.subject === entity.id)
    const refs = (predicate: Fact['predicate']) => unique(facts.filter((fact) => fact.predicate === predicate).map((fact) => fact.object)).map(ref).filter(isNode)
    const literals = (predicate: Fact['predicate']) => unique(facts.filter((fact) => fact.predicate === predicate).map((fact) => fact.object))
    switch (entity.type) {
      case 'Movie':
      case 'CreativeWork': {
        setList(node, 'director', entity.type === 'Movie' ? refs('director') : [])
        setList(node, 'actor', entity.type === 'Movie' ? refs('actor') : [])
        setList(node, 'creator', refs('creator'))
        setList(node, 'about', refs('about'))
        setList(node, 'award', literals('award'))
        const created = literals('dateCreated').find((value) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
        if (created) node.dateCreated = created
        if (entity === film && typeof input.frontMatter.image === 'string') node.image = input.frontMatter.image
        break
      }
      case 'Person': {
        setList(node, 'jobTitle', unique([...entity.roles].sort((a, b) => a.start - b.start).map((role) => role.role)))
        break
      }
      case 'Event': {
        const featured = input.facts.filter((fact) => fact.predicate === 'festival' && fact.object === entity.id)
        setList(node, 'workFeatured', unique(featured.map((fact) => fact.subject)).map(ref).filter(isNode))
        break
      }
      default:
        break
    }
    const sameAs = input.sameAs?.get(entity.id)
    if (sameAs && sameAs.length > 0) node.sameAs = [...sameAs]
    graph.push(node)
  }

  for (const quotation of [...input.quotations].sort((a, b) => a.start - b.start)) {
    const node: Node = {'@id': ids(quotationId(quotation)), '@type': 'Quotation', text: quotation.text}
    const creator = quotation.speaker ? ref(quotation.speaker) : undefined
    if (creator) node.creator = creator
    node.inLanguage = input.language
    graph.push(node)
  }

  return {'@context': 'https://schema.org', '@graph': graph}
}

/** The web page itself, when the front matter gives its address. */
function articleNode(input: GraphInput, url: string, film: Entity | undefined, ref: (id: string) => Node | undefined): Node {
  const node: Node = {'@id': url, '@type': 'Article', url}
  if (typeof input.frontMatter.title === 'string') node.headline = input.frontMatter.title
  if (typeof input.frontMatter.date === 'string') node.datePublished = input.frontMatter.date
  node.inLanguage = input.language
  const about = film ? ref(film.id) : undefined
  if (about) node.about = about
  setList(
    node,
    'mentions',
    input.entities
      .filter((entity) => entity !== film)
      .sort((a, b) => first(a) - first(b))
      .map((entity) => ref(entity.id))
      .filter(isNode)
  )
  return node
}

/** `@id` for an entity id: on the page url, on the configured base, or a blank node. */
function idMaker(input: GraphInput): (id: string) => string {
  const url = input.frontMatter.url
  if (url) return (id) => `${url.replace(/#.*$/, '')}#${id}`
  if (input.base) return (id) => `${input.base}${id}`
  return (id) => `_:${id}`
}

/** Stable id of a quotation: its words, hashed, so it does not move when other quotations do. */
function quotationId(quotation: Quotation): string {
  return `quotation-${createHash('sha256').update(quotation.text, 'utf8').digest('hex').slice(0, 12)}`
}

/** The schema.org type of an entity. */
export function schemaType(entity: Entity): string {
  if (entity.type === 'Event') {
    const words = entity.name.toLowerCase().split(/[^\p{L}]+/u)
    return words.some((word) => festivalWords.has(word)) ? 'Festival' : 'Event'
  }
  return entity.type
}

/** Graph order: the works first, then people, organisations, places and events. */
function typeRank(entity: Entity): number {
  return ['Movie', 'CreativeWork', 'Person', 'Organization', 'Place', 'Event'].indexOf(entity.type)
}

function first(entity: Entity): number {
  return entity.mentions.reduce((min, mention) => Math.min(min, mention.start), Number.POSITIVE_INFINITY)
}

function setList(node: Node, key: string, values: unknown[]): void {
  if (values.length > 0) node[key] = values
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)]
}

function isNode(value: Node | undefined): value is Node {
  return value !== undefined
}
