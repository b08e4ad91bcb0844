/**
 * find: every span between quotation marks, and every line of dialogue, classified.
 *
 * Runs before entities (which take titles from it) and quotations (which take speech).
 */
import type {QuotedSpan, TextView} from '../types.js'
import {classify} from './classify.js'
import {pairMarks} from './marks.js'

/**
 * Every quoted span of the view, sorted by start (an enclosing span before the spans inside it).
 *
 * `kind` says what the marks enclose; `open`/`close` are the offsets of the marks (`close` is null
 * for dialogue lines and for the pieces of a quotation that goes on in the next paragraph).
 */
export function findQuoted(view: TextView): QuotedSpan[] {
  const {spans} = pairMarks(view)
  const kinds = classify(view, spans)
  return spans.map((span, index) => ({
    start: span.start,
    end: span.end,
    text: view.source.slice(span.start, span.end),
    kind: kinds[index] ?? 'speech',
    open: span.open,
    close: span.close
  }))
}

/** Offsets of quotation marks that could not be paired (for a warning; they yield no span). */
export function unbalancedMarks(view: TextView): number[] {
  return pairMarks(view).unbalanced
}
