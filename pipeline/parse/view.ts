/**
 * view: from an mdast tree and its source, the prose-only text view and its paragraphs.
 *
 * Prose is what `text` nodes cover. Every other character (Markdown syntax, link targets, code,
 * HTML, front matter) becomes a space in the view; line breaks are kept, so lines and offsets
 * are the same as in the source.
 */
import type {Nodes, Root} from 'mdast'
import type {Paragraph} from '../types.js'

/** Block nodes whose inline content is prose. */
const proseBlocks = new Set(['paragraph', 'heading', 'tableCell'])

/** Build the masked text: prose characters kept, everything else blanked, line breaks kept. */
export function maskedText(tree: Root, source: string): string {
  const chars: string[] = Array.from({length: source.length}, (_, index) => {
    const char = source.charAt(index)
    return char === '\n' || char === '\r' ? char : ' '
  })
  visit(tree, (node) => {
    if (node.type !== 'text') return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    for (let index = start; index < end; index++) chars[index] = source.charAt(index)
  })
  return chars.join('')
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
  const breaks = /\r?\n[ \t]*/g
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
