/**
 * quotations stage: direct speech and writing, with who said or wrote it.
 */
import type {VFile} from 'vfile'
import {extractQuotations} from './attribute.js'

export {extractQuotations}

/** The unified plugin: `file.data.quotations`. */
export default function quotations() {
  return function transformer(_tree: unknown, file: VFile): void {
    const view = file.data.view
    if (!view) return
    file.data.quotations = extractQuotations(view, file.data.quoted ?? [], file.data.entities ?? [], file.data.genders)
  }
}
