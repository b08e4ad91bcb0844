/**
 * creators: who made the works other than films ("<work>, peint par X", "son album X").
 */
import type {Entity, EntityType} from '../types.js'
import {hasWord} from './context.js'
import {personAfter, type Rule} from './rule.js'

/** Who made the works (other than films) a sentence names. */
export function creators(rule: Rule): void {
  const works = rule.index.within(rule.sentence, ['CreativeWork'])
  if (works.length === 0) return
  const text = rule.view.text
  const agents: EntityType[] = ['Person', 'Organization']
  const agentAt = (from: number, reach: number): Entity | undefined => {
    while (from < rule.sentence.end && /\s/.test(text.charAt(from))) from++
    return rule.index.firstStartingIn({start: from, end: Math.min(rule.sentence.end, from + reach)}, agents)?.entity
  }
  for (const {entity: work, mention} of works) {
    const after = text.slice(mention.end, Math.min(rule.sentence.end, mention.end + 80))
    // "<work>, de l'illustratrice X", "la Cinquième Symphonie de Mahler", "<work> by X"
    const of = /^\s*,?\s*(de|d['’]|du|by)\s+((?:[\p{Ll}'’-]+\s+){0,2})/u.exec(after)
    let creator = of ? agentAt(mention.end + of[0].length, 2) : undefined
    // "“X,” by Zélia Amaral", "X, a 1989 ballad by Lee Soo-ah", "X, une ballade de la chanteuse Kari Y",
    // "X, a joik by the Sámi singer Risten Y": an apposition, its maker after "by" / "de" and a role
    if (!creator) {
      const apposition = /^\s*[”"»’*_]*\s*,?\s*[”"»’*_]*\s*(?:(?:a|an|une|un)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?[\p{L}-]+\s+)?(by|de|d['’])\s*((?:(?:the|la|le|l['’])\s*)?(?:[\p{L}-]+\s+){0,3}?)(?=\p{Lu})/u.exec(after)
      const maker = apposition ? agentAt(mention.end + apposition[0].length, 1) : undefined
      if (apposition && maker && (apposition[2] === '' || hasRoleWord(apposition[2] as string, rule))) creator = maker
    }
    // "<work>, peint par X", "<work>, a song written by X"
    if (!creator) {
      const lower = after.toLowerCase()
      for (const cue of rule.lexicon.creatorCues) {
        const at = lower.indexOf(cue)
        if (at !== -1 && at < 40 && !/[.;]/.test(lower.slice(0, at))) {
          creator = agentAt(mention.end + at + cue.length, 30)
          if (creator) break
        }
      }
    }
    // "<work>, which X wrote", "<work> que X a peint"
    if (!creator) {
      const clause = /^[^.;]{0,30}?\b(which|that|que|qu['’])\s*/iu.exec(after)
      const agent = clause ? agentAt(mention.end + clause[0].length, 1) : undefined
      if (agent && clause) {
        const mentionEnd = rule.index.firstStartingIn({start: mention.end + clause[0].length, end: rule.sentence.end}, agents)?.mention.end ?? 0
        if (hasWord(text.slice(mentionEnd, mentionEnd + 20), rule.lexicon.creatorVerbs)) creator = agent
      }
    }
    if (creator) rule.facts.add(work, 'creator', creator.id, rule.sentence)
  }
  // "<noun> de <person>" before the title, "<person>'s <noun>", "his album <work>", "il … des œuvres telles que <work>"
  const words = [...text.slice(rule.sentence.start, rule.sentence.end).matchAll(/\p{L}+/gu)]
  words.forEach((word, at) => {
    if (!rule.lexicon.workNouns.has(word[0].toLowerCase())) return
    const nounStart = rule.sentence.start + (word.index ?? 0)
    const nounEnd = nounStart + word[0].length
    const link = /^\s*(de |d['’]|du |des |by )((?:[\p{L}-]+\s+){0,3})/u.exec(text.slice(nounEnd, nounEnd + 60))
    let creator: Entity | undefined
    if (link) creator = personAfter(rule, nounEnd + link[0].length - (link[2]?.length ?? 0), (link[2]?.length ?? 0) + 2)
    const owner = rule.index.before(nounStart, ['Person'])
    // "X's novel", "X's 1987 picture book"
    if (!creator && owner && /^['’]s\s+(?:[\p{L}\p{N}-]+\s+){0,2}$/u.test(text.slice(owner.mention.end, nounStart))) creator = owner.entity
    const near = words.slice(Math.max(0, at - 3), at).map((previous) => previous[0].toLowerCase())
    // "the composer X, who also wrote the closing song, Y", "X a écrit la chanson Y"
    const made = near.some((previous) => rule.lexicon.creatorVerbs.has(previous))
    if (!creator && made && owner && owner.mention.start >= rule.sentence.start) creator = owner.entity
    const determiner = near.some((previous) => rule.lexicon.possessives.has(previous))
    const group = near.some((previous) => rule.lexicon.groupPossessives.has(previous))
    const pronounSubject = /\b(il|elle|he|she)\b/i.test(text.slice(rule.sentence.start, nounStart))
    if (!creator && (determiner || pronounSubject)) {
      const paragraph = rule.view.paragraphs[rule.sentence.paragraph]
      const previous = rule.index.before(nounStart, group ? agents : ['Person'])
      if (previous && paragraph && previous.mention.start >= paragraph.start) creator = previous.entity
    }
    if (!creator) return
    const work =
      works.find((candidate) => candidate.mention.start >= nounEnd && candidate.mention.start - nounEnd < 80) ??
      [...works].reverse().find((candidate) => candidate.mention.end <= nounStart)
    if (work) rule.facts.add(work.entity, 'creator', creator.id, rule.sentence)
  })
}

/** True when the words between "by"/"de" and a name are a role phrase ("the Sámi singer", "la chanteuse"). */
function hasRoleWord(words: string, rule: Rule): boolean {
  return /^(?:(?:the|la|le|l['’])\s*)/iu.test(words) || rule.lexicon.roleKeys.has(words.trim().split(/\s+/).pop()?.toLowerCase() ?? '')
}
