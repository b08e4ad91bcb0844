/**
 * What a matched temporal expression means before it is resolved to an ISO value.
 *
 * The grammar modules (absolute, durations, relative, times) produce these; `normalise.ts` turns
 * them into TimeML values, given the document date and the dates the text gave before.
 */
import type {TemporalType} from '../types.js'

/** Which date a relative expression counts from: the document's date or the last date of the text. */
export type Base = 'doc' | 'ref'

/** Unit of a calendar shift (DE: a decade, "last decade" 201X). */
export type ShiftUnit = 'DE' | 'Y' | 'M' | 'W' | 'WE' | 'D'

export type Meaning =
  /**
   * A calendar date, maybe without year ("le 18 mai", "en mai", "l'été"); `dir` picks the year around
   * the document date; `generic` marks a season without article ("en hiver", "in summer"), any year
   * unless the sentence looks ahead; `begun` marks a season counted from ("since the autumn"), the
   * last one to have begun by the document date.
   */
  | {kind: 'date'; y?: number; m?: number; d?: number; season?: string; weekday?: number; dir?: number; part?: string; ofThis?: boolean; generic?: boolean; begun?: boolean}
  /** A decade: `stem` is the first three digits ("197" for the 1970s). */
  | {kind: 'decade'; stem: string}
  /** A century by its ordinal (20 for the 20th). */
  | {kind: 'century'; ordinal: number}
  /** A range between two points. */
  | {kind: 'range'; from: Meaning; to: Meaning}
  /** A value known without context (durations, sets, PRESENT_REF). */
  | {kind: 'fixed'; value: string}
  /** A shift of `n` units from a base ("hier", "l'année suivante", "deux ans plus tard"), maybe with a part of day. */
  | {kind: 'shift'; base: Base; unit: ShiftUnit; n: number; part?: string}
  /**
   * A month or season counted from the last date of the text ("the following December", "that
   * summer", "l'été suivant"): the first one after it (`n` 1), before it (-1), or in its year (0).
   */
  | {kind: 'after'; n: number; m?: number; season?: string}
  /**
   * A weekday without date ("mardi", "vendredi dernier"): the nearest such day around the document
   * date; `ofThis` marks one of the current week ("ce jeudi", "this Thursday"), the coming one (or
   * the day itself) unless the sentence looks back.
   */
  | {kind: 'weekday'; weekday: number; dir: number; part?: string; ofThis?: boolean}
  /** A part of the day of the last day of the text ("la nuit", "la soirée"). */
  | {kind: 'part'; part: string}
  /** A day the text names from an undated event ("la veille du drame", "le premier jour", "on the Monday"): no value. */
  | {kind: 'unresolved'}
  /** A day named by a calendar rule (holidays.ts: "12-25", "easter+49", "nth:4:4:11"), in year `y` when the text writes it. */
  | {kind: 'holiday'; rule: string; y?: number}
  /** A clock time on the last day of the text ("20 h 30"), or on the day written right after it (`on`: "4 h mardi"). */
  | {kind: 'time'; h: number; min: number; on?: Meaning}

/** A match of the grammar over tokens `[start, end)`. */
export interface Candidate {
  start: number
  end: number
  type: TemporalType
  meaning: Meaning
}
