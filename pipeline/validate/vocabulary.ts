/**
 * Check a compacted JSON-LD document against the schema.org vocabulary (release 30.0).
 *
 * Search engines silently drop markup with unknown types, properties used on the wrong type or
 * values of the wrong kind; this module finds those before a user pastes the markup into a page.
 * The vocabulary is the committed subset `vocabulary/schemaorg-30.0.json`, derived from the
 * schema.org release by `scripts/derive-vocabulary.ts` (CC BY-SA 3.0, Schema.org).
 *
 * Input: `{"@context": "https://schema.org", "@graph": [...]}` (or one node with its `@context`),
 * nested nodes and `{"@id"}` references allowed. Rules (the `rule` of a `Violation`):
 *
 * | rule | what is wrong |
 * | --- | --- |
 * | `context` | `@context` is not the schema.org context URL |
 * | `shape` | not an object, `@graph` not an array, a node that is not an object, a bad `@type` |
 * | `id` | `@id` is neither an absolute IRI nor a blank node identifier (`_:x`) |
 * | `missing-type` | a top-level node, or a nested node with properties, has no `@type` |
 * | `unknown-type` | `@type` is not a schema.org class |
 * | `unknown-property` | not a schema.org property of the emitted types or their supertypes |
 * | `superseded` | schema.org has replaced the property by another one |
 * | `domain` | the property does not apply to the node's type or its supertypes |
 * | `range` | the value does not fit any type of the property's range |
 * | `required` | a Person or Organization node that carries `@type` has no `name` |
 */
import {readFileSync} from 'node:fs'

/** One problem found in the document. */
export interface Violation {
  /** `@id` of the node at fault, or a JSON path (`$["@graph"][2]["director"][0]`) when it has none. */
  node: string
  /** The property at fault (`director`), or a keyword (`@type`, `@id`, `@context`). */
  property: string
  /** The rule broken: see the table at the top of this module. */
  rule: string
  /** A sentence a person can act on. */
  message: string
}

/** One property of the subset. */
export interface VocabularyProperty {
  /** Classes whose instances may carry the property (schema:domainIncludes). */
  domains: string[]
  /** Classes or data types its values may have (schema:rangeIncludes). */
  ranges: string[]
  /** The property to use instead, when schema.org has superseded this one. */
  supersededBy?: string
}

/** The committed subset `vocabulary/schemaorg-<release>.json`, made by `scripts/derive-vocabulary.ts`. */
export interface Vocabulary {
  release: string
  source: string
  sha256: string
  /** The types the property selection started from. */
  emittedTypes: string[]
  /** Literal data types: the root data types (Text, Date …) and their subclasses (URL, Integer …). */
  dataTypes: string[]
  /** Every schema.org class → its direct schema.org supertypes. */
  classes: Record<string, string[]>
  /** Properties usable on the emitted types or their supertypes. */
  properties: Record<string, VocabularyProperty>
}

let cached: Vocabulary | undefined

/** Load the committed schema.org 30.0 subset (read once per process). */
export function loadVocabulary(): Vocabulary {
  cached ??= JSON.parse(
    readFileSync(new URL('vocabulary/schemaorg-30.0.json', import.meta.url), 'utf8')
  ) as Vocabulary
  return cached
}

/** Context URLs that mean the schema.org context. */
const SCHEMA_CONTEXTS = new Set([
  'https://schema.org',
  'https://schema.org/',
  'http://schema.org',
  'http://schema.org/'
])

type Json = null | boolean | number | string | Json[] | {[key: string]: Json}
type JsonObject = {[key: string]: Json}

/** Facts about the vocabulary that every check needs, computed once per call. */
interface Index {
  vocabulary: Vocabulary
  dataTypes: Set<string>
  /** Types of the nodes that carry `@type`, by `@id`, anywhere in the document. */
  typesById: Map<string, string[]>
  ancestorCache: Map<string, Set<string>>
}

