/**
 * context: small look-ups around a position in the token list (cue phrases before or after a span,
 * role nouns, determiners), shared by the modules that classify names and attach roles.
 */
import type {CueKind, EntityLexicon, RoleForm} from './lexicon.js'
import {phrase, type Token} from './tokens.js'

/** A role phrase found in the text: tokens `[from, to)`. */
export interface RoleHit {
  from: number
  to: number
  form: RoleForm
}

/** True when `tokens[a]` and `tokens[b]` (a < b) lie in one sentence. */
export function sameSentence(tokens: Token[], a: number, b: number): boolean {
  const x = tokens[a]
  const y = tokens[b]
  return !!x && !!y && x.sentence === y.sentence
}

/** True when nothing but spaces (or an elision's apostrophe) separates `tokens[k-1]` and `tokens[k]`. */
export function glued(tokens: Token[], k: number): boolean {
  const token = tokens[k]
  const previous = tokens[k - 1]
  if (!token || !previous || previous.sentence !== token.sentence) return false
  if (previous.elision) return token.before === ''
  return /^\s+$/.test(token.before) && !token.before.includes('\n')
}

/** Cue kinds of the phrases that end right before `tokens[at]` (one to four words). */
export function cuesBefore(tokens: Token[], at: number, lex: EntityLexicon): Set<CueKind> {
  const found = new Set<CueKind>()
  for (let n = 1; n <= 4; n++) {
    const from = at - n
    if (from < 0 || !sameSentence(tokens, from, at)) break
    if (n > 1 && !glued(tokens, from + 1)) break
    if (!glued(tokens, at) && !(tokens[at - 1] as Token).elision) {
      // a comma or quotation mark between the cue and the name breaks most cues
      if (!/^[\s«»"“”]+$/.test((tokens[at] as Token).before)) break
    }
    for (const kind of lex.cues.get(phrase(tokens, from, at)) ?? []) found.add(kind)
  }
  // "distribué en France par X", "released in Canada by X": a place of the action inside the cue is skipped
  const by = tokens[at - 1]
  const place = tokens[at - 2]
  const prep = tokens[at - 3]
  if (by && place && prep && at >= 4 && /^(par|by)$/.test(by.lower) && /^(en|au|aux|in)$/.test(prep.lower) && place.cap && lex.places.has(place.folded) && sameSentence(tokens, at - 4, at) && glued(tokens, at - 1) && glued(tokens, at - 2) && glued(tokens, at - 3) && glued(tokens, at)) {
    for (const kind of lex.cues.get(`${(tokens[at - 4] as Token).lower} ${by.lower}`) ?? []) found.add(kind)
  }
  return found
}

/** Cue kinds of the phrases that start at `tokens[at]` (one to four words), glued to what precedes. */
export function cuesAfter(tokens: Token[], at: number, lex: EntityLexicon): Set<CueKind> {
  const found = new Set<CueKind>()
  if (!tokens[at] || !sameSentence(tokens, at - 1, at) || !glued(tokens, at)) return found
  for (let n = 1; n <= 4; n++) {
    const to = at + n
    if (to > tokens.length || (n > 1 && !glued(tokens, to - 1))) break
    for (const kind of lex.cues.get(phrase(tokens, at, to)) ?? []) found.add(kind)
  }
  return found
}

/** The longest role phrase starting at `tokens[at]`, if any. */
export function roleAt(tokens: Token[], at: number, lex: EntityLexicon): RoleHit | undefined {
  for (let n = lex.roleMaxWords; n >= 1; n--) {
    const to = at + n
    if (to > tokens.length) continue
    let ok = true
    for (let k = at + 1; k < to; k++) if (!glued(tokens, k)) ok = false
    if (!ok) continue
    const form = lex.roles.get(phrase(tokens, at, to))
    if (!form || (tokens[at] as Token).allCaps) continue
    if (!form.open) return {from: at, to, form}
    const end = openComplementEnd(tokens, to, lex)
    if (end > to) {
      const lemma = phrase(tokens, at, end)
      return {from: at, to: end, form: {...form, form: lemma, lemma, open: false}}
    }
  }
  return undefined
}

/** The end of the complement of an open role form ("head of | original films"): one to three lower-case words, no function word. */
function openComplementEnd(tokens: Token[], at: number, lex: EntityLexicon): number {
  let end = at
  while (end < at + 3) {
    const word = tokens[end]
    if (!word || !glued(tokens, end) || word.cap || word.elision || lex.stopwords.has(word.lower) || !/^\p{L}+(-\p{L}+)?$/u.test(word.text)) break
    end++
  }
  return end
}

/** The longest role phrase ending right before `tokens[at]`, if any. */
export function roleEndingAt(tokens: Token[], at: number, lex: EntityLexicon): RoleHit | undefined {
  for (let n = lex.roleMaxWords; n >= 1; n--) {
    const from = at - n
    if (from < 0) continue
    const hit = roleAt(tokens, from, lex)
    if (hit && hit.to === at) return hit
  }
  return undefined
}

export type Determiner = 'definite' | 'demonstrative' | 'indefinite' | 'possessive' | 'none'

const determiners: Record<string, Determiner> = {
  le: 'definite', la: 'definite', "l'": 'definite', les: 'definite', the: 'definite', du: 'definite', au: 'definite',
  ce: 'demonstrative', cet: 'demonstrative', cette: 'demonstrative', ces: 'demonstrative', this: 'demonstrative', that: 'demonstrative',
  un: 'indefinite', une: 'indefinite', a: 'indefinite', an: 'indefinite', des: 'indefinite',
  son: 'possessive', sa: 'possessive', ses: 'possessive', leur: 'possessive', his: 'possessive', her: 'possessive', their: 'possessive', its: 'possessive',
  // (first and second person say whose a role is as "son" and "her" do: "mon producteur", "our cinematographer")
  mon: 'possessive', ma: 'possessive', mes: 'possessive', notre: 'possessive', nos: 'possessive', votre: 'possessive', vos: 'possessive', my: 'possessive', our: 'possessive', your: 'possessive'
}

/** The determiner right before `tokens[at]` in its sentence. */
export function determinerBefore(tokens: Token[], at: number): Determiner {
  const previous = tokens[at - 1]
  if (!previous || !sameSentence(tokens, at - 1, at)) return 'none'
  if (!glued(tokens, at)) return 'none'
  return determiners[previous.lower] ?? 'none'
}

/** A lower-case word that may be an adjective between a determiner or role and a name. */
export function isModifier(token: Token, lex: EntityLexicon): boolean {
  return !token.cap && !token.elision && !lex.stopwords.has(token.lower) && !lex.roles.has(token.lower) && !lex.cues.has(token.lower) && /^\p{L}+(-\p{L}+)?$/u.test(token.text)
}
