/**
 * view: from an mdast tree and its source, the prose-only text view and its paragraphs.
 *
 * Prose is what `text` nodes cover. Every other character (Markdown syntax, link targets, code,
 * HTML, front matter) becomes a space in the view; line breaks are kept, so lines and offsets
 * are the same as in the source.
 *
 * The view also evens out the white space a file may be saved with, one character for one so that
 * offsets do not move: every line break is a single `\n` (the `\r` of a CRLF becomes a space, a
 * lone `\r` (old Mac line end) becomes `\n`), and tabs, form feeds and the other space characters
 * (no-break space, narrow no-break space before French punctuation, thin space …) are plain spaces.
 * Extractors can then match `\n`, `$` and ` ` without caring how the file was written.
 */
import type {Nodes, Root} from 'mdast'
import type {Paragraph} from '../types.js'

/** Block nodes whose inline content is prose. */
const proseBlocks = new Set(['paragraph', 'heading', 'tableCell'])

/** Build the masked text: prose characters kept, everything else blanked, line breaks kept. */
export function maskedText(tree: Root, source: string): string {
  const even = evenWhiteSpace(source)
  const chars: string[] = Array.from({length: source.length}, (_, index) => (even.charAt(index) === '\n' ? '\n' : ' '))
  visit(tree, (node) => {
    if (node.type !== 'text') return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    for (let index = start; index < end; index++) chars[index] = even.charAt(index)
  })
  return chars.join('')
}

/**
 * `source` with its white space evened out, character for character (same length, same offsets):
 * line ends as `\n` (CRLF's `\r` as a space, a lone `\r` as `\n`), tabs and other spaces as ` `.
 * For code that must read the source itself (Markdown emphasis, list layout) line by line.
 */
export function evenWhiteSpace(source: string): string {
  return source.replace(/\r\n?|[\t\v\f\p{Zs}]/gu, (match) => (match === '\r\n' ? ' \n' : match === '\r' ? '\n' : ' '))
}

/**
 * Paragraphs: each prose block of the tree, split at line breaks that start a new line of prose.
 *
 * Plain-text articles put one paragraph per line, and remark joins consecutive lines into one
 * paragraph; a hard-wrapped paragraph continues on a line that starts in lower case. So a line
 * break ends a paragraph unless the next line starts with a lower-case letter.
 */
export function paragraphsOf(tree: Root, text: string): Paragraph[] {
  const paragraphs: Paragraph[] = []
  visit(tree, (node) => {
    if (!proseBlocks.has(node.type)) return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    for (const part of splitLines(text, start, end)) paragraphs.push(part)
    return false
  })
  return paragraphs.sort((a, b) => a.start - b.start)
}

/** Split `[start, end)` of `text` at line breaks not followed by a lower-case continuation. */
function splitLines(text: string, start: number, end: number): Paragraph[] {
  const parts: Paragraph[] = []
  let from = start
  const breaks = /\n[ \t]*/g
  breaks.lastIndex = start
  let match: RegExpExecArray | null
  while ((match = breaks.exec(text)) && match.index < end) {
    const next = text.charAt(match.index + match[0].length)
    if (/\p{Ll}/u.test(next)) continue
    pushTrimmed(parts, text, from, match.index)
    from = match.index + match[0].length
  }
  pushTrimmed(parts, text, from, end)
  return parts
}

/** Add `[start, end)` without surrounding white space, if anything is left. */
function pushTrimmed(parts: Paragraph[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text.charAt(start))) start++
  while (end > start && /\s/.test(text.charAt(end - 1))) end--
  if (end > start) parts.push({start, end})
}

/** Depth-first walk; returning false from the visitor skips the node's children. */
function visit(node: Nodes, visitor: (node: Nodes) => boolean | void): void {
  if (visitor(node) === false) return
  if ('children' in node) for (const child of node.children) visit(child as Nodes, visitor)
}