/**
 * Check a compacted schema.org JSON-LD document.
 *
 * @param doc The document (`{"@context": "https://schema.org", "@graph": [...]}`).
 * @param vocabulary The vocabulary subset; the committed 30.0 subset by default.
 * @returns Violations sorted by node, property, rule and message; empty when the document is valid.
 */
export function checkVocabulary(doc: object, vocabulary: Vocabulary = loadVocabulary()): Violation[] {
  const out: Violation[] = []
  const root = doc as Json
  if (!isObject(root)) {
    out.push({node: '$', property: '', rule: 'shape', message: 'document is not a JSON object'})
    return out
  }
  const context = root['@context']
  if (typeof context !== 'string' || !SCHEMA_CONTEXTS.has(context)) {
    out.push({
      node: '$',
      property: '@context',
      rule: 'context',
      message: `@context must be "https://schema.org", got ${JSON.stringify(context ?? null)}`
    })
  }

  const top: Array<[Json, string]> = []
  if ('@graph' in root) {
    const graph = root['@graph']
    if (Array.isArray(graph)) graph.forEach((node, i) => top.push([node, `$["@graph"][${i}]`]))
    else out.push({node: '$', property: '@graph', rule: 'shape', message: '@graph must be an array'})
  } else {
    const {'@context': _, ...node} = root
    top.push([node, '$'])
  }

  const index: Index = {
    vocabulary,
    dataTypes: new Set(vocabulary.dataTypes),
    typesById: new Map(),
    ancestorCache: new Map()
  }
  for (const [node] of top) collectTypes(node, index.typesById)

  for (const [node, path] of top) {
    if (!isObject(node)) {
      out.push({node: path, property: '', rule: 'shape', message: 'a graph entry must be an object'})
      continue
    }
    checkNode(node, path, true, index, out)
  }
  return out.sort(compareViolations)
}

/** Record the `@type` of every node with an `@id`, at any depth. */
function collectTypes(value: Json, typesById: Map<string, string[]>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectTypes(item, typesById)
    return
  }
  if (!isObject(value)) return
  const id = value['@id']
  const types = typeList(value['@type'])
  if (typeof id === 'string' && types.length > 0) {
    typesById.set(id, [...new Set([...(typesById.get(id) ?? []), ...types])])
  }
  for (const [key, child] of Object.entries(value)) if (!key.startsWith('@')) collectTypes(child, typesById)
}

/** Check one node object and, recursively, the nodes nested in it. */
function checkNode(node: JsonObject, path: string, topLevel: boolean, index: Index, out: Violation[]): void {
  const {vocabulary} = index
  const id = node['@id']
  const where = typeof id === 'string' ? id : path
  const report = (property: string, rule: string, message: string) =>
    out.push({node: where, property, rule, message})

  if (id !== undefined && (typeof id !== 'string' || !isAbsoluteIri(id))) {
    report('@id', 'id', `@id must be an absolute IRI, got ${JSON.stringify(id)}`)
  }

  const rawType = node['@type']
  const types = typeList(rawType)
  if (rawType !== undefined && types.length === 0) {
    report('@type', 'shape', '@type must be a class name or a list of class names')
  }
  const properties = Object.keys(node).filter((key) => !key.startsWith('@'))
  if (rawType === undefined && (topLevel || properties.length > 0)) {
    report('@type', 'missing-type', 'node has no @type, so consumers cannot tell what it describes')
  }
  const known = types.filter((type) => {
    if (type in vocabulary.classes) return true
    report('@type', 'unknown-type', `"${type}" is not a schema.org ${vocabulary.release} type`)
    return false
  })
  const ancestry = new Set<string>()
  for (const type of known) for (const a of ancestors(type, index)) ancestry.add(a)

  for (const key of Object.keys(node)) {
    if (key.startsWith('@') && !['@id', '@type'].includes(key)) {
      report(key, 'shape', `keyword ${key} is not expected on a node`)
    }
  }

  if (
    (ancestry.has('Person') || ancestry.has('Organization')) &&
    !(typeof node.name === 'string' && node.name.trim() !== '')
  ) {
    report('name', 'required', `a ${known.join('/')} node must carry a name (search engines require it)`)
  }

  for (const property of properties) {
    const definition = vocabulary.properties[property]
    if (!definition) {
      report(
        property,
        'unknown-property',
        `"${property}" is not a schema.org ${vocabulary.release} property of ` +
          `${vocabulary.emittedTypes.filter((t) => !index.dataTypes.has(t)).join(', ')} or their supertypes`
      )
      continue
    }
    if (definition.supersededBy) {
      report(property, 'superseded', `"${property}" is superseded by "${definition.supersededBy}"`)
    }
    if (known.length > 0 && !definition.domains.some((domain) => ancestry.has(domain))) {
      report(
        property,
        'domain',
        `"${property}" does not apply to ${known.join('/')} (it applies to ${definition.domains.join(', ')})`
      )
    }
    const value = node[property] as Json
    const values = Array.isArray(value) ? value : [value]
    values.forEach((item, i) => {
      const itemPath = `${path}[${JSON.stringify(property)}]${Array.isArray(value) ? `[${i}]` : ''}`
      checkValue(item, itemPath, property, definition.ranges, index, report, out)
    })
  }
}

