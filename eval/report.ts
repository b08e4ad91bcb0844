/**
 * Presentation of evaluation results: the fixed-width tables printed by `run.ts`, the deterministic
 * JSON written beside them, and the F1 floor kept in `test/dev-floor.json`. Pure functions.
 */
import type {DocumentScore, ErrorItem, Metric, Summary} from './score.js'

/** Everything one evaluation run found for one gold set. */
export interface EvalResult {
  /** Gold set name (`dev`, `fr-timebank` …). */
  name: string
  documents: number
  /** Whether failed articles were scored on what their stages produced (`--partial`). */
  partial: boolean
  /** Articles the pipeline failed on (their gold counts as missed unless `partial`). */
  failed: Array<{id: string; reason: string}>
  /** Gold files that could not be read or had no article. */
  skipped: Array<{file: string; reason: string}>
  summary: Summary
  perDocument: DocumentScore[]
}

/** Headline categories, in table order; per-type and per-predicate rows follow their headline. */
export const HEADLINE_CATEGORIES = [
  'entities',
  'mentions.strict',
  'mentions.overlap',
  'dates.strict',
  'dates.overlap',
  'dates',
  'quotations',
  'speakers',
  'facts'
] as const

/** The ordered category names of a summary: each headline, then its breakdown rows. */
export function categoryOrder(summary: Summary): string[] {
  const keys = Object.keys(summary.categories)
  const order: string[] = []
  for (const head of HEADLINE_CATEGORIES) {
    if (!(head in summary.categories)) continue
    order.push(head)
    const children = keys.filter((k) => k.startsWith(head + '.') && !HEADLINE_CATEGORIES.includes(k as never)).sort()
    order.push(...children)
  }
  for (const key of keys.sort()) if (!order.includes(key)) order.push(key)
  return order
}

/** The summary table: one row per category with P, R, F1 and tp/fp/fn, then value accuracy. */
export function formatSummary(result: EvalResult): string {
  const lines: string[] = []
  lines.push(
    `${result.name}: ${result.documents} document${result.documents === 1 ? '' : 's'}, ${result.failed.length} failed` +
      (result.skipped.length > 0 ? `, ${result.skipped.length} gold file(s) skipped` : '') +
      (result.partial && result.failed.length > 0 ? ' (--partial: failed articles scored on their stage output)' : '')
  )
  lines.push('')
  lines.push(row(['category', 'P', 'R', 'F1', 'tp', 'fp', 'fn']))
  lines.push(row(['-'.repeat(32), '-----', '-----', '-----', '-----', '-----', '-----']))
  for (const key of categoryOrder(result.summary)) {
    const m = result.summary.categories[key] as Metric
    const label = HEADLINE_CATEGORIES.includes(key as never) ? key : `  ${key}`
    lines.push(row([label, fmt(m.p), fmt(m.r), fmt(m.f1), String(m.tp), String(m.fp), String(m.fn)]))
  }
  const values = Object.keys(result.summary.values)
  if (values.length > 0) {
    lines.push('')
    lines.push(row(['value accuracy (on overlap pairs)', 'acc', 'right', 'pairs'], [34, 6, 6, 6]))
    for (const key of values) {
      const v = result.summary.values[key]
      if (!v) continue
      lines.push(row([key, fmt(v.accuracy), String(v.correct), String(v.matched)], [34, 6, 6, 6]))
    }
  }
  for (const f of result.failed) lines.push(`FAILED ${f.id}: ${shorten(f.reason, 150)}`)
  for (const s of result.skipped) lines.push(`skipped ${s.file}: ${s.reason}`)
  return lines.join('\n')
}

