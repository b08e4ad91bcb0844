/**
 * attribute: the quotations of an article (the quoted spans classified as speech), each with
 * its pieces, its cue and its speaker.
 *
 * 1. Pieces that belong together become one quotation: the pieces of a quotation that goes on over
 *    several paragraphs, and two quoted spans separated only by an incise
 *    (« Je ne sais pas », dit-elle, « si c'est possible »). A nested quotation stays inside the one
 *    that holds it, and is a quotation of its own (a person quoted inside a quotation).
 * 2. The attribution is looked for inside (an incise), right after the closing mark (a verb of saying, or a blurb's
 *    credit: "“A triumph.” — Empire", "« Un choc. » (Télérama)"), before the
 *    opening mark (a clause ending with a colon, or the previous paragraph for a dialogue line: its
 *    colon clause, else, in fiction, the subject of its last sentence), then in a "selon X" / "according to X"
 *    phrase of the same sentence; failing all that, a quotation in quotation marks that opens its
 *    paragraph or sentence takes the person who is the subject of the sentence of narration before it
 *    (see ./narration.ts).
 * 3. The speaker mention is resolved to an entity (see ./speaker.ts); an interview label resolves
 *    to the person its first occurrence named, all through the interview; a quotation without one takes
 *    the speaker of the quotation before it in the same paragraph, or of the previous paragraph's
 *    last quotation when it opens its paragraph (an answer that goes on) or when nothing in its
 *    sentence introduces it (no verb of saying, no clause before a colon); dialogue lines never
 *    inherit, as speakers alternate. Failing that, a quotation woven into a clause without a verb
 *    of saying is the clause's person's ("… where she shot "the only film I like"", "she still
 *    refuses to charge more than "whatever the sea gave you"").
 * 4. A short quotation (four words at most) with no cue and nothing naming a speaker is a phrase set
 *    off, not speech, and is dropped.
 */
import type {Genders} from '../people/gender.js'
import type {Entity, Paragraph, QuotedSpan, Quotation, Span, TextView} from '../types.js'
import {attributionAfter, attributionBefore, clauseOwner, inciseInside, possessorBefore, sentenceSubject, sourcePhrase, trimSpan, type Attribution} from './attribution.js'
import {countBefore, spanAt} from '../quoted/search.js'
import {attributionLine} from '../quoted/marks.js'
import {narrationSubject} from './narration.js'
import {isSpeechVerb} from '../quoted/speech-verbs.js'
import {tokenize} from '../quoted/words.js'
import {plausibleSpeaker, resolveSpeaker, speakerIndex} from './speaker.js'

/** The longest text between two quoted spans that can be an incise joining them. */
const maxBetween = 100

/**
 * The most words a quotation may have and still be dropped when no cue introduces it and nothing
 * names a speaker ("a « cinéma liquide »", "what he calls "the quiet part""): such a short span is a phrase
 * set off, not speech.
 */
const maxUnclaimedWords = 4

/** How many words (with a letter) `text` holds. */
function wordsIn(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
}

/** One quotation being built: its quoted pieces and what joined them. */
interface Unit {
  pieces: QuotedSpan[]
  joined: Attribution | null
  /** True for a quotation inside another one. */
  nested?: boolean
}

/**
 * The quotations of the article, sorted by start.
 *
 * @param quoted Every quoted span (only `speech` ones are used).
 * @param entities The article's entities; speakers are their ids.
 * @param genders The gender the text gives each person (people stage; worked out here when not given).
 */
