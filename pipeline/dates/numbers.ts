/**
 * Quantities in temporal expressions: digits ("3", "30,4"), number words ("trois", "dix-huit",
 * "quatre-vingt-dix", "twenty-one", "a hundred"), and vague or approximate quantities ("quelques",
 * "une dizaine de", "several", "a dozen").
 */
import {cue, isKey, next, touches, type Scan} from './scan.js'

/** A quantity read at a token index. `value` is null for a vague quantity ("quelques"). */
export interface Quantity {
  value: number | null
  next: number
}

/** Read a quantity starting at token `i`, or null. */
export function readQuantity(scan: Scan, i: number): Quantity | null {
  return readDigits(scan, i) ?? readApprox(scan, i) ?? readWords(scan, i)
}

/** Digits, with an optional decimal part joined by a comma or a point ("30,4"). */
function readDigits(scan: Scan, i: number): Quantity | null {
  const token = next(scan, i)
  if (!token || token.kind !== 'num' || token.text.length > 4) return null
  const sep = scan.tokens[i + 1]
  const frac = scan.tokens[i + 2]
  if (sep && frac && (sep.text === ',' || sep.text === '.') && frac.kind === 'num' && touches(scan, i + 1) && touches(scan, i + 2)) {
    return {value: Number(`${token.text}.${frac.text}`), next: i + 3}
  }
  return {value: Number(token.text), next: i + 1}
}

/** "une dizaine de", "quelques", "plusieurs", "a few", "a dozen", "a couple of". */
function readApprox(scan: Scan, i: number): Quantity | null {
  let j = i
  if (isKey(scan, j, ...(scan.lex.lang === 'fr' ? ['une', 'un'] : ['a', 'an']))) j++
  const hit = cue(scan, 'approx', j)
  if (!hit) return null
  // "quelques", "plusieurs", "des", "several" stand alone; "dizaine", "few", "dozen" need "une"/"a" unless plural
  const stands = ['quelques', 'plusieurs', 'des', 'several', 'many', 'some'].includes(scan.tokens[j]?.key ?? '') || hit.next - j > 1
  if (j === i && !stands && !/s$/.test(scan.tokens[j]?.key ?? '')) return null
  let end = hit.next
  if (isKey(scan, end, 'de', 'of')) end++
  else if (isKey(scan, end, 'd') && isKey(scan, end + 1, "'")) end += 2
  const value = hit.value === 'X' ? null : Number(hit.value)
  return {value, next: end}
}

/** Number words, hyphenated or joined by "et"/"and" ("vingt et un", "a hundred and twenty"). */
function readWords(scan: Scan, i: number): Quantity | null {
  const numbers = scan.lex.numbers
  const first = next(scan, i)
  if (!first || !numbers.has(first.key)) return null
  let total = 0
  let last = 0
  let j = i
  let parts = 0
  let afterEt = false
  for (;;) {
    const token = j === i ? first : next(scan, j)
    const value = token ? numbers.get(token.key) : undefined
    if (value === undefined) break
    if (parts > 0 && !afterEt && ['a', 'an', 'un', 'une'].includes(token?.key ?? '')) break
    afterEt = false
    if (value === 100) total = (total || 1) * 100
    else if (value === 20 && last === 4) total += 76 // quatre-vingt
    else total += value
    last = value
    parts++
    j++
    // continue over "-" (touching) or "et"/"and" followed by a number word
    if (isKey(scan, j, '-') && touches(scan, j) && numbers.has(scan.tokens[j + 1]?.key ?? '') && touches(scan, j + 1)) {
      j++
      continue
    }
    // "deux cents", "a hundred": a multiplier may follow after a space
    if (numbers.get(scan.tokens[j]?.key ?? '') === 100) continue
    // "cent vingt", "deux cent cinquante": tens and units may follow a hundred after a space
    if (value === 100 && (numbers.get(scan.tokens[j]?.key ?? '') ?? 100) < 100 && !isKey(scan, j, 'a', 'an', 'un', 'une')) continue
    const joiner = isKey(scan, j, 'et') ? isKey(scan, j + 1, 'un', 'une') : isKey(scan, j, 'and') && numbers.has(scan.tokens[j + 1]?.key ?? '') && !isKey(scan, j + 1, 'a', 'an', 'one')
    if (joiner && (isKey(scan, j, 'and') ? total >= 100 : total >= 20)) {
      afterEt = true
      j++
      continue
    }
    break
  }
  return {value: total, next: j}
}
