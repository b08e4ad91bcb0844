/**
 * Scoring: compare one document's predictions with its gold, then micro-average over documents.
 *
 * Pure functions only. Every category pairs gold and predicted items one to one (see `match.ts`) and
 * counts true positives (paired), false positives (unpaired predictions) and false negatives
 * (unpaired gold). Categories:
 *
 * - `entities` (dev set): a gold entity is found by a predicted entity of a compatible type (Movie and
 *   CreativeWork are compatible) one of whose names (name or alias) equals one of the gold names after
 *   normalisation (`normalize.ts`). Per type: `entities.Person` …
 * - `mentions.strict` / `mentions.overlap`: entity mentions as spans; same offsets and type, or
 *   overlapping span and type. A prediction that is not paired but overlaps only gold spans of
 *   unscored labels (MISC, PRODUCT) is not a false alarm. Per type: `mentions.overlap.Person` …
 * - `dates.strict` / `dates.overlap`: detection of temporal expressions; `dates`: overlap AND equal
 *   value (the headline date figure); value accuracy on overlap pairs: `dates.value` and, when the
 *   gold gives TimeML types, `dates.value.DATE`.
 * - `quotations`: a prediction pairs with a gold quotation when it covers at least half of the gold
 *   quoted characters (the gold `fragments`).
 * - `speakers`: a paired quotation whose speaker is right; a gold null speaker needs a null
 *   prediction. Dev set: the predicted speaker entity's names meet the gold speaker's names; corpora:
 *   the predicted `speakerMention` overlaps a gold speaker mention.
 * - `facts`: same predicate, subject and object resolving to the gold ones (entity names and aliases,
 *   or equal literals after normalisation). Per predicate: `facts.director` …
 */
import type {EntityType, MentionKind, Span, TemporalType, TextSpan} from '../pipeline/types.js'
import type {GoldDocument, GoldEntity, Layer} from './gold.js'
import {intersects, nameKeys, normalizeName} from './normalize.js'
import {matchOneToOne, overlapLength, overlapLengthMany, overlaps, sameRange, totalLength} from './match.js'

// ---------------------------------------------------------------------------------------------
// predictions

/** A predicted entity (the record's entity, with mention kinds when the pipeline gives them). */
export interface PredictedEntity {
  id: string
  type: EntityType
  name: string
  aliases: string[]
  mentions: Array<TextSpan & {kind?: MentionKind}>
}

/** A predicted temporal expression. */
export interface PredictedDate extends TextSpan {
  value: string | null
  type?: TemporalType
}

/** A predicted quotation; `speaker` is an entity id. */
export interface PredictedQuotation extends TextSpan {
  speaker: string | null
  speakerMention?: TextSpan | null
  /** Quoted pieces around an incise; the whole span when absent. */
  fragments?: Span[]
}

/** A predicted fact: subject an entity id, object an entity id or a literal. */
export interface PredictedFact {
  subject: string
  predicate: string
  object: string
}

/** Everything the pipeline predicted for one document. */
export interface Prediction {
  entities: PredictedEntity[]
  dates: PredictedDate[]
  quotations: PredictedQuotation[]
  facts: PredictedFact[]
}

/** A prediction with nothing in it (what a failed article contributes). */
export const EMPTY_PREDICTION: Prediction = Object.freeze({entities: [], dates: [], quotations: [], facts: []})

// ---------------------------------------------------------------------------------------------
// results

/** True positives, false positives, false negatives of one category. */
export interface Counts {
  tp: number
  fp: number
  fn: number
}

/** Value agreement on paired items: how many pairs, how many with the gold value. */
export interface ValueCounts {
  correct: number
  matched: number
}

/** One error to show a person: a missed gold item or a false alarm. */
export interface ErrorItem {
  category: string
  text: string
  start?: number
  end?: number
  /** Type, value, speaker … whatever explains the error. */
  note?: string
}

/** The score of one document. */
export interface DocumentScore {
  id: string
  counts: Record<string, Counts>
  values: Record<string, ValueCounts>
  misses: ErrorItem[]
  falseAlarms: ErrorItem[]
}

/** Precision, recall and F1 with their counts; a ratio is null when its denominator is 0. */
export interface Metric extends Counts {
  p: number | null
  r: number | null
  f1: number | null
}

