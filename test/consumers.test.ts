/**
 * What our users' tools see: every committed `output/*.jsonld` (and the sample documents in
 * test/fixtures/jsonld) goes through
 *
 * - `checkVocabulary` (schema.org 30.0 types, properties, domains and ranges),
 * - offline safe-mode expansion (nothing dropped, no remote context),
 * - `@adobe/structured-data-validator` (schema.org + Google rich-result rules), fed the way a page
 *   would feed it: the `toHtml` script block, extracted and grouped by type as its companion
 *   extractor (@marbec/web-auto-extractor) does, with a schema.org graph rebuilt from our derived
 *   vocabulary subset.
 *
 * Nothing here may reach the network: `fetch` is stubbed to fail and checked at the end.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {toHtml} from '../pipeline/emit/formats.js'
import {expandOffline} from '../pipeline/emit/loader.js'
import {checkVocabulary, loadVocabulary, type Vocabulary} from '../pipeline/validate/vocabulary.js'

const OUTPUT = new URL('../output/', import.meta.url)
const FIXTURES = new URL('fixtures/jsonld/', import.meta.url)

/** An issue as the Adobe validator reports it. */
interface AdobeIssue {
  issueMessage: string
  severity: 'ERROR' | 'WARNING'
  rootType?: string
  fieldNames?: string[]
}

/** What web-auto-extractor hands the validator: JSON-LD items grouped by root type, plus errors. */
interface ExtractedData {
  jsonld: Record<string, object[]>
  errors: Array<{message: string; format: string; source?: string}>
}

/** The Adobe validator, loaded without type declarations (the package ships none). */
type AdobeValidator = new (schemaOrgJson: object) => {validate(data: ExtractedData): Promise<AdobeIssue[]>}

/** JSON-LD files of a folder, sorted by name; none when the folder does not exist. */
function jsonldFiles(folder: URL, prefix = ''): string[] {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  return names.filter((name) => name.endsWith('.jsonld') && name.startsWith(prefix)).sort()
}

/** Parse a JSON-LD file. */
function read(folder: URL, name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as Record<string, unknown>
}

/**
 * The schema.org graph the Adobe validator reads (`@graph` of `rdfs:Class` with `rdfs:subClassOf`
 * and `rdf:Property` with `schema:domainIncludes`), rebuilt from our derived subset.
 */
function adobeSchema(vocabulary: Vocabulary): object {
  const ref = (name: string) => ({'@id': `schema:${name}`})
  return {
    '@graph': [
      ...Object.entries(vocabulary.classes).map(([name, parents]) => ({
        '@id': `schema:${name}`,
        '@type': 'rdfs:Class',
        ...(parents.length > 0 ? {'rdfs:subClassOf': parents.map(ref)} : {})
      })),
      ...Object.entries(vocabulary.properties).map(([name, property]) => ({
        '@id': `schema:${name}`,
        '@type': 'rdf:Property',
        'schema:domainIncludes': property.domains.map(ref),
        'schema:rangeIncludes': property.ranges.map(ref)
      }))
    ]
  }
}

/**
 * Extract the JSON-LD script blocks of an HTML page and group their items by `@type`, with an
 * error for an item without `@type` or without a context, as web-auto-extractor does.
 */
function extractFromHtml(html: string): ExtractedData {
  const data: ExtractedData = {jsonld: {}, errors: []}
  const scripts = html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)
  for (const [, text] of scripts) {
    let parsed: unknown
    try {
      parsed = JSON.parse(text as string)
    } catch {
      data.errors.push({message: 'Could not parse JSON-LD', format: 'jsonld', source: text})
      continue
    }
    for (const root of Array.isArray(parsed) ? parsed : [parsed]) {
      const context = (root as Record<string, unknown>)['@context']
      const graph = (root as Record<string, unknown>)['@graph']
      const items = Array.isArray(graph) ? (graph as Array<Record<string, unknown>>) : [root as Record<string, unknown>]
      for (const item of items) {
        const itemContext = item['@context'] ?? context
        if (!itemContext) data.errors.push({message: 'JSON-LD object missing @context attribute', format: 'jsonld'})
        const types = item['@type']
        if (!types) {
          data.errors.push({message: 'JSON-LD object missing @type attribute', format: 'jsonld'})
          continue
        }
        const withContext = {'@context': itemContext, ...item}
        for (const type of Array.isArray(types) ? types : [types]) {
          ;(data.jsonld[String(type)] ??= []).push(withContext)
        }
      }
    }
  }
  return data
}