/** Check one value of a property against the property's range; recurse into nested nodes. */
function checkValue(
  value: Json,
  path: string,
  property: string,
  ranges: string[],
  index: Index,
  report: (property: string, rule: string, message: string) => void,
  out: Violation[]
): void {
  const expected = ranges.join(' or ')
  if (value === null || Array.isArray(value)) {
    report(property, 'range', `"${property}" expects ${expected}, got ${value === null ? 'null' : 'a nested list'}`)
    return
  }
  if (!isObject(value)) {
    const problem = literalProblem(value, ranges, index)
    if (problem) report(property, 'range', `"${property}" expects ${expected}, got ${problem}`)
    return
  }
  if ('@value' in value) {
    const literal = value['@value'] as Json
    const problem =
      literal === null || isObject(literal) || Array.isArray(literal)
        ? 'a value object without a plain value'
        : literalProblem(literal, ranges, index)
    if (problem) report(property, 'range', `"${property}" expects ${expected}, got ${problem}`)
    return
  }

  // A node or a reference: it must fit a class of the range.
  const classRanges = ranges.filter((r) => !index.dataTypes.has(r))
  const id = value['@id']
  const given = typeList(value['@type'])
  const types = given.length > 0 ? given : typeof id === 'string' ? index.typesById.get(id) ?? [] : []
  const label = typeof id === 'string' ? `node ${id}` : 'a nested node'
  if (classRanges.length === 0) {
    report(property, 'range', `"${property}" expects ${expected} (a plain value), got ${label}`)
  } else if (types.length > 0) {
    const fits = types.some((type) => classRanges.some((range) => ancestors(type, index).has(range)))
    if (!fits) {
      report(property, 'range', `"${property}" expects ${classRanges.join(' or ')}, got ${label} of type ${types.join('/')}`)
    }
  }
  const isReference = Object.keys(value).every((key) => key === '@id')
  if (!isReference) checkNode(value, path, false, index, out)
  else if (typeof id !== 'string' || !isAbsoluteIri(id)) {
    report(property, 'id', `a reference's @id must be an absolute IRI, got ${JSON.stringify(id ?? null)}`)
  }
}

