/**
 * marks: pair quotation marks and find dialogue lines, paragraph by paragraph, in one pass.
 *
 * Handles « … » (with or without spaces inside), “ … ”, „ … “, straight "…" (direction from the
 * characters around each mark), single quotes ‘…’ and '…' nested in another quotation, ‘…’ standing
 * alone (British headlines), and straight '…' standing alone when the pair is unambiguous (see
 * `singleClose`: apostrophes inside words, elisions such as "'n'" and plural possessives never pair),
 * and the French dialogue conventions:
 * - a paragraph opening with an em dash, an en dash or "--" is a line of dialogue (unless a labelled
 *   interview answer follows it: it is then the interviewer's question; or it answers a question
 *   laid out as a paragraph of its own, `unlabelledAnswers`), and so is an
 *   interview answer laid out as "Name: answer" (the open "mark" is then the label's colon; see
 *   `interviewLabels` for "NAME (role):", "Name, role:" and answers that go on over paragraphs, whose
 *   later pieces open on their paragraph's first character); a dash line that only names a speaker
 *   under a quotation ("— Name, role", `attributionLine`) is no line of dialogue;
 * - a dash after the end of a sentence inside a paragraph starts a new line when an incise follows
 *   its first words (". — Quoi ? dit-il …"); a line whose guillemet is closed twice, before its
 *   incise and at the paragraph's end, is one quotation;
 * - a quotation left open at the end of a paragraph continues when the next paragraph starts
 *   again with the same mark (multi-paragraph quotation) or with a dash (an exchange of lines
 *   inside one pair of guillemets: « Bonjour ? / — Bonjour. »).
 * Anything else left open at the end of a paragraph is unbalanced: it yields no span, and its
 * offset is reported, so one missing mark never swallows the rest of the document.
 */
import {loadSet} from '../lexicon/index.js'
import type {TextView} from '../types.js'
import {isSpeechVerb} from './speech-verbs.js'
import {personNoun} from './person-nouns.js'

/** A pair of marks (or a dialogue line), before classification. */
export interface RawQuoted {
  /** Offset of the opening mark (the dash of a dialogue line). */
  open: number
  /** Offset of the closing mark; null when the span ends with its paragraph. */
  close: number | null
  /** The enclosed text, trimmed of white space: `[start, end)`. */
  start: number
  end: number
  /** The opening mark as written (`«`, `"`, `—` …). */
  mark: string
  /** True for a line of dialogue (a paragraph opened by a dash). */
  dialogue: boolean
  /** True when the quotation goes on in the next paragraph (this is one of its pieces). */
  continues: boolean
  /** How many quotations enclose this one. */
  depth: number
}

/** The result of pairing: the spans found and the offsets of marks that could not be paired. */
export interface Pairing {
  spans: RawQuoted[]
  unbalanced: number[]
}

/** What closes each opening mark. */
const closers: Record<string, string> = {
  '«': '»',
  '‹': '›',
  '“': '”',
  '„': '“',
  '"': '"',
  '‘': '’',
  "'": "'",
  '—': '',
  '–': '',
  '-': ''
}

