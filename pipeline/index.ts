/**
 * The pipeline: one unified processor, its stages in order.
 *
 *   parse → sentences → language → quoted → entities → people → dates → quotations → facts → emit → validate
 *
 * Each stage is a plugin from the folder of the same name; it reads what earlier stages left on
 * `file.data` (typed in ./data.ts) and writes its own result there. Problems are vfile messages
 * with positions; a fatal one stops the article and leaves no record.
 */
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import './data.js'
import dates from './dates/index.js'
import emit, {type EmitOptions} from './emit/index.js'
import entities from './entities/index.js'
import facts from './facts/index.js'
import language from './language/index.js'
import {compose, groundInSource} from './parse/compose.js'
import parse, {decode} from './parse/index.js'
import people from './people/index.js'
import quotations from './quotations/index.js'
import quoted from './quoted/index.js'
import sentences from './sentences/index.js'
import type {Lang, TextView} from './types.js'
import validate from './validate/index.js'

export type {EmitOptions}

/** Options of one run. */
export interface ProcessOptions extends EmitOptions {
  /** Largest article accepted, in bytes (default 5 MB). */
  maxBytes?: number
}

/** Default size limit: far above any article, low enough to refuse a dump by mistake. */
export const defaultMaxBytes = 5 * 1024 * 1024

/** Build the frozen processor for a run. */
export function createProcessor(options: EmitOptions = {}) {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(parse)
    .use(sentences)
    .use(language)
    .use(quoted)
    .use(entities)
    .use(people)
    .use(dates)
    .use(quotations)
    .use(facts)
    .use(emit, options)
    .use(validate)
    .freeze()
}

/** One article to process: its path (for messages and names) and its bytes or text. */
export interface ArticleInput {
  path: string
  value: string | Uint8Array
}

/**
 * Run the whole pipeline over one article.
 *
 * Never throws for bad input: the returned file carries a fatal message instead of
 * `data.record` and `data.jsonld`.
 */
export async function processArticle(input: ArticleInput, options: ProcessOptions = {}): Promise<VFile> {
  const file = new VFile({path: input.path})
  try {
    const text = toText(input.value, file, options.maxBytes ?? defaultMaxBytes)
    // a decomposed (NFD) text is processed composed; its record is grounded back in the text as read
    const composed = compose(text)
    file.value = composed ? composed.text : text
    const processor = createProcessor(options)
    await processor.run(processor.parse(file), file)
    if (composed && file.data.record) file.data.record = groundInSource(file.data.record, text, composed.toSource)
  } catch (error) {
    if (!file.messages.some((message) => message.fatal)) {
      const reason = error instanceof Error ? error.message : String(error)
      try {
        file.fail(`internal error: ${reason}`, undefined, 'pipeline:internal')
      } catch {
        // the message is recorded on the file
      }
    }
    delete file.data.record
    delete file.data.jsonld
  }
  return file
}

/** Decode bytes (or take text), enforcing the size limit; failures are fatal file messages. */
function toText(value: string | Uint8Array, file: VFile, maxBytes: number): string {
  const bytes = typeof value === 'string' ? Buffer.byteLength(value) : value.byteLength
  if (bytes > maxBytes) {
    file.fail(`file too large: ${(bytes / 1048576).toFixed(1)} MB, the limit is ${(maxBytes / 1048576).toFixed(1)} MB (see --max-bytes)`, undefined, 'parse:too-large')
  }
  if (typeof value === 'string') return value.charCodeAt(0) === 0xfeff ? value.slice(1) : value
  const decoded = decode(value)
  if (!decoded.ok) file.fail(decoded.reason, undefined, 'parse:encoding')
  return decoded.value
}

/**
 * The text view of a source, as the first three stages make it (for tests and tools).
 *
 * @param options.language skip detection and use this language.
 */
export function textView(source: string, options: {language?: Lang; path?: string} = {}): TextView {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(parse).use(sentences)
  const file = new VFile({path: options.path ?? 'input.txt', value: source})
  processor.runSync(processor.parse(file), file)
  const view = file.data.view as TextView
  if (options.language) view.language = options.language
  else {
    unified().use(language).runSync({type: 'root', children: []} as never, file)
  }
  return view
}
