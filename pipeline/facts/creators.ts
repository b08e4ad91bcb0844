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
    // "X, a joik by the Sámi singer Risten Y", "X, the 2005 biography by A and B", "X, le poème de Y":
    // an apposition, its makers after "by" / "de" and a role
    let makers: Entity[] = []
    if (!creator) {
      // (a noun phrase between the title and "by" / "de" needs the comma of an apposition: "dans *X* le
      // rôle de Y" names a part, not a maker)
      const apposition = /^\s*[”"»’*_]*\s*(?:,\s*[”"»’*_]*\s*(?:(?:a|an|the|une|un|le|la|l['’])\s*(?:[\p{L}\p{N}-]+\s+){0,3}?[\p{L}-]+\s+)?)?(by|de|d['’])\s*/u.exec(after)
      const found = apposition ? makerAfter(rule, mention.end + apposition[0].length, agents) : undefined
      if (found) makers = coordinatedWith(rule, found, agents)
      creator = makers[0]
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
    // "<work>, which X wrote", "<work> que X a peint"; "<work>, which she wrote on a night bus": the
    // person the sentence is about
    if (!creator) {
      const clause = /^[^.;]{0,30}?\b(which|that|que|qu['’])\s*/iu.exec(after)
      const agent = clause ? agentAt(mention.end + clause[0].length, 1) : undefined
      if (agent && clause) {
        const mentionEnd = rule.index.firstStartingIn({start: mention.end + clause[0].length, end: rule.sentence.end}, agents)?.mention.end ?? 0
        if (hasWord(text.slice(mentionEnd, mentionEnd + 20), rule.lexicon.creatorVerbs)) creator = agent
      }
      const pronoun = clause && !agent ? /^(he|she|il|elle)\s+(?:(?:a|had|has|avait)\s+)?(\p{L}+)/iu.exec(after.slice(clause[0].length)) : null
      if (pronoun && rule.lexicon.creatorVerbs.has((pronoun[2] as string).toLowerCase()) && rule.topic?.type === 'Person') creator = rule.topic
    }
    for (const maker of makers.length > 0 ? makers : creator ? [creator] : []) rule.facts.add(work, 'creator', maker.id, rule.sentence)
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
    // ("Elle prépare une monographie, X", "Last year she published X, a short book": a sentence
    // whose subject is a pronoun speaks of the person the passage is about)
    const opening = /^(\s*[^.;:,]{0,30},\s*)?(il|elle|he|she)\s/i.exec(text.slice(rule.sentence.start, nounStart))
    const pronounOpening = !!opening && rule.index.within({start: rule.sentence.start, end: rule.sentence.start + (opening[1]?.length ?? 0)}, ['Person']).length === 0
    if (!creator && pronounOpening && rule.topic?.type === 'Person') creator = rule.topic
    if (!creator && (determiner || pronounSubject)) {
      const paragraph = rule.view.paragraphs[rule.sentence.paragraph]
      const previous = rule.index.before(nounStart, group ? agents : ['Person'])
      if (previous && paragraph && previous.mention.start >= paragraph.start) creator = previous.entity
    }
    if (!creator) return
    // ("X, le poème de Y": the noun in apposition after a title is that work's)
    const apposed = [...works].reverse().find((candidate) => candidate.mention.end <= nounStart && /^[\s”"»’*_]*,\s*(?:le|la|l['’]|the|a|an|un|une)\s*(?:[\p{L}\p{N}-]+\s+){0,2}$/u.test(text.slice(candidate.mention.end, nounStart)))
    const work =
      apposed ??
      works.find((candidate) => candidate.mention.start >= nounEnd && candidate.mention.start - nounEnd < 80) ??
      [...works].reverse().find((candidate) => candidate.mention.end <= nounStart)
    if (work) rule.facts.add(work.entity, 'creator', creator.id, rule.sentence)
  })
}

/**
 * The maker named at `from`, or after a role phrase of up to three words ("the Sámi singer X",
 * "la chanteuse Y"); not after other words ("by the sea of X").
 */
function makerAfter(rule: Rule, from: number, agents: EntityType[]): {entity: Entity; end: number} | undefined {
  const text = rule.view.text
  const words = /[\p{L}\p{N}'’-]+\s*/uy
  let at = from
  for (let count = 0; count <= 4; count++) {
    const found = rule.index.firstStartingIn({start: at, end: Math.min(rule.sentence.end, at + 1)}, agents)
    const role = text.slice(from, at)
    if (found && (role === '' || hasRoleWord(role, rule))) return {entity: found.entity, end: found.mention.end}
    words.lastIndex = at
    const word = words.exec(text)
    if (!word || at + word[0].length > rule.sentence.end) return undefined
    at += word[0].length
  }
  return undefined
}

/** A maker and those coordinated after it ("by A and B", "de A et B"). */
function coordinatedWith(rule: Rule, first: {entity: Entity; end: number}, agents: EntityType[]): Entity[] {
  const makers = [first.entity]
  let end = first.end
  for (;;) {
    const link = /^(\s*,\s*|\s+(and|et|&)\s+|\s*,\s*(and|et)\s+)/.exec(rule.view.text.slice(end, end + 20))
    const next = link ? rule.index.firstStartingIn({start: end + link[0].length, end: end + link[0].length + 1}, agents) : undefined
    if (!link || !next) return makers
    if (!makers.includes(next.entity)) makers.push(next.entity)
    end = next.mention.end
  }
}

/** True when the words between "by"/"de" and a name are a role phrase ("the Sámi singer", "la chanteuse"). */
function hasRoleWord(words: string, rule: Rule): boolean {
  if (/^(?:the|la|le|l['’])\s*$/iu.test(words)) return true
  return rule.lexicon.roleKeys.has(words.trim().split(/\s+/).pop()?.toLowerCase() ?? '')
}
