/**
 * One evaluation pass: run the pipeline over every document of a gold set, one after another in this
 * process, score each, and sum up. A failing article is counted, reported and skipped over.
 */
import type {GoldSet} from './gold.js'
import {predictDocument, type PredictOptions} from './predict.js'
import type {EvalResult} from './report.js'
import {scoreDocument, summarize, type DocumentScore} from './score.js'

/** Options of an evaluation pass. */
export interface EvaluateOptions extends PredictOptions {
  /** Called after each document (progress display). */
  onDocument?: (id: string, index: number, total: number) => void
}

/** Run the pipeline over a gold set and score it. */
export async function evaluate(set: GoldSet, options: EvaluateOptions = {}): Promise<EvalResult> {
  const failed: EvalResult['failed'] = []
  const perDocument: DocumentScore[] = []
  for (const [index, doc] of set.documents.entries()) {
    const outcome = await predictDocument(doc, options)
    if (outcome.failure !== null) failed.push({id: doc.id, reason: outcome.failure})
    perDocument.push(scoreDocument(doc, outcome.prediction))
    options.onDocument?.(doc.id, index, set.documents.length)
  }
  return {
    name: set.name,
    documents: set.documents.length,
    partial: options.partial === true,
    failed,
    skipped: set.skipped,
    summary: summarize(perDocument),
    perDocument
  }
}
