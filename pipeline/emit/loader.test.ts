import {readFileSync} from 'node:fs'
import jsonld from 'jsonld'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {countStatements, documentLoader, expandOffline, offlineRefusal, SCHEMA_CONTEXT_URL} from './loader.js'

/** Read a sample document from test/fixtures/jsonld. */
function fixture(name: string): object {
  return JSON.parse(readFileSync(new URL(`../../test/fixtures/jsonld/${name}`, import.meta.url), 'utf8'))
}

/** Expand in safe mode with the offline loader (@types/jsonld does not know `safe`). */
function expandSafe(doc: object): Promise<unknown[]> {
  const options = {documentLoader, safe: true} as unknown as jsonld.Options.Expand
  return jsonld.expand(doc as jsonld.JsonLdDocument, options) as Promise<unknown[]>
}

describe('documentLoader', () => {
  let fetchSpy: ReturnType<typeof vi.fn>
  // jsonld.js's default (network) loader, which @types/jsonld does not declare as a property.
  const jsonldDefaults = jsonld as unknown as {documentLoader: unknown}
  let defaultLoader: unknown
  let defaultSpy: ReturnType<typeof vi.fn>

  beforeEach(() => {
    fetchSpy = vi.fn(() => {
      throw new Error('network used')
    })
    vi.stubGlobal('fetch', fetchSpy)
    defaultLoader = jsonldDefaults.documentLoader
    defaultSpy = vi.fn(async () => {
      throw new Error('default loader used')
    })
    jsonldDefaults.documentLoader = defaultSpy
  })

  afterEach(() => {
    vi.unstubAllGlobals()
    jsonldDefaults.documentLoader = defaultLoader
  })

  it.each([
    'https://schema.org',
    'https://schema.org/',
    'http://schema.org',
    'http://schema.org/',
    'https://schema.org/docs/jsonldcontext.jsonld',
    'http://schema.org/docs/jsonldcontext.jsonld'
  ])('serves the pinned schema.org 30.0 context for %s', async (url) => {
    const remote = await documentLoader(url)
    expect(remote.documentUrl).toBe(url)
    const context = (remote.document as {'@context': Record<string, unknown>})['@context']
    expect(context['@vocab']).toBe('http://schema.org/')
    expect(context.workFeatured).toBeDefined()
  })

  it('hands out a context no caller can alter', async () => {
    const first = (await documentLoader(SCHEMA_CONTEXT_URL)).document as Record<string, unknown>
    expect(() => {
      first['@context'] = {}
    }).toThrow(TypeError)
    const second = (await documentLoader(SCHEMA_CONTEXT_URL)).document as Record<string, unknown>
    expect(Object.keys(second['@context'] as object).length).toBeGreaterThan(1000)
  })

  it.each(['https://schema.org/Movie', 'https://example.com/context.jsonld', 'https://schema.org.evil.example/'])(
    'refuses %s',
    async (url) => {
      await expect(documentLoader(url)).rejects.toThrow(`remote context not allowed offline: ${url}`)
    }
  )

  it('expands the good sample in safe mode without dropping anything', async () => {
    const doc = fixture('good-film-dispatch.jsonld')
    const expanded = await expandSafe(doc)
    expect(countStatements(expanded)).toBe(countStatements(doc))
    expect(countStatements(doc)).toBeGreaterThan(50)
    expect(JSON.stringify(expanded)).toContain('"http://schema.org/workFeatured"')
    expect(fetchSpy).not.toHaveBeenCalled()
    expect(defaultSpy).not.toHaveBeenCalled()
  })

  it('fails closed on a foreign @context URL, without any network access', async () => {
    const doc = fixture('bad-foreign-context.jsonld')
    const error = await expandSafe(doc).then(
      () => null,
      (e: unknown) => e
    )
    expect(error).not.toBeNull()
    expect(String(offlineRefusal(error))).toBe(
      'Error: remote context not allowed offline: https://example.com/contexts/film.jsonld'
    )
    expect(fetchSpy).not.toHaveBeenCalled()
    expect(defaultSpy).not.toHaveBeenCalled()
  })

  it('makes safe mode reject what expansion would drop (a relative @id)', async () => {
    const doc = {'@context': 'https://schema.org', '@id': '#film', '@type': 'Movie', name: 'A Film'}
    const error = await expandSafe(doc).then(
      () => null,
      (e: unknown) => e as {message: string; details?: {event?: {code?: string}}}
    )
    expect(error?.message).toBe('Safe mode validation error.')
    expect(error?.details?.event?.code).toBe('relative @id reference')
  })
})

describe('offlineRefusal', () => {
  it('returns other errors unchanged', () => {
    const error = new Error('something else')
    expect(offlineRefusal(error)).toBe(error)
  })
})

describe('expandOffline', () => {
  it('expands the good sample and returns the expanded nodes', async () => {
    const expanded = await expandOffline(fixture('good-film-dispatch.jsonld'))
    expect(expanded).toHaveLength(7)
  })

  it('reports a foreign context with the offline refusal', async () => {
    await expect(expandOffline(fixture('bad-foreign-context.jsonld'))).rejects.toThrow(
      'remote context not allowed offline: https://example.com/contexts/film.jsonld'
    )
  })

  it('rejects a document whose values expansion would lose', async () => {
    // A null value vanishes on expansion and safe mode does not object: the count catches it.
    const doc = {'@context': 'https://schema.org', '@id': 'https://example.org/#f', '@type': 'Movie', name: null}
    await expect(expandOffline(doc)).rejects.toThrow(/dropped 1 of 3/)
  })
})

describe('countStatements', () => {
  it('counts a string IRI and an {"@id"} reference alike', () => {
    expect(countStatements({'@id': 'x', '@type': ['A', 'B'], sameAs: 'y', about: {'@id': 'z'}})).toBe(5)
  })
})
