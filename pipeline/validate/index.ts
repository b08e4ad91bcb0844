/**
 * validate stage: the record and the JSON-LD are checked before anything is written.
 *
 * - the extraction record against schemas/extraction.schema.json, and every span against the text;
 * - the JSON-LD document against schemas/jsonld.schema.json.
 *
 * Each violation becomes a fatal vfile message naming the JSON path and the rule; the pipeline
 * then drops both outputs of the article, so a bad record is never written.
 */
import type {VFile} from 'vfile'
import {checkGrounding} from './grounding.js'
import {checkSchema} from './schemas.js'

/** The unified plugin. */
export default function validate() {
  return function transformer(_tree: unknown, file: VFile): void {
    const {record, jsonld, view} = file.data
    if (!record || !jsonld || !view) return
    let failed = false
    const fail = (reason: string, ruleId: string) => {
      const message = file.message(reason, {ruleId, source: 'validate'})
      message.fatal = true
      failed = true
    }
    for (const violation of checkSchema('extraction', record)) {
      fail(`extraction record ${violation.path}: ${violation.message} (rule ${violation.rule})`, 'schema')
    }
    for (const violation of checkGrounding(record, view.source)) {
      fail(`extraction record ${violation.path}: ${violation.message}`, 'grounding')
    }
    for (const violation of checkSchema('jsonld', jsonld)) {
      fail(`JSON-LD ${violation.path}: ${violation.message} (rule ${violation.rule})`, 'schema')
    }
    if (failed) throw new Error('validation failed')
  }
}
