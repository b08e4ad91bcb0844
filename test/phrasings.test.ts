/**
 * Phrasings of ordinary articles, written for this project by helpers who never saw the pipeline:
 * - test/fixtures/phrasings/credits.tsv holds 60 short paragraphs of invented film press (30 French, 30
 *   English) with every director and actor credit they state. The credits the pipeline finds may not fall
 *   below the floor (raise it when a change finds more), and it may state few credits the paragraphs do not;
 * - test/fixtures/phrasings/press-quotes.tsv holds 44 passages of press reviews, critics' round-ups, poster
 *   blurbs, court and business stories and ceremony reports (22 French, 22 English) with the speaker of each
 *   speech quotation. The speakers found in text order (the longest common run of the two lists, per
 *   passage) may not fall below their floor.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {processArticle} from '../pipeline/index.js'
import type {ExtractionRecord} from '../pipeline/types.js'

/** Credits found at least, out of 160. */
const floor = 90
/** Director and actor facts the paragraphs do not state, at most. */
const ceiling = 8

/** Speakers found in order at least, out of 135. */
const speakerFloor = 107

/** The passages of a battery: its lines that are not comments. */
function battery(name: string): string[] {
  return readFileSync(new URL(`./fixtures/phrasings/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
}

/** The source of a passage: front matter giving its language, paragraphs apart. */
function passage(lang: string, text: string): string {
  return `---\ntitle: T\nlang: ${lang}\ndate: 2024-03-01\n---\n\n${text.replaceAll('\\n', '\n\n')}\n`
}

/** The length of the longest common subsequence of two lists. */
function common(a: string[], b: string[]): number {
  let row = new Array<number>(b.length + 1).fill(0)
  for (const x of a) {
    const next = [0]
    b.forEach((y, j) => next.push(x === y ? (row[j] as number) + 1 : Math.max(row[j + 1] as number, next[j] as number)))
    row = next
  }
  return row[b.length] as number
}

const lines = battery('credits.tsv')

describe('credit phrasings of ordinary articles', () => {
  it(`finds at least ${floor} of the stated credits, and states at most ${ceiling} others`, async () => {
    let found = 0
    let stated = 0
    let others = 0
    for (const [n, line] of lines.entries()) {
      const [lang, text, expected] = line.split('\t') as [string, string, string]
      const file = await processArticle({path: `phrasing-${n}.md`, value: passage(lang, text)})
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

describe('speakers of press reviews, blurbs and statements', () => {
  it(`finds at least ${speakerFloor} of the speakers in text order`, async () => {
    let found = 0
    let stated = 0
    for (const [n, line] of battery('press-quotes.tsv').entries()) {
      const [lang, text, expected] = line.split('\t') as [string, string, string]
      const file = await processArticle({path: `press-${n}.md`, value: passage(lang, text)})
      const record = file.data.record as ExtractionRecord
      const name = (id: string | null) => (id ? record.entities.find((entity) => entity.id === id)?.name ?? id : 'null')
      const wanted = expected.split(';').map((speaker) => speaker.trim())
      stated += wanted.length
      found += common(record.quotations.map((quotation) => name(quotation.speaker)), wanted)
    }
    expect(stated).toBe(135)
    expect(found).toBeGreaterThanOrEqual(speakerFloor)
  }, 60_000)
})
