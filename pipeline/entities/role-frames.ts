/**
 * role-frames: the frames of playing a part that make a capitalised name a work without quotes or italics.
 *
 * - "he played an unruly pupil in X", "elle joue une juge dans X": a verb of playing (`role-verb` in cues.tsv), its
 *   object (a determiner or a character's name opening it), then "in" / "dans" and the name, in one clause;
 * - "X, in which he plays a handyman", "X, dans lequel elle incarne …": a relative clause of playing after the name.
 *
 * After "in" a capitalised phrase is usually a place: the frame needs the verb and a role object (not "played
 * football in X"), and names the lists know as places or given names stay out.
 */
import {glued, sameSentence} from './context.js'
import type {EntityLexicon} from './lexicon.js'
import type {Token} from './tokens.js'
import type {Lang} from '../types.js'
import {isFiniteVerb} from './language-model.js'

/** Words that open the object of a verb of playing: "played a …", "joue le rôle de …". */
const objectOpeners = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'one', 'un', 'une', 'le', 'la', 'les', "l'", 'son', 'sa', 'ses', 'leur'])

const relatives = new Set(['who', 'which', 'that', 'whom', 'where', 'qui', 'que', "qu'", 'dont', 'où'])

const roleVerb = (token: Token | undefined, lex: EntityLexicon): boolean => !!token && !!lex.cues.get(token.lower)?.has('role-verb')

/** Whether the name at `tokens[from]` closes the frame "played <role> in" / "joue <rôle> dans". */
export function playedIn(tokens: Token[], from: number, lex: EntityLexicon, lang: Lang): boolean {
  const prep = tokens[from - 1]
  const first = tokens[from]
  if (!prep || !first || !/^(in|dans)$/.test(prep.lower) || !glued(tokens, from)) return false
  if (lex.places.has(first.folded) || lex.firstNames.has(first.folded)) return false
  // the object: one to six words glued together back to the verb, opened by a determiner or a capitalised name
  for (let k = from - 2, n = 0; k >= 1 && n < 6; k--, n++) {
    if (!glued(tokens, k + 1)) return false
    const word = tokens[k] as Token
    if (roleVerb(tokens[k - 1], lex) && glued(tokens, k)) return k < from - 1 && (objectOpeners.has(word.lower) || word.cap)
    // (the object stops at a relative clause or another verb: "plays a widower who rents a cottage in X")
    if (!/^[\p{L}'’-]+$/u.test(word.text) || relatives.has(word.lower) || isFiniteVerb(word.lower, lang)) return false
  }
  return false
}

/** Whether the name from `tokens[from]` ending at `tokens[to - 1]` is followed by ", in which he plays" / ", dans lequel elle joue"
 * (not "où", which may hang on a person before the name). */
export function playedInWhich(text: string, tokens: Token[], from: number, to: number, lex: EntityLexicon): boolean {
  const last = tokens[to - 1]
  // (not after a person's name: "le premier film de Marie Dupont, dans lequel elle joue" may say either)
  if (!last || lex.firstNames.has((tokens[from] as Token).folded)) return false
  const clause = /^,\s+(?:in which|dans lequel|dans laquelle)\s+(?:he|she|they|il|elle|ils|elles)\s+(?:(?:also|only|first|finally|aussi|d[ée]j[àa])\s+)?(\p{L}+)/u.exec(text.slice(last.end, last.end + 60))
  if (!clause) return false
  const verb = tokens.find((token) => token.start >= last.end + (clause.index ?? 0) + clause[0].length - (clause[1] as string).length)
  return !!verb && sameSentence(tokens, to - 1, verb.i) && roleVerb(verb, lex)
}
