/**
 * categories: the prizes a count of awards names ("won four Oscars, including Best Picture",
 * "took seven prizes, including best film and best director", "trois César, dont celui du
 * meilleur film").
 *
 * After "including" / "dont" / "notamment" that closes a count of prizes, each best-category
 * name ("Best Picture", "meilleur film") is an award the film won; the counted plural itself
 * ("four Oscars") is no award's name. A capitalised category goes on over capitalised words
 * (and "in a", "of", "du" between them); a lower-case one is one to three words that end the
 * list (a comma, "and"/"et", the end of the sentence), so that "best film at the ceremony" is not read.
 */
import type {Sentence, TextSpan} from '../types.js'

/** A count of prizes right before the cue: "four Oscars, including", "seven prizes, including", "trois César, dont". */
const countedPrizes = /(?<![\p{L}\p{N}])(?:\p{N}{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\s+([\p{L}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,6})\s*,\s*(?:including|among\s+them|dont|notamment|parmi\s+lesquels)\s+/giu

/** Nouns of a prize, singular or plural, beside the award heads of the lexicon ("four Oscars", "seven prizes", "trois trophées"). */
const prizeNouns = new Set(['prize', 'prizes', 'award', 'awards', 'trophy', 'trophies', 'statuette', 'statuettes', 'prix', 'trophée', 'trophées', 'récompense', 'récompenses', 'distinction', 'distinctions'])

const listItem = /^\s*(?:,\s*|\s+(?:and|et)\s+|,\s*(?:and|et)\s+)?(?:the\s+|le\s+|la\s+|celui\s+(?:du|de\s+la)\s+|celle\s+(?:du|de\s+la)\s+|ceux\s+du\s+)?((?:Best|best|Meilleure?|meilleure?)\s+[^,;.]*)/u
const connectors = new Set(['in', 'a', 'an', 'of', 'by', 'de', 'du', 'des', 'la', 'le', "d'", 'dans', 'un', 'une'])

/** The category name at the start of `rest`, or undefined. */
function category(rest: string): string | undefined {
  const words = rest.split(/\s+/u)
  const head = words[0] as string
  const kept = [head]
  if (/^\p{Lu}/u.test(head)) {
    for (let at = 1; at < words.length; at++) {
      const word = words[at] as string
      if (/^\p{Lu}/u.test(word)) kept.push(word)
      else if (connectors.has(word.toLowerCase()) && /^\p{Lu}/u.test(words.slice(at + 1).find((next) => !connectors.has(next.toLowerCase())) ?? '')) kept.push(word)
      else break
    }
    return kept.length > 1 ? kept.join(' ') : undefined
  }
  // lower case: one to three words, then the end of the item
  const end = words.findIndex((word, at) => at > 0 && (word === 'and' || word === 'et'))
  const body = end === -1 ? words : words.slice(0, end)
  return body.length >= 2 && body.length <= 4 ? body.join(' ') : undefined
}

/** The categories a count of prizes names in the sentence, with the span of the counted plural they replace. */
export function namedCategories(text: string, sentence: Sentence, heads: Set<string>): {counted: TextSpan; categories: TextSpan[]} | undefined {
  const slice = text.slice(sentence.start, sentence.end)
  for (const match of slice.matchAll(countedPrizes)) {
    // (the count must be of prizes: "four Oscars", "seven prizes in London"; not "two films, including …")
    const noun = (match[1] as string).split(/\s+/u)[0] as string
    if (!prizeNouns.has(noun.toLowerCase()) && !heads.has(noun) && !heads.has(noun.replace(/s$/u, ''))) continue
    const countedStart = sentence.start + (match.index ?? 0) + match[0].indexOf(match[1] as string)
    const counted = {start: countedStart, end: countedStart + (match[1] as string).length, text: match[1] as string}
    let at = sentence.start + (match.index ?? 0) + match[0].length
    const categories: TextSpan[] = []
    for (;;) {
      const item = listItem.exec(text.slice(at, sentence.end))
      if (!item) break
      const name = category((item[1] as string).trimEnd())
      if (!name) break
      const start = at + (item.index ?? 0) + item[0].indexOf(item[1] as string)
      categories.push({start, end: start + name.length, text: name})
      at = start + name.length
      if (!/^\s*(?:,|and\b|et\b)/u.test(text.slice(at, sentence.end))) break
    }
    if (categories.length > 0) return {counted, categories}
  }
  return undefined
}
