/**
 * quoted stage: every span between quotation marks (and every dialogue line), classified as
 * speech, title or scare quotes, so that entities can take titles and quotations take speech.
 */
import type {VFile} from 'vfile'
import {findQuoted} from './find.js'

export {findQuoted}

/** The unified plugin: `file.data.quoted`. */
export default function quoted() {
  return function transformer(_tree: unknown, file: VFile): void {
    const view = file.data.view
    if (!view) return
    file.data.quoted = findQuoted(view)
  }
}
