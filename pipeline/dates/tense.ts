/**
 * The time a passage speaks of, read from its verbs and a few cue words, for the expressions whose
 * value depends on it: a bare weekday ("samedi", "on Friday") or a month without year ("in
 * October") is the coming one when the text looks ahead, the last one when it looks back.
 *
 * The clause around the expression (the words between two commas, colons, brackets or quotation
 * marks) is read first, then the whole sentence: in « Quoi qu'il arrive samedi, le film a trouvé son
 * public » the clause of "samedi" is in the present though the sentence ends in the past. Only the
 * clause's own verb counts for the present; the sentence gives only a future or a past. A cue
 * before the expression decides first: "ahead of", "before", "avant" look ahead; "depuis",
 * "since" and a participle right before it ("annoncé mardi", "released Friday") look back.
 */
import type {TextView} from '../types.js'

/** What a passage speaks of: the future, the past, the present (read as what is coming), or nothing known. */
export type Tense = 'future' | 'past' | 'present' | 'none'

interface Markers {
  future: RegExp
  past: RegExp
  present: RegExp
  /** Cue words before the expression, in its clause, that look ahead. */
  ahead: RegExp
  /** Cue words before the expression, in its clause, that look back. */
  back: RegExp
  /** A word right before the expression that looks back (a past participle: "annoncé mardi"). */
  backBefore: RegExp
}

/**
 * Words after "est"/"sont" that end like a participle but are not one: adverbs ("est aussi", "sont
 * désormais", "est ici") and adjectives in -ique, -gue, -ie, -ue ("est unique", "sont longues", "est vraie").
 */
const notParticiple = String.raw`(?:aussi|ainsi|ici|parmi|désormais|jamais|mais|puis|\p{L}*(?:iques?|gues?|vraies?|jolies?))(?!\p{L})`