/** Value accuracy with its counts (null when nothing was paired). */
export interface ValueMetric extends ValueCounts {
  accuracy: number | null
}

/** Micro-averaged figures over a set of documents. */
export interface Summary {
  categories: Record<string, Metric>
  values: Record<string, ValueMetric>
}

// ---------------------------------------------------------------------------------------------
// document scoring

/** Score one document's predictions against its gold, on the layers the gold annotates. */
export function scoreDocument(gold: GoldDocument, prediction: Prediction): DocumentScore {
  const score: DocumentScore = {id: gold.id, counts: {}, values: {}, misses: [], falseAlarms: []}
  const layers = new Set<Layer>(gold.layers)
  const goldNames = goldNameIndex(gold.entities)
  const predNames = predictedNameIndex(prediction.entities)
  if (layers.has('entities')) scoreEntities(gold.entities, prediction.entities, score)
  if (layers.has('mentions')) scoreMentions(gold, prediction.entities, score)
  if (layers.has('dates')) scoreDates(gold, prediction.dates, score)
  if (layers.has('quotations') || layers.has('speakers')) {
    scoreQuotations(gold, prediction, goldNames, predNames, layers, score)
  }
  if (layers.has('facts')) scoreFacts(gold, prediction, goldNames, predNames, score)
  return score
}

/** Entity level: each gold entity found at most once by a compatible predicted entity. */
export function scoreEntities(gold: GoldEntity[], predicted: PredictedEntity[], score: DocumentScore): void {
  const goldKeys = gold.map((e) => nameKeys([e.name, ...e.aliases]))
  const predKeys = predicted.map((e) => nameKeys([e.name, ...e.aliases]))
  const pairs = matchOneToOne(
    gold.length,
    predicted.length,
    (g, p) => typeClass((gold[g] as GoldEntity).type) === typeClass((predicted[p] as PredictedEntity).type) &&
      intersects(goldKeys[g] as Set<string>, predKeys[p] as Set<string>),
    (g, p) => (normalizeName((gold[g] as GoldEntity).name) === normalizeName((predicted[p] as PredictedEntity).name) ? 1 : 0)
  )
  ensure(score, 'entities')
  const used = new Set<number>()
  gold.forEach((entity, g) => {
    const cls = typeClass(entity.type)
    ensure(score, `entities.${cls}`)
    const p = pairs[g] as number
    if (p >= 0) {
      used.add(p)
      add(score, ['entities', `entities.${cls}`], 'tp')
    } else {
      add(score, ['entities', `entities.${cls}`], 'fn')
      score.misses.push({category: 'entities', text: entity.name, note: entity.type})
    }
  })
  predicted.forEach((entity, p) => {
    if (used.has(p)) return
    add(score, ['entities', `entities.${typeClass(entity.type)}`], 'fp')
    score.falseAlarms.push({category: 'entities', text: entity.name, note: entity.type})
  })
}

/** Span level: entity mentions, strict (same offsets and type) and overlap (overlap and type). */
export function scoreMentions(gold: GoldDocument, predictedEntities: PredictedEntity[], score: DocumentScore): void {
  const scored = gold.mentions.filter((m) => m.type !== null)
  const unscored = gold.mentions.filter((m) => m.type === null)
  const predicted = predictedEntities
    .flatMap((e) => e.mentions.map((m) => ({start: m.start, end: m.end, text: m.text, type: e.type})))
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const sameType = (g: number, p: number): boolean =>
    typeClass((scored[g] as {type: EntityType}).type) === typeClass((predicted[p] as {type: EntityType}).type)
  /** Unpaired predictions that touch only unscored gold spans are left out. */
  const exempt = (p: number): boolean => {
    const span = predicted[p] as Span
    return unscored.some((u) => overlaps(u, span)) && !scored.some((s) => overlaps(s, span))
  }
  const levels = [
    {name: 'mentions.strict', ok: (g: number, p: number) => sameType(g, p) && sameRange(scored[g] as Span, predicted[p] as Span)},
    {name: 'mentions.overlap', ok: (g: number, p: number) => sameType(g, p) && overlaps(scored[g] as Span, predicted[p] as Span)}
  ]
  const results: number[][] = []
  for (const level of levels) {
    const pairs = matchOneToOne(scored.length, predicted.length, level.ok, (g, p) => overlapLength(scored[g] as Span, predicted[p] as Span))
    results.push(pairs)
    ensure(score, level.name)
    const used = new Set(pairs.filter((p) => p >= 0))
    scored.forEach((m, g) => {
      const key = `${level.name}.${typeClass(m.type as EntityType)}`
      ensure(score, key)
      add(score, [level.name, key], (pairs[g] as number) >= 0 ? 'tp' : 'fn')
    })
    predicted.forEach((m, p) => {
      if (used.has(p) || exempt(p)) return
      add(score, [level.name, `${level.name}.${typeClass(m.type)}`], 'fp')
    })
  }
  const [strict, loose] = results as [number[], number[]]
  const usedLoose = new Set(loose.filter((p) => p >= 0))
  scored.forEach((m, g) => {
    const p = loose[g] as number
    if (p < 0) {
      score.misses.push({category: 'mentions', text: m.text, start: m.start, end: m.end, note: m.label})
    } else if ((strict[g] as number) < 0) {
      const q = predicted[p] as TextSpan
      score.misses.push({
        category: 'mentions.strict',
        text: m.text,
        start: m.start,
        end: m.end,
        note: `${m.label}; predicted ${JSON.stringify(q.text)} [${q.start},${q.end})`
      })
    }
  })
  predicted.forEach((m, p) => {
    if (usedLoose.has(p) || exempt(p)) return
    score.falseAlarms.push({category: 'mentions', text: m.text, start: m.start, end: m.end, note: m.type})
  })
}