/** The per-document error table: for each document with errors, up to `limit` misses and false alarms. */
export function formatDetails(result: EvalResult, limit: number): string {
  const lines: string[] = []
  for (const doc of result.perDocument) {
    if (doc.misses.length === 0 && doc.falseAlarms.length === 0) continue
    const failed = result.failed.find((f) => f.id === doc.id)
    lines.push(`${doc.id}: ${doc.misses.length} missed, ${doc.falseAlarms.length} false alarm(s)${failed ? ' (FAILED)' : ''}`)
    for (const item of spread(doc.misses, limit)) lines.push(`  miss   ${formatItem(item)}`)
    if (doc.misses.length > limit) lines.push(`  miss   … ${doc.misses.length - limit} more`)
    for (const item of spread(doc.falseAlarms, limit)) lines.push(`  false  ${formatItem(item)}`)
    if (doc.falseAlarms.length > limit) lines.push(`  false  … ${doc.falseAlarms.length - limit} more`)
  }
  return lines.join('\n')
}

/** JSON text of a value with object keys sorted at every level (same input, same bytes). */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n'
}

/** The figures as a plain object for the JSON file. */
export function resultToJson(result: EvalResult): unknown {
  return {
    name: result.name,
    documents: result.documents,
    partial: result.partial,
    failed: result.failed,
    skipped: result.skipped,
    categories: result.summary.categories,
    values: result.summary.values,
    perDocument: Object.fromEntries(
      result.perDocument.map((d) => [d.id, {counts: d.counts, values: d.values, misses: d.misses, falseAlarms: d.falseAlarms}])
    )
  }
}

/** The F1 floor of a summary: each headline category's F1 rounded down to 2 decimals (null F1s left out). */
export function floorOf(summary: Summary): Record<string, number> {
  const floor: Record<string, number> = {}
  for (const key of HEADLINE_CATEGORIES) {
    const f1 = summary.categories[key]?.f1
    if (f1 === null || f1 === undefined) continue
    floor[key] = Math.floor(f1 * 100 + 1e-9) / 100
  }
  return floor
}

/** Categories whose F1 is below the floor (or missing), as readable sentences. */
export function belowFloor(summary: Summary, floor: Record<string, number>): string[] {
  const problems: string[] = []
  for (const key of Object.keys(floor).sort()) {
    const want = floor[key] as number
    const f1 = summary.categories[key]?.f1
    if (f1 === null || f1 === undefined) problems.push(`${key}: no figure (floor ${want.toFixed(2)})`)
    else if (f1 + 1e-9 < want) problems.push(`${key}: F1 ${f1.toFixed(3)} is below the floor ${want.toFixed(2)}`)
  }
  return problems
}

/** A number with 3 decimals, or a dash for null. */
function fmt(value: number | null): string {
  return value === null ? '—' : value.toFixed(3)
}

/** One fixed-width row: the first column left-aligned, the others right-aligned. */
function row(cells: string[], widths: number[] = [32, 5, 5, 5, 5, 5, 5]): string {
  return cells
    .map((cell, i) => {
      const width = widths[i] ?? 6
      return i === 0 ? cell.padEnd(width) : cell.padStart(width)
    })
    .join('  ')
    .trimEnd()
}

/** One error item on a line: category, quoted text (shortened), offsets and note. */
function formatItem(item: ErrorItem): string {
  const short = shorten(item.text, 70)
  const where = item.start !== undefined ? ` @${item.start}` : ''
  const note = item.note ? `  (${item.note})` : ''
  return `${item.category.padEnd(15)} «${short}»${where}${note}`
}

/**
 * At most `limit` items, taken in turn from each category (so one category cannot hide the others),
 * shown in their original order.
 */
export function spread(items: readonly ErrorItem[], limit: number): ErrorItem[] {
  if (items.length <= limit) return [...items]
  const queues = new Map<string, number[]>()
  items.forEach((item, i) => {
    const queue = queues.get(item.category)
    if (queue) queue.push(i)
    else queues.set(item.category, [i])
  })
  const chosen: number[] = []
  while (chosen.length < limit) {
    for (const queue of queues.values()) {
      const next = queue.shift()
      if (next !== undefined && chosen.length < limit) chosen.push(next)
    }
  }
  return chosen.sort((a, b) => a - b).map((i) => items[i] as ErrorItem)
}

/** Text on one line, cut to `max` characters with an ellipsis. */
function shorten(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ')
  return line.length > max ? line.slice(0, max - 1) + '…' : line
}

/** A copy of a JSON value with object keys in sorted order. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key])
    return out
  }
  return value
}
