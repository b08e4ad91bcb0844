/**
 * Credit phrasings of ordinary articles: test/fixtures/phrasings/credits.tsv holds 60 short paragraphs
 * of invented film press (30 French, 30 English) with every director and actor credit they state,
 * written for this project by a helper who never saw the pipeline. The whole pipeline reads each
 * paragraph; the credits it finds may not fall below the floor (raise it when a change finds more), and
 * it may state few credits the paragraphs do not.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {processArticle} from '../pipeline/index.js'
import type {ExtractionRecord} from '../pipeline/types.js'

/** Credits found at least, out of 160. */
const floor = 90
/** Director and actor facts the paragraphs do not state, at most. */
const ceiling = 8

const lines = readFileSync(new URL('./fixtures/phrasings/credits.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))

describe('credit phrasings of ordinary articles', () => {
  it(`finds at least ${floor} of the stated credits, and states at most ${ceiling} others`, async () => {
    let found = 0
    let stated = 0
    let others = 0
    for (const [n, line] of lines.entries()) {
      const [lang, text, expected] = line.split('\t') as [string, string, string]
      const source = `---\ntitle: T\nlang: ${lang}\n---\n\n${text.replaceAll('\\n', '\n\n')}\n`
      const file = await processArticle({path: `phrasing-${n}.md`, value: source})
      const record = file.data.record as ExtractionRecord
      const name = (id: string) => record.entities.find((entity) => entity.id === id)?.name ?? id
      const got = new Set(record.facts.filter((fact) => fact.predicate === 'director' || fact.predicate === 'actor').map((fact) => `${name(fact.subject)}>${fact.predicate}>${name(fact.object)}`))
      const wanted = expected.split(';').map((credit) => credit.trim()).filter(Boolean)
      stated += wanted.length
      found += wanted.filter((credit) => got.has(credit)).length
      others += [...got].filter((credit) => !wanted.includes(credit)).length
    }
    expect(stated).toBe(160)
    expect(found).toBeGreaterThanOrEqual(floor)
    expect(others).toBeLessThanOrEqual(ceiling)
  }, 60_000)
})
