/**
 * What each stage leaves on `file.data`: one typed map for the whole processor.
 */
import type {Genders} from './people/gender.js'
import type {
  DateMention,
  Entity,
  ExtractionRecord,
  Fact,
  FrontMatter,
  QuotedSpan,
  Quotation,
  TextView
} from './types.js'

declare module 'vfile' {
  interface DataMap {
    frontMatter: FrontMatter
    view: TextView
    quoted: QuotedSpan[]
    entities: Entity[]
    /** The gender the text gives each person, by entity id (people stage). */
    genders: Genders
    /** Id of the person the article is about, if one stands out (people stage). */
    articlePerson: string
    dates: DateMention[]
    quotations: Quotation[]
    facts: Fact[]
    /** Id of the film the article is about (facts stage), if it names one. */
    film: string
    record: ExtractionRecord
    jsonld: Record<string, unknown>
  }
}
