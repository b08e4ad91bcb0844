/**
 * facts stage: film ↔ director, actor, subject, award, festival, date; person ↔ occupation, works.
 */
import type {VFile} from 'vfile'
import {deriveFacts} from './derive.js'

export {deriveFacts}

/** The unified plugin: `file.data.facts`. */
export default function facts() {
  return function transformer(_tree: unknown, file: VFile): void {
    const view = file.data.view
    if (!view) return
    file.data.facts = deriveFacts({view, entities: file.data.entities ?? [], dates: file.data.dates ?? []})
  }
}
