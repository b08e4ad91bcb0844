/**
 * Grammar of absolute dates: full dates ("29 décembre 2009", "December 29, 2009", "2009-12-29",
 * "29/12/2009"), month and year, month alone, bare years, seasons, decades, centuries and ranges
 * ("de 2012 à 2014"). Each matcher reads tokens from an index and returns a candidate or null.
 */
import {isValidDay} from './calendar.js'
import type {Candidate, Meaning} from './semantics.js'
import {cue, cueBefore, opensSentence, digits, isKey, next, touches, type Scan} from './scan.js'
import {fold, type Token} from './tokens.js'

/** A piece read at a token index, with the index after it. */
interface Read<T> {
  value: T
  next: number
}

/** A year of four digits (1000–2099) at `i`. */
function year4(scan: Scan, i: number): Read<number> | null {
  const y = digits(scan, i, 4, 4)
  if (y === null || y < 1000 || y > 2099) return null
  if (isKey(scan, i + 1, ',', '.') && touches(scan, i + 1) && next(scan, i + 2)?.kind === 'num' && touches(scan, i + 2)) return null
  return {value: y, next: i + 1}
}

/** A year of four digits, or of two digits ("octobre 98", "May '98"), after a month. */
function yearAfterMonth(scan: Scan, i: number): Read<number> | null {
  const full = year4(scan, i)
  if (full) return full
  let j = i
  if (isKey(scan, j, "'")) j++
  const yy = digits(scan, j, 2, 2)
  if (yy === null) return null
  // "mai 98" but not "mai 98 personnes", "octobre 12 h", nor the hour of "5 September, 18:30"
  const after = next(scan, j + 1)
  if (after && (after.kind === 'word' || after.kind === 'num') && !/^(et|and|à|to|-)$/.test(after.key)) return null
  if (after?.key === ':' && touches(scan, j + 1) && next(scan, j + 2)?.kind === 'num' && touches(scan, j + 2)) return null
  return {value: yy < 30 ? 2000 + yy : 1900 + yy, next: j + 1}
}

/** Whether a month form is an abbreviation ("sept", "dec"): a longer form of the same month starts with it. */
function isAbbreviation(scan: Scan, key: string, m: number): boolean {
  for (const [other, month] of scan.lex.months) if (month === m && other.length > key.length && other.startsWith(key)) return true
  return false
}

/** A month name at `i` (an abbreviation may take a dot: "déc.", "Dec."). */
function month(scan: Scan, i: number): Read<number> & {abbreviation: boolean} | null {
  const token = next(scan, i)
  if (!token || token.kind !== 'word') return null
  const m = scan.lex.months.get(token.key)
  if (m === undefined) return null
  const abbreviation = isAbbreviation(scan, token.key, m)
  let j = i + 1
  if (abbreviation && isKey(scan, j, '.') && touches(scan, j)) j++
  return {value: m, next: j, abbreviation}
}

/** A day of the month at `i`: "29", "1er", "1st", "premier", "first". */
function dayNumber(scan: Scan, i: number): Read<number> | null {
  const token = next(scan, i)
  if (!token) return null
  if (token.kind === 'num' && token.text.length <= 2) {
    const d = Number(token.text)
    if (d < 1 || d > 31) return null
    let j = i + 1
    if (touches(scan, j) && isKey(scan, j, 'er', 'e', 'eme', 'st', 'nd', 'rd', 'th')) j++
    return {value: d, next: j}
  }
  const ordinal = token.kind === 'word' ? scan.lex.ordinals.get(token.key) : undefined
  if (ordinal !== undefined && ordinal <= 31 && (ordinal === 1 || scan.lex.lang === 'en')) return {value: ordinal, next: i + 1}
  return null
}

/** A weekday name at `i` (with an optional comma after it). */
function weekdayName(scan: Scan, i: number): Read<number> | null {
  const token = next(scan, i)
  const w = token ? scan.lex.weekdays.get(token.key) : undefined
  if (w === undefined) return null
  return {value: w, next: i + 1}
}

/** "dernier"/"prochain" after a date without year: the direction in which to look for its year. */
function direction(scan: Scan, i: number): Read<number> | null {
  const hit = cue(scan, 'deictic-mod', i)
  return hit ? {value: Number(hit.value), next: hit.next} : null
}

