/**
 * The held-out set's gold files are well-formed, checked exactly like the development set's: each
 * `NAME.gold.json` in test/fixtures/holdout has its article beside it, every span's text is the slice of
 * the article it points at, types and predicates come from the allowed sets, and facts and quotation
 * speakers name entities of the same file. The held-out set is for measuring only: nobody tunes against it.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {readSource, validateDevGold} from '../eval/gold.js'

const dir = fileURLToPath(new URL('./fixtures/holdout/', import.meta.url))
const goldFiles = readdirSync(dir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()

/** The article beside a gold file (`STEM.txt` or `STEM.md`), or undefined. */
function articleFor(file: string): string | undefined {
  const stem = file.slice(0, -'.gold.json'.length)
  return ['.txt', '.md'].map((ext) => join(dir, stem + ext)).find((path) => existsSync(path))
}

describe('held-out gold files', () => {
  it('the held-out set is made of batches of ten articles (hN-…), each five French and five English', () => {
    const batches = new Map<string, string[]>()
    for (const file of goldFiles) {
      const batch = /^(h\d+)-/.exec(file)?.[1] ?? 'unnamed'
      const lang = (JSON.parse(readFileSync(join(dir, file), 'utf8')) as {lang?: string}).lang ?? '?'
      batches.set(batch, [...(batches.get(batch) ?? []), lang])
    }
    expect(batches.size).toBeGreaterThan(0)
    expect(batches.has('unnamed')).toBe(false)
    for (const [batch, langs] of batches) {
      expect([batch, langs.filter((l) => l === 'fr').length, langs.filter((l) => l === 'en').length]).toEqual([batch, 5, 5])
    }
  })

  for (const file of goldFiles) {
    it(`${file} is well-formed`, () => {
      const article = articleFor(file)
      expect(article, `no article beside ${file}`).toBeDefined()
      const raw: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'))
      expect(validateDevGold(raw, readSource(article as string))).toEqual([])
    })

    it(`${file} annotates nothing inside the front matter`, () => {
      const source = readSource(articleFor(file) as string)
      const match = /^---\n[\s\S]*?\n---\n/.exec(source)
      const bodyStart = match ? match[0].length : 0
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        entities: Array<{mentions: Array<{start: number}>}>
        dates: Array<{start: number}>
        quotations: Array<{start: number}>
      }
      const starts = [
        ...gold.entities.flatMap((e) => e.mentions.map((m) => m.start)),
        ...gold.dates.map((d) => d.start),
        ...gold.quotations.map((q) => q.start)
      ]
      expect(starts.filter((s) => s < bodyStart)).toEqual([])
    })
  }
})