export function extractQuotations(view: TextView, quoted: QuotedSpan[], entities: Entity[], genders?: Genders): Quotation[] {
  const {text, source} = view
  const sorted = [...quoted].sort((a, b) => a.start - b.start || b.end - a.end)
  const novel = fiction(view)
  const speech = wholeAnswers(text, sorted.filter((span) => span.kind === 'speech'))
  const outer = outermost(speech)
  const index = speakerIndex(view, entities, outer.map((span) => ({start: span.open, end: (span.close ?? span.end) + 1})), genders)
  const outerSet = new Set(outer)
  const nested = speech.filter((span) => !outerSet.has(span)).map((span): Unit => ({pieces: [span], joined: null, nested: true}))
  const units = [...groupPieces(view, outer).flatMap((unit) => splitTurns(view, unit)), ...nested].sort((a, b) => (a.pieces[0] as QuotedSpan).start - (b.pieces[0] as QuotedSpan).start)
  const quotations: Quotation[] = []
  const labels = new Map<string, string>()
  let previous: {speaker: string | null; paragraph: number; dialogue: boolean; other: Span | null} | null = null

  for (const unit of units) {
    const first = unit.pieces[0] as QuotedSpan
    const last = unit.pieces[unit.pieces.length - 1] as QuotedSpan
    const paragraphIndex = paragraphOf(view.paragraphs, first.start)
    const paragraph = view.paragraphs[paragraphIndex]
    const dialogue = isDash(text, first.open)

    let fragments: Span[] = unit.pieces.map((piece) => ({start: piece.start, end: piece.end}))
    const label = unit.joined ? null : labelOf(view, first)
    let attribution: Attribution | null = unit.joined ?? label
    if (!attribution && unit.pieces.length === 1) {
      const incise = inciseInside(text, first.start, first.end, view.language)
      if (incise) {
        attribution = incise
        fragments = incise.fragments.filter((fragment) => fragment.end > fragment.start)
      }
    }
    let after: Attribution | null = null
    let afterSentence = false
    if (!attribution?.mention && last.close !== null) {
      const lastParagraph = view.paragraphs[paragraphOf(view.paragraphs, last.start)]
      after = attributionAfter(text, last.close + 1, lastParagraph?.end ?? text.length, view.language)
      // words after a quotation that ends its sentence start a new sentence: an attribution there
      // ("… ." The room laughed.) is weaker than one before the quotation, but for a blurb's credit ("Highest: “… .”
      // — X, The Playlist")
      afterSentence = /[.!?…]$/.test(last.text.trim()) && /^[\s\u00a0\u202f]*(?:[—–][\s\u00a0\u202f]*)?\p{Lu}/u.test(text.slice(last.close + 1, last.close + 6))
      if (!afterSentence || after?.credit) attribution = better(attribution, after)
    }
    // an attribution line under a quotation that ends its paragraph ("…" / — Jo Marlow, producer)
    if (!attribution?.mention && last.close !== null) {
      const lastIndex = paragraphOf(view.paragraphs, last.start)
      const lastParagraph = view.paragraphs[lastIndex]
      const signed = lastParagraph && /^[\s\u00a0\u202f.,!?…»”"’]*$/.test(text.slice(last.close + 1, lastParagraph.end)) ? attributionLine(view, lastIndex + 1) : null
      if (signed) attribution = {cue: attribution?.cue ?? null, mention: signed}
    }
    if (!attribution?.mention && paragraph) {
      attribution = better(attribution, before(view, paragraphIndex, first, sorted, novel))
    }
    if (!attribution?.mention && after?.mention && afterSentence && plausibleSpeaker(view, index, after.mention)) {
      attribution = better(attribution, after)
    }
    if (!attribution?.mention && paragraph) {
      const sentence = view.sentences[spanAt(view.sentences, first.open)]
      const from = sentence ? sentence.start : paragraph.start
      const to = sentence ? Math.max(sentence.end, (last.close ?? last.end) + 1) : paragraph.end
      attribution = better(attribution, sourcePhrase(text, from, first.open, view.language) ?? sourcePhrase(text, (last.close ?? last.end) + 1, Math.min(to, paragraph.end), view.language))
    }

    // words owned by a name in the genitive ("Scheider's "…""): that name, when it names someone known
    if (!attribution?.mention && !dialogue && !unit.nested && !label) {
      const owner = possessorBefore(text, first.open, view.language)
      if (owner && resolveSpeaker(view, index, owner, first.open)) attribution = {cue: attribution?.cue ?? null, mention: owner}
    }
    // a quotation in quotation marks that opens its paragraph or sentence after a sentence of
    // narration: that sentence's subject, under the conditions of ./narration.ts (not when a verb of
    // saying was found without a speaker it could name)
    if (!attribution?.mention && !attribution?.cue && !dialogue && !unit.nested && !label) {
      const subject = narrationSubject(view, index, first.open, (last.close ?? last.end))
      if (subject) attribution = {cue: attribution?.cue ?? null, mention: subject}
    }
    // a reply right after a line that a clause of time introduced: the other person of that clause
    if (!attribution?.mention && dialogue && previous?.other && previous.dialogue && previous.paragraph === paragraphIndex - 1) {
      attribution = {cue: attribution?.cue ?? null, mention: previous.other}
    }
    const mention: Span | null = attribution?.mention ? trimSpan(text, attribution.mention) : null
    // inside a quotation, pronouns and role nouns refer to the quoted story: only names resolve
    // (a pronoun there is someone the holding quotation's speaker talks about)
    const holder = unit.nested ? quotations.filter((quotation) => quotation.start <= first.start && first.end <= quotation.end).pop() : undefined
    // (the words that named the speaker of the quotation before name this one's too: "« … », she told X. « … »")
    const shared: Quotation | undefined = mention && !unit.nested ? quotations.filter((quotation) => quotation.speakerMention && quotation.speakerMention.start === mention.start && quotation.speakerMention.end === mention.end).pop() : undefined
    let speaker: string | null = shared ? shared.speaker : mention ? resolveSpeaker(view, index, mention, first.open, unit.nested === true, holder?.speaker ?? null) : null
    // an interview's label names the same person all through ("Moreau:" stays the interviewee
    // even after the answers name a relative of the same surname)
    if (label && attribution === label && mention) {
      const key = source.slice(mention.start, mention.end).toLowerCase()
      const earlier = labels.get(key)
      if (earlier) speaker = earlier
      else if (speaker) labels.set(key, speaker)
    }
    if (!mention && previous && !dialogue && !previous.dialogue) {
      const sameParagraph = previous.paragraph === paragraphIndex
      // (the next paragraph goes on with the same speaker when the quotation opens it, or when nothing in its
      // sentence introduces it: no cue, no clause before a colon, "Une phrase ouvre le film : « … »")
      const introduced = !!attribution?.cue || /:[\s\u00a0\u202f]*$/.test(text.slice(Math.max(paragraph?.start ?? 0, first.open - 4), first.open))
      const nextParagraph = paragraph !== undefined && (first.open <= paragraph.start + 1 || !introduced) && previous.paragraph === paragraphIndex - 1
      if (sameParagraph || nextParagraph) speaker = previous.speaker
    }
    // a quotation woven into a clause with no verb of saying: the person the clause is about
    let owner: Span | null = null
    if (!mention && speaker === null && !dialogue && !unit.nested && !label && paragraph && first.close !== null) {
      const sentence = view.sentences[spanAt(view.sentences, first.open)]
      owner = clauseOwner(text, Math.max(sentence ? sentence.start : paragraph.start, paragraph.start), first.open, view.language)
      if (owner) speaker = resolveSpeaker(view, index, trimSpan(text, owner), first.open)
    }

    const start = (fragments[0] as Span).start
    const end = (fragments[fragments.length - 1] as Span).end
    // a few words that no cue introduces and no one is found to have said are a phrase set off, not speech
    if (speaker === null && !mention && !attribution?.cue && !dialogue && !label && wordsIn(source.slice(start, end)) <= maxUnclaimedWords) continue
    quotations.push({
      start,
      end,
      text: source.slice(start, end),
      speaker,
      speakerMention: mention ? {...mention, text: source.slice(mention.start, mention.end)} : owner && speaker ? {...owner, text: source.slice(owner.start, owner.end)} : null,
      cue: attribution?.cue ? {...attribution.cue, text: source.slice(attribution.cue.start, attribution.cue.end)} : null,
      fragments
    })
    if (!unit.nested) previous = {speaker, paragraph: paragraphOf(view.paragraphs, last.start), dialogue, other: attribution?.other ?? null}
  }
  return quotations.sort((a, b) => a.start - b.start || a.end - b.end)
}

/**
 * Without the answers after a label whose words are one quotation and nothing else
 * ("X : « J'ai appris … »", a headline): the quotation inside is the one to keep, and the label
 * before it still names its speaker.
 */
function wholeAnswers(text: string, spans: QuotedSpan[]): QuotedSpan[] {
  const whole = (span: QuotedSpan): boolean =>
    span.close === null &&
    text.charAt(span.open) === ':' &&
    spans.some((inner) => inner !== span && inner.close !== null && inner.open >= span.start && /^[\s\u00a0\u202f]*$/.test(text.slice(span.start, inner.open)) && /^[\s\u00a0\u202f.!?…]*$/.test(text.slice(inner.close + 1, span.end)))
  return spans.filter((span) => !whole(span))
}

/** Speech spans not inside another speech span. */
function outermost(spans: QuotedSpan[]): QuotedSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  const result: QuotedSpan[] = []
  let reach = -1
  for (const span of sorted) {
    if (span.start < reach) continue
    result.push(span)
    reach = span.close ?? span.end
  }
  return result
}