const fr: Markers = {
  future: /(?<!\p{L})(?:sera|seront|aura|auront|fera|feront|ira|iront|pourra|pourront|devra|devront|viendra|viendront|rendez-vous|prévue?s?|programmée?s?|(?:va|vont)\s+\p{L}+(?:er|ir|re))(?!\p{L})|\p{L}{2,}(?:era|eront|ira|iront)(?!\p{L})/iu,
  // passé composé and plus-que-parfait auxiliaries, imparfait and passé simple endings
  // (case matters: "la zone A" is no auxiliary)
  past: new RegExp(String.raw`(?<!\p{L})(?:ai|as|a|avons|avez|ont|[Aa]vait|[Aa]vaient|[ÉEé]tait|[ÉEé]taient|fut|furent|eut|eurent|[Ss]['’]est|[Ss]e sont)(?!\p{L})|\p{L}{2,}(?:ait|aient)(?!\p{L})|(?<!\p{L})(?:suis|es|est|sommes|êtes|sont)\s+(?!${notParticiple})(?:\p{L}+(?:ée?s?|ie?s?|ue?s?|inte?s?)|morte?s?|née?s?|mise?s?|prise?s?|faite?s?|dite?s?|ouverte?s?)(?!\p{L})`, 'u'),
  // a subject pronoun or "qui" before a verb, a present copula or modal
  present: /(?<!\p{L})(?:(?:il|elle|on|ils|elles|je|tu|nous|vous|qui|qu['’]il|qu['’]elle|qu['’]on)\s+(?:ne\s+|n['’])?(?:(?:se|me|te|le|la|les|lui|leur|y|en)\s+|[smtl]['’])*\p{L}{2,}|est|sont|peut|peuvent|doit|doivent)(?!\p{L})/iu,
  ahead: /(?<!\p{L})(?:avant|en amont|à l['’]approche|en vue|d['’]ici)(?!\p{L})/iu,
  back: /(?<!\p{L})depuis(?!\p{L})/iu,
  backBefore: /\p{L}{2,}(?:é|ée|és|ées)\s+$/iu,
}

const en: Markers = {
  future: /\b(?:will|shall|would be|going to|scheduled|planned|(?:is|are) (?:set|due|expected|slated) to)\b|\w'll\b/i,
  // "was", "had", regular preterites (not a participle after "is", "are": "is handed out") and common irregular ones
  past: /\b(?:was|were|had|did|ago|said|told|took|won|saw|came|went|made|got|gave|shot|began|met|held|found|thought|brought|wrote|became|caught|sold|knew|felt|spent|sent|built|fell|led|paid|drew|grew|chose|spoke|broke|stood|heard|taught|bought|rose)\b|(?<!\b(?:is|are|am|be|being|get|gets)\s+(?:\w+ly\s+)?)\b\w{3,}ed\b/i,
  present: /\b(?:is|are|am|can|must|(?:I|[Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|[Ii]t|[Ww]ho)\s+(?:still\s+|also\s+)?[a-z]{2,})\b/,
  ahead: /\b(?:ahead of|before|in time for)\b/i,
  back: /\bsince\b/i,
  backBefore: /\b\w{3,}ed\s+(?:on\s+)?$/i,
}

/** Marks that close a clause inside a sentence. */
const clauseMark = /[,;:()«»"“”—–]/g

/**
 * A function giving the tense around the offset where an expression starts (offsets asked in
 * increasing order); the cue words are read between the start of its clause and that offset.
 */
export function tenseReader(view: TextView): (offset: number) => Tense {
  const markers = view.language === 'fr' ? fr : en
  const cache = new Map<number, Tense>()
  let index = 0
  return (offset: number) => {
    const sentences = view.sentences
    while (index < sentences.length - 1 && (sentences[index] as {end: number}).end <= offset) index++
    const sentence = sentences[index]
    if (!sentence || sentence.start > offset || sentence.end < offset) return 'none'
    const text = view.text.slice(sentence.start, sentence.end)
    const at = offset - sentence.start
    const [from, to] = clauseAround(text, at)
    const clause = text.slice(from, to)
    const lead = text.slice(from, at)
    const cue = lastCue(lead, markers)
    if (cue === 'ahead' && !markers.past.test(clause)) return 'future'
    if (cue === 'back') return 'past'
    if (markers.backBefore.test(lead) && !markers.future.test(lead)) return 'past'
    const own = tenseOf(clause, markers, true)
    if (own !== 'none') return own
    // the present of another clause says nothing ("les canalisations qui datent de …, le 6 juin et mardi soir")
    let whole = cache.get(index)
    if (whole === undefined) {
      whole = tenseOf(text, markers, false)
      cache.set(index, whole)
    }
    return whole
  }
}

/** The tense a stretch of text shows: future before past before present (when asked). */
function tenseOf(text: string, markers: Markers, present: boolean): Tense {
  if (markers.future.test(text)) return 'future'
  if (markers.past.test(text)) return 'past'
  if (present && markers.present.test(text)) return 'present'
  return 'none'
}

/** The clause of a sentence holding offset `at`: from the mark before it to the mark after it. */
function clauseAround(text: string, at: number): [number, number] {
  let from = 0
  let to = text.length
  for (const match of text.matchAll(clauseMark)) {
    const k = match.index ?? 0
    if (k < at) from = k + 1
    else {
      to = k
      break
    }
  }
  return [from, to]
}

/** The last cue word of the lead of a clause: looking ahead, looking back, or none. */
function lastCue(lead: string, markers: Markers): 'ahead' | 'back' | null {
  const ahead = lastIndex(lead, markers.ahead)
  const back = lastIndex(lead, markers.back)
  if (ahead < 0 && back < 0) return null
  return ahead > back ? 'ahead' : 'back'
}

/** Offset of the last match of a pattern in a text, or -1. */
function lastIndex(text: string, pattern: RegExp): number {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
  let last = -1
  for (const match of text.matchAll(global)) last = match.index ?? last
  return last
}
