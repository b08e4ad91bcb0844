/**
 * Run the pipeline on one gold document and turn its output into a `Prediction` for the scorer.
 *
 * The richer internal data on `file.data` is preferred to the extraction record where it carries more
 * (mention kinds, quotation fragments and speaker mentions, TimeML types). An article fails when
 * `processArticle` throws, when a fatal message is reported, or when no record comes out; a failed
 * article predicts nothing (unless `partial` is set), so its gold all counts as missed.
 */
import type {VFile} from 'vfile'
import {processArticle} from '../pipeline/index.js'
import type {DateMention, Entity, ExtractionRecord, Fact, Quotation} from '../pipeline/types.js'
import type {GoldDocument} from './gold.js'
import {EMPTY_PREDICTION, type Prediction} from './score.js'

/** How to read the pipeline's output. */
export interface PredictOptions {
  /**
   * Keep only mentions that name the entity (drop role anaphora such as "la réalisatrice"): the
   * named-entity corpora annotate names only. Needs the mention kinds of `file.data.entities`.
   */
  namesOnly?: boolean
  /**
   * Score what the stages left on `file.data` even when the article failed (a fatal message, no
   * record): for stage developers while a later stage (emit, validate) rejects the article. The
   * article is still reported as failed. Off by default: a failed article predicts nothing.
   */
  partial?: boolean
}

/** The outcome of one article: its prediction, or why it failed (with an empty prediction). */
export interface ArticleOutcome {
  prediction: Prediction
  failure: string | null
}

/** What this harness reads on `file.data` (typed here so it does not depend on the DataMap augmentation). */
interface PipelineData {
  record?: ExtractionRecord
  entities?: Entity[]
  dates?: DateMention[]
  quotations?: Quotation[]
  facts?: Fact[]
}

/** Run the pipeline on one document; never throws. */
export async function predictDocument(doc: GoldDocument, options: PredictOptions = {}): Promise<ArticleOutcome> {
  let file: VFile
  try {
    file = await processArticle({path: doc.path, value: doc.source}, {})
  } catch (error) {
    return {prediction: EMPTY_PREDICTION, failure: `threw: ${describe(error)}`}
  }
  const fatal = file.messages.filter((m) => m.fatal === true)
  const data = file.data as PipelineData
  if (fatal.length > 0 || !data.record) {
    const first = fatal[0]
    const failure = first
      ? `${first.reason}${fatal.length > 1 ? ` (and ${fatal.length - 1} more fatal message${fatal.length > 2 ? 's' : ''})` : ''}`
      : 'no extraction record'
    return {prediction: options.partial ? toPrediction(data, options) : EMPTY_PREDICTION, failure}
  }
  return {prediction: toPrediction(data, options), failure: null}
}

/** Build a `Prediction` from the data the pipeline left on a file (pure). */
export function toPrediction(data: PipelineData, options: PredictOptions = {}): Prediction {
  const record = data.record
  const entities = data.entities
    ? data.entities.map((e) => ({
        id: e.id,
        type: e.type,
        name: e.name,
        aliases: e.aliases,
        mentions: e.mentions
          .filter((m) => !options.namesOnly || m.kind !== 'role')
          .map((m) => ({start: m.start, end: m.end, text: m.text, kind: m.kind}))
      }))
    : (record?.entities ?? []).map((e) => ({id: e.id, type: e.type, name: e.name, aliases: e.aliases, mentions: e.mentions}))
  const dates = data.dates
    ? data.dates.map((d) => ({start: d.start, end: d.end, text: d.text, value: d.value, type: d.type}))
    : (record?.dates ?? []).map((d) => ({start: d.start, end: d.end, text: d.text, value: d.value}))
  const quotations = data.quotations
    ? data.quotations.map((q) => ({
        start: q.start,
        end: q.end,
        text: q.text,
        speaker: q.speaker,
        speakerMention: q.speakerMention,
        fragments: q.fragments
      }))
    : (record?.quotations ?? []).map((q) => ({start: q.start, end: q.end, text: q.text, speaker: q.speaker}))
  const facts = (record?.facts ?? data.facts ?? []).map((f) => ({subject: f.subject, predicate: f.predicate, object: f.object}))
  return {entities, dates, quotations, facts}
}

/** A one-line description of a thrown value. */
function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return String(error)
}