/** Temporal expressions: strict and overlap detection, overlap with equal value, value accuracy. */
export function scoreDates(gold: GoldDocument, predicted: PredictedDate[], score: DocumentScore): void {
  const g = gold.dates
  const prefer = (i: number, j: number): number => overlapLength(g[i] as Span, predicted[j] as Span)
  const strict = matchOneToOne(g.length, predicted.length, (i, j) => sameRange(g[i] as Span, predicted[j] as Span))
  const loose = matchOneToOne(g.length, predicted.length, (i, j) => overlaps(g[i] as Span, predicted[j] as Span), prefer)
  const valued = matchOneToOne(
    g.length,
    predicted.length,
    (i, j) => overlaps(g[i] as Span, predicted[j] as Span) && sameValue(g[i]?.value ?? null, predicted[j]?.value ?? null),
    prefer
  )
  tally(score, 'dates.strict', strict, predicted.length)
  tally(score, 'dates.overlap', loose, predicted.length)
  tally(score, 'dates', valued, predicted.length)
  const typed = g.some((d) => d.type !== null)
  score.values['dates.value'] ??= {correct: 0, matched: 0}
  if (typed) score.values['dates.value.DATE'] ??= {correct: 0, matched: 0}
  g.forEach((date, i) => {
    const j = loose[i] as number
    if (j < 0) {
      score.misses.push({category: 'dates', text: date.text, start: date.start, end: date.end, note: valueNote(date.value, date.type)})
      return
    }
    const pred = predicted[j] as PredictedDate
    const correct = sameValue(date.value, pred.value)
    const keys = ['dates.value', ...(date.type === 'DATE' ? ['dates.value.DATE'] : [])]
    for (const key of keys) {
      const v = score.values[key] as ValueCounts
      v.matched++
      if (correct) v.correct++
    }
    if (!correct) {
      score.misses.push({
        category: 'dates.value',
        text: date.text,
        start: date.start,
        end: date.end,
        note: `gold ${String(date.value)}, predicted ${String(pred.value)} for ${JSON.stringify(pred.text)}`
      })
    }
  })
  const used = new Set(loose.filter((j) => j >= 0))
  predicted.forEach((date, j) => {
    if (used.has(j)) return
    score.falseAlarms.push({category: 'dates', text: date.text, start: date.start, end: date.end, note: valueNote(date.value, date.type ?? null)})
  })
}

