/**
 * Gold annotations for the evaluation harness, in one typed shape whatever their origin.
 *
 * Two formats are read:
 * - the team development set, `NAME.gold.json` beside `NAME.txt` / `NAME.md` (docs/ARCHITECTURE.md):
 *   entities with names, aliases and mentions, dates with values, quotations with a speaker name,
 *   facts between entity names;
 * - converted public corpora, `docNNN.gold-spans.json` beside `docNNN.txt` / `docNNN.md`: typed
 *   entity spans (PER, ORG, LOC, WORK, EVENT; MISC and PRODUCT kept but not scored), timex with
 *   TimeML type and value, quotations with `fragments` and a `speakerMention`. Only the layers named
 *   in the file's `layers` are scored.
 *
 * The `normalize*` and `validateDevGold` functions are pure; `loadDevSet` and `loadCorpus` read files.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {basename, join, resolve} from 'node:path'
import type {EntityType, Predicate, Span, TemporalType, TextSpan} from '../pipeline/types.js'

/** What can be scored; a document lists the layers its gold annotates. */
export type Layer = 'entities' | 'mentions' | 'dates' | 'quotations' | 'speakers' | 'facts'

/** Every entity type of the pipeline (a record, so the compiler keeps it in step with `EntityType`). */
const ENTITY_TYPE_SET: Record<EntityType, true> = {
  Person: true,
  Organization: true,
  Place: true,
  CreativeWork: true,
  Movie: true,
  Event: true
}
/** Every fact predicate of the pipeline (kept in step with `Predicate` by the compiler). */
const PREDICATE_SET: Record<Predicate, true> = {
  director: true,
  actor: true,
  creator: true,
  about: true,
  award: true,
  festival: true,
  dateCreated: true,
  occupation: true,
  work: true
}
/** Every TimeML type (kept in step with `TemporalType`). */
const TEMPORAL_TYPE_SET: Record<TemporalType, true> = {DATE: true, TIME: true, DURATION: true, SET: true}

/** The entity types a dev-set gold file may use. */
export const ENTITY_TYPES = Object.keys(ENTITY_TYPE_SET) as EntityType[]
/** The predicates a dev-set gold fact may use. */
export const PREDICATES = Object.keys(PREDICATE_SET) as Predicate[]
/** Predicates whose object is a literal rather than an entity name. */
export const LITERAL_PREDICATES: readonly Predicate[] = ['dateCreated', 'occupation', 'award']

/** Corpus entity labels that are scored, and the pipeline type each stands for (WORK also matches Movie). */
export const CORPUS_TYPES: Readonly<Record<string, EntityType>> = {
  PER: 'Person',
  ORG: 'Organization',
  LOC: 'Place',
  WORK: 'CreativeWork',
  EVENT: 'Event'
}

/** A gold entity of the dev set. */
export interface GoldEntity {
  type: EntityType
  name: string
  aliases: string[]
  roles: string[]
  mentions: TextSpan[]
}

/** A gold entity mention; `type` is null for labels that are not scored (MISC, PRODUCT). */
export interface GoldMention extends TextSpan {
  type: EntityType | null
  /** The label as written in the gold file (`PER`, `MISC`, or a dev-set type). */
  label: string
}

/** A gold temporal expression. */
export interface GoldDate extends TextSpan {
  value: string | null
  /** TimeML type when the gold gives one (corpora); null in the dev set. */
  type: TemporalType | null
}

/** A gold quotation. */
export interface GoldQuotation extends TextSpan {
  /** The quoted characters that count: the pieces around an incise, or the whole span. */
  fragments: Span[]
  /** Dev set: the speaker's gold entity name, or null when the text does not say. */
  speaker: string | null
  /** Corpora: the words naming the speaker in context (empty when none is annotated). */
  speakerMentions: TextSpan[]
}

/** A gold fact: subject and object by gold entity name, or a literal object. */
export interface GoldFact {
  subject: string
  predicate: Predicate
  object: string
}

