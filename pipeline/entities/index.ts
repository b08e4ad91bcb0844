/**
 * entities stage: people, organisations, places, works and events, each with all its mentions,
 * aliases and stated roles.
 */
import type {VFile} from 'vfile'
import {extractEntities} from './extract.js'

export {extractEntities}

/** The unified plugin: `file.data.entities`. */
export default function entities() {
  return function transformer(_tree: unknown, file: VFile): void {
    const view = file.data.view
    if (!view) return
    file.data.entities = extractEntities(view, file.data.quoted ?? [])
  }
}