/** Quotations (half of the gold quoted characters covered) and their speakers. */
export function scoreQuotations(
  gold: GoldDocument,
  prediction: Prediction,
  goldNames: Map<string, Set<string>>,
  predNames: Map<string, Set<string>>,
  layers: ReadonlySet<Layer>,
  score: DocumentScore
): void {
  const g = gold.quotations
  const predicted = prediction.quotations
  const pieces = predicted.map((q) => (q.fragments && q.fragments.length > 0 ? q.fragments : [q]))
  const shared = (i: number, j: number): number => overlapLengthMany((g[i] as {fragments: Span[]}).fragments, pieces[j] as Span[])
  const pairs = matchOneToOne(
    g.length,
    predicted.length,
    (i, j) => 2 * shared(i, j) >= totalLength((g[i] as {fragments: Span[]}).fragments) && shared(i, j) > 0,
    shared
  )
  if (layers.has('quotations')) {
    tally(score, 'quotations', pairs, predicted.length)
    g.forEach((q, i) => {
      if ((pairs[i] as number) < 0) score.misses.push({category: 'quotations', text: q.text, start: q.start, end: q.end})
    })
    const used = new Set(pairs.filter((j) => j >= 0))
    predicted.forEach((q, j) => {
      if (!used.has(j)) score.falseAlarms.push({category: 'quotations', text: q.text, start: q.start, end: q.end})
    })
  }
  if (!layers.has('speakers')) return
  ensure(score, 'speakers')
  const counts = score.counts.speakers as Counts
  let right = 0
  g.forEach((q, i) => {
    const j = pairs[i] as number
    const pred = j >= 0 ? (predicted[j] as PredictedQuotation) : null
    if (!pred) return
    const ok =
      gold.speakerBy === 'entity'
        ? sameSpeakerEntity(q.speaker, pred.speaker, goldNames, predNames)
        : sameSpeakerMention(q.speakerMentions, pred.speakerMention ?? null)
    if (ok) {
      right++
      return
    }
    const goldSpeaker = gold.speakerBy === 'entity' ? String(q.speaker) : q.speakerMentions.map((m) => m.text).join(' / ') || 'null'
    const predSpeaker =
      gold.speakerBy === 'entity'
        ? displayName(prediction.entities, pred.speaker)
        : pred.speakerMention ? `${pred.speakerMention.text} [${pred.speakerMention.start},${pred.speakerMention.end})` : 'null'
    score.misses.push({category: 'speakers', text: q.text, start: q.start, end: q.end, note: `gold ${goldSpeaker}, predicted ${predSpeaker}`})
  })
  counts.tp += right
  counts.fp += predicted.length - right
  counts.fn += g.length - right
}

/** Facts: same predicate, subject and object resolving to the gold ones. */
export function scoreFacts(
  gold: GoldDocument,
  prediction: Prediction,
  goldNames: Map<string, Set<string>>,
  predNames: Map<string, Set<string>>,
  score: DocumentScore
): void {
  const g = gold.facts
  const predicted = prediction.facts
  const goldKeys = g.map((f) => ({s: resolve(goldNames, f.subject), o: resolve(goldNames, f.object)}))
  const predKeys = predicted.map((f) => ({s: resolve(predNames, f.subject), o: resolve(predNames, f.object)}))
  const pairs = matchOneToOne(g.length, predicted.length, (i, j) => {
    const a = goldKeys[i] as {s: Set<string>; o: Set<string>}
    const b = predKeys[j] as {s: Set<string>; o: Set<string>}
    return g[i]?.predicate === predicted[j]?.predicate && intersects(a.s, b.s) && intersects(a.o, b.o)
  })
  ensure(score, 'facts')
  const used = new Set<number>()
  g.forEach((fact, i) => {
    const key = `facts.${fact.predicate}`
    ensure(score, key)
    const j = pairs[i] as number
    if (j >= 0) {
      used.add(j)
      add(score, ['facts', key], 'tp')
    } else {
      add(score, ['facts', key], 'fn')
      score.misses.push({category: 'facts', text: `${fact.subject} ${fact.predicate} ${fact.object}`})
    }
  })
  predicted.forEach((fact, j) => {
    if (used.has(j)) return
    add(score, ['facts', `facts.${fact.predicate}`], 'fp')
    score.falseAlarms.push({
      category: 'facts',
      text: `${displayName(prediction.entities, fact.subject)} ${fact.predicate} ${displayName(prediction.entities, fact.object)}`
    })
  })
}

// ---------------------------------------------------------------------------------------------
// aggregation