/** One gold document, whatever format it came from. */
export interface GoldDocument {
  /** File stem (`doc001`, `festival-dispatch`). */
  id: string
  /** Path of the article's source file. */
  path: string
  /** The article's text as the pipeline reads it (no BOM). */
  source: string
  lang: string | null
  /** What this document's gold annotates; other layers are not scored. */
  layers: Layer[]
  /** How quotation speakers are compared: by entity name (dev set) or by mention span (corpora). */
  speakerBy: 'entity' | 'mention'
  entities: GoldEntity[]
  mentions: GoldMention[]
  dates: GoldDate[]
  quotations: GoldQuotation[]
  facts: GoldFact[]
}

/** A gold set: its name (for reports and the JSON file) and its documents in file order. */
export interface GoldSet {
  name: string
  dir: string
  documents: GoldDocument[]
  /** Gold files that could not be used, with the reason. */
  skipped: Array<{file: string; reason: string}>
}

/** All layers, in report order. */
export const ALL_LAYERS: readonly Layer[] = ['entities', 'mentions', 'dates', 'quotations', 'speakers', 'facts']

// ---------------------------------------------------------------------------------------------
// dev set

/** Raw shape of a dev-set `*.gold.json` (see docs/ARCHITECTURE.md). */
interface RawDevGold {
  lang?: string
  entities?: Array<{type: string; name: string; aliases?: string[]; roles?: string[]; mentions?: TextSpan[]}>
  dates?: Array<TextSpan & {value: string | null}>
  quotations?: Array<TextSpan & {speaker: string | null; fragments?: Array<[number, number] | Span>}>
  facts?: Array<{subject: string; predicate: string; object: string}>
}

/** Turn a parsed dev-set gold file into a `GoldDocument` (no checks: see `validateDevGold`). */
export function normalizeDevGold(raw: unknown, source: string, id: string, path: string): GoldDocument {
  const gold = (raw ?? {}) as RawDevGold
  const entities: GoldEntity[] = (gold.entities ?? []).map((e) => ({
    type: e.type as EntityType,
    name: e.name,
    aliases: e.aliases ?? [],
    roles: e.roles ?? [],
    mentions: (e.mentions ?? []).map(textSpan)
  }))
  const mentions: GoldMention[] = []
  for (const entity of entities) {
    for (const m of entity.mentions) mentions.push({...m, type: entity.type, label: entity.type})
  }
  mentions.sort(byOffset)
  return {
    id,
    path,
    source,
    lang: gold.lang ?? null,
    layers: [...ALL_LAYERS],
    speakerBy: 'entity',
    entities,
    mentions,
    dates: (gold.dates ?? []).map((d) => ({...textSpan(d), value: d.value ?? null, type: null})),
    quotations: (gold.quotations ?? []).map((q) => ({
      ...textSpan(q),
      fragments: q.fragments && q.fragments.length > 0 ? q.fragments.map(toSpan) : [{start: q.start, end: q.end}],
      speaker: q.speaker ?? null,
      speakerMentions: []
    })),
    facts: (gold.facts ?? []).map((f) => ({subject: f.subject, predicate: f.predicate as Predicate, object: f.object}))
  }
}

/**
 * Problems in a parsed dev-set gold file, as readable sentences (empty when it is well-formed):
 * every span's text is the source slice, types and predicates come from the allowed sets, facts and
 * quotation speakers name entities of the file (fact objects may be literals for dateCreated,
 * occupation and award).
 */
