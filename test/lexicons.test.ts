/**
 * Every lexicon file of every stage says what it is, and lists each entry once.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

const root = new URL('../pipeline/', import.meta.url).pathname

function lexiconFiles(): string[] {
  const files: string[] = []
  for (const stage of readdirSync(root, {withFileTypes: true})) {
    if (!stage.isDirectory()) continue
    const folder = join(root, stage.name, 'lexicon')
    let names: string[] = []
    try {
      names = readdirSync(folder)
    } catch {
      continue
    }
    for (const name of names) if (name.endsWith('.tsv')) files.push(join(folder, name))
  }
  return files.sort()
}

describe('lexicon files', () => {
  const files = lexiconFiles()

  it('exist in several stages', () => {
    expect(files.length).toBeGreaterThan(20)
  })

  it.each(files.map((file) => [file.slice(root.length), file]))('%s opens with a header and repeats no row', (_, file) => {
    const lines = readFileSync(file, 'utf8').split('\n')
    expect(lines[0]?.startsWith('#')).toBe(true)
    const rows = lines.filter((line) => line.trim() !== '' && !line.startsWith('#'))
    const seen = new Set<string>()
    const repeated = rows.filter((row) => seen.has(row) || !seen.add(row))
    expect(repeated).toEqual([])
  })
})
