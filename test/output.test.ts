/**
 * The committed output/ is what the code produces now: CI diffs it, and so does this test.
 * Regenerate with `make` after a change, read the diff, and commit it.
 */
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {main} from '../pipeline/cli/main.js'

const quiet = {write: () => true}

describe('committed output', () => {
  it('regenerating output/ from input/ gives the same files, byte for byte', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'film-extract-output-'))
    try {
      const code = await main(['--quiet', '--output', fresh, 'input'], {stdin: process.stdin, stdout: quiet, stderr: quiet} as never)
      expect(code).toBe(0)
      const committed = readdirSync('output').sort()
      expect(readdirSync(fresh).sort()).toEqual(committed)
      for (const name of committed) {
        expect(readFileSync(join(fresh, name), 'utf8'), `output/${name} differs from what the code produces; run make and review the diff`).toBe(
          readFileSync(join('output', name), 'utf8')
        )
      }
    } finally {
      rmSync(fresh, {recursive: true, force: true})
    }
  }, 120_000)

  it('every committed record is grounded: each span is the slice of its input', () => {
    for (const name of readdirSync('output').filter((file) => file.endsWith('.extraction.json'))) {
      const record = JSON.parse(readFileSync(join('output', name), 'utf8'))
      const source = readFileSync(join('input', record.source.file), 'utf8').replace(/^\uFEFF/, '')
      const spans = [
        ...record.entities.flatMap((entity: {mentions: unknown[]}) => entity.mentions),
        ...record.dates,
        ...record.quotations
      ] as Array<{start: number; end: number; text: string}>
      for (const span of spans) expect(source.slice(span.start, span.end)).toBe(span.text)
    }
  })
})
