/**
 * parse stage: front matter, the prose-only text view and its paragraphs.
 *
 * remark-parse (with remark-frontmatter) has already turned the file into mdast; this transformer
 * reads the YAML front matter, blanks everything that is not prose, and finds the paragraphs.
 * Sentences and language are filled in by the next stages.
 */
import type {Root, Yaml} from 'mdast'
import type {VFile} from 'vfile'
import {parse as parseYaml, YAMLParseError} from 'yaml'
import type {FrontMatter, TextView} from '../types.js'
import {maskedText, paragraphsOf} from './view.js'

export {decode} from './decode.js'
export {evenWhiteSpace} from './view.js'

/** The unified plugin: `file.data.frontMatter` and `file.data.view`. */
export default function parse() {
  return function transformer(tree: Root, file: VFile): void {
    const source = String(file.value)
    if (source.trim() === '') file.fail('empty article: the file has no text', undefined, 'parse:empty')
    const frontMatter = readFrontMatter(tree, file)
    const text = maskedText(tree, source)
    const paragraphs = paragraphsOf(tree, text)
    if (paragraphs.length === 0) file.fail('no prose: the file holds no paragraph of text', undefined, 'parse:no-prose')
    file.data.frontMatter = frontMatter
    file.data.view = {
      source,
      text,
      paragraphs,
      sentences: [],
      language: 'fr',
      anchorDate: anchorDate(frontMatter.date)
    }
  }
}

/** Read the YAML front matter node, if any; a malformed one is a fatal error at its position. */
function readFrontMatter(tree: Root, file: VFile): FrontMatter {
  const node = tree.children.find((child): child is Yaml => child.type === 'yaml')
  if (!node) return {}
  let data: unknown
  try {
    // The YAML parser reads LF and CRLF line ends but not a lone CR (old Mac files).
    data = parseYaml(node.value.replace(/\r\n?/g, '\n'))
  } catch (error) {
    const reason = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error)
    file.fail(`invalid YAML front matter: ${reason}`, node, 'parse:front-matter')
  }
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    file.fail('invalid front matter: expected `key: value` pairs', node, 'parse:front-matter')
  }
  const result: FrontMatter = {}
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    result[key] = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value
  }
  for (const key of ['title', 'date', 'url', 'lang', 'image'] as const) {
    if (result[key] !== undefined && typeof result[key] !== 'string') {
      file.fail(`invalid front matter: \`${key}\` must be a string`, node, 'parse:front-matter')
    }
  }
  if (result.date !== undefined && anchorDate(result.date) === null) {
    file.fail(`invalid front matter: \`date\` is not an ISO 8601 date: ${result.date}`, node, 'parse:front-matter')
  }
  if (result.url !== undefined && !/^https?:\/\/\S+$/.test(result.url)) {
    file.fail(`invalid front matter: \`url\` is not an http(s) address: ${result.url}`, node, 'parse:front-matter')
  }
  return result
}

/** The ISO date part of a front-matter date (`2013-01-14`, `2013-01-14T09:00:00Z`, `2013-01`), or null. */
export function anchorDate(value: string | undefined): string | null {
  if (!value) return null
  const match = /^(\d{4})(-\d{2}(-\d{2})?)?(?=$|[T ])/.exec(value.trim())
  return match ? match[0] : null
}

export type {TextView}