/** Micro-average: add up the counts of every document, then compute the ratios. */
export function summarize(documents: readonly DocumentScore[]): Summary {
  const counts: Record<string, Counts> = {}
  const values: Record<string, ValueCounts> = {}
  for (const doc of documents) {
    for (const [key, c] of Object.entries(doc.counts)) {
      const total = (counts[key] ??= {tp: 0, fp: 0, fn: 0})
      total.tp += c.tp
      total.fp += c.fp
      total.fn += c.fn
    }
    for (const [key, v] of Object.entries(doc.values)) {
      const total = (values[key] ??= {correct: 0, matched: 0})
      total.correct += v.correct
      total.matched += v.matched
    }
  }
  const summary: Summary = {categories: {}, values: {}}
  for (const key of Object.keys(counts).sort()) summary.categories[key] = metric(counts[key] as Counts)
  for (const key of Object.keys(values).sort()) {
    const v = values[key] as ValueCounts
    summary.values[key] = {...v, accuracy: ratio(v.correct, v.matched)}
  }
  return summary
}

/** Precision, recall and F1 of counts. */
export function metric(c: Counts): Metric {
  return {
    ...c,
    p: ratio(c.tp, c.tp + c.fp),
    r: ratio(c.tp, c.tp + c.fn),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn)
  }
}

// ---------------------------------------------------------------------------------------------
// helpers

/** The class a type is compared under: Movie counts as CreativeWork. */
export function typeClass(type: EntityType): EntityType {
  return type === 'Movie' ? 'CreativeWork' : type
}

/** `a / b`, or null when `b` is 0. */
function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b
}

/** Make sure a category exists in the document's counts (so a category with no items still shows). */
function ensure(score: DocumentScore, key: string): Counts {
  return (score.counts[key] ??= {tp: 0, fp: 0, fn: 0})
}

/** Add one to a count of several categories. */
function add(score: DocumentScore, keys: string[], field: keyof Counts): void {
  for (const key of keys) ensure(score, key)[field]++
}

/** Counts of a category from a gold → prediction pairing. */
function tally(score: DocumentScore, key: string, pairs: number[], predCount: number): void {
  const c = ensure(score, key)
  const tp = pairs.filter((p) => p >= 0).length
  c.tp += tp
  c.fn += pairs.length - tp
  c.fp += predCount - tp
}

/** Whether two temporal values are equal (trimmed, case-insensitive; null equals null). */
function sameValue(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b
  return a.trim().toUpperCase() === b.trim().toUpperCase()
}

/** A note giving a date's value and type. */
function valueNote(value: string | null, type: TemporalType | null): string {
  return type ? `${type} ${String(value)}` : String(value)
}

/** Gold entity name → the normalised keys of its name and aliases. */
function goldNameIndex(entities: GoldEntity[]): Map<string, Set<string>> {
  return new Map(entities.map((e) => [e.name, nameKeys([e.name, ...e.aliases])]))
}

/** Predicted entity id → the normalised keys of its name and aliases. */
function predictedNameIndex(entities: PredictedEntity[]): Map<string, Set<string>> {
  return new Map(entities.map((e) => [e.id, nameKeys([e.name, ...e.aliases])]))
}

/** Keys of a fact argument: the entity's names when it names one, else the literal itself. */
function resolve(index: Map<string, Set<string>>, value: string): Set<string> {
  return index.get(value) ?? nameKeys([value])
}

/** A readable name for a predicted entity id (its name), a literal (quoted) or null. */
function displayName(entities: PredictedEntity[], value: string | null): string {
  if (value === null) return 'null'
  const entity = entities.find((e) => e.id === value)
  return entity ? entity.name : JSON.stringify(value)
}

/** Dev-set speaker check: null with null, else the predicted entity's names meet the gold speaker's. */
function sameSpeakerEntity(
  goldSpeaker: string | null,
  predSpeaker: string | null,
  goldNames: Map<string, Set<string>>,
  predNames: Map<string, Set<string>>
): boolean {
  if (goldSpeaker === null || predSpeaker === null) return goldSpeaker === predSpeaker
  const predKeys = predNames.get(predSpeaker)
  if (!predKeys) return false
  return intersects(resolve(goldNames, goldSpeaker), predKeys)
}

/** Corpus speaker check: no gold mention with no prediction, else overlapping mentions. */
function sameSpeakerMention(goldMentions: TextSpan[], predMention: TextSpan | null): boolean {
  if (goldMentions.length === 0 || predMention === null) return goldMentions.length === 0 && predMention === null
  return goldMentions.some((m) => overlaps(m, predMention))
}
