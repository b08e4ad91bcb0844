import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {toHtml, toJsonLdText, toNquads} from './formats.js'
import {documentLoader} from './loader.js'

/** Read a sample document from test/fixtures/jsonld. */
function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../test/fixtures/jsonld/${name}`, import.meta.url), 'utf8'))
}

/** The JSON inside the one script element of an HTML block. */
function scriptJson(html: string): string {
  const match = /^<script type="application\/ld\+json">\n([\s\S]*)\n<\/script>\n$/.exec(html)
  if (!match) throw new Error('not one script block')
  return match[1] as string
}

/** A deterministic shuffle (reverse plus rotation), of arrays and object keys, at every depth. */
function shuffle(value: unknown, seed = 1): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => shuffle(item, seed + 1)).reverse()
    return [...items.slice(seed % Math.max(items.length, 1)), ...items.slice(0, seed % Math.max(items.length, 1))]
  }
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value).reverse()
  return Object.fromEntries(entries.map(([key, child]) => [key, shuffle(child, seed + 2)]))
}

const quotation = {
  '@context': 'https://schema.org',
  '@type': 'Quotation',
  text: 'She said </script><script>alert(1)</script> and <!-- then & > left\u2028twice\u2029.'
}

describe('toJsonLdText', () => {
  it('writes 2-space JSON with a final newline, keys in construction order', () => {
    expect(toJsonLdText({b: 1, a: [true]})).toBe('{\n  "b": 1,\n  "a": [\n    true\n  ]\n}\n')
  })
})

describe('toHtml', () => {
  it('writes one script block that text cannot break out of', () => {
    const html = toHtml(quotation)
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html.match(/<\/script>/g)).toHaveLength(1)
    expect(html).not.toContain('<!--')
    expect(html).not.toMatch(/[\u2028\u2029]/)
    const json = scriptJson(html)
    expect(json).not.toMatch(/[<>&]/)
    expect(json).toContain('\\u003c/script\\u003e')
  })

  it('parses back to the same data', () => {
    const doc = fixture('good-film-dispatch.jsonld')
    expect(JSON.parse(scriptJson(toHtml(doc)))).toEqual(doc)
    expect(JSON.parse(scriptJson(toHtml(quotation)))).toEqual(quotation)
  })
})

describe('toNquads', () => {
  it('writes canonical N-Quads with schema.org IRIs', async () => {
    const nquads = await toNquads(fixture('good-film-dispatch.jsonld'), documentLoader)
    const lines = nquads.trimEnd().split('\n')
    expect(lines).toEqual([...lines].sort())
    expect(nquads.endsWith(' .\n')).toBe(true)
    expect(nquads).toContain(
      '<https://example.org/dispatch/glass-orchard#movie-the-glass-orchard> <http://schema.org/dateCreated> "2019"^^<http://schema.org/Date> .'
    )
  })

  it('gives the same bytes whatever the key or node order', async () => {
    const doc = fixture('good-film-dispatch.jsonld')
    const reference = await toNquads(doc, documentLoader)
    for (const seed of [1, 2, 3]) {
      const shuffled = shuffle(doc, seed) as object
      expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(doc))
      expect(await toNquads(shuffled, documentLoader)).toBe(reference)
    }
  })

  it('labels blank nodes canonically', async () => {
    const a = {'@context': 'https://schema.org', '@type': 'Movie', name: 'A', director: {'@type': 'Person', name: 'B'}}
    const nquads = await toNquads(a, documentLoader)
    expect(nquads).toContain('_:c14n0')
    expect(await toNquads(shuffle(a) as object, documentLoader)).toBe(nquads)
  })

  it('refuses a foreign context with a clear error', async () => {
    await expect(toNquads(fixture('bad-foreign-context.jsonld'), documentLoader)).rejects.toThrow(
      'remote context not allowed offline: https://example.com/contexts/film.jsonld'
    )
  })
})
