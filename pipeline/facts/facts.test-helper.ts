/**
 * What the facts tests share: hand-made entities over a small text, and the facts derived from
 * them as "subject predicate object" strings. Test support only (not built into dist).
 */
import {textView} from '../index.js'
import type {DateMention, Entity, EntityType, Lang, RoleMention} from '../types.js'
import {deriveFacts} from './derive.js'

/** An entity with a mention at every occurrence of each of its surface forms; roles as [text, role, key]. */
export function entity(source: string, type: EntityType, forms: string[], roles: Array<[string, string, string]> = []): Entity {
  const mentions = forms.flatMap((form) => {
    const found = []
    for (let at = source.indexOf(form); at !== -1; at = source.indexOf(form, at + 1)) found.push({start: at, end: at + form.length, text: form, kind: 'name' as const})
    return found
  })
  const roleMentions: RoleMention[] = roles.map(([text, role, key]) => ({start: source.indexOf(text), end: source.indexOf(text) + text.length, text, role, key}))
  const name = forms[0] as string
  const id = `${type.toLowerCase()}-${name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`
  return {id, type, name, aliases: forms.slice(1), roles: roleMentions, mentions: mentions.sort((a, b) => a.start - b.start)}
}

/** The facts derived from `entities` over `source`, as "subject predicate object". */
export function facts(source: string, language: Lang, entities: Entity[], dates: DateMention[] = []): string[] {
  return deriveFacts({view: textView(source, {language}), entities, dates}).map(({subject, predicate, object}) => `${subject} ${predicate} ${object}`)
}
