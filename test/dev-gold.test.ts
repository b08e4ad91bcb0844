/**
 * The development set's gold files are well-formed: each `NAME.gold.json` in test/fixtures/dev has its
 * article beside it, every span's text is the slice of the article it points at, types and predicates
 * come from the allowed sets, and facts and quotation speakers name entities of the same file.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {readSource, validateDevGold} from '../eval/gold.js'

const dir = fileURLToPath(new URL('./fixtures/dev/', import.meta.url))
const goldFiles = readdirSync(dir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()

describe('dev-set gold files', () => {
  it('the dev set has gold files', () => {
    expect(goldFiles.length).toBeGreaterThan(0)
  })

  for (const file of goldFiles) {
    it(`${file} is well-formed`, () => {
      const stem = file.slice(0, -'.gold.json'.length)
      const article = ['.txt', '.md'].map((ext) => join(dir, stem + ext)).find((path) => existsSync(path))
      expect(article, `no ${stem}.txt or ${stem}.md beside ${file}`).toBeDefined()
      const raw: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'))
      expect(validateDevGold(raw, readSource(article as string))).toEqual([])
    })
  }
})
