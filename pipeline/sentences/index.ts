/**
 * sentences stage: fill `view.sentences` from the paragraphs found by the parse stage.
 */
import type {VFile} from 'vfile'
import {splitSentences} from './split.js'

export {splitSentences}

/** The unified plugin. */
export default function sentences() {
  return function transformer(_tree: unknown, file: VFile): void {
    const view = file.data.view
    if (!view) return
    view.sentences = splitSentences(view.text, view.paragraphs)
  }
}