/** Full dates with a day: "29 décembre 2009", "lundi 3 mai", "le 6 mai dernier", "December 29, 2009", "Monday, May 3". */
export function dayMonthYear(scan: Scan, i: number): Candidate | null {
  let j = i
  let weekday: number | undefined
  const w = weekdayName(scan, j)
  if (w) {
    weekday = w.value
    j = w.next
    if (isKey(scan, j, ',')) j++
  }
  let d: number | null = null
  let m: number | null = null
  const dayFirst = dayNumber(scan, j)
  if (dayFirst) {
    let k = dayFirst.next
    if (isKey(scan, k, 'of', 'de')) k++
    const mo = month(scan, k)
    if (mo && !(mo.abbreviation && scan.tokens[mo.next - 1]?.text !== '.' && !yearAfterMonth(scan, mo.next))) {
      d = dayFirst.value
      m = mo.value
      j = mo.next
    }
  }
  if (m === null && scan.lex.lang === 'en') {
    const mo = month(scan, j)
    if (mo) {
      const day = dayNumber(scan, mo.next)
      if (day && !(next(scan, day.next)?.key === ':')) {
        d = day.value
        m = mo.value
        j = day.next
      }
    }
  }
  if (d === null || m === null) return null
  const meaning: Meaning = {kind: 'date', m, d}
  if (weekday !== undefined) meaning.weekday = weekday
  let k = j
  if (isKey(scan, k, ',')) k++
  const y = yearAfterMonth(scan, k)
  if (y) {
    if (!isValidDay(y.value, m, d)) return null
    meaning.y = y.value
    j = y.next
  } else {
    if (!isValidDay(2000, m, d)) return null
    const dir = direction(scan, j)
    if (dir) {
      meaning.dir = dir.value
      j = dir.next
    }
  }
  return {start: i, end: j, type: 'DATE', meaning}
}

/** ISO and numeric dates: "2009-12-29", "29/12/2009", "12/29/2009" (English), "29.12.2009". */
export function numericDate(scan: Scan, i: number): Candidate | null {
  const a = digits(scan, i, 1, 4)
  if (a === null) return null
  const sep = next(scan, i + 1)?.text
  if (!sep || !['-', '/', '.'].includes(sep) || !touches(scan, i + 1) || !touches(scan, i + 2) || !touches(scan, i + 4)) return null
  if (next(scan, i + 3)?.text !== sep) return null
  const b = digits(scan, i + 2, 1, 2)
  const c = digits(scan, i + 4, 2, 4)
  if (b === null || c === null) return null
  let y: number
  let m: number
  let d: number
  if (scan.tokens[i]?.text.length === 4) {
    if (sep !== '-') return null
    ;[y, m, d] = [a, b, c]
    if ((scan.tokens[i + 4]?.text.length ?? 0) !== 2) return null
  } else {
    if (sep === '-' || (scan.tokens[i + 4]?.text.length ?? 0) === 3) return null
    y = c < 100 ? (c < 30 ? 2000 + c : 1900 + c) : c
    // day first, except in English where the month comes first when it can
    ;[d, m] = scan.lex.lang === 'en' && a <= 12 ? [b, a] : [a, b]
  }
  if (!isValidDay(y, m, d) || y < 1000 || y > 2099) return null
  return {start: i, end: i + 5, type: 'DATE', meaning: {kind: 'date', y, m, d}}
}

/** Month with year or direction: "mai 1988", "octobre 98", "May 2010", "septembre dernier", "juin prochain", "last September". */
export function monthYear(scan: Scan, i: number): Candidate | null {
  // "last September", "next March"
  const pre = cue(scan, 'deictic-pre', i)
  if (pre) {
    const after = month(scan, pre.next)
    const written = scan.tokens[pre.next]?.text ?? ''
    if (!after || after.abbreviation || !/^\p{Lu}/u.test(written)) return null
    return {start: i, end: after.next, type: 'DATE', meaning: {kind: 'date', m: after.value, dir: Number(pre.value)}}
  }
  const mo = month(scan, i)
  if (!mo) return null
  let k = mo.next
  if (isKey(scan, k, ',') || isKey(scan, k, 'of')) k++
  const y = yearAfterMonth(scan, k)
  if (y) return {start: i, end: y.next, type: 'DATE', meaning: {kind: 'date', y: y.value, m: mo.value}}
  const dir = direction(scan, mo.next)
  if (dir && !mo.abbreviation) return {start: i, end: dir.next, type: 'DATE', meaning: {kind: 'date', m: mo.value, dir: dir.value}}
  return null
}

