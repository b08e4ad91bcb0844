/**
 * film-extract: the command line (main). With ./index.ts, the only module that reads files, writes outputs, prints and
 * sets the exit code; everything else is the pure pipeline (../index.ts).
 *
 *   film-extract [options] [file or folder …]     (no path: read the article from stdin)
 *
 * For each article it writes `<name>.extraction.json` and `<name>.jsonld` (or `.html` / `.nq`
 * with --format) into --output, or the JSON-LD to stdout with `--output -`. Messages go to
 * stderr as `file:line:col` reports. Exit code 1 when any article failed, 2 on a usage error.
 */
import {mkdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {toHtml, toJsonLdText, toNquads} from '../emit/formats.js'
import {KnowledgeError, matchKnowledge, parseKnowledge, type Knowledge} from '../emit/knowledge.js'
import {documentLoader} from '../emit/loader.js'
import {toJson} from '../emit/record.js'
import {defaultMaxBytes, processArticle, type ProcessOptions} from '../index.js'
import {findArticles, outputName, removeOutputs, writeAtomic} from './files.js'

/** Output formats of the JSON-LD, with the extension of the file each writes. */
const formats = {jsonld: '.jsonld', html: '.html', nquads: '.nq'} as const
type Format = keyof typeof formats

const usage = `Usage: film-extract [options] [file or folder …]

Reads articles (.txt or .md; a folder is searched for them; no path: stdin) and writes, for each,
<name>.extraction.json (the grounded extraction record) and <name>.jsonld (schema.org JSON-LD).

Options:
  -o, --output DIR     folder to write to (default: output); "-" writes the JSON-LD to stdout
  -f, --format FORMAT  jsonld (default), html (a <script> block to paste into a page) or nquads
                       (canonical RDFC-1.0 N-Quads)
      --base URL       @id prefix for articles without a front-matter url (default: blank nodes)
      --kb FILE        knowledge file (JSON or YAML) giving sameAs links for names
      --name NAME      output name for an article read from stdin (default: stdin)
      --max-bytes N    refuse articles larger than N bytes (default: ${defaultMaxBytes})
  -q, --quiet          report only errors, not warnings
  -h, --help           show this help
`

/** Run the command line; resolves to the exit code. */
export async function main(argv: string[], io = {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr}): Promise<number> {
  let args
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: {type: 'string', short: 'o', default: 'output'},
        format: {type: 'string', short: 'f', default: 'jsonld'},
        base: {type: 'string'},
        kb: {type: 'string'},
        name: {type: 'string', default: 'stdin'},
        'max-bytes': {type: 'string'},
        quiet: {type: 'boolean', short: 'q', default: false},
        help: {type: 'boolean', short: 'h', default: false}
      }
    })
  } catch (error) {
    io.stderr.write(`film-extract: ${(error as Error).message}\n\n${usage}`)
    return 2
  }
  const {values, positionals} = args
  if (values.help) {
    io.stdout.write(usage)
    return 0
  }
  const format = values.format as Format
  if (!(format in formats)) {
    io.stderr.write(`film-extract: unknown format "${values.format}" (jsonld, html or nquads)\n`)
    return 2
  }
  const maxBytes = values['max-bytes'] === undefined ? defaultMaxBytes : Number(values['max-bytes'])
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    io.stderr.write(`film-extract: --max-bytes must be a positive whole number\n`)
    return 2
  }
  if (values.base !== undefined && !/^https?:\/\/\S+$/.test(values.base)) {
    io.stderr.write(`film-extract: --base must be an http(s) address\n`)
    return 2
  }

  let knowledge: Knowledge | undefined
  if (values.kb !== undefined) {
    try {
      knowledge = parseKnowledge(readFileSync(values.kb, 'utf8'), values.kb)
    } catch (error) {
      const reason = error instanceof KnowledgeError ? error.message : `${values.kb}: cannot read knowledge file: ${(error as Error).message}`
      io.stderr.write(`film-extract: ${reason}\n`)
      return 2
    }
  }
  const options: ProcessOptions = {base: values.base, maxBytes}
  if (knowledge) {
    const kb = knowledge
    options.sameAs = (entities) => matchKnowledge(entities, kb)
  }

  const toStdout = values.output === '-'
  let missingCount = 0
  const inputs: Array<{path: string; read: () => Uint8Array}> = []
  if (positionals.length === 0) {
    const bytes = await readAll(io.stdin)
    inputs.push({path: `${values.name}.txt`, read: () => bytes})
  } else {
    const {files, missing} = findArticles(positionals)
    for (const path of missing) io.stderr.write(`${path}: no such file or folder\n`)
    if (missing.length > 0 && files.length === 0) return 1
    for (const path of files) inputs.push({path, read: () => readFileSync(path)})
    missingCount = missing.length
  }
  if (!toStdout) mkdirSync(values.output, {recursive: true})

  const files: VFile[] = []
  const names = new Map<string, string>()
  let failed = missingCount > 0
  for (const input of inputs) {
    const name = outputName(input.path)
    const targets = toStdout ? [] : [join(values.output, `${name}.extraction.json`), join(values.output, `${name}${formats[format]}`)]
    let file: VFile
    if (names.has(name)) {
      file = new VFile({path: input.path})
      const message = file.message(`output name "${name}" is already taken by ${names.get(name)}`, {ruleId: 'cli:name'})
      message.fatal = true
    } else {
      names.set(name, input.path)
      let bytes: Uint8Array | undefined
      try {
        bytes = input.read()
      } catch (error) {
        file = new VFile({path: input.path})
        const message = file.message(`cannot read file: ${(error as Error).message}`, {ruleId: 'cli:read'})
        message.fatal = true
      }
      file = bytes ? await processArticle({path: input.path, value: bytes}, options) : file!
    }
    const {record, jsonld} = file.data
    if (record && jsonld) {
      try {
        const rendered = await render(format, jsonld)
        if (toStdout) io.stdout.write(rendered)
        else {
          writeAtomic(targets[0] as string, toJson(record))
          writeAtomic(targets[1] as string, rendered)
        }
      } catch (error) {
        removeOutputs(targets)
        const message = file.message(`cannot write output: ${(error as Error).message}`, {ruleId: 'cli:write'})
        message.fatal = true
      }
    } else {
      removeOutputs(targets)
    }
    if (file.messages.some((message) => message.fatal)) failed = true
    files.push(file)
  }

  const report = reporter(files, {quiet: values.quiet, silent: values.quiet, color: false})
  if (report) io.stderr.write(`${report}\n`)
  return failed ? 1 : 0
}

/** The JSON-LD document in the chosen format. */
async function render(format: Format, doc: object): Promise<string> {
  if (format === 'html') return toHtml(doc)
  if (format === 'nquads') return toNquads(doc, documentLoader)
  return toJsonLdText(doc)
}

/** Read a whole stream. */
async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}