const singles = new Set(['‘', "'", '‹'])
const dashes = /^(?:—|–|--)/
const space = /[\s\u00a0\u202f\u2009]/
const openingContext = /[\s\u00a0\u202f\u2009([{\-—–/«“„‘'"]/
const closingContext = /[\s\u00a0\u202f\u2009.,;:!?)\]}…»”’'"\-—–]/

interface Open {
  mark: string
  open: number
  dialogue: boolean
  depth: number
  /** For a straight single quote opened outside any quotation: the offset of its closing mark. */
  until?: number
  /** For the paragraph of an interview answer that goes on without a label: opened at its first character. */
  continued?: boolean
}

/**
 * Pair the quotation marks of a text view.
 *
 * Linear in the size of the text: each character is looked at once, and the stack of open marks
 * is emptied at every paragraph end that does not continue the quotation.
 */
export function pairMarks(view: TextView): Pairing {
  const {text, paragraphs} = view
  const elided = loadSet(import.meta.url, `lexicon/elisions.${view.language}.tsv`)
  const spans: RawQuoted[] = []
  const unbalanced: number[] = []
  const stack: Open[] = []
  let exchange: Open | null = null

  const emit = (entry: Open, close: number | null, end: number, continues: boolean): void => {
    const markLength = entry.continued ? 0 : entry.dialogue ? dashLength(text, entry.open) : entry.mark.length
    let start = entry.open + markLength
    while (start < end && space.test(text.charAt(start))) start++
    while (end > start && space.test(text.charAt(end - 1))) end--
    if (end > start) {
      spans.push({open: entry.open, close, start, end, mark: entry.mark, dialogue: entry.dialogue, continues, depth: entry.depth})
    }
  }

  /** Close the nearest open entry expecting `closer`; entries above it are unbalanced. */
  const closeWith = (closer: string, at: number): boolean => {
    for (let index = stack.length - 1; index >= 0; index--) {
      const entry = stack[index] as Open
      const expected = entry.dialogue ? exchangeCloser(entry, exchange) : closers[entry.mark]
      if (expected !== closer) continue
      for (const above of stack.splice(index + 1)) if (!singles.has(above.mark)) unbalanced.push(above.open)
      stack.pop()
      emit(entry, at, at, false)
      if (entry.dialogue || stack.length === 0) exchange = null
      return true
    }
    return false
  }

  const labels = interviewLabels(view)
  const answers = unlabelledAnswers(view)

  paragraphs.forEach((paragraph, paragraphIndex) => {
    let from = paragraph.start
    const head = text.slice(paragraph.start, paragraph.start + 2)
    const label = labels.get(paragraphIndex)
    if (label === continued) {
      // an answer that goes on in this paragraph (no label of its own, before the next label): a
      // piece of speech opened at the paragraph's first character
      stack.push({mark: ':', open: paragraph.start, dialogue: true, depth: 0, continued: true})
    } else if (label !== undefined) {
      // an answer in an interview: "Marlow: …" is a line of speech by the labelled speaker
      stack.push({mark: ':', open: label, dialogue: true, depth: 0})
      from = label + 1
    } else if (dashes.test(head) && (questionBeforeAnswer(labels, paragraphIndex) || answers.has(paragraphIndex))) {
      // an interviewer's question laid out as a dash line before a labelled answer ("— Pourquoi ?" /
      // "B. C. : Parce que…"), or an unlabelled answer laid out as a dash line under its question
      // ("Comment avez-vous commencé ?" / "— Par hasard."): not quotations, but quotations inside them still are
      from = skipSpace(text, paragraph.start + dashLength(text, paragraph.start), paragraph.end)
    } else if (dashes.test(head) && attributionLine(view, paragraphIndex) === null) {
      const afterDash = skipSpace(text, paragraph.start + dashLength(text, paragraph.start), paragraph.end)
      const next = text.charAt(afterDash)
      if (next === '«' || next === '“' || next === '"' || next === '„') {
        from = afterDash
      } else {
        stack.push({mark: text.charAt(paragraph.start), open: paragraph.start, dialogue: true, depth: stack.length})
        from = afterDash
      }
    }

    for (let at = from; at < paragraph.end; at++) {
      const char = text.charAt(at)
      if ((char === '—' || char === '–' || text.startsWith('--', at)) && (stack.length === 0 || (stack.length === 1 && (stack[0] as Open).dialogue)) && newLine(view, at, paragraph.start)) {
        // a dash after a full stop, with an incise after the next words, starts a line of dialogue
        // inside the paragraph (". — Quoi ? dit alors le directeur …"); the line before ends here
        const current = stack.pop()
        if (current) emit(current, null, at, false)
        exchange = null
        stack.push({mark: char, open: at, dialogue: true, depth: 0})
        at += dashLength(text, at) - 1
        continue
      }
      switch (char) {
        case '«':
        case '„':
          stack.push({mark: char, open: at, dialogue: false, depth: stack.length})
          break
        case '‹':
          if (stack.length > 0) stack.push({mark: char, open: at, dialogue: false, depth: stack.length})
          break
        case '»':
        case '”':
          if (!closeWith(char, at) && !closedTwice(text, spans, paragraph, at)) unbalanced.push(at)
          break
        case '›':
          closeWith(char, at)
          break
        case '“': {
          const top = stack[stack.length - 1]
          if (top && top.mark === '„') closeWith('“', at)
          else if (top && top.mark === '“' && isClosing(text, at) && !isOpening(text, at)) {
            closeWith('”', at)
          } else stack.push({mark: char, open: at, dialogue: false, depth: stack.length})
          break
        }
        case '"': {
          const opening = isOpening(text, at)
          const closing = isClosing(text, at)
          const isOpen = stack.some((entry) => entry.mark === '"')
          const spaced = !opening && !closing && space.test(text.charAt(at - 1) || ' ') && space.test(text.charAt(at + 1) || ' ')
          if (closing && (!opening || isOpen)) {
            if (isOpen) closeWith('"', at)
            else unbalanced.push(at)
          } else if (opening) stack.push({mark: char, open: at, dialogue: false, depth: stack.length})
          else if (spaced) {
            // white space on both sides: closes an open one, else opens (French spaced style)
            if (isOpen) closeWith('"', at)
            else stack.push({mark: char, open: at, dialogue: false, depth: stack.length})
          }
          break
        }
        case '‘':
          // nested, or at the top level when it sits like an opening mark (British style)
          if (stack.length > 0 || isOpening(text, at)) stack.push({mark: char, open: at, dialogue: false, depth: stack.length})
          break
        case '’':
        case "'": {
          const top = stack[stack.length - 1]
          const expected = char === '’' ? '‘' : "'"
          if (top && top.mark === expected && top.until !== undefined) {
            if (at === top.until) closeWith(char, at)
          } else if (top && top.mark === expected && isClosing(text, at) && !/\p{L}/u.test(text.charAt(at + 1))) {
            closeWith(char, at)
          } else if (char === "'" && stack.length > 0 && top?.mark !== "'" && isOpening(text, at) && /\p{L}/u.test(text.charAt(at + 1))) {
            stack.push({mark: char, open: at, dialogue: false, depth: stack.length})
          } else if (char === "'" && stack.length === 0) {
            // standing alone: only when its closing mark is found before the paragraph ends
            const until = singleClose(text, at, paragraph.end, elided)
            if (until !== null) stack.push({mark: char, open: at, dialogue: false, depth: 0, until})
          }
          break
        }
      }
    }

    // End of the paragraph: close dialogue lines, continue or drop what is still open.
    const nextParagraph = paragraphs[paragraphIndex + 1]
    const nextHead = nextParagraph ? text.slice(nextParagraph.start, nextParagraph.start + 2) : ''
    while (stack.length > 0 && singles.has((stack[stack.length - 1] as Open).mark)) stack.pop()
    if (stack.length === 0) {
      exchange = null
      return
    }
    const bottom = stack[0] as Open
    const outer = exchange ?? (bottom.dialogue ? null : bottom)
    const continues =
      outer !== null &&
      nextParagraph !== undefined &&
      (nextHead.startsWith(outer.mark) || (dashes.test(nextHead) && (outer.mark === '«' || outer.mark === '“' || outer.mark === '"')))
    if (bottom.dialogue && !continues) {
      for (const above of stack.slice(1)) if (!singles.has(above.mark)) unbalanced.push(above.open)
      emit(bottom, null, paragraph.end, false)
      stack.length = 0
      exchange = null
      return
    }
    if (continues && outer) {
      for (const above of stack.slice(1)) if (!singles.has(above.mark)) unbalanced.push(above.open)
      // the same mark at the head of the next paragraph re-opens this quotation (one quotation in
      // pieces); a dash there starts the next line of an exchange (a new quotation)
      emit(bottom, null, paragraph.end, !bottom.dialogue && nextHead.startsWith(outer.mark))
      stack.length = 0
      exchange = outer
      return
    }
    for (const entry of stack) if (!singles.has(entry.mark)) unbalanced.push(entry.open)
    stack.length = 0
    exchange = null
  })

  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  unbalanced.sort((a, b) => a - b)
  return {spans, unbalanced}
}

/**
 * A line whose quotation mark is closed twice, once before its incise and once at its end
 * ("— « Il le faut », reprit-il, et je vous le promets. »"): the second closing mark, ending the
 * paragraph with nothing open, extends the quotation that opened the line (the incise is cut later).
 */
function closedTwice(text: string, spans: RawQuoted[], paragraph: {start: number; end: number}, at: number): boolean {
  if (text.slice(at + 1, paragraph.end).trim() !== '') return false
  const line = spans[spans.length - 1]
  if (!line || line.close === null || line.depth !== 0 || line.dialogue || line.open < paragraph.start || closers[line.mark] !== text.charAt(at)) return false
  if (!/^(?:(?:—|–|--)[\s\u00a0\u202f]*)?$/.test(text.slice(paragraph.start, line.open))) return false
  // (no other quotation between the two closing marks)
  if (/[«»“”"]/.test(text.slice(line.close + 1, at))) return false
  let end = at
  while (end > line.start && /[\s\u00a0\u202f]/.test(text.charAt(end - 1))) end--
  line.close = at
  line.end = end
  return true
}

/** The most characters between a dash and the punctuation mark before its incise. */
const maxLineHead = 80

/**
 * Whether a dash inside a paragraph opens a new line of dialogue: it stands after the end of a
 * sentence (". — ", "! — ", "? — "), a capital letter follows, and the words after it are cut by an
 * incise with a verb of saying ("— Quoi ? dit alors le directeur", "— C'est fini, reprit-elle"). A
 * dash that sets words apart inside a sentence ("Le film — tourné en hiver — sort") never does.
 */
function newLine(view: TextView, at: number, paragraphStart: number): boolean {
  const {text} = view
  if (at <= paragraphStart) return false
  const head = /[.!?…][»”"]?[\s\u00a0\u202f]+$/u.exec(text.slice(Math.max(paragraphStart, at - 4), at))
  if (!head) return false
  const after = /^(?:—|–|--)[\s\u00a0\u202f]*(\p{Lu}[^.!?…,;:«»"“”—–]{0,80}?)[,!?…][\s\u00a0\u202f]*(\p{L}+(?:-t)?(?:-\p{L}+)?)/u.exec(text.slice(at, at + maxLineHead + 40))
  if (!after) return false
  const verb = (after[2] as string).toLowerCase()
  return isSpeechVerb(verb, view.language) || (/-/.test(verb) && isSpeechVerb(verb.split('-')[0] as string, view.language))
}

/**
 * A speaker label at the head of a paragraph: "Marlow:", "Jo Marlow :", "JO MARLOW:", "Q:", and a
 * name with its role, "Jo Marlow (producer):" or "Jo Marlow, producer:" (group 1 is the name; a role
 * after a comma is checked by `roleAfterComma`).
 */
const labelPattern = /^(\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]\p{Lu}[\p{L}.'’-]*){0,2})(?:[ \u00a0]*\([^()\n:]{1,40}\)|,[ \u00a0]+([\p{L}'’ \u00a0-]{2,40}?))?[ \u00a0\u202f]?:[ \u00a0\u202f]+\S/u
/** Labels that ask (the interviewer's questions). */
const askingLabels = new Set(['q', 'q.', 'question', 'questions', 'interviewer', 'intervieweur', 'journaliste'])
/** Labels of the interviewer's lines and other lines that are no one's words (questions are not quotations). */
const questionLabels = new Set([...askingLabels, 'réponse', 'r', 'r.', 'a', 'a.', 'answer', 'note', 'nb', 'n.b.', 'source', 'photo', 'crédit', 'credit'])

/** The value of `interviewLabels` for a paragraph that goes on with the answer before it. */
export const continued = -1

/**
 * The answers of an interview laid out as "Name: answer" paragraphs, as a map from paragraph index to
 * the offset of the label's colon. Only when the layout is clear: a label used in two paragraphs or
 * more, or question lines ("Q:") beside named lines. A named label half of whose lines end on a
 * question mark, beside one whose lines never do, is the interviewer's: questions are not quotations.
 *
 * When the questions carry labels too ("Q:", "Journaliste :", the interviewer's name), a paragraph
 * without a label between a named answer and the next label is that answer going on (`continued`):
 * with every question labelled, nothing else stands there. (Where questions are bare paragraphs, an
 * unlabelled paragraph may be a question or an unlabelled answer, which are not quotations.)
 */
export function interviewLabels(view: TextView): Map<number, number> {
  const found: Array<{paragraph: number; label: string; colon: number; asks: boolean}> = []
  view.paragraphs.forEach((paragraph, index) => {
    const match = labelPattern.exec(view.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 80)))
    if (!match) return
    // (a role after a comma is a person noun, with or without a determiner: "Jo Marlow, the producer:")
    if (match[2] !== undefined && !roleAfterComma(match[2], view.language)) return
    const label = nameKey(match[1] as string)
    const asks = /[?？][\s»”"…]*$/.test(view.text.slice(paragraph.start, paragraph.end).trimEnd())
    found.push({paragraph: index, label, colon: paragraph.start + match[0].lastIndexOf(':'), asks})
  })
  // (a name spelt in capitals and then in lower case is one label: "MARLOW:", "Marlow:")
  const counts = new Map<string, number>()
  const asking = new Map<string, number>()
  for (const item of found) {
    counts.set(item.label, (counts.get(item.label) ?? 0) + 1)
    if (item.asks) asking.set(item.label, (asking.get(item.label) ?? 0) + 1)
  }
  // the interviewer's name as a label: half its lines or more end on a question mark, and another
  // label's lines (two or more) never do
  const interviewer = (label: string): boolean =>
    (counts.get(label) ?? 0) >= 2 &&
    (asking.get(label) ?? 0) * 2 >= (counts.get(label) ?? 0) &&
    [...counts.keys()].some((other) => other !== label && (counts.get(other) ?? 0) >= 2 && (asking.get(other) ?? 0) === 0)
  const hasQuestions = found.some((item) => questionLabels.has(item.label) || interviewer(item.label))
  const labelledQuestions = found.some((item) => askingLabels.has(item.label) || interviewer(item.label))
  const result = new Map<number, number>()
  for (const item of found) {
    if (questionLabels.has(item.label) || interviewer(item.label)) continue
    if ((counts.get(item.label) ?? 0) >= 2 || hasQuestions) result.set(item.paragraph, item.colon)
  }
  if (labelledQuestions) {
    // the paragraphs of an answer that goes on until the next label
    // (a headline "X : « … »", the first paragraph or words in quotation marks after the label, is no answer that goes on)
    const labelled = new Set(found.map((item) => item.paragraph))
    found.forEach((item, at) => {
      const next = found[at + 1]
      if (!result.has(item.paragraph) || !next || item.paragraph === 0 || /^[\s\u00a0\u202f]*[«“"„‘]/.test(view.text.slice(item.colon + 1, item.colon + 6))) return
      for (let paragraph = item.paragraph + 1; paragraph < next.paragraph && !labelled.has(paragraph); paragraph++) {
        if (!answerGoesOn(view, paragraph)) break
        result.set(paragraph, continued)
      }
    })
  }
  return result
}

/**
 * The dash lines that answer an interviewer's question: a paragraph opened by a dash right under a
 * short paragraph that is a question and opens on no dash nor mark ("Comment avez-vous commencé ?" /
 * "— Par hasard."), when the text has at least two such pairs (a novel's narration that ends on a
 * question, once, before a line of dialogue stays dialogue).
 */
function unlabelledAnswers(view: TextView): Set<number> {
  const {text, paragraphs} = view
  const found = new Set<number>()
  paragraphs.forEach((paragraph, index) => {
    const previous = paragraphs[index - 1]
    if (!previous || !dashes.test(text.slice(paragraph.start, paragraph.start + 2))) return
    const question = text.slice(previous.start, previous.end).trim()
    if (question.length > 300 || !/\?[*_\s]*$/.test(question) || /^[*_\s]*(?:—|–|--|«|“|"|„)/.test(question)) return
    found.add(index)
  })
  return found.size >= 2 ? found : new Set()
}

/**
 * Whether a dash paragraph is an interviewer's question: the next paragraph is a labelled answer
 * ("— Comment vous a-t-elle trouvé ?" / "J. M. : Par hasard."). Dialogue in fiction is never laid
 * out with a speaker label after each line, and `interviewLabels` only finds labels in a clear
 * interview layout (one label used twice or more, or question labels).
 */
function questionBeforeAnswer(labels: ReadonlyMap<number, number>, paragraph: number): boolean {
  const next = labels.get(paragraph + 1)
  return next !== undefined && next !== continued
}

/** The key of a label: lower case, spaces folded ("JO MARLOW" and "Jo Marlow" are one). */
function nameKey(label: string): string {
  return label.toLowerCase().replace(/[\s\u00a0]+/g, ' ')
}

/** Whether the words after a label's comma name a role: a person noun, maybe after a determiner and before a complement. */
function roleAfterComma(words: string, lang: TextView['language']): boolean {
  const list = words.toLowerCase().split(/[\s\u00a0]+/).filter((word) => word !== '')
  const first = ['the', 'a', 'an', 'le', 'la', 'l', 'un', 'une'].includes(list[0] ?? '') ? 1 : 0
  return list.length - first >= 1 && list.length - first <= 4 && personNoun(list[first] as string, lang) !== undefined
}

/** Whether a paragraph without a label can go on with the answer before it: prose, not a heading, a dialogue line or a note. */
function answerGoesOn(view: TextView, paragraph: number): boolean {
  const {start, end} = view.paragraphs[paragraph] as {start: number; end: number}
  const source = view.source.slice(start, end).trimStart()
  const text = view.text.slice(start, end).trim()
  if (text === '' || /^#|^[*_]/.test(source) || dashes.test(text)) return false
  // (an opening quotation mark starts a quotation of its own, not the answer's words)
  return /^[\p{L}\p{N}(]/u.test(text)
}

/** The most characters of an attribution line after its dash. */
const maxAttributionLine = 90

/**
 * The name in an attribution line: a paragraph made of a dash and a name, maybe with a role or a
 * publication ("— Ruth Okafor, director", "— Jo Marlow (productrice)", "– R. Okafor"), right after a
 * paragraph that ends with a quotation. The line says who spoke; it is not a line of dialogue.
 * Returns the span of the name, or null.
 */
export function attributionLine(view: TextView, paragraph: number): {start: number; end: number} | null {
  const {text} = view
  const line = view.paragraphs[paragraph]
  const previous = view.paragraphs[paragraph - 1]
  if (!line || !previous || !dashes.test(text.slice(line.start, line.start + 2))) return null
  if (!/[»”"’][\s\u00a0\u202f.,!?…]*$/.test(text.slice(previous.start, previous.end).trimEnd())) return null
  const from = line.start + dashLength(text, line.start)
  const rest = text.slice(from, line.end)
  if (rest.trim().length > maxAttributionLine) return null
  const match = /^[\s\u00a0\u202f]*(\p{Lu}[\p{L}.'’-]*(?:[ \u00a0](?:(?:de|da|del|der|di|du|van|von|le|la|bin|ibn)[ \u00a0])?\p{Lu}[\p{L}.'’-]*){0,3})(.*)$/u.exec(rest)
  if (!match) return null
  const name = match[1] as string
  const tail = (match[2] as string).trim()
  if (/[?!…]$/.test(tail) || (tail === '' && /\.$/.test(name) && !/\p{Lu}\.$/u.test(name))) return null
  // after the name: nothing, a role or a publication after a comma, or a parenthesis
  const role = /^,[\s\u00a0]*(.+?)\.?$/u.exec(tail)
  const fits = tail === '' || /^\([^()]{1,60}\)\.?$/.test(tail) || (role !== null && (/^\p{Lu}/u.test(role[1] as string) || roleAfterComma((role[1] as string).split(/[\s\u00a0]+(?:of|de|du|des|d'|at|for|à|chez)[\s\u00a0]/u)[0] as string, view.language)))
  if (!fits) return null
  const start = from + (match.index ?? 0) + (rest.length - rest.trimStart().length)
  return {start, end: start + name.length}
}

/** The mark that closes a dialogue line inside an exchange: the exchange's closing mark. */
function exchangeCloser(entry: Open, exchange: Open | null): string {
  if (!entry.dialogue || !exchange) return '\u0000'
  return closers[exchange.mark] ?? '\u0000'
}

/** Length of the dash at `at`: 2 for "--", else 1. */
function dashLength(text: string, at: number): number {
  return text.startsWith('--', at) ? 2 : 1
}

/** First offset at or after `at` that is not white space (bounded by `end`). */
function skipSpace(text: string, at: number, end: number): number {
  while (at < end && space.test(text.charAt(at))) at++
  return at
}

/** The fewest letters between a pair of straight single quotes standing alone. */
const minSingle = 2

/**
 * The closing mark of a straight single quote at `at` standing outside any quotation, or null when
 * it is an apostrophe. It opens only at a word boundary (after a space or an opening bracket, before
 * a letter: never "l'eau", "don't", "the '90s") and not an elided word ("'n'", "'cause"). It closes at
 * the first quote after a letter or a punctuation mark and before a space, a punctuation mark or
 * the paragraph's end (never inside a word), before the next quote that could open a span. A quote
 * after an s and before a word ("the actors' union") reads as a plural possessive: it closes only
 * when no other closing mark comes before the next opening one.
 */
export function singleClose(text: string, at: number, end: number, elided: ReadonlySet<string>): number | null {
  if (!isOpening(text, at) || !/\p{L}/u.test(text.charAt(at + 1))) return null
  const word = /^[\p{L}]+/u.exec(text.slice(at + 1, at + 12))?.[0].toLowerCase() ?? ''
  if (elided.has(word) && !/\p{L}/u.test(text.charAt(at + 1 + word.length) || ' ')) return null
  let possessive: number | null = null
  for (let next = text.indexOf("'", at + 1); next >= 0 && next < end; next = text.indexOf("'", next + 1)) {
    const before = text.charAt(next - 1)
    const after = next + 1 >= end ? ' ' : text.charAt(next + 1)
    if (/[\p{L}\p{N}]/u.test(after)) {
      // a quote that opens another span ends the search; an apostrophe inside a word does not
      if (space.test(before) && singleOpens(text, next, elided)) break
      continue
    }
    if (space.test(before) || !closingContext.test(after)) continue
    if (letters(text.slice(at + 1, next)) < minSingle) return null
    if (/s/i.test(before) && /^[\s\u00a0]+[\p{L}\p{N}]/u.test(text.slice(next + 1, next + 3))) {
      possessive = possessive ?? next
      continue
    }
    return next
  }
  return possessive
}

/** Whether a straight single quote at `at` sits like the opening mark of a word that is not elided. */
function singleOpens(text: string, at: number, elided: ReadonlySet<string>): boolean {
  const word = /^[\p{L}]+/u.exec(text.slice(at + 1, at + 12))?.[0].toLowerCase() ?? ''
  return isOpening(text, at) && word !== '' && !elided.has(word)
}

/** Number of letters and digits in a string. */
function letters(value: string): number {
  return (value.match(/[\p{L}\p{N}]/gu) ?? []).length
}

/** Whether the mark at `at` sits where an opening mark sits: after a space or an opener, before a non-space. */
function isOpening(text: string, at: number): boolean {
  const before = at === 0 ? ' ' : text.charAt(at - 1)
  const after = text.charAt(at + 1)
  return openingContext.test(before) && after !== '' && !space.test(after)
}

/** Whether the mark at `at` sits where a closing mark sits: after a non-space, before a space or punctuation. */
function isClosing(text: string, at: number): boolean {
  const before = at === 0 ? ' ' : text.charAt(at - 1)
  const after = at + 1 >= text.length ? ' ' : text.charAt(at + 1)
  return !space.test(before) && closingContext.test(after)
}
