/**
 * An optional knowledge file that links the entities of an article to pages that identify them.
 *
 * The user passes it with `--kb FILE` (JSON, or YAML when the name ends in `.yaml`/`.yml`). It maps
 * the names under which an entity may appear to `sameAs` URLs (Wikidata, Wikipedia, an official
 * site …), optionally restricted to one entity type. The pipeline itself guesses nothing: an entity
 * gets `sameAs` only when the user's file names it.
 *
 * Format:
 *
 * ```yaml
 * entities:
 *   - names: [Agnès Varda, Varda]      # required: one or more names or aliases
 *     type: Person                     # optional: Person, Organization, Place, CreativeWork, Movie, Event
 *     sameAs:                          # required: one or more absolute http(s) URLs
 *       - https://www.wikidata.org/wiki/Q229990
 * ```
 *
 * Matching compares names after normalisation (Unicode NFKD without diacritics, lower case, one
 * kind of apostrophe and dash, single spaces): "Agnes  VARDA" matches "Agnès Varda". An entry with
 * a `type` matches only entities of that type (an entry typed CreativeWork also matches a Movie).
 * An entity's canonical name is tried first; its aliases only when the name matches no entry.
 */
import {Ajv} from 'ajv'
import addFormats from 'ajv-formats'
import {parse as parseYaml} from 'yaml'
import type {EntityType} from '../types.js'

/** One entry of the knowledge file. */
export interface KnowledgeEntry {
  names: string[]
  type?: EntityType
  sameAs: string[]
}

/** A validated knowledge file. */
export interface Knowledge {
  entities: KnowledgeEntry[]
}

/** The entity fields matching needs (a subset of `Entity` and `RecordEntity`). */
export interface KnowledgeCandidate {
  id: string
  type: EntityType
  name: string
  aliases: string[]
}

/** A knowledge file that cannot be read; the message starts with the file's path. */
export class KnowledgeError extends Error {
  override name = 'KnowledgeError'
}

const ENTITY_TYPES: EntityType[] = ['Person', 'Organization', 'Place', 'CreativeWork', 'Movie', 'Event']

/** JSON Schema of the knowledge file. */
export const KNOWLEDGE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['entities'],
  properties: {
    entities: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['names', 'sameAs'],
        properties: {
          names: {type: 'array', minItems: 1, items: {type: 'string', minLength: 1, pattern: '\\S'}},
          type: {enum: ENTITY_TYPES},
          sameAs: {type: 'array', minItems: 1, items: {type: 'string', format: 'uri'}}
        }
      }
    }
  }
} as const

const ajv = new Ajv({allErrors: true, strict: true})
addFormats.default(ajv, ['uri'])
const validate = ajv.compile(KNOWLEDGE_SCHEMA)

/**
 * Parse and validate a knowledge file.
 *
 * @param text The file's content.
 * @param path The file's path, used to choose JSON or YAML (by extension) and in error messages.
 * @throws KnowledgeError naming the file and the problem (`kb.yaml: /entities/0/sameAs/0 must match format "uri"`).
 */
export function parseKnowledge(text: string, path: string): Knowledge {
  let data: unknown
  try {
    data = /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new KnowledgeError(`${path}: not valid ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'}: ${reason}`)
  }
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => {
      const where = e.instancePath || '(top level)'
      const extra =
        e.keyword === 'additionalProperties'
          ? ` (${String((e.params as {additionalProperty?: string}).additionalProperty)})`
          : e.keyword === 'enum'
            ? ` (${ENTITY_TYPES.join(', ')})`
            : ''
      return `${where} ${e.message ?? 'is invalid'}${extra}`
    })
    throw new KnowledgeError(`${path}: ${[...new Set(problems)].join('; ')}`)
  }
  const knowledge = data as Knowledge
  knowledge.entities.forEach((entry, index) => {
    entry.sameAs.forEach((url, i) => {
      if (!/^https?:\/\/[^\s/]+/i.test(url)) {
        throw new KnowledgeError(`${path}: /entities/${index}/sameAs/${i} must be an http(s) URL, got "${url}"`)
      }
    })
  })

  // The same name may not lead to two entries that could match the same entity.
  const seen = new Map<string, Array<{index: number; type?: EntityType}>>()
  knowledge.entities.forEach((entry, index) => {
    for (const key of new Set(entry.names.map(normalizeName))) {
      const earlier = seen.get(key) ?? []
      const clash = earlier.find((other) => typesOverlap(other.type, entry.type))
      if (clash) {
        throw new KnowledgeError(
          `${path}: /entities/${index} repeats the name "${key}" of /entities/${clash.index}; ` +
            'give the entries different types or merge them'
        )
      }
      earlier.push({index, type: entry.type})
      seen.set(key, earlier)
    }
  })
  return knowledge
}

/**
 * Find the `sameAs` URLs of the entities that the knowledge file names.
 *
 * @returns Entity id → URLs (unique, in file order), only for entities that matched, in entity order.
 */
export function matchKnowledge(entities: KnowledgeCandidate[], kb: Knowledge): Map<string, string[]> {
  const index = new Map<string, KnowledgeEntry[]>()
  for (const entry of kb.entities) {
    for (const key of new Set(entry.names.map(normalizeName))) index.set(key, [...(index.get(key) ?? []), entry])
  }
  const result = new Map<string, string[]>()
  for (const entity of entities) {
    const fits = (name: string) => (index.get(normalizeName(name)) ?? []).filter((e) => entryFits(e.type, entity.type))
    let entries = fits(entity.name)
    if (entries.length === 0) {
      const seen = new Set<KnowledgeEntry>()
      for (const alias of entity.aliases) for (const entry of fits(alias)) seen.add(entry)
      entries = kb.entities.filter((entry) => seen.has(entry))
    }
    const urls = [...new Set(entries.flatMap((entry) => entry.sameAs))]
    if (urls.length > 0) result.set(entity.id, urls)
  }
  return result
}

/** Normalise a name for matching: no diacritics, lower case, one apostrophe, one dash, single spaces. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** Whether an entry of type `wanted` (or untyped) may describe an entity of type `actual`. */
function entryFits(wanted: EntityType | undefined, actual: EntityType): boolean {
  return wanted === undefined || wanted === actual || (wanted === 'CreativeWork' && actual === 'Movie')
}

/** Whether two entries' types could both match one entity. */
function typesOverlap(a: EntityType | undefined, b: EntityType | undefined): boolean {
  return ENTITY_TYPES.some((type) => entryFits(a, type) && entryFits(b, type))
}