/** Join the pieces of one quotation: paragraph continuations and spans split by an incise. */
function groupPieces(view: TextView, spans: QuotedSpan[]): Unit[] {
  const {text} = view
  const units: Unit[] = []
  for (const span of spans) {
    const unit = units[units.length - 1]
    const last = unit?.pieces[unit.pieces.length - 1]
    if (unit && last) {
      // a piece that goes on in the next paragraph, re-opened by the same mark (not the next line of an
      // interview, whose "mark" is its label's colon)
      if (last.close === null && !isDash(text, last.open) && text.charAt(last.open) !== ':' && text.charAt(span.open) === text.charAt(last.open) && paragraphOf(view.paragraphs, span.open) === paragraphOf(view.paragraphs, last.start) + 1) {
        unit.pieces.push(span)
        continue
      }
      // an interview answer that goes on in the next paragraph, without a label (the piece opens on
      // the paragraph's first character, not on a mark)
      if (last.close === null && (text.charAt(last.open) === ':' || continuedAnswer(text, last)) && continuedAnswer(text, span) && paragraphOf(view.paragraphs, span.open) === paragraphOf(view.paragraphs, last.start) + 1) {
        unit.pieces.push(span)
        continue
      }
      // two spans of one paragraph with only an incise between them
      if (last.close !== null && !isDash(text, span.open) && span.open - last.close <= maxBetween && paragraphOf(view.paragraphs, span.open) === paragraphOf(view.paragraphs, last.start)) {
        const between = text.slice(last.close + 1, span.open)
        const incise = attributionAfter(text, last.close + 1, span.open, view.language)
        // the sentence goes on across the incise: it ends on a comma (« … », dit-elle, « … »; "…," she
        // said, "…"), or the second piece goes on in lower case; an incise that closes its sentence
        // ("…," she said. "…") leaves two quotations
        // (a clause ending with a colon after a quotation that closed its sentence introduces a new
        // one: « Qu'as-tu ? » Elle répondait : « Rien. »)
        const introduces = /:\s*$/.test(between) && /[.!?…]$/.test(last.text)
        // a first piece that closes its sentence with a full stop ends the quotation: what follows
        // the mark is a new sentence ("… concrete." A critic called it "…"), not an incise
        const closed = /\.$/.test(last.text.trim()) && !/\.\.$|\p{Lu}\.$/u.test(last.text.trim())
        const continues = (/[,;:]\s*$/.test(between) && !introduces) || (/^\p{Ll}/u.test(span.text) && !/[.!?]\s*$/.test(between))
        // (a semicolon, or a second verb of saying after the incise's, opens a new clause that brings
        // its own quotation: "« … », saluait un critique ; un autre évoquait « … »", "« … », a réagi
        // X, saluant « … »", "», a déclaré X, avant de saluer sa productrice, « … »")
        const ownClause = /;\s*\S/.test(between.trim()) || (incise?.cue ? secondCue(view, incise.cue.end, span.open) : false)
        if (incise && incise.cue && continues && !closed && !ownClause && !/[.!?]\s*\S/.test(between.trim())) {
          unit.pieces.push(span)
          unit.joined = unit.joined ?? incise
          continue
        }
      }
    }
    units.push({pieces: [span], joined: null})
  }
  return units
}