/** Why a literal fits none of the ranges, or null when it fits one. */
function literalProblem(value: string | number | boolean, ranges: string[], index: Index): string | null {
  for (const range of ranges) {
    if (!index.dataTypes.has(range)) continue
    const root = literalKind(range, index)
    if (typeof value === 'string') {
      if (root === 'URL' && isAbsoluteUrl(value)) return null
      if (root === 'Text') return null
      if (root === 'Date' && isIsoDate(value)) return null
      if (root === 'DateTime' && isIsoDateTime(value)) return null
      if (root === 'Time' && isIsoTime(value)) return null
      if (root === 'Duration' && isIsoDuration(value)) return null
      if (root === 'Quantity' && value.trim() !== '') return null
      if (root === 'Number' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)) {
        if (range !== 'Integer' || /^[+-]?\d+$/.test(value)) return null
      }
    } else if (typeof value === 'number') {
      if (root === 'Number' && Number.isFinite(value) && (range !== 'Integer' || Number.isInteger(value))) return null
    } else if (root === 'Boolean') {
      return null
    }
  }
  if (typeof value === 'string') {
    return ranges.some((r) => !index.dataTypes.has(r))
      ? `the string ${JSON.stringify(shorten(value))} where a node or reference is needed`
      : `the string ${JSON.stringify(shorten(value))}, which is not in that format`
  }
  return `the ${typeof value} ${String(value)}`
}

/**
 * The literal form a data type is checked against: URL, Date, DateTime, Time, Duration, Number,
 * Boolean, Quantity, or Text for Text and its other subclasses.
 */
function literalKind(type: string, index: Index): string {
  const up = ancestors(type, index)
  for (const kind of ['URL', 'Duration', 'Date', 'DateTime', 'Time', 'Number', 'Boolean', 'Quantity']) {
    if (up.has(kind)) return kind
  }
  return 'Text'
}

/** The type and all its supertypes. */
function ancestors(type: string, index: Index): Set<string> {
  let seen = index.ancestorCache.get(type)
  if (seen) return seen
  seen = new Set<string>()
  const stack = [type]
  while (stack.length > 0) {
    const name = stack.pop() as string
    if (seen.has(name)) continue
    seen.add(name)
    for (const parent of index.vocabulary.classes[name] ?? []) stack.push(parent)
  }
  index.ancestorCache.set(type, seen)
  return seen
}

/** `@type` as a list of strings; non-strings are dropped. */
function typeList(value: Json | undefined): string[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return items.filter((item): item is string => typeof item === 'string')
}

/** A plain JSON object (not an array, not null). */
function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A node identifier JSON-LD accepts: an absolute IRI (a scheme, a colon, and something the URL
 * parser accepts) or a blank node identifier (`_:name`), which the pipeline uses when an article
 * gives no address to build IRIs on.
 */
function isAbsoluteIri(value: string): boolean {
  if (/^_:[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value)) return true
  return /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(value) && URL.canParse(value)
}

/** An absolute http(s) URL, as search engines expect in URL slots. */
function isAbsoluteUrl(value: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(value) && URL.canParse(value)
}

/** Number of days in a month of a year (proleptic Gregorian). */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** ISO 8601 calendar date, full or reduced precision: `2009-12-29`, `2009-12`, `2009`. */
function isIsoDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value)
  if (!m) return false
  const year = Number(m[1])
  if (m[2] === undefined) return true
  const month = Number(m[2])
  if (month < 1 || month > 12) return false
  if (m[3] === undefined) return true
  const day = Number(m[3])
  return day >= 1 && day <= daysIn(year, month)
}

/** ISO 8601 time of day with optional seconds, fraction and zone: `14:30`, `14:30:00Z`. */
function isIsoTime(value: string): boolean {
  const m = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(value)
  return !!m && Number(m[1]) <= 24 && Number(m[2]) <= 59 && Number(m[3] ?? 0) <= 60
}

/** ISO 8601 date and time: `2009-12-29T14:30:00+01:00`. */
function isIsoDateTime(value: string): boolean {
  const t = value.indexOf('T')
  return t === 10 && isIsoDate(value.slice(0, 10)) && isIsoTime(value.slice(11))
}

/** ISO 8601 duration: `P2M`, `PT1H30M`, `P1Y2M10DT2H`. */
function isIsoDuration(value: string): boolean {
  return /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?!$)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/.test(
    value
  )
}

/** A long string cut for a message. */
function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value
}

/** Order violations by node, property, rule, then message (code-unit order). */
function compareViolations(a: Violation, b: Violation): number {
  for (const key of ['node', 'property', 'rule', 'message'] as const) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1
  }
  return 0
}
