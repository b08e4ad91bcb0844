/**
 * grounding: every span of the record points at the text it claims.
 *
 * The stages build spans from the source, so this never fails on a correct pipeline; it is the
 * last line of defence for the promise users rely on: `text === source.slice(start, end)`.
 */
import type {ExtractionRecord} from '../types.js'

/** A span whose offsets do not give back its text, by JSON Pointer. */
export interface GroundingViolation {
  path: string
  message: string
}

/** Check every span of the record against `source`. */
export function checkGrounding(record: ExtractionRecord, source: string): GroundingViolation[] {
  const violations: GroundingViolation[] = []
  const check = (path: string, span: {start: number; end: number; text?: string}) => {
    if (!(span.start >= 0 && span.start < span.end && span.end <= source.length)) {
      violations.push({path, message: `offsets [${span.start}, ${span.end}) are not a range of the text (length ${source.length})`})
    } else if (span.text !== undefined && source.slice(span.start, span.end) !== span.text) {
      violations.push({path, message: `text ${JSON.stringify(span.text)} is not the text at [${span.start}, ${span.end})`})
    }
  }
  record.entities.forEach((entity, index) => {
    entity.mentions.forEach((mention, at) => check(`/entities/${index}/mentions/${at}`, mention))
  })
  record.dates.forEach((date, index) => check(`/dates/${index}`, date))
  record.quotations.forEach((quote, index) => check(`/quotations/${index}`, quote))
  record.facts.forEach((fact, index) => check(`/facts/${index}`, fact))
  const ids = new Set(record.entities.map((entity) => entity.id))
  record.quotations.forEach((quote, index) => {
    if (quote.speaker !== null && !ids.has(quote.speaker)) violations.push({path: `/quotations/${index}/speaker`, message: `speaker ${quote.speaker} is not an entity of the record`})
  })
  record.facts.forEach((fact, index) => {
    if (!ids.has(fact.subject)) violations.push({path: `/facts/${index}/subject`, message: `subject ${fact.subject} is not an entity of the record`})
  })
  return violations
}
