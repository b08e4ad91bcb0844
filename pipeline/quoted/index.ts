/**
 * quoted stage: every span between quotation marks (and every dialogue line), classified as
 * speech, title or scare quotes, so that entities can take titles and quotations take speech.
 *
 * A quotation mark that cannot be paired is reported as a warning at its position: the article
 * is still processed, and the unpaired mark opens nothing.
 */
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {findQuoted, unbalancedMarks} from './find.js'

export {findQuoted, unbalancedMarks}

/** The unified plugin: `file.data.quoted`. */
export default function quoted() {
  return function transformer(_tree: unknown, file: VFile): void {
    const view = file.data.view
    if (!view) return
    file.data.quoted = findQuoted(view)
    const place = location(file)
    for (const offset of unbalancedMarks(view)) {
      const start = place.toPoint(offset)
      const end = place.toPoint(offset + 1)
      file.message(`unbalanced quotation mark ${JSON.stringify(view.source.charAt(offset))}: no matching mark, nothing quoted from here`, {
        place: start && end ? {start, end} : undefined,
        ruleId: 'unbalanced-quote',
        source: 'quoted'
      })
    }
  }
}
