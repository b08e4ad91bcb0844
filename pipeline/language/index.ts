/**
 * language stage: `view.language` from front matter `lang`, else from the text.
 */
import type {VFile} from 'vfile'
import {detectLanguage} from './detect.js'

export {detectLanguage}

/** The unified plugin. */
export default function language() {
  return function transformer(_tree: unknown, file: VFile): void {
    const view = file.data.view
    if (!view) return
    const stated = file.data.frontMatter?.lang
    if (stated !== undefined) {
      const code = stated.toLowerCase().slice(0, 2)
      if (code !== 'fr' && code !== 'en') {
        file.fail(`unsupported language in front matter (lang: ${stated}): the pipeline reads French and English`, undefined, 'language:unsupported')
      }
      view.language = code
      return
    }
    const detected = detectLanguage(view.text)
    if (!detected.ok) file.fail(detected.reason, undefined, 'language:unsupported')
    view.language = detected.language
  }
}