/**
 * A quotation cut by two incises whose second one follows the end of a sentence is two quotations:
 * the speaker takes the floor again ("— Va-t'en, dit-il. Non, reste, reprit-il, je …"; "— Je pars,
 * dit-elle, tout est prêt. Écoutez, ajouta-t-elle, …"). The second starts with the sentence its
 * incise is in. One incise, or two in one sentence, leave one quotation.
 */
function splitTurns(view: TextView, unit: Unit): Unit[] {
  const {text} = view
  const first = unit.pieces[0] as QuotedSpan
  if (unit.pieces.length !== 1 || unit.joined) return [unit]
  const incise = inciseInside(text, first.start, first.end, view.language)
  const rest = incise?.fragments[1]
  if (!incise?.mention || !rest || rest.end <= rest.start) return [unit]
  const second = inciseInside(text, rest.start, rest.end, view.language)
  const lead = second?.fragments[0]
  // (the second incise cuts its sentence after a comma: "Écoutez, ajouta-t-elle"; one right after
  // an exclamation, "Quel beau tableau ! ajouta-t-elle", closes it and the speech goes on)
  if (!second?.mention || !second.cue || !lead || !/,[\s\u00a0\u202f]*$/.test(text.slice(lead.start, second.cue.start))) return [unit]
  // where the second turn starts: the last sentence start before its incise, or the words right
  // after a first incise that closed its sentence ("cria-t-il en tirant son épée. Mais, reprit-il")
  let turn = -1
  const ends = /[.!?…]+[\s\u00a0\u202f]+(?=\p{Lu})/gu
  for (let match = ends.exec(text.slice(lead.start, lead.end)); match; match = ends.exec(text.slice(lead.start, lead.end))) {
    turn = lead.start + match.index + match[0].length
  }
  if (turn < 0 && /[.!?…][\s\u00a0\u202f]*$/.test(text.slice((incise.fragments[0] as Span).end, rest.start)) && /^\p{Lu}/u.test(text.charAt(rest.start))) turn = rest.start
  if (turn < 0) return [unit]
  const head = trimSpan(text, {start: first.start, end: turn})
  const before: QuotedSpan = {...first, end: head.end, text: text.slice(first.start, head.end), close: null}
  const after: QuotedSpan = {...first, open: turn, start: turn, text: text.slice(turn, first.end)}
  return [{pieces: [before], joined: null}, {pieces: [after], joined: null}]
}