export function validateDevGold(raw: unknown, source: string): string[] {
  const problems: string[] = []
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return ['the gold file is not a JSON object']
  const gold = raw as RawDevGold
  if (gold.lang !== 'fr' && gold.lang !== 'en') problems.push(`lang ${JSON.stringify(gold.lang)} is not fr or en`)
  for (const key of ['entities', 'dates', 'quotations', 'facts'] as const) {
    if (!Array.isArray(gold[key])) problems.push(`${key} is not an array`)
  }
  const names = new Set<string>()
  for (const [i, e] of (Array.isArray(gold.entities) ? gold.entities : []).entries()) {
    const where = `entities[${i}] (${JSON.stringify(e?.name)})`
    if (!(e?.type in ENTITY_TYPE_SET)) problems.push(`${where}: type ${JSON.stringify(e?.type)} is not one of ${ENTITY_TYPES.join(', ')}`)
    if (typeof e?.name !== 'string' || e.name.trim() === '') problems.push(`${where}: name is missing`)
    else if (names.has(e.name)) problems.push(`${where}: another entity has the same name`)
    else names.add(e.name)
    if (e?.aliases !== undefined && !isStringArray(e.aliases)) problems.push(`${where}: aliases is not a list of strings`)
    if (e?.roles !== undefined && !isStringArray(e.roles)) problems.push(`${where}: roles is not a list of strings`)
    if (!Array.isArray(e?.mentions) || e.mentions.length === 0) problems.push(`${where}: no mentions`)
    for (const [j, m] of (Array.isArray(e?.mentions) ? e.mentions : []).entries()) {
      problems.push(...checkSpan(m, source, `${where}.mentions[${j}]`))
    }
  }
  for (const [i, d] of (Array.isArray(gold.dates) ? gold.dates : []).entries()) {
    problems.push(...checkSpan(d, source, `dates[${i}]`))
    if (d?.value !== null && (typeof d?.value !== 'string' || d.value.trim() === '')) {
      problems.push(`dates[${i}]: value must be an ISO/TimeML string or null`)
    }
  }
  for (const [i, q] of (Array.isArray(gold.quotations) ? gold.quotations : []).entries()) {
    problems.push(...checkSpan(q, source, `quotations[${i}]`))
    if (q?.speaker !== null && !names.has(q?.speaker as string)) {
      problems.push(`quotations[${i}]: speaker ${JSON.stringify(q?.speaker)} names no entity of the file (use null when unknown)`)
    }
  }
  for (const [i, f] of (Array.isArray(gold.facts) ? gold.facts : []).entries()) {
    const where = `facts[${i}] (${JSON.stringify(f?.subject)} ${f?.predicate} ${JSON.stringify(f?.object)})`
    if (!(f?.predicate in PREDICATE_SET)) problems.push(`${where}: predicate is not one of ${PREDICATES.join(', ')}`)
    if (!names.has(f?.subject)) problems.push(`${where}: subject names no entity of the file`)
    const literal = LITERAL_PREDICATES.includes(f?.predicate as Predicate)
    if (typeof f?.object !== 'string' || f.object.trim() === '') problems.push(`${where}: object is missing`)
    else if (!literal && !names.has(f.object)) problems.push(`${where}: object names no entity of the file`)
    else if (f.predicate === 'dateCreated' && !names.has(f.object) && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(f.object)) {
      problems.push(`${where}: a dateCreated object must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`)
    }
  }
  return problems
}

// ---------------------------------------------------------------------------------------------
// converted corpora

/** Raw shape of a corpus `*.gold-spans.json` (see the corpora README). */
interface RawCorpusGold {
  layers?: string[]
  entities?: Array<TextSpan & {type: string}>
  timex?: Array<TextSpan & {type?: string; value?: string | null}>
  quotes?: Array<
    TextSpan & {fragments?: Array<[number, number]>; speakerMention?: TextSpan; speakerMentions?: TextSpan[]}
  >
}

/** Turn a parsed corpus gold file into a `GoldDocument`, keeping only the layers it annotates. */
export function normalizeCorpusGold(raw: unknown, source: string, id: string, path: string, lang: string | null): GoldDocument {
  const gold = (raw ?? {}) as RawCorpusGold
  const annotated = new Set(gold.layers ?? [])
  const layers: Layer[] = []
  if (annotated.has('entities')) layers.push('mentions')
  if (annotated.has('timex')) layers.push('dates')
  if (annotated.has('quotes')) layers.push('quotations', 'speakers')
  return {
    id,
    path,
    source,
    lang,
    layers,
    speakerBy: 'mention',
    entities: [],
    mentions: (gold.entities ?? [])
      .map((e) => ({...textSpan(e), type: CORPUS_TYPES[e.type] ?? null, label: e.type}))
      .sort(byOffset),
    dates: (gold.timex ?? []).map((t) => ({
      ...textSpan(t),
      value: t.value ?? null,
      type: t.type !== undefined && t.type in TEMPORAL_TYPE_SET ? (t.type as TemporalType) : null
    })),
    quotations: (gold.quotes ?? []).map((q) => {
      const speakerMentions = q.speakerMentions ?? (q.speakerMention ? [q.speakerMention] : [])
      return {
        ...textSpan(q),
        fragments: q.fragments && q.fragments.length > 0 ? q.fragments.map(toSpan) : [{start: q.start, end: q.end}],
        speaker: null,
        speakerMentions: speakerMentions.map(textSpan)
      }
    }),
    facts: []
  }
}

