/**
 * awards: names of awards in a sentence ("Prix Spécial du Jury", "Palme d'or", "Golden Bear").
 *
 * An award name starts with a head word from the lexicon and goes on over capitalised words and
 * the lower-case words awards are made of ("du", "meilleur", "d'or"), ending on a word that is
 * not a connector. A head written in lower case ("le prix du montage") needs at least one word
 * after it or a category word before it ("the audience award", "a jury prize"), so that "un prix"
 * alone is not an award. A name stops before the name of something else: "Grand Prix | du Festival
 * de Cannes", "Oscar | for Black Panther" (the spans of other names are given), and before a
 * capitalised word after "for" that is no category ("Oscar | for Joker"); a possessive before it is
 * the giver or the winner, not part of it ("Triet's | Palme d'Or").
 */
import type {TextSpan} from '../types.js'
import type {FactLexicon} from './lexicon.js'

const connectors = new Set(['de', 'du', 'des', "d'", 'd’', 'la', 'le', "l'", 'l’', 'for', 'of', 'the', 'en'])

/** Award names found in `[start, end)` of `text`. */
export function findAwards(text: string, start: number, end: number, lexicon: FactLexicon, names: readonly TextSpan[] = []): TextSpan[] {
  const nameStarts = new Set(names.map((name) => name.start))
  const words = [...text.slice(start, end).matchAll(/[ldLD]['’](?=\p{L})|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*['’]?/gu)].map((match) => ({
    word: match[0],
    start: start + (match.index ?? 0),
    end: start + (match.index ?? 0) + match[0].length
  }))
  const awards: TextSpan[] = []
  for (let index = 0; index < words.length; index++) {
    const head = words[index]
    if (!head) continue
    // "l'Amphore d'or", "le Pélican d'argent": a capitalised noun with a metal is an award's head
    const metal = /^\p{Lu}/u.test(head.word) && metalAfter.test(text.slice(head.end, head.end + 12))
    const capitalised = lexicon.awardHeads.has(head.word) || metal
    if (!metal && !isHead(head.word, lexicon)) continue
    // "Grand" alone is an adjective; it heads an award only before a capitalised word ("Grand Prix")
    // or another head ("Grand prix du jury").
    const second = words[index + 1]?.word ?? ''
    if (/^grand$/i.test(head.word) && !/^\p{Lu}/u.test(second) && !lexicon.awardHeads.has(capitalise(second))) continue
    let last = index
    for (let next = index + 1; next < words.length; next++) {
      const word = words[next]
      const previous = words[next - 1]
      if (!word || !previous) break
      if (text.slice(previous.end, word.start).trim() !== '') break
      const lower = word.word.toLowerCase()
      const upper = /^\p{Lu}/u.test(word.word)
      if (!upper && !lexicon.awardWords.has(lower) && !lexicon.awardWords.has(lower.replace(/^(d|l)['’]/, '$1\'')) && !(articles.has(lower) && previous.word === 'for')) break
      // (a connector before another name ends this one: "Grand Prix du Festival de Cannes")
      if (connectors.has(lower) && words[next + 1] && nameStarts.has((words[next + 1] as {start: number}).start)) break
      // ("for" goes on over a category, "for Best Actress", "for a feature film", not over a title)
      if (lower === 'for' && !categoryAfterFor(words[next + 1]?.word, words[next + 2]?.word, lexicon)) break
      if (!connectors.has(lower) && !articles.has(lower)) last = next
    }
    // "Panorama Audience Award", "Silver Bear": capitalised words right before the head belong to it
    let firstIndex = index
    while (firstIndex > 0) {
      const before = words[firstIndex - 1]
      const current = words[firstIndex]
      if (!before || !current || !/^\p{Lu}/u.test(before.word) || text.slice(before.end, current.start).trim() !== '') break
      // (a capitalised word opening the sentence is no part of the name, unless the name labels a list line: "FIPRESCI Prize: …")
      if ((before.start === start && !/^[*_\s]*:/.test(text.slice(head.end, head.end + 4))) || /[.!?:—]\s*$/.test(text.slice(start, before.start))) break
      // ("Le prix Louis-Delluc" after a dateline: a determiner is no part of the name)
      if (/^(le|la|les|l['’]|the|a|an|un|une)$/i.test(before.word)) break
      // ("Triet's Palme d'Or": a possessive names who gave or won it)
      // (a possessive of the public a prize is named for is part of it: "People's Choice Award")
      if (/['’]s?$/u.test(before.word) && !lexicon.awardWords.has(before.word.toLowerCase())) break
      firstIndex--
    }
    // "the audience award", "a special jury award": a lower-case head after category words
    // (a lower-case head right before another, "jury" in "jury award", is one of them)
    if (!capitalised && words[index + 1] && /^\p{Ll}/u.test(words[index + 1]?.word ?? '') && isHead(words[index + 1]?.word ?? '', lexicon) && text.slice(head.end, (words[index + 1] as {start: number}).start).trim() === '') continue
    if (!capitalised) {
      while (firstIndex > 0) {
        const category = words[firstIndex - 1] as {word: string; end: number}
        const next = words[firstIndex] as {start: number}
        if (connectors.has(category.word) || !lexicon.awardWords.has(category.word) || text.slice(category.end, next.start).trim() !== '') break
        firstIndex--
      }
    }
    // "won the festival's award for Best Documentary Feature": the name is what follows "for" when
    // it is capitalised; "an award for cinematography" keeps its head
    const after = words[index + 2]
    const named = !capitalised && words[index + 1]?.word === 'for' && last > index + 1 && after && /^\p{Lu}/u.test(after.word) ? after : undefined
    const from = named ? named.start : (words[firstIndex] as {start: number}).start
    const lastWord = words[last]
    if (!lastWord || (!capitalised && last === index && firstIndex === index)) continue
    // "César du meilleur acteur dans un second rôle", "Oscar for Best Actress in a Supporting Role"
    const part = /\p{Ll}/u.test(lastWord.word) || /^(?:Actor|Actress|Performance)$/.test(lastWord.word) ? roleCategory.exec(text.slice(lastWord.end, end)) : null
    let stop = lastWord.end + (part ? part[0].length : 0)
    if (part) while (words[last + 1] && (words[last + 1] as {start: number}).start < stop) last++
    stop = Math.min(stop, end)
    awards.push({start: from, end: stop, text: text.slice(from, stop)})
    index = last
  }
  return awards
}

/** The part an acting category is for, after its name: "dans un second rôle", "in a leading role". */
const roleCategory = /^\s+(?:dans\s+un\s+(?:second|premier)\s+rôle|in\s+a\s+(?:supporting|leading|lead)\s+role)(?![\p{L}])/iu

/** Articles, which continue an award's name only right after "for": "Cristal for a feature film". */
const articles = new Set(['a', 'an'])

/** Whether the words after "for" name a category: "Best …", a category word, or an article and one. */
function categoryAfterFor(next: string | undefined, then: string | undefined, lexicon: FactLexicon): boolean {
  if (!next) return false
  const lower = next.toLowerCase()
  if (articles.has(lower)) return !!then && lexicon.awardWords.has(then.toLowerCase())
  return lexicon.awardWords.has(lower) && !connectors.has(lower)
}

/** What follows a noun made an award by its metal: "d'or", "d'argent", "de bronze", "de cristal". */
const metalAfter = /^\s+(d['’]or|d['’]argent|de\s+bronze|de\s+cristal)(?![\p{L}])/u

/** Whether a word heads an award's name, in any case ("Prix", "prix", "award"). */
function isHead(word: string, lexicon: FactLexicon): boolean {
  return lexicon.awardHeads.has(word) || lexicon.awardHeads.has(capitalise(word))
}

/** The word with its first letter in upper case. */
function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