/**
 * A month alone ("en mai", "fin septembre", "in May"): in French a full month name written in lower
 * case (or opening a sentence, "Mars" elsewhere being the planet); in English after a preposition.
 */
export function monthAlone(scan: Scan, i: number): Candidate | null {
  const mo = month(scan, i)
  if (!mo || mo.abbreviation) return null
  const token = scan.tokens[i] as Token
  if (scan.lex.lang === 'fr') {
    const lower = token.text === token.text.toLowerCase()
    if (!lower && !opensSentence(scan, i)) return null
    if (!lower && token.key === 'mars') return null
  } else {
    const cued = cueBefore(scan, 'year-cue', i) ?? cueBefore(scan, 'deictic-pre', i) ?? cueBefore(scan, 'this', i) ?? cueBefore(scan, 'point-mod', i)
    if (token.text[0] !== token.text[0]?.toUpperCase()) return null
    if (!cued && !openingMonth(scan, i)) return null
  }
  let start = i
  // "le mois de juin" → "mois de juin"
  if (isKey(scan, i - 1, 'de', "'") && (isKey(scan, i - 2, 'mois') || (isKey(scan, i - 2, 'd') && isKey(scan, i - 3, 'mois')))) {
    start = isKey(scan, i - 2, 'mois') ? i - 2 : i - 3
  }
  return {start, end: mo.next, type: 'DATE', meaning: {kind: 'date', m: mo.value}}
}

/**
 * An English month opening a sentence or a heading, before a word in lower case or a colon
 * ("November at the Kestrel", "October: what to see"); not "May" and "March", also a verb, nor a
 * first name before a surname ("June Carter").
 */
function openingMonth(scan: Scan, i: number): boolean {
  if (!opensSentence(scan, i) || isKey(scan, i, 'may', 'march')) return false
  const after = next(scan, i + 1)
  if (!after) return false
  return after.key === ':' || (after.kind === 'word' && after.text === after.text.toLowerCase())
}

/** Words that may follow a bare year of 19xx/20xx without making it a quantity ("2008 et 2009", "1999 to 2003"). */
const yearFollowers = new Set(['et', 'ou', 'a', 'au', 'and', 'or', 'to', 'until', 'puis', 'then', 'jusqu', 'mais', 'but', 'when', 'lorsque', 'quand', 'where', 'ou'])

/**
 * A bare year: four digits 1000–2099 after a year cue ("en 2008", "dès 2006", "in 1994"), in
 * parentheses, in a list of years, or (1900–2099) standing alone before punctuation or a conjunction.
 * Not a quantity ("2 000 spectateurs", "1500 euros") nor a page or number ("page 2008").
 */
export function bareYear(scan: Scan, i: number): Candidate | null {
  const y = year4(scan, i) ?? shortYear(scan, i)
  if (!y) return null
  if (cueBefore(scan, 'not-year', i)) return null
  const after = next(scan, i + 1)
  if (after && (cue(scan, 'count-noun', i + 1) || scan.lex.units.has(after.key))) return null
  if (after?.kind === 'num' && !touches(scan, i + 1)) return null
  const before = scan.tokens[i - 1]
  if (before?.kind === 'num') return null
  let start = i
  // "l'année 2001", "l'an 2000", "the year 2000"
  if (isKey(scan, i - 1, 'annee', 'an') && isKey(scan, i - 2, "'") && isKey(scan, i - 3, 'l')) start = i - 3
  else if (isKey(scan, i - 1, 'year') && isKey(scan, i - 2, 'the')) start = i - 2
  const cued = cueBefore(scan, 'year-cue', i) !== null || (before?.key === '(' && isKey(scan, i + 1, ')')) || attributive(scan, i, y.value) || tagged(scan, i, y.value)
  const listed = before !== undefined && [',', 'et', 'and', 'ou', 'or'].includes(before.key) && year4(scan, i - 2) !== null
  const alone = y.value >= 1900 && (!after || after.kind === 'punct' ? after?.key !== '%' : yearFollowers.has(after.key))
  if (!cued && !listed && !alone && start === i && !setting(scan, i)) return null
  if (before?.kind === 'word' && /^\p{Lu}/u.test(before.text) && !cued && start === i && after?.kind === 'word') return null
  return {start, end: y.next, type: 'DATE', meaning: {kind: 'date', y: y.value}}
}

