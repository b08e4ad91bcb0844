import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {main} from '../pipeline/cli/main.js'

/** Run the command line with captured streams. */
async function run(args: string[], stdin = '') {
  const input = new PassThrough()
  input.end(stdin)
  let out = ''
  let err = ''
  const stdout = {write: (chunk: string) => ((out += chunk), true)}
  const stderr = {write: (chunk: string) => ((err += chunk), true)}
  const code = await main(args, {stdin: input, stdout, stderr} as never)
  return {code, out, err}
}

const good = 'Le film Les Glaneurs et la Glaneuse est réalisé par Agnès Varda en 2000. « Je filme ce que je vois », dit Agnès Varda.\n'

describe('command line', () => {
  it('processes a folder: outputs for good files, clear messages and exit 1 for bad ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'film-extract-'))
    const input = join(dir, 'in')
    const output = join(dir, 'out')
    const {mkdirSync} = await import('node:fs')
    mkdirSync(input)
    writeFileSync(join(input, 'good.txt'), good)
    writeFileSync(join(input, 'empty.txt'), '   \n')
    writeFileSync(join(input, 'latin1.txt'), Buffer.from([0x4c, 0x65, 0x20, 0xe9, 0x74, 0xe9]))
    writeFileSync(join(input, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]))
    writeFileSync(join(input, 'german.txt'), 'Die Regisseurin drehte den Film im Jahr 2009, nachdem sie den Künstler zwei Jahre lang begleitet hatte.\n')
    writeFileSync(join(input, 'huge.txt'), Buffer.alloc(20 * 1024 * 1024, 'a'))
    // a stale output of a file that now fails must disappear
    mkdirSync(output)
    writeFileSync(join(output, 'empty.extraction.json'), '{}')

    const {code, err} = await run(['--output', output, input])
    expect(code).toBe(1)
    expect(readdirSync(output).sort()).toEqual(['good.extraction.json', 'good.jsonld'])
    expect(err).toContain('empty.txt')
    expect(err).toMatch(/latin1\.txt[\s\S]*invalid UTF-8 at byte 3/)
    expect(err).toMatch(/binary\.md[\s\S]*binary content/)
    expect(err).toMatch(/german\.txt[\s\S]*unsupported language/)
    expect(err).toMatch(/huge\.txt[\s\S]*file too large: 20\.0 MB/)
    const record = JSON.parse(readFileSync(join(output, 'good.extraction.json'), 'utf8'))
    expect(record.source.file).toBe('good.txt')
  }, 120_000)

  it('reads stdin and writes the JSON-LD to stdout', async () => {
    const {code, out} = await run(['--output', '-'], good)
    expect(code).toBe(0)
    expect(JSON.parse(out)['@context']).toBe('https://schema.org')
  })

  it('writes the html and nquads formats', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'film-extract-'))
    writeFileSync(join(dir, 'a.txt'), good)
    expect((await run(['--output', join(dir, 'html'), '--format', 'html', join(dir, 'a.txt')])).code).toBe(0)
    expect(readFileSync(join(dir, 'html', 'a.html'), 'utf8')).toMatch(/^<script type="application\/ld\+json">/)
    expect((await run(['--output', join(dir, 'nq'), '--format', 'nquads', join(dir, 'a.txt')])).code).toBe(0)
    expect(readFileSync(join(dir, 'nq', 'a.nq'), 'utf8')).toMatch(/<http:\/\/schema\.org\/name>/)
  })

  it('rejects unknown options and formats with exit 2', async () => {
    expect((await run(['--format', 'xml', 'x.txt'])).code).toBe(2)
    expect((await run(['--nope'])).code).toBe(2)
  })

  it('reports a missing path and still fails the run', async () => {
    const {code, err} = await run(['/nonexistent/article.txt'])
    expect(code).toBe(1)
    expect(err).toContain('/nonexistent/article.txt: no such file or folder')
  })
})
