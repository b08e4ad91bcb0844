import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {afterEach, describe, expect, it} from 'vitest'
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

/** Scratch folders of the current test, removed after it whatever its outcome. */
const scratchDirs: string[] = []
function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'film-extract-'))
  scratchDirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, {recursive: true, force: true})
})

const good = 'Le film Les Glaneurs et la Glaneuse est réalisé par Agnès Varda en 2000. « Je filme ce que je vois », dit Agnès Varda.\n'

describe('command line', () => {
  it('processes a folder: outputs for good files, clear messages and exit 1 for bad ones', async () => {
    const dir = scratch()
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

  it('the same article saved as CRLF, with a BOM, or decomposed (NFD) gives the same items, grounded in the file', async () => {
    const dir = scratch()
    const text = 'Le film Les Glaneurs et la Glaneuse est réalisé par Agnès Varda.\nIl sort le 5 juillet 2000 à Paris. « Je filme ce que je vois », dit Agnès Varda.\n'
    const variants: Record<string, string> = {
      plain: text,
      crlf: text.replace(/\n/g, '\r\n'),
      bom: `\ufeff${text}`,
      nfd: text.normalize('NFD')
    }
    for (const [name, content] of Object.entries(variants)) writeFileSync(join(dir, `${name}.txt`), content)
    const {code} = await run(['-q', '--output', join(dir, 'out'), ...Object.keys(variants).map((name) => join(dir, `${name}.txt`))])
    expect(code).toBe(0)
    const summary = (name: string) => {
      const record = JSON.parse(readFileSync(join(dir, 'out', `${name}.extraction.json`), 'utf8'))
      const read = (variants[name] as string).replace(/^\ufeff/, '')
      const spans = [...record.entities.flatMap((e: {mentions: unknown[]}) => e.mentions), ...record.dates, ...record.quotations]
      for (const span of spans) expect(read.slice(span.start, span.end)).toBe(span.text)
      return {
        entities: record.entities.map((e: {id: string; mentions: unknown[]}) => `${e.id}×${e.mentions.length}`),
        dates: record.dates.map((d: {value: string}) => d.value),
        quotations: record.quotations.map((q: {speaker: string}) => q.speaker),
        facts: record.facts.map((f: {subject: string; predicate: string; object: string}) => `${f.subject} ${f.predicate} ${f.object}`)
      }
    }
    const plain = summary('plain')
    expect(plain.dates).toContain('2000-07-05')
    for (const name of ['crlf', 'bom', 'nfd']) expect(summary(name)).toEqual(plain)
  }, 120_000)

  it('reads stdin and writes the JSON-LD to stdout', async () => {
    const {code, out} = await run(['--output', '-'], good)
    expect(code).toBe(0)
    expect(JSON.parse(out)['@context']).toBe('https://schema.org')
  })

  it('writes the html and nquads formats', async () => {
    const dir = scratch()
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

describe('command line, odd but valid input', () => {
  it('an unbalanced quotation mark is a positioned warning, and the article is still written', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'quote.txt'), 'Agnès Varda a dit : « Je filme ce que je vois.\nLe film sort en 2000.\n')
    const {code, err} = await run(['--output', join(dir, 'out'), join(dir, 'quote.txt')])
    expect(code).toBe(0)
    expect(err).toMatch(/1:21-1:22\s+warning\s+unbalanced quotation mark "«"/)
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['quote.extraction.json', 'quote.jsonld'])
  })

  it('an article with no entities is written, with a warning saying so', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'plain.txt'), 'il pleut depuis ce matin et tout le monde reste à la maison.\n')
    const {code, err} = await run(['--output', join(dir, 'out'), join(dir, 'plain.txt')])
    expect(code).toBe(0)
    expect(err).toMatch(/warning\s+no entities found/)
  })
})

describe('command line, knowledge file', () => {
  it('adds sameAs links from --kb to the matching entities only', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'a.txt'), good)
    writeFileSync(
      join(dir, 'kb.yaml'),
      'entities:\n  - names: ["Agnès Varda", "Varda"]\n    type: Person\n    sameAs: ["https://www.wikidata.org/wiki/Q229990"]\n  - names: ["Nobody Here"]\n    sameAs: ["https://www.wikidata.org/wiki/Q1"]\n'
    )
    const {code} = await run(['--output', join(dir, 'out'), '--kb', join(dir, 'kb.yaml'), join(dir, 'a.txt')])
    expect(code).toBe(0)
    const graph = JSON.parse(readFileSync(join(dir, 'out', 'a.jsonld'), 'utf8'))['@graph'] as Array<Record<string, unknown>>
    const withSameAs = graph.filter((node) => node.sameAs)
    expect(withSameAs.map((node) => [node.name, node.sameAs])).toEqual([['Agnès Varda', ['https://www.wikidata.org/wiki/Q229990']]])
  })

  it('a malformed knowledge file stops the run with a message naming it', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'kb.json'), '{"entities": [{"names": ["X"], "sameAs": ["not a url"]}]}')
    const {code, err} = await run(['--output', join(dir, 'out'), '--kb', join(dir, 'kb.json'), join(dir, 'kb.json')])
    expect(code).toBe(2)
    expect(err).toMatch(/kb\.json: .*sameAs/)
  })
})

describe('command line, --quiet', () => {
  it('reports errors but not warnings', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'good.txt'), good)
    writeFileSync(join(dir, 'empty.txt'), '\n')
    const {code, err} = await run(['--quiet', '--output', join(dir, 'out'), dir])
    expect(code).toBe(1)
    expect(err).toContain('empty article')
    expect(err).not.toContain('warning')
  })
})

describe('package entry point', () => {
  it('the bin of package.json is the compiled command line (pipeline/cli/index.ts built into dist/)', () => {
    const {bin} = JSON.parse(readFileSync('package.json', 'utf8')) as {bin: Record<string, string>}
    const source = (bin['film-extract'] ?? '').replace(/^dist\//, '').replace(/\.js$/, '.ts')
    expect(source).toBe('pipeline/cli/index.ts')
    expect(readFileSync(source, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true)
  })
})
