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
    // the names of works ("La Nuit du 12", « Vingt Ans ce soir ») hold no date of the text
    const works = (file.data.entities ?? []).filter((entity) => entity.type === 'CreativeWork' || entity.type === 'Movie').flatMap((entity) => entity.mentions)
    const quotedTitles = (file.data.quoted ?? []).filter((span) => span.kind === 'title')
    file.data.dates = extractDates(view, [...works, ...quotedTitles])
  }
}
