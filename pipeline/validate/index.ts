/**
 * validate stage: the record and the JSON-LD are checked before anything is written.
 *
 * - the extraction record against schemas/extraction.schema.json, and every span against the text;
 * - the JSON-LD document against schemas/jsonld.schema.json;
 * - every JSON-LD type, property and value against the schema.org 30.0 vocabulary;
 * - the JSON-LD expanded offline in jsonld.js safe mode, which must drop nothing.
 *
 * Each violation becomes a fatal vfile message naming the JSON path (or node) and the rule; the
 * pipeline then drops both outputs of the article, so a bad record is never written.
 */
import type {VFile} from 'vfile'
import {expandOffline} from '../emit/loader.js'
import {checkGrounding} from './grounding.js'
import {checkSchema} from './schemas.js'
import {checkVocabulary} from './vocabulary.js'

/** The unified plugin. */
export default function validate() {
  return async function transformer(_tree: unknown, file: VFile): Promise<void> {
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
    for (const violation of checkVocabulary(jsonld)) {
      fail(`JSON-LD node ${violation.node}, property ${violation.property}: ${violation.message} (schema.org rule ${violation.rule})`, 'vocabulary')
    }
    try {
      await expandOffline(jsonld)
    } catch (error) {
      fail(`JSON-LD expansion (safe mode): ${error instanceof Error ? error.message : String(error)}`, 'expansion')
    }
    if (failed) throw new Error('validation failed')
  }
}