// ---------------------------------------------------------------------------------------------
// loading

/** Read an article as the pipeline sees it: UTF-8, byte-order mark removed. */
export function readSource(path: string): string {
  const text = readFileSync(path, 'utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** The article beside a gold file: `STEM.txt`, else `STEM.md`, else null. */
function sourceFor(dir: string, stem: string): string | null {
  for (const ext of ['.txt', '.md']) {
    const path = join(dir, stem + ext)
    if (existsSync(path)) return path
  }
  return null
}

/** Load the team development set: every `*.gold.json` of `dir` with its article, in name order. */
export function loadDevSet(dir: string): GoldSet {
  return loadFolder(dir, 'dev', '.gold.json', (raw, source, stem, path) => normalizeDevGold(raw, source, stem, path))
}

/** Load a converted corpus: every `*.gold-spans.json` of `dir` with its article, in name order. */
export function loadCorpus(dir: string): GoldSet {
  let lang: string | null = null
  const meta = join(dir, 'corpus.json')
  if (existsSync(meta)) {
    const corpus = JSON.parse(readFileSync(meta, 'utf8')) as {lang?: string}
    lang = corpus.lang ?? null
  }
  return loadFolder(dir, basename(resolve(dir)), '.gold-spans.json', (raw, source, stem, path) =>
    normalizeCorpusGold(raw, source, stem, path, lang)
  )
}

/** Pair each gold file of `dir` (by suffix) with its article and normalise it. */
function loadFolder(
  dir: string,
  name: string,
  suffix: string,
  normalize: (raw: unknown, source: string, stem: string, path: string) => GoldDocument
): GoldSet {
  const documents: GoldDocument[] = []
  const skipped: GoldSet['skipped'] = []
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
  for (const file of files) {
    const stem = file.slice(0, -suffix.length)
    const path = sourceFor(dir, stem)
    if (!path) {
      skipped.push({file, reason: `no ${stem}.txt or ${stem}.md beside it`})
      continue
    }
    let raw: unknown
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8'))
    } catch (error) {
      skipped.push({file, reason: `not valid JSON: ${(error as Error).message}`})
      continue
    }
    documents.push(normalize(raw, readSource(path), stem, path))
  }
  return {name, dir, documents, skipped}
}

// ---------------------------------------------------------------------------------------------
// helpers

/** Keep only `start`, `end` and `text` of a span-like object. */
function textSpan(value: TextSpan): TextSpan {
  return {start: value.start, end: value.end, text: value.text}
}

/** A `[start, end]` pair or a span object, as a span. */
function toSpan(value: [number, number] | Span): Span {
  return Array.isArray(value) ? {start: value[0], end: value[1]} : {start: value.start, end: value.end}
}

/** Order spans by start, then end. */
function byOffset(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end
}

/** Whether a value is an array of strings. */
function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
}

/** Problems with one span: integer offsets inside the source, and text equal to the source slice. */
function checkSpan(span: unknown, source: string, where: string): string[] {
  const s = span as Partial<TextSpan> | null
  if (typeof s !== 'object' || s === null) return [`${where}: not a span object`]
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return [`${where}: start and end must be integers`]
  const start = s.start as number
  const end = s.end as number
  if (start < 0 || end > source.length || start >= end) return [`${where}: [${start}, ${end}) is not a non-empty range of the source`]
  const slice = source.slice(start, end)
  if (s.text !== slice) return [`${where}: text ${JSON.stringify(s.text)} but source.slice(${start}, ${end}) is ${JSON.stringify(slice)}`]
  return []
}