/**
 * A year that sets a scene after a place and a comma, closing its sentence or line: "Bretagne, 1770.",
 * "Vienna, 1948:" (any year from 1000: a story's setting may be old).
 */
function setting(scan: Scan, i: number): boolean {
  const place = scan.tokens[i - 2]
  const after = next(scan, i + 1)
  if (!isKey(scan, i - 1, ',') || !place || place.kind !== 'word' || !/^\p{Lu}/u.test(place.text)) return false
  return !after || after.key === '.' || after.key === ':' || after.key === '\n'
}

/**
 * A year used as a modifier after a determiner or a possessive: "a 2016 documentary", "the 2019
 * film", "her 2017 single", "MacColl's 1949 lament" (1900–2099, followed by a word).
 */
function attributive(scan: Scan, i: number, y: number): boolean {
  if (y < 1900 || next(scan, i + 1)?.kind !== 'word') return false
  if (cueBefore(scan, 'year-determiner', i)) return true
  return isKey(scan, i - 1, 's') && isKey(scan, i - 2, "'") && touches(scan, i - 1) && touches(scan, i - 2)
}

/**
 * A year opening a parenthesised tag of a few words that sorts a name from its namesakes, as
 * reference works write it: "Parasite (2019 film)", "Emma (1996 TV series)", "Solaris (1972 novel)"
 * (1900–2099; right after a name; one to three words, then the closing bracket).
 */
