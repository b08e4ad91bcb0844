/**
 * dates stage: temporal expressions with ISO 8601 values.
 */
import type {VFile} from 'vfile'
import {extractDates} from './extract.js'

export {extractDates}

/** The unified plugin: `file.data.dates`. */
export default function dates() {
  return function transformer(_tree: unknown, file: VFile): void {
    const view = file.data.view
    if (!view) return
    file.data.dates = extractDates(view)
  }
}
