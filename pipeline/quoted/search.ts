/**
 * search: binary searches over spans sorted by start, so that looking up the paragraph, sentence or
 * mention at an offset costs log n and the stages stay linear in the size of the text.
 */
import type {Span} from '../types.js'

/** Index of the span of `spans` (sorted, not overlapping) that holds `at`, or -1. */
export function spanAt(spans: readonly Span[], at: number, inclusiveEnd = false): number {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const span = spans[middle] as Span
    if (at < span.start) high = middle - 1
    else if (inclusiveEnd ? at > span.end : at >= span.end) low = middle + 1
    else return middle
  }
  return -1
}

/** Number of spans of `spans` (sorted by start) that start before `limit`. */
export function countBefore(spans: readonly Span[], limit: number): number {
  let low = 0
  let high = spans.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((spans[middle] as Span).start < limit) low = middle + 1
    else high = middle
  }
  return low
}
