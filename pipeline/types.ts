/**
 * Shared types: the data that flows between stages.
 *
 * Every stage is a pure function of these plain objects. Offsets are JavaScript string indices
 * (UTF-16 code units) into the article's source text (BOM removed), half-open: `[start, end)`,
 * and wherever a `text` field sits beside them, `text === source.slice(start, end)`.
 */

/** Languages the pipeline understands. */
export type Lang = 'fr' | 'en'

/** A half-open range of the source text. */
export interface Span {
  start: number
  end: number
}

/** A range of the source text together with the characters it covers. */
export interface TextSpan extends Span {
  text: string
}

/** Keys read from optional YAML front matter. Unknown keys are kept but not used. */
export interface FrontMatter {
  title?: string
  /** Publication date of the page (ISO 8601); anchors relative temporal expressions. */
  date?: string
  /** Address of the page; every JSON-LD `@id` is built on it. */
  url?: string
  /** `fr` or `en`; overrides language detection. */
  lang?: string
  /** Address of an image of the film, the only image the JSON-LD may carry. */
  image?: string
  [key: string]: unknown
}

/** A paragraph: a block of prose (one line of a plain-text article, a Markdown paragraph or heading). */
export interface Paragraph extends Span {}

/** A sentence inside one paragraph. */
export interface Sentence extends Span {
  /** Index into `paragraphs`. */
  paragraph: number
}

/**
 * The text view every extractor reads.
 *
 * `text` has exactly the length of `source`; characters that are not prose (Markdown syntax such as
 * `#`, `**`, link targets, front matter, code) are replaced by spaces, line breaks are kept. So an
 * extractor can search `text` freely and any offset it finds is also an offset into `source`.
 */
export interface TextView {
  source: string
  text: string
  paragraphs: Paragraph[]
  sentences: Sentence[]
  language: Lang
  /** ISO date (YYYY-MM-DD, or coarser) that anchors relative dates: front matter `date`, else null. */
  anchorDate: string | null
}

// ---------------------------------------------------------------------------------------------
// quoted: every span between quotation marks, classified before entities and quotations use it.

export type QuotedKind = 'speech' | 'title' | 'scare'

/** Text between a pair of quotation marks (or an em-dash dialogue line). */
export interface QuotedSpan extends TextSpan {
  /** What the marks enclose: reported speech or writing, a title of a work, or a scare-quoted word. */
  kind: QuotedKind
  /** Offsets of the opening and closing marks (the span itself excludes them). `close` is null for dialogue lines. */
  open: number
  close: number | null
}

// ---------------------------------------------------------------------------------------------
// entities

export type EntityType = 'Person' | 'Organization' | 'Place' | 'CreativeWork' | 'Movie' | 'Event'

/** How a mention refers to its entity. */
export type MentionKind = 'name' | 'alias' | 'surname' | 'role' | 'title'

export interface Mention extends TextSpan {
  kind: MentionKind
}

/** A role or occupation the text states for a person ("réalisatrice", "architecte de formation"). */
export interface RoleMention extends TextSpan {
  /** The role as a lower-case dictionary form from the roles lexicon ("réalisatrice", "director"). */
  role: string
  /** Language-independent key of the role (`director`, `journalist`, `architect` …) from the lexicon. */
  key: string
}

export interface Entity {
  /** Stable id derived from type and name: `person-agnes-varda`. */
  id: string
  type: EntityType
  /** Canonical name: the longest full-name mention, as written. */
  name: string
  /** Other spellings and names the text uses for the entity (not role nouns). */
  aliases: string[]
  roles: RoleMention[]
  /** Every mention, in text order. */
  mentions: Mention[]
}

// ---------------------------------------------------------------------------------------------
// dates

export type TemporalType = 'DATE' | 'TIME' | 'DURATION' | 'SET'

export interface DateMention extends TextSpan {
  /** ISO 8601 / TimeML value ("2009-12-29", "2008", "2012-SU", "P2M"), or null when it cannot be resolved. */
  value: string | null
  type: TemporalType
}

// ---------------------------------------------------------------------------------------------
// quotations

export interface Quotation extends TextSpan {
  /** Id of the entity who said or wrote it, or null. */
  speaker: string | null
  /** The words that name the speaker in context ("l'artiste", "Agnès Varda", "il"), if any. */
  speakerMention: TextSpan | null
  /** The verb or cue that introduces the quotation ("explique", "tweete", "selon"), if any. */
  cue: TextSpan | null
  /** The quoted pieces when an incise interrupts the quotation; else one fragment equal to the span. */
  fragments: Span[]
}

// ---------------------------------------------------------------------------------------------
// facts

export type Predicate =
  | 'director'
  | 'actor'
  | 'creator'
  | 'about'
  | 'award'
  | 'festival'
  | 'dateCreated'
  | 'occupation'
  | 'work'

export interface Fact {
  /** Entity id. */
  subject: string
  predicate: Predicate
  /** Entity id, or a literal (an ISO date for dateCreated, a role for occupation, a name for award). */
  object: string
  /** Evidence: the sentence or clause that states the fact. */
  start: number
  end: number
}

// ---------------------------------------------------------------------------------------------
// the extraction record: `output/<name>.extraction.json`. Other tools depend on this shape.

export interface RecordEntity {
  id: string
  type: EntityType
  name: string
  aliases: string[]
  /** Stated roles, as `RoleMention.role`, unique, in order of first mention. */
  roles: string[]
  mentions: Array<{start: number; end: number; text: string}>
}

export interface ExtractionRecord {
  source: {file: string; language: Lang; sha256: string}
  entities: RecordEntity[]
  dates: Array<{text: string; value: string | null; start: number; end: number}>
  quotations: Array<{text: string; start: number; end: number; speaker: string | null}>
  facts: Fact[]
}
