/**
 * Derive the compact schema.org vocabulary subset the validator uses.
 *
 * Run by hand, from the repository root, after a build:
 *
 *     node dist/scripts/derive-vocabulary.js ../shared/schemaorg/30.0/schemaorg-current-https.jsonld
 *
 * It reads the full schema.org release (an RDFS graph with `schema:` CURIEs) and writes, in
 * `pipeline/validate/vocabulary/` (or the folder given with `--out DIR`):
 *
 * - `schemaorg-<release>.json`: every schema.org class with its direct supertypes, the literal data
 *   types, and every property whose domain includes one of the types the pipeline emits
 *   (`EMITTED_TYPES`) or one of their supertypes, with its domains, ranges and `supersededBy`;
 * - `NOTICE.md`: source, release, sha256 of the source file, licence and what was changed.
 *
 * The output is deterministic: keys and lists are sorted, no timestamps. The derivation itself is
 * the pure function `deriveVocabulary`, tested in `pipeline/validate/vocabulary.test.ts`.
 */
import type {Vocabulary, VocabularyProperty} from '../pipeline/validate/vocabulary.js'
import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {basename, join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'

/** Types whose properties (and their supertypes' properties) the subset keeps. */
export const EMITTED_TYPES: readonly string[] = [
  'Movie',
  'CreativeWork',
  'Person',
  'Organization',
  'Place',
  'Event',
  'Festival',
  'Quotation',
  'Article',
  'WebPage',
  'Text',
  'URL',
  'Date',
  'DateTime',
  'Number',
  'Boolean'
]

/** Where the source came from, recorded in the subset and its notice. */
export interface SourceInfo {
  release: string
  /** File name of the source (no directory). */
  source: string
  sha256: string
}

type RdfNode = Record<string, unknown>

/** Strip the `schema:` prefix (or full schema.org IRI) from an id; null for other vocabularies. */
function localName(id: unknown): string | null {
  if (typeof id !== 'string') return null
  for (const prefix of ['schema:', 'https://schema.org/', 'http://schema.org/']) {
    if (id.startsWith(prefix)) return id.slice(prefix.length)
  }
  return null
}

/** A JSON-LD value that may be one item or an array, as an array. */
function many(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

/** The schema.org local names of the `{"@id"}` references in a slot. */
function refs(value: unknown): string[] {
  const names = new Set<string>()
  for (const item of many(value)) {
    const name = localName((item as RdfNode | null)?.['@id'])
    if (name !== null) names.add(name)
  }
  return [...names].sort(compare)
}

/** Code-unit string order, independent of locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Every class reachable upwards from `start` (itself included). */
function ancestors(classes: Record<string, string[]>, start: string): Set<string> {
  const seen = new Set<string>()
  const stack = [start]
  while (stack.length > 0) {
    const name = stack.pop() as string
    if (seen.has(name)) continue
    seen.add(name)
    for (const parent of classes[name] ?? []) stack.push(parent)
  }
  return seen
}

/**
 * Derive the subset from the parsed full vocabulary.
 *
 * @param source The parsed `schemaorg-current-https.jsonld` (an object with `@graph`).
 * @param info Release, file name and sha256 of the source, copied into the result.
 * @param emittedTypes Types whose properties (and their supertypes' properties) are kept.
 */
export function deriveVocabulary(
  source: unknown,
  info: SourceInfo,
  emittedTypes: readonly string[] = EMITTED_TYPES
): Vocabulary {
  const graph = many((source as RdfNode | null)?.['@graph']) as RdfNode[]
  if (graph.length === 0) throw new Error('source has no @graph: not a schema.org vocabulary file')

  const classes: Record<string, string[]> = {}
  const declaredDataTypes: string[] = []
  const propertyNodes: Array<[string, RdfNode]> = []
  for (const node of graph) {
    const name = localName(node['@id'])
    if (name === null) continue
    const types = many(node['@type'])
    if (types.includes('rdfs:Class')) {
      classes[name] = refs(node['rdfs:subClassOf'])
      if (types.includes('schema:DataType')) declaredDataTypes.push(name)
    } else if (types.includes('rdf:Property')) {
      propertyNodes.push([name, node])
    }
  }

  for (const name of emittedTypes) {
    if (!(name in classes)) throw new Error(`emitted type ${name} is not a class of the source`)
  }

  // Literal data types: declared data types without a schema.org supertype (Text, Date …; not
  // Quantity, which is also an Intangible), and every class below them (URL, Integer …).
  const roots = new Set(declaredDataTypes.filter((name) => (classes[name] ?? []).length === 0))
  const dataTypes = Object.keys(classes)
    .filter((name) => [...ancestors(classes, name)].some((a) => roots.has(a)))
    .sort(compare)

  const wanted = new Set<string>()
  for (const name of emittedTypes) for (const a of ancestors(classes, name)) wanted.add(a)

  const properties: Record<string, VocabularyProperty> = {}
  for (const [name, node] of propertyNodes.sort((a, b) => compare(a[0], b[0]))) {
    const domains = refs(node['schema:domainIncludes'])
    if (!domains.some((d) => wanted.has(d))) continue
    const property: VocabularyProperty = {domains, ranges: refs(node['schema:rangeIncludes'])}
    const supersededBy = refs(node['schema:supersededBy'])[0]
    if (supersededBy !== undefined) property.supersededBy = supersededBy
    properties[name] = property
  }

  const sortedClasses: Record<string, string[]> = {}
  for (const name of Object.keys(classes).sort(compare)) sortedClasses[name] = classes[name] as string[]

  return {
    release: info.release,
    source: info.source,
    sha256: info.sha256,
    emittedTypes: [...emittedTypes],
    dataTypes,
    classes: sortedClasses,
    properties
  }
}

/** Serialise the subset: valid JSON, one class or property per line, final newline. */
export function renderVocabulary(vocabulary: Vocabulary): string {
  const j = (value: unknown) => JSON.stringify(value)
  const block = (entries: Array<[string, unknown]>) =>
    entries.map(([key, value]) => `    ${j(key)}: ${j(value)}`).join(',\n')
  return [
    '{',
    `  "release": ${j(vocabulary.release)},`,
    `  "source": ${j(vocabulary.source)},`,
    `  "sha256": ${j(vocabulary.sha256)},`,
    `  "emittedTypes": ${j(vocabulary.emittedTypes)},`,
    `  "dataTypes": ${j(vocabulary.dataTypes)},`,
    '  "classes": {',
    block(Object.entries(vocabulary.classes)),
    '  },',
    '  "properties": {',
    block(Object.entries(vocabulary.properties)),
    '  }',
    '}',
    ''
  ].join('\n')
}

/** The NOTICE.md written beside the subset. */
export function renderNotice(vocabulary: Vocabulary, outputName: string): string {
  return `# schema.org vocabulary subset, release ${vocabulary.release}

\`${outputName}\` is derived from the schema.org vocabulary by \`scripts/derive-vocabulary.ts\`.
Do not edit it by hand: run, from the repository root, after \`npm run build\`:

    node dist/scripts/derive-vocabulary.js ../shared/schemaorg/${vocabulary.release}/${vocabulary.source}

Source: \`${vocabulary.source}\`, schema.org release ${vocabulary.release}
(GitHub repository schemaorg/schemaorg, folder data/releases/${vocabulary.release}),
sha256 \`${vocabulary.sha256}\`.

Licence: the schema.org schemas are made available under the Creative Commons
Attribution-ShareAlike License, version 3.0 (CC BY-SA 3.0,
http://creativecommons.org/licenses/by-sa/3.0/). This derived file is distributed under the
same licence. Attribution: Schema.org (https://schema.org).

What was changed:
- only schema.org terms are kept (terms of other vocabularies that the release maps to, such as
  \`owl:equivalentClass\` targets, are dropped), and the \`schema:\` prefix is removed;
- comments, labels, sources, contributors and other annotations are dropped;
- every class is kept with its direct supertypes only (\`rdfs:subClassOf\`);
- \`dataTypes\` lists the root data types (classes typed \`schema:DataType\` without a schema.org
  supertype) and all their subclasses;
- a property is kept only if its \`domainIncludes\` names one of the emitted types
  (${vocabulary.emittedTypes.join(', ')}) or one of their supertypes; it is kept with its
  \`domainIncludes\`, \`rangeIncludes\` and \`supersededBy\`;
- keys and lists are sorted.
`
}

/** Command line: `derive-vocabulary SOURCE [--out DIR] [--release X]`. */
function main(argv: string[]): void {
  let sourcePath: string | undefined
  let out = 'pipeline/validate/vocabulary'
  let release: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--out') out = argv[++i] ?? out
    else if (arg === '--release') release = argv[++i]
    else sourcePath = arg
  }
  if (!sourcePath) {
    throw new Error('usage: derive-vocabulary SOURCE.jsonld [--out DIR] [--release X]')
  }
  const bytes = readFileSync(sourcePath)
  // The release is the name of the folder holding the file (…/schemaorg/30.0/…) unless given.
  release ??= basename(resolve(sourcePath, '..'))
  const info: SourceInfo = {
    release,
    source: basename(sourcePath),
    sha256: createHash('sha256').update(bytes).digest('hex')
  }
  const vocabulary = deriveVocabulary(JSON.parse(bytes.toString('utf8')), info)
  const outputName = `schemaorg-${release}.json`
  mkdirSync(out, {recursive: true})
  writeFileSync(join(out, outputName), renderVocabulary(vocabulary))
  writeFileSync(join(out, 'NOTICE.md'), renderNotice(vocabulary, outputName))
  process.stdout.write(
    `${join(out, outputName)}: ${Object.keys(vocabulary.classes).length} classes, ` +
      `${Object.keys(vocabulary.properties).length} properties\n`
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2))
}