function tagged(scan: Scan, i: number, y: number): boolean {
  if (y < 1900 || !isKey(scan, i - 1, '(')) return false
  // right after the name it sorts ("Parasite (2019 film)", "« Emma » (1996 film)"), not after a common noun ("la foule (2000 manifestants)")
  const name = scan.tokens[i - 2]
  if (!name || !(name.kind === 'word' ? /^\p{Lu}/u.test(name.text) : /^[»"”’*_]$/u.test(name.text))) return false
  for (let k = i + 1; k <= i + 3; k++) {
    const token = scan.tokens[k]
    if (!token || token.kind !== 'word') return false
    if (isKey(scan, k + 1, ')')) return true
  }
  return false
}

/** A year of two digits after "en" before punctuation ("en 97,", "rien en 98."). */
function shortYear(scan: Scan, i: number): Read<number> | null {
  const yy = digits(scan, i, 2, 2)
  const after = next(scan, i + 1)
  if (yy === null || !isKey(scan, i - 1, 'en') || !after || after.kind !== 'punct' || after.key === '%' || after.key === ',' && next(scan, i + 2)?.kind === 'num') return null
  return {value: yy < 30 ? 2000 + yy : 1900 + yy, next: i + 1}
}

/** Seasons: "l'été 2012", "au printemps 2019", "cet été", "l'hiver dernier", "summer 2012", "the spring of 2019". */
export function season(scan: Scan, i: number): Candidate | null {
  let j = i
  let ofThis = false
  // "next spring", "last summer", "this past winter"
  let pre = cue(scan, 'deictic-pre', j)
  if (!pre && cue(scan, 'this', j)) pre = cue(scan, 'deictic-pre', j + 1)
  const article = elided(scan, j)
  if (pre) j = pre.next
  else if (article !== j) j = article
  else if (isKey(scan, j, 'le', 'the')) j++
  else if (cue(scan, 'this', j)) {
    ofThis = true
    j++
  }
  const token = next(scan, j)
  const code = token ? scan.lex.seasons.get(token.key) : undefined
  if (!code) return null
  let end = j + 1
  let k = end
  if (isKey(scan, k, 'of', 'de')) k++
  const y = pre ? null : year4(scan, k)
  const meaning: Meaning = {kind: 'date', season: code}
  if (pre) meaning.dir = Number(pre.value)
  else if (y) {
    meaning.y = y.value
    end = y.next
  } else {
    const dir = direction(scan, end)
    if (dir) {
      meaning.dir = dir.value
      end = dir.next
    } else if (ofThis) meaning.ofThis = true
    else if (cueBefore(scan, 'since', i)) meaning.begun = true
  }
  // "été" is also a participle: alone it needs an article, "en", "cet" or a year
  const bare = j === i
  // "Le Printemps de …", "L'Hiver": a capitalised season inside a sentence is a name, unless a
  // demonstrative or "next", "last" says it is a date ("Cameras Roll This Spring" in a title-case headline)
  if (!y && /^\p{Lu}/u.test(token?.text ?? '') && !opensSentence(scan, i) && !pre && !ofThis) return null
  // "les Jeux d'hiver", "les vacances d'été", "le printemps de l'environnement": part of a name or
  // a kind of thing, not a date ("les mois d'été" stays a date)
  if (!y && isKey(scan, i - 1, "'") && isKey(scan, i - 2, 'd') && !isKey(scan, i - 3, 'mois')) return null
  // "Les Cendres de l'hiver", "Le Conte de l'été": after a capitalised noun, part of a title
  const opening = isKey(scan, i - 1, "'") && isKey(scan, i - 2, 'l') ? i - 2 : i
  if (!y && isKey(scan, opening - 1, 'de') && /^\p{Lu}/u.test(scan.tokens[opening - 2]?.text ?? '')) return null
  if (!y && isKey(scan, end, 'de', 'du', 'des', 'd', 'of')) return null
  if (bare && !y && !isKey(scan, i - 1, 'en', 'd', "'", 'in') && token?.key === 'ete') return null
  if (token?.key === 'fall' && !y && j === i) return null
  if (bare && !y && scan.lex.lang === 'en' && !cueBefore(scan, 'deictic-pre', i) && !isKey(scan, i - 1, 'in', 'of', 'during')) return null
  // "en hiver", "in summer": a season without article is any year's (TimeML XXXX-WI) unless the sentence looks ahead
  if (bare && !y && meaning.dir === undefined && isKey(scan, i - 1, 'en', 'in')) meaning.generic = true
  return {start: i, end, type: 'DATE', meaning}
}

/** The index after "l'" / "d'" at `i`, or `i`. */
function elided(scan: Scan, i: number): number {
  if (isKey(scan, i, 'l') && isKey(scan, i + 1, "'")) return i + 2
  return i
}

/** Decades: "les années 1970", "les années 60", "des années 80", "the 1990s", "the '90s", "1990s". */
export function decade(scan: Scan, i: number): Candidate | null {
  if (isKey(scan, i, 'les', 'des', 'aux') && cue(scan, 'decade', i + 1)) {
    const t = next(scan, i + 2)
    if (!t || t.kind !== 'num') return null
    let stem: string | null = null
    if (t.text.length === 4 && t.text.endsWith('0')) stem = t.text.slice(0, 3)
    else if (t.text.length === 2 && t.text.endsWith('0')) stem = (Number(t.text) < 30 ? '20' : '19') + t.text[0]
    if (!stem) return null
    const start = isKey(scan, i, 'aux') ? i + 1 : i
    return {start, end: i + 3, type: 'DATE', meaning: {kind: 'decade', stem}}
  }
  // "les années 1970 et 1980", "les années 60, 70 et 80": the decade word covers the numbers listed after it
  if (listedDecade(scan, i)) {
    const text = (scan.tokens[i] as Token).text
    return {start: i, end: i + 1, type: 'DATE', meaning: {kind: 'decade', stem: decadeStem(text)}}
  }
  let j = i
  if (isKey(scan, j, 'the')) j++
  if (isKey(scan, j, "'")) j++
  const t = next(scan, j)
  if (!t || t.kind !== 'num' || !t.text.endsWith('0') || (t.text.length !== 4 && t.text.length !== 2)) return null
  let k = j + 1
  if (isKey(scan, k, "'") && touches(scan, k)) k++
  if (!isKey(scan, k, 's') || !touches(scan, k)) return null
  const stem = t.text.length === 4 ? t.text.slice(0, 3) : (Number(t.text) < 30 ? '20' : '19') + t.text[0]
  return {start: i, end: k + 1, type: 'DATE', meaning: {kind: 'decade', stem}}
}

/** The first three digits of a decade written "1970" or "70". */
function decadeStem(text: string): string {
  return text.length === 4 ? text.slice(0, 3) : (Number(text) < 30 ? '20' : '19') + text[0]
}

/** Whether a round number at `i` follows "les années N" in a list ("et 1980", ", 70"), itself maybe listed. */
function listedDecade(scan: Scan, i: number): boolean {
  const t = next(scan, i)
  if (!t || t.kind !== 'num' || !t.text.endsWith('0') || (t.text.length !== 4 && t.text.length !== 2)) return false
  if (!isKey(scan, i - 1, 'et', 'ou', ',')) return false
  const previous = next(scan, i - 2)
  if (!previous || previous.kind !== 'num' || previous.text.length !== t.text.length || !previous.text.endsWith('0')) return false
  return cue(scan, 'decade', i - 3) !== null || listedDecade(scan, i - 2)
}

const roman: Record<string, number> = {I: 1, V: 5, X: 10, L: 50, C: 100}

/** Value of a Roman numeral ("XIX" → 19), or null. */
function fromRoman(value: string): number | null {
  if (!/^[IVXLC]+$/.test(value)) return null
  let total = 0
  for (let k = 0; k < value.length; k++) {
    const v = roman[value[k] as string] as number
    const w = roman[value[k + 1] as string] ?? 0
    total += v < w ? -v : v
  }
  return total
}

/** Centuries: "XXe siècle", "XIXème siècle", "20e siècle", "the 20th century", "the nineteenth century". */
export function century(scan: Scan, i: number): Candidate | null {
  let j = i
  if (isKey(scan, j, 'the')) j++
  const token = next(scan, j)
  if (!token) return null
  let ordinal: number | null = null
  let k = j + 1
  const r = /^([IVXLC]+)(e|er|eme|ème|è)$/.exec(token.text)
  if (r) ordinal = fromRoman(r[1] as string)
  else if (token.kind === 'num' && token.text.length <= 2 && touches(scan, j + 1) && isKey(scan, j + 1, 'e', 'eme', 'st', 'nd', 'rd', 'th')) {
    ordinal = Number(token.text)
    k = j + 2
  } else if (token.kind === 'word') ordinal = scan.lex.ordinals.get(token.key) ?? null
  if (ordinal === null || ordinal < 1 || ordinal > 21 || !cue(scan, 'century', k)) return null
  return {start: i, end: k + 1, type: 'DATE', meaning: {kind: 'century', ordinal}}
}

/** A point that can open or close a range. */
function rangePoint(scan: Scan, i: number, opening: boolean): Candidate | null {
  const full = dayMonthYear(scan, i) ?? numericDate(scan, i)
  if (full) return full
  const time = season(scan, i)
  if (time && time.meaning.kind === 'date' && time.meaning.y !== undefined) return time
  const my = monthYear(scan, i)
  if (my) return my
  const y = year4(scan, i)
  if (y) return {start: i, end: y.next, type: 'DATE', meaning: {kind: 'date', y: y.value}}
  const mo = month(scan, i)
  if (mo && !mo.abbreviation) return {start: i, end: mo.next, type: 'DATE', meaning: {kind: 'date', m: mo.value}}
  if (opening) {
    // "du 16 au 19 octobre", "du jeudi 16 au dimanche 19 octobre": a day that borrows the month of the closing one
    const w = weekdayName(scan, i)
    const d = dayNumber(scan, w ? w.next : i)
    if (d) return {start: i, end: d.next, type: 'DATE', meaning: w ? {kind: 'date', d: d.value, weekday: w.value} : {kind: 'date', d: d.value}}
  }
  return null
}

/**
 * Ranges: "de 2012 à 2014", "entre 1995 et 1998", "du 3 au 5 mai 2010", "from 2012 to 2014",
 * "between 1995 and 1998", "2012–2014". The span runs from the first point to the last.
 */
export function range(scan: Scan, i: number): Candidate | null {
  const opener = cueBefore(scan, 'range-from', i)
  const first = rangePoint(scan, i, opener !== null || dashedDays(scan, i))
  if (!first) return null
  const closers = opener ? opener.value.split('|').map(fold) : []
  const days = sameMonthDays(scan, first, closers)
  if (days) return days
  const connector = next(scan, first.end)
  if (!connector) return null
  const dash = ['-', '–', '—'].includes(connector.text)
  let j = first.end
  // "jusqu'à", "jusqu'au": three tokens
  let word = connector.key
  if (word === 'jusqu' && isKey(scan, j + 1, "'")) {
    word = `jusqu'${scan.tokens[j + 2]?.key ?? ''}`
    j += 2
  }
  // "the spring of 2019 to the winter of 2021": a closing word alone joins two dated months or seasons
  const a = first.meaning
  const precise = a.kind === 'date' && a.y !== undefined && (a.m !== undefined || a.season !== undefined)
  const bare = !opener && precise && cue(scan, 'range-to', j) !== null
  if (!dash && !closers.includes(word) && !bare) return null
  j++
  const second = rangePoint(scan, j, false)
  if (!second) return null
  const b = second.meaning
  if (a.kind !== 'date' || b.kind !== 'date') return null
  if (bare && (b.y === undefined || (b.m === undefined && b.season === undefined))) return null
  // a dash alone joins only two years, two full dates, two days of one month ("13-23 février 2025")
  // or two days of two months that share the closing year ("5 September – 12 October 2025")
  if (dash && !opener && !((a.y && b.y && !a.m && !b.m) || (a.d && b.d && a.y && b.y) || (a.d && !a.m && b.d && b.m) || (a.d && a.m && !a.y && b.d && b.m && b.y))) return null
  // "du 3 au 5 mai": the first point borrows month and year; "de mai à juillet 2010": the year
  const from: Meaning = {...a}
  if (from.d !== undefined && from.m === undefined) {
    if (b.m === undefined) return null
    from.m = b.m
  }
  if (from.y === undefined && b.y !== undefined && from.m !== undefined) from.y = b.y
  if (from.y !== undefined && from.m === undefined && b.m !== undefined) return null
  return {start: i, end: second.end, type: 'DATE', meaning: {kind: 'range', from, to: b}}
}


/** Whether a day number at `i` is joined by a dash to the next ("13-23 février"). */
function dashedDays(scan: Scan, i: number): boolean {
  const a = digits(scan, i, 1, 2)
  const b = digits(scan, i + 2, 1, 2)
  return a !== null && b !== null && ['-', '–'].includes(next(scan, i + 1)?.text ?? '') && touches(scan, i + 1) && touches(scan, i + 2)
}

/**
 * Two days of one month, the month written first: "March 7–15, 2025", "May 3-5", and after the
 * word that opened the range, with its closing word: "from June 12 to 18", "between May 3 and 5".
 * The first point is a day and month; a dash or the closing word, a day and maybe the year close it.
 */
function sameMonthDays(scan: Scan, first: Candidate, closers: string[]): Candidate | null {
  const a = first.meaning
  if (a.kind !== 'date' || a.d === undefined || a.m === undefined || a.y !== undefined || a.weekday !== undefined || a.dir !== undefined) return null
  if (scan.tokens[first.start]?.kind !== 'word') return null
  const j = first.end
  const joiner = next(scan, j)
  if (!joiner || !(['-', '–'].includes(joiner.text) || (joiner.kind === 'word' && closers.includes(joiner.key)))) return null
  const day = dayNumber(scan, j + 1)
  if (!day || day.value <= a.d || isKey(scan, day.next, ':')) return null
  // "from June 12 to 18 films": a count, not a day
  if (cue(scan, 'count-noun', day.next) || scan.lex.units.has(next(scan, day.next)?.key ?? '')) return null
  let end = day.next
  const to: Meaning = {kind: 'date', m: a.m, d: day.value}
  let k = end
  if (isKey(scan, k, ',')) k++
  const y = year4(scan, k)
  if (y) {
    to.y = y.value
    end = y.next
  }
  if (!isValidDay(to.y ?? 2000, a.m, day.value)) return null
  const from: Meaning = {...a}
  if (to.y !== undefined) from.y = to.y
  return {start: first.start, end, type: 'DATE', meaning: {kind: 'range', from, to}}
}

/** The first day of a list that names its month once: "6" in "les 6 et 13 avril", "3" in "les 3, 4 et 5 mai". */
export function dayInList(scan: Scan, i: number): Candidate | null {
  const day = dayNumber(scan, i)
  if (!day || !isKey(scan, day.next, 'et', 'ou', ',', 'and', 'or')) return null
  let j = day.next + 1
  // further days of the list
  while (dayNumber(scan, j) && isKey(scan, j + 1, 'et', 'ou', ',', 'and', 'or')) j += 2
  const last = dayMonthYear(scan, j)
  if (!last || last.meaning.kind !== 'date' || last.meaning.weekday !== undefined) return null
  const {y, m, dir} = last.meaning
  const meaning: Meaning = {kind: 'date', m, d: day.value}
  if (y !== undefined) meaning.y = y
  if (dir !== undefined) meaning.dir = dir
  if (m === undefined || !isValidDay(y ?? 2000, m, day.value)) return null
  return {start: i, end: day.next, type: 'DATE', meaning}
}
