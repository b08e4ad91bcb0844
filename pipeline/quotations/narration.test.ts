import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import {findQuoted} from '../quoted/find.js'
import type {Entity, Lang, Mention, Quotation} from '../types.js'
import {extractQuotations} from './attribute.js'

/** A person with every occurrence of its name. */
function person(source: string, id: string, name: string): Entity {
  const mentions: Mention[] = []
  for (let at = source.indexOf(name); at >= 0; at = source.indexOf(name, at + 1)) mentions.push({start: at, end: at + name.length, text: name, kind: 'name'})
  return {id, type: 'Person', name, aliases: [], roles: [], mentions}
}

function quotations(source: string, language: Lang, entities: Entity[] = []): Quotation[] {
  const view = textView(source, {language})
  return extractQuotations(view, findQuoted(view), entities)
}

describe('a quotation after a sentence of narration whose subject is a person', () => {
  it('takes a person noun subject for a quotation that opens the next paragraph', () => {
    const [quote] = quotations('Le médecin souriait.\n« Quant à cela, je vous assure que rien ne presse. »', 'fr')
    expect(quote?.speakerMention?.text).toBe('Le médecin')
  })

  it('takes the subject of the sentence before a quotation that opens its sentence, after a conjunction and an adverb', () => {
    const [quote] = quotations('Mais soudain elle ralentit. « Je ne vous attendais pas si tôt. »', 'fr')
    expect(quote?.speakerMention?.text).toBe('elle')
  })

  it('takes a named Person in press', () => {
    const source = 'Nadia Orlov grew up by the river.\n\n"I wanted to film the concrete before it was gone."'
    const nadia = person(source, 'person-nadia-orlov', 'Nadia Orlov')
    const [quote] = quotations(source, 'en', [nadia])
    expect(quote?.speaker).toBe('person-nadia-orlov')
  })

  it('does not when the sentence names another person, who may be the one answering', () => {
    const source = 'Nadia Orlov looked at Tom Weld.\n\n"I wanted to film the concrete."'
    const found = quotations(source, 'en', [person(source, 'person-nadia-orlov', 'Nadia Orlov'), person(source, 'person-tom-weld', 'Tom Weld')])
    expect(found[0]?.speaker).toBeNull()
  })

  it('does not when the quotation speaks of that person in the third person', () => {
    const source = 'Nadia Orlov left the room.\n\n"She never comes back before noon."'
    const found = quotations(source, 'en', [person(source, 'person-nadia-orlov', 'Nadia Orlov')])
    expect(found[0]?.speaker).toBeNull()
  })

  it('does not after a paragraph that holds a quotation, nor after an impersonal "il est … que"', () => {
    const held = quotations('« Viens », dit Paul. Le médecin souriait.\n« Non. »', 'fr')
    expect(held.find((quote) => quote.text === 'Non.')?.speakerMention?.text).not.toBe('Le médecin')
    const [impersonal] = quotations("Il est vrai qu'on ne visitait pas les cuisines.\n« Nous allâmes voir les chambres. »", 'fr')
    expect(impersonal?.speakerMention).toBeNull()
  })

  it('leaves the subject of a work or an organisation aside', () => {
    const source = 'Netflix bought the film in May.\n\n"We knew it at the first page."'
    const netflix: Entity = {...person(source, 'org-netflix', 'Netflix'), type: 'Organization'}
    expect(quotations(source, 'en', [netflix])[0]?.speaker).toBeNull()
  })
})