/** Run the Adobe validator over a document as a page would carry it. */
async function adobeIssues(doc: object): Promise<AdobeIssue[]> {
  const specifier = '@adobe/structured-data-validator'
  const {default: Validator} = (await import(specifier)) as {default: AdobeValidator}
  return new Validator(adobeSchema(loadVocabulary())).validate(extractFromHtml(toHtml(doc)))
}

/** Issues of one severity, as short strings. */
function bySeverity(issues: AdobeIssue[], severity: AdobeIssue['severity']): string[] {
  return issues.filter((i) => i.severity === severity).map((i) => `${i.rootType ?? ''}: ${i.issueMessage}`)
}

const fetchSpy = vi.fn(() => {
  throw new Error('network access attempted')
})
beforeAll(() => {
  vi.stubGlobal('fetch', fetchSpy)
})
afterAll(() => {
  vi.unstubAllGlobals()
})

const outputs = jsonldFiles(OUTPUT).map((name) => ({label: `output/${name}`, folder: OUTPUT, name}))
const goodSamples = jsonldFiles(FIXTURES, 'good-').map((name) => ({label: `fixtures/jsonld/${name}`, folder: FIXTURES, name}))

describe.each([...outputs, ...goodSamples])('$label', ({folder, name}) => {
  const doc = read(folder, name)

  it('passes checkVocabulary', () => {
    expect(checkVocabulary(doc)).toEqual([])
  })

  it('expands offline in safe mode without dropping anything', async () => {
    await expect(expandOffline(doc)).resolves.toBeInstanceOf(Array)
  })

  it('gets no error and no warning from @adobe/structured-data-validator', async () => {
    const issues = await adobeIssues(doc)
    expect(bySeverity(issues, 'ERROR')).toEqual([])
    expect(bySeverity(issues, 'WARNING')).toEqual([])
  })
})

describe('@adobe/structured-data-validator on bad samples', () => {
  it.each([
    ['bad-unknown-type.jsonld', 'ERROR', 'Type "Film" is not a valid schema.org type'],
    ['bad-reference-without-name.jsonld', 'ERROR', 'Required attribute "name" is missing'],
    ['bad-unknown-property.jsonld', 'WARNING', 'Property "directedBy" for type "Movie" is not supported'],
    ['bad-wrong-domain.jsonld', 'WARNING', 'Property "headline" for type "Person" is not supported']
  ])('%s gets %s "%s"', async (name, severity, message) => {
    const issues = await adobeIssues(read(FIXTURES, name))
    expect(bySeverity(issues, severity as AdobeIssue['severity']).join('\n')).toContain(message)
  })

  it('reports a top-level node without @type as an error, as the extractor does', async () => {
    const doc = {'@context': 'https://schema.org', '@graph': [{'@id': 'https://example.org/#x', name: 'X'}]}
    expect(bySeverity(await adobeIssues(doc), 'ERROR')).toEqual(['jsonld: JSON-LD object missing @type attribute'])
  })

  it('every bad sample is caught by checkVocabulary or expansion', async () => {
    for (const name of jsonldFiles(FIXTURES, 'bad-')) {
      const doc = read(FIXTURES, name)
      const violations = checkVocabulary(doc)
      const expansion = await expandOffline(doc).then(
        () => null,
        (e: unknown) => e
      )
      expect({name, caught: violations.length > 0 || expansion !== null}).toEqual({name, caught: true})
    }
  })
})

describe('network', () => {
  it('was never used', () => {
    expect(fetchSpy).not.toHaveBeenCalled()
  })
})