/** The attribution before the first piece: in its paragraph, or the previous one for a line that opens it. */
function before(view: TextView, paragraphIndex: number, first: QuotedSpan, quoted: QuotedSpan[], novel: boolean): Attribution | null {
  const {text} = view
  const paragraph = view.paragraphs[paragraphIndex] as Paragraph
  const head = text.slice(paragraph.start, first.open).trim()
  // quotations earlier in the paragraph are not part of the clause's grammar
  const from = countBefore(quoted, view.paragraphs[Math.max(0, paragraphIndex - 1)]!.start)
  const skip = quoted
    .slice(from, countBefore(quoted, first.open))
    .filter((span) => span.end <= first.open)
    .map((span) => ({start: span.open, end: (span.close ?? span.end) + 1}))
  if (head.length > 0 && !/^[—–-]+$/.test(head)) {
    return attributionBefore(text, paragraph.start, first.open, view.language, skip)
  }
  const previous = view.paragraphs[paragraphIndex - 1]
  if (!previous) return null
  if (/:\s*$/.test(text.slice(previous.start, previous.end))) {
    return attributionBefore(text, previous.start, previous.end, view.language, skip)
  }
  // a line of dialogue after a paragraph of narration: the subject of its last sentence
  // ("Mathilde pleurait. / – Ne me grondez pas …")
  if (isDash(text, first.open) && novel && !/^[—–-]|^[«“"]/.test(text.slice(previous.start, previous.start + 2))) {
    const sentence = view.sentences[spanAt(view.sentences, previous.end - 1)]
    if (sentence) {
      const subject = sentenceSubject(text, sentence.start, Math.min(sentence.end, previous.end), view.language)
      if (subject) return {cue: null, mention: subject}
    }
  }
  return null
}

/** Dialogue lines that make a text read as fiction (where narration names the next speaker). */
const fictionLines = 5

/** Whether the text holds many dialogue lines (a novel or a story, not an article with a few). */
function fiction(view: TextView): boolean {
  let lines = 0
  for (const paragraph of view.paragraphs) {
    if (isDash(view.text, paragraph.start) && ++lines >= fictionLines) return true
  }
  return false
}


/** The speaker label of an interview answer ("Marlow: …"), whose open mark is the label's colon. */
function labelOf(view: TextView, first: QuotedSpan): Attribution | null {
  if (first.close !== null || view.text.charAt(first.open) !== ':') return null
  const paragraph = view.paragraphs[paragraphOf(view.paragraphs, first.open)]
  if (!paragraph) return null
  // (the name only, without the role that may follow it: "Jo Marlow (producer):", "Jo Marlow, producer:")
  const head = view.text.slice(paragraph.start, first.open)
  const role = /[\s\u00a0]*(?:\(|,)/.exec(head)
  return {cue: null, mention: trimSpan(view.text, {start: paragraph.start, end: role ? paragraph.start + role.index : first.open})}
}

/** Whether a word in `[from, to)` is a verb of saying (a clause of its own, which governs the quotation after it). */
function secondCue(view: TextView, from: number, to: number): boolean {
  return tokenize(view.text, from, to, view.language).some((token) => token.word && isSpeechVerb(token.lower, view.language))
}

/** Keep the attribution that names a speaker; else the one with a cue. */
function better(current: Attribution | null, candidate: Attribution | null): Attribution | null {
  if (!current) return candidate
  if (!candidate) return current
  if (!current.mention && candidate.mention) return {cue: candidate.cue ?? current.cue, mention: candidate.mention}
  return current
}

/** Whether a span is the paragraph of an interview answer going on without a label (see ../quoted/marks.ts): it opens on its first character, not on a mark. */
function continuedAnswer(text: string, span: QuotedSpan): boolean {
  return span.close === null && span.open === span.start && /[\p{L}\p{N}(]/u.test(text.charAt(span.open))
}

/** Whether the mark at `at` is a dialogue dash. */
function isDash(text: string, at: number): boolean {
  const char = text.charAt(at)
  return char === '—' || char === '–' || char === '-'
}

/** Index of the paragraph holding `at` (binary search); -1 when none. */
function paragraphOf(paragraphs: Paragraph[], at: number): number {
  return spanAt(paragraphs, at)
}
