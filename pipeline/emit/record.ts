/**
 * record: the grounded extraction record (`<name>.extraction.json`) from the stages' results.
 *
 * The shape is a public contract (see ExtractionRecord in ../types.ts): other tools read it.
 * Lists are in text order (ties broken by id), so the same input gives the same bytes.
 */
import {createHash} from 'node:crypto'
import type {DateMention, Entity, ExtractionRecord, Fact, Lang, Quotation, RecordEntity} from '../types.js'

/** Everything the record is made of. */
export interface RecordInput {
  file: string
  source: string
  language: Lang
  entities: Entity[]
  dates: DateMention[]
  quotations: Quotation[]
  facts: Fact[]
}

/** Build the extraction record. */
export function buildRecord(input: RecordInput): ExtractionRecord {
  return {
    source: {
      file: input.file,
      language: input.language,
      sha256: createHash('sha256').update(input.source, 'utf8').digest('hex')
    },
    entities: [...input.entities].sort(byFirstMention).map(recordEntity),
    dates: [...input.dates]
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((date) => ({text: date.text, value: date.value, start: date.start, end: date.end})),
    quotations: [...input.quotations]
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((quote) => ({text: quote.text, start: quote.start, end: quote.end, speaker: quote.speaker})),
    facts: [...input.facts].sort(compareFacts).map((fact) => ({
      subject: fact.subject,
      predicate: fact.predicate,
      object: fact.object,
      start: fact.start,
      end: fact.end
    }))
  }
}

/** One entity in record form: roles as their stated words, mentions as plain spans. */
function recordEntity(entity: Entity): RecordEntity {
  const roles: string[] = []
  for (const role of [...entity.roles].sort((a, b) => a.start - b.start)) {
    if (!roles.includes(role.role)) roles.push(role.role)
  }
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: [...entity.aliases],
    roles,
    mentions: [...entity.mentions]
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((mention) => ({start: mention.start, end: mention.end, text: mention.text}))
  }
}

/** Order entities by their first mention, then by id. */
function byFirstMention(a: Entity, b: Entity): number {
  return firstStart(a) - firstStart(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

function firstStart(entity: Entity): number {
  let first = Number.POSITIVE_INFINITY
  for (const mention of entity.mentions) first = Math.min(first, mention.start)
  return first
}

/** Order facts by evidence position, then subject, predicate and object. */
export function compareFacts(a: Fact, b: Fact): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    compareText(a.subject, b.subject) ||
    compareText(a.predicate, b.predicate) ||
    compareText(a.object, b.object)
  )
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Serialise JSON the way every output file is written: 2-space indentation, final newline. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n'
}
