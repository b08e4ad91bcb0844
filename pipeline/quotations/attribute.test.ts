import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import {findQuoted} from '../quoted/find.js'
import type {Entity, Lang, Mention, MentionKind, Quotation} from '../types.js'
import {extractQuotations} from './attribute.js'

/** A person with every occurrence of each of its mention texts. */
function person(source: string, id: string, mentions: Array<[string, MentionKind]>): Entity {
  const found: Mention[] = []
  for (const [text, kind] of mentions) {
    for (let at = source.indexOf(text); at >= 0; at = source.indexOf(text, at + 1)) {
      found.push({start: at, end: at + text.length, text, kind})
    }
  }
  found.sort((a, b) => a.start - b.start)
  return {id, type: 'Person', name: mentions[0]![0], aliases: [], roles: [], mentions: found}
}

function quotations(source: string, language: Lang, entities: Entity[] = []): Quotation[] {
  const view = textView(source, {language})
  return extractQuotations(view, findQuoted(view), entities)
}

describe('extractQuotations: French attributions', () => {
  it('takes a verb and a noun phrase after the quotation ("», explique la cinéaste X")', () => {
    const source = 'Le film est sorti. « Je voulais filmer la nuit », explique la cinéaste Léa Marchal à propos du projet.'
    const lea = person(source, 'person-lea-marchal', [['Léa Marchal', 'name']])
    const [quote] = quotations(source, 'fr', [lea])
    expect(quote?.text).toBe('Je voulais filmer la nuit')
    expect(quote?.cue?.text).toBe('explique')
    expect(quote?.speakerMention?.text).toBe('la cinéaste Léa Marchal')
    expect(quote?.speaker).toBe('person-lea-marchal')
  })

  it('resolves "la présidente du jury" to the person a participle gave the jury ("le jury, présidé par X")', () => {
    const source = 'Le jury, présidé par l\'actrice Léa Marchal, s\'est réuni samedi. Ana Roy et Marc Dufour ont reçu le prix. « Un choix rapide », a expliqué la présidente du jury.'
    const lea = person(source, 'person-lea-marchal', [['Léa Marchal', 'name']])
    const ana = person(source, 'person-ana-roy', [['Ana Roy', 'name']])
    const marc = person(source, 'person-marc-dufour', [['Marc Dufour', 'name']])
    const [quote] = quotations(source, 'fr', [lea, ana, marc])
    expect(quote?.speakerMention?.text).toBe('la présidente')
    expect(quote?.speaker).toBe('person-lea-marchal')
  })

  it('resolves "the jury president" to the person of "a jury presided over by X"', () => {
    const source = 'A jury presided over by Ana Roy met on Sunday. Marc Dufour and Paul Verne won the prize. "It was easy," the jury president said.'
    const ana = person(source, 'person-ana-roy', [['Ana Roy', 'name']])
    const marc = person(source, 'person-marc-dufour', [['Marc Dufour', 'name']])
    const paul = person(source, 'person-paul-verne', [['Paul Verne', 'name']])
    const [quote] = quotations(source, 'en', [ana, marc, paul])
    expect(quote?.speakerMention?.text).toBe('the jury president')
    expect(quote?.speaker).toBe('person-ana-roy')
  })

  it('stops a name before a date ("tweete X le 3 mai 2011")', () => {
    const source = 'Il publie souvent. "Ma patrie, c\'est la mer", tweete Paul Verne le 3 mai 2011.'
    const paul = person(source, 'person-paul-verne', [['Paul Verne', 'name']])
    const [quote] = quotations(source, 'fr', [paul])
    expect(quote?.cue?.text).toBe('tweete')
    expect(quote?.speakerMention?.text).toBe('Paul Verne')
    expect(quote?.speaker).toBe('person-paul-verne')
  })

  it('takes the subject of a clause ending with a colon, resolved through role mentions', () => {
    const source = 'Paul Verne ne peut plus sortir. Le dissident s\'en amuse : « Je voyage par la radio. »'
    const paul = person(source, 'person-paul-verne', [['Paul Verne', 'name'], ['Le dissident', 'role']])
    const [quote] = quotations(source, 'fr', [paul])
    expect(quote?.speakerMention?.text).toBe('Le dissident')
    expect(quote?.cue?.text).toBe('amuse')
    expect(quote?.speaker).toBe('person-paul-verne')
  })

  it('joins a quotation split by an incise inside the marks, with its fragments', () => {
    const source = 'Claire Dumas hésite. « Je ne sais pas, dit-elle, si c\'est possible. »'
    const claire = person(source, 'person-claire-dumas', [['Claire Dumas', 'name']])
    const [quote, ...rest] = quotations(source, 'fr', [claire])
    expect(rest).toEqual([])
    expect(quote?.fragments.map((fragment) => source.slice(fragment.start, fragment.end))).toEqual(['Je ne sais pas,', "si c'est possible."])
    expect(quote?.text).toBe("Je ne sais pas, dit-elle, si c'est possible.")
    expect(quote?.speakerMention?.text).toBe('elle')
    expect(quote?.speaker).toBe('person-claire-dumas')
  })

  it('joins two quoted pieces around an incise into one quotation', () => {
    const source = 'Claire Dumas hésite. « Je ne sais pas », dit-elle, « si c\'est possible ».'
    const claire = person(source, 'person-claire-dumas', [['Claire Dumas', 'name']])
    const found = quotations(source, 'fr', [claire])
    expect(found).toHaveLength(1)
    expect(found[0]?.fragments.map((fragment) => source.slice(fragment.start, fragment.end))).toEqual(['Je ne sais pas', "si c'est possible"])
    expect(found[0]?.speaker).toBe('person-claire-dumas')
  })

  it('keeps two quotations apart when the first one ends its sentence', () => {
    const source = '« Ce bateau, je l\'ai vu partir cent fois », explique Omar Saïdi. « Ici, tout le monde le connaît. »'
    const omar = person(source, 'person-omar-saidi', [['Omar Saïdi', 'name']])
    const found = quotations(source, 'fr', [omar])
    expect(found).toHaveLength(2)
    expect(found.map((quote) => quote.speaker)).toEqual(['person-omar-saidi', 'person-omar-saidi'])
    expect(found[1]?.speakerMention).toBeNull()
  })

  it('takes "a-t-elle ajouté" and "selon X"', () => {
    const source = 'Nora Keller parle. « C\'était long », a-t-elle ajouté. Le budget, « trop serré », selon Marc Olivier, a posé problème.'
    const nora = person(source, 'person-nora-keller', [['Nora Keller', 'name']])
    const marc = person(source, 'person-marc-olivier', [['Marc Olivier', 'name']])
    const found = quotations(source, 'fr', [nora, marc])
    expect(found.map((quote) => [quote.cue?.text, quote.speakerMention?.text, quote.speaker])).toEqual([
      ['a-t-elle ajouté', 'elle', 'person-nora-keller'],
      ['selon', 'Marc Olivier', 'person-marc-olivier']
    ])
  })

  it('resolves a pronoun to the person whose gender agrees, not only the last one named', () => {
    const source =
      'La réalisatrice Ana Lopes et le producteur Tom Berg ont fini le film. Tom Berg est parti. Elle a dit : « Je suis soulagée. »'
    const ana = person(source, 'person-ana-lopes', [['Ana Lopes', 'name'], ['La réalisatrice', 'role']])
    const tom = person(source, 'person-tom-berg', [['Tom Berg', 'name'], ['le producteur', 'role']])
    const [quote] = quotations(source, 'fr', [ana, tom])
    expect(quote?.speakerMention?.text).toBe('Elle')
    expect(quote?.speaker).toBe('person-ana-lopes')
  })

  it('reads a dialogue line with an incise and one announced by a colon in the paragraph before', () => {
    const source = 'Lucien dit tout à coup :\n\n— Si nous dînions ensemble ?\n\n— J\'en avais l\'idée ! reprit Firmin, mais je n\'osais pas.'
    const found = quotations(source, 'fr')
    expect(found.map((quote) => [quote.text, quote.speakerMention?.text, quote.cue?.text])).toEqual([
      ['Si nous dînions ensemble ?', 'Lucien', 'dit'],
      ["J'en avais l'idée ! reprit Firmin, mais je n'osais pas.", 'Firmin', 'reprit']
    ])
    expect(found[1]?.fragments).toHaveLength(2)
    // no entities: the words are found, but no speaker is invented
    expect(found.map((quote) => quote.speaker)).toEqual([null, null])
  })

  it('joins the pieces of a quotation that goes on over paragraphs', () => {
    const source = 'Il raconta : « La ville était calme.\n« Puis tout changea en une nuit. »\nPersonne ne répondit.'
    const found = quotations(source, 'fr')
    expect(found).toHaveLength(1)
    expect(found[0]?.fragments).toHaveLength(2)
  })
})

describe('extractQuotations: English attributions', () => {
  it('takes a trade with no article before the name after the verb ("says programmer X", "said festival director Y")', () => {
    const source = 'Ana Roy died in 2019. "She made films the way others keep diaries," says programmer Tom Bell, "and never hid the camera." "A triumph," said festival director Léa Marchal.'
    const ana = person(source, 'person-ana-roy', [['Ana Roy', 'name']])
    const tom = person(source, 'person-tom-bell', [['Tom Bell', 'name']])
    const lea = person(source, 'person-lea-marchal', [['Léa Marchal', 'name']])
    const found = quotations(source, 'en', [ana, tom, lea])
    expect(found.map((quote) => quote.speaker)).toEqual(['person-tom-bell', 'person-lea-marchal'])
    expect(found[0]?.speakerMention?.text).toBe('programmer Tom Bell')
  })

  it('reads a capitalised nationality before the trade as part of the speaker ("said the Norwegian director X")', () => {
    const source = '"We have twelve films and ten days," said the Norwegian director Ilse Brandvold, whose film won.'
    const ilse = person(source, 'person-ilse-brandvold', [['Ilse Brandvold', 'name']])
    const [quote] = quotations(source, 'en', [ilse])
    expect(quote?.speaker).toBe('person-ilse-brandvold')
  })

  it('joins "…," she said, "…" into one quotation', () => {
    const source = 'Mia Holt laughed. "We never had the budget," she said, "we had the weather."'
    const mia = person(source, 'person-mia-holt', [['Mia Holt', 'name']])
    const found = quotations(source, 'en', [mia])
    expect(found).toHaveLength(1)
    expect(found[0]?.fragments.map((fragment) => source.slice(fragment.start, fragment.end))).toEqual([
      'We never had the budget,',
      'we had the weather.'
    ])
    expect(found[0]?.speaker).toBe('person-mia-holt')
  })

  it('keeps "…," the director said. "…" as two quotations of the same speaker, and joins "…," she said, "…"', () => {
    const source = 'Ben Ode was there. "The river is the story," the director said. "Everything else is decoration."'
    const ben = person(source, 'person-ben-ode', [['Ben Ode', 'name'], ['the director', 'role']])
    const found = quotations(source, 'en', [ben])
    expect(found.map((quotation) => quotation.text)).toEqual(['The river is the story,', 'Everything else is decoration.'])
    expect(found.map((quotation) => quotation.speaker)).toEqual(['person-ben-ode', 'person-ben-ode'])
    const joined = 'Ada Park was there. "The river," she said, "is the whole story."'
    const ada = person(joined, 'person-ada-park', [['Ada Park', 'name']])
    const one = quotations(joined, 'en', [ada])
    expect(one).toHaveLength(1)
    expect(one[0]?.fragments).toHaveLength(2)
  })

  it('takes "said the director", "X told the magazine", "according to X" and "X wrote:"', () => {
    const source = [
      'Ben Ode came back. "We were lucky," said the director.',
      '"Patience is a compliment," Ada Park told the magazine.',
      'The shoot was "a nightmare in the snow", according to Ada Park.',
      'In a post, Ben Ode wrote: "Thank you all."'
    ].join('\n')
    const ben = person(source, 'person-ben-ode', [['Ben Ode', 'name'], ['the director', 'role']])
    const ada = person(source, 'person-ada-park', [['Ada Park', 'name']])
    const found = quotations(source, 'en', [ben, ada])
    expect(found.map((quote) => [quote.cue?.text, quote.speakerMention?.text, quote.speaker])).toEqual([
      ['said', 'the director', 'person-ben-ode'],
      ['told', 'Ada Park', 'person-ada-park'],
      ['according to', 'Ada Park', 'person-ada-park'],
      ['wrote', 'Ben Ode', 'person-ben-ode']
    ])
  })

  it('does not take a family tie with a possessive for the person it belongs to', () => {
    const source = 'Leo Brandt died in May. "He was always late," according to his daughter.'
    const leo = person(source, 'person-leo-brandt', [['Leo Brandt', 'name']])
    const [quote] = quotations(source, 'en', [leo])
    expect(quote?.speakerMention?.text).toBe('his daughter')
    expect(quote?.speaker).toBeNull()
  })

  it('takes the speaker of an interview answer from its label', () => {
    const source = 'Q: Why this city?\nMarlow: The trams run all night.\nQ: And next?\nMarlow: A film about rivers.'
    const marlow = person(source, 'person-jo-marlow', [['Marlow', 'surname']])
    const found = quotations(source, 'en', [marlow])
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The trams run all night.', 'person-jo-marlow'],
      ['A film about rivers.', 'person-jo-marlow']
    ])
  })

  it('keeps named interview lines apart and leaves out the interviewer’s questions', () => {
    const source = 'Roy : Comment ce rôle est-il arrivé ?\nNí Bhraonáin : Par une lettre, une vraie.\nRoy : Vous jouez en français.\nNí Bhraonáin : J’ai pris des cours.\nRoy : Et après ?\nNí Bhraonáin : Le théâtre.'
    const aoife = person(source, 'person-aoife-ni-bhraonain', [['Ní Bhraonáin', 'surname']])
    const roy = person(source, 'person-ada-roy', [['Roy', 'surname']])
    const found = quotations(source, 'fr', [aoife, roy])
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['Par une lettre, une vraie.', 'person-aoife-ni-bhraonain'],
      ['J’ai pris des cours.', 'person-aoife-ni-bhraonain'],
      ['Le théâtre.', 'person-aoife-ni-bhraonain']
    ])
  })

  it('does not resolve an indefinite noun phrase to someone named before', () => {
    const source = 'Ben Ode left. A museum spokesperson said it "regrets the delay".'
    const ben = person(source, 'person-ben-ode', [['Ben Ode', 'name']])
    const [quote] = quotations(source, 'en', [ben])
    expect(quote?.speakerMention?.text).toBe('A museum spokesperson')
    expect(quote?.speaker).toBeNull()
  })
})

describe('extractQuotations: what is not a quotation', () => {
  it('leaves titles and scare quotes out', () => {
    const source =
      'Elle expose un ensemble de photographies intitulé "Vue sur la mer". Il suit la tendance dite du "jardin zen". "Je reste ici", dit Ana Lopes.'
    const found = quotations(source, 'fr')
    expect(found.map((quote) => quote.text)).toEqual(['Je reste ici'])
  })

  it('gives null when the text names nobody, and spans that match the source', () => {
    const source = 'Sur le mur, on lit : « Ici commence la mer ». Plus loin, « rien ne bouge ».'
    const found = quotations(source, 'fr')
    expect(found.length).toBeGreaterThan(0)
    for (const quote of found) {
      expect(quote.speaker).toBeNull()
      expect(source.slice(quote.start, quote.end)).toBe(quote.text)
    }
    expect(found.map((quote) => quote.start)).toEqual([...found.map((quote) => quote.start)].sort((a, b) => a - b))
  })

  it('lets a quotation without attribution take the speaker of the one before it in the paragraph', () => {
    const source = '« Je suis prête », explique Ana Lopes. « Le reste viendra. »'
    const ana = person(source, 'person-ana-lopes', [['Ana Lopes', 'name']])
    expect(quotations(source, 'fr', [ana]).map((quote) => quote.speaker)).toEqual(['person-ana-lopes', 'person-ana-lopes'])
  })

  it('does not resolve a pronoun or a role noun inside a quotation to the people of the article', () => {
    const source = 'Sami Nasser spoke first. "My uncle kept repeating \'the sea keeps its own time\', and we laughed," Sami Nasser said.'
    const sami = person(source, 'person-sami-nasser', [['Sami Nasser', 'name']])
    const found = quotations(source, 'en', [sami])
    expect(found.map((quote) => quote.text)).toEqual([
      "My uncle kept repeating 'the sea keeps its own time', and we laughed,",
      'the sea keeps its own time'
    ])
    expect(found.map((quote) => quote.speaker)).toEqual(['person-sami-nasser', null])
  })
})

describe('extractQuotations: finding the speaker', () => {
  it('takes the subject of a verb of saying earlier in the sentence, past an apposition', () => {
    const source = 'Ada Park, 41, says she found her style "by copying old postcards" as a student.'
    const ada = person(source, 'person-ada-park', [['Ada Park', 'name']])
    const [quote] = quotations(source, 'en', [ada])
    expect(quote?.speakerMention?.text).toBe('Ada Park')
    expect(quote?.speaker).toBe('person-ada-park')
  })

  it('reads "Pour X, qui … : « … »" as naming the source', () => {
    const source = 'Pour la productrice Inès Morel, qui dirige le studio depuis 2012 : « Ce prix est collectif. »'
    const ines = person(source, 'person-ines-morel', [['Inès Morel', 'name']])
    const [quote] = quotations(source, 'fr', [ines])
    expect(quote?.speakerMention?.text).toBe('la productrice Inès Morel')
    expect(quote?.speaker).toBe('person-ines-morel')
  })

  it('matches a spelling of the name that no entity mention covers', () => {
    const source = 'The producer is Eva de la Cruz. "He talks to actors like a gardener," said De La Cruz.'
    const ana = person(source, 'person-eva-de-la-cruz', [['Eva de la Cruz', 'name']])
    const [quote] = quotations(source, 'en', [ana])
    expect(quote?.speakerMention?.text).toBe('De La Cruz')
    expect(quote?.speaker).toBe('person-eva-de-la-cruz')
  })

  it('resolves a role noun through an earlier apposition ("son neveu, Hugo Roy … Son neveu raconte")', () => {
    const source = "J'ai rencontré son neveu, Hugo Roy, à Lyon. Paul Roy était absent. Son neveu raconte : « Mon oncle dessinait la nuit. »"
    const hugo = person(source, 'person-hugo-roy', [['Hugo Roy', 'name']])
    const paul = person(source, 'person-paul-roy', [['Paul Roy', 'name']])
    const [quote] = quotations(source, 'fr', [hugo, paul])
    expect(quote?.speakerMention?.text).toBe('Son neveu')
    expect(quote?.speaker).toBe('person-hugo-roy')
  })

  it('reads a headline that opens with a quotation and names its speaker after a colon', () => {
    const source = '‘Night Is the Best Studio’: Jo Marlow on her new film\nJo Marlow has made three features.'
    const jo = person(source, 'person-jo-marlow', [['Jo Marlow', 'name']])
    const [quote] = quotations(source, 'en', [jo])
    expect(quote?.text).toBe('Night Is the Best Studio')
    expect(quote?.speaker).toBe('person-jo-marlow')
  })

  it('finds a clitic before an inverted verb ("lui répondit le chevalier", "me disais-je")', () => {
    const source = '« Eh bien ! lui répondit le chevalier, il faut le faire. » Puis : « Bah ! me disais-je, c\'eût été trop beau. »'
    const found = quotations(source, 'fr')
    expect(found.map((quote) => [quote.cue?.text, quote.speakerMention?.text])).toEqual([
      ['répondit', 'le chevalier'],
      ['disais', 'je']
    ])
  })

  it('completes a subject named by a coach with the name in apposition ("Sa coach, Martine X, confirme : « … »")', () => {
    const source = 'Sa coach, Martine Rolland, confirme : « Elle est tombée deux fois. »'
    const [quote] = quotations(source, 'fr')
    expect(quote?.speakerMention?.text).toBe('Sa coach, Martine Rolland')
  })

  it('reads "nous" or "vous" before a verb that does not agree with it as its object ("», nous raconte X")', () => {
    const found = quotations('« Pas un sou », nous raconte Paul Roux. « Vous y croyez ? », vous demande-t-il.', 'fr')
    expect(found.map((quote) => [quote.cue?.text, quote.speakerMention?.text])).toEqual([
      ['raconte', 'Paul Roux'],
      ['demande', 'il']
    ])
  })

  it('in fiction, takes the subject of the narration before a line of dialogue', () => {
    const source = [
      '— Bonjour.',
      '— Bonsoir.',
      '— Comment allez-vous ?',
      '— Très bien.',
      'Mathilde pleurait plus fort.',
      '— Ne me grondez pas encore.',
      '— Soit.'
    ].join('\n')
    const found = quotations(source, 'fr')
    const line = found.find((quote) => quote.text === 'Ne me grondez pas encore.')
    expect(line?.speakerMention?.text).toBe('Mathilde')
  })
})

describe('extractQuotations: who the words name', () => {
  it('resolves "he" inside a quotation to someone other than the quotation\'s speaker', () => {
    const source = 'Tomas Grell refused for years. He never answered letters. Nadia Ferrand kept writing. "Then he called me and said: \'Come now.\'" Ferrand told the audience.'
    const tomas = person(source, 'person-tomas-grell', [['Tomas Grell', 'name']])
    const nadia = person(source, 'person-nadia-ferrand', [['Nadia Ferrand', 'name'], ['Ferrand', 'surname']])
    const found = quotations(source, 'en', [tomas, nadia])
    expect(found.find((quote) => quote.text.startsWith('Then'))?.speaker).toBe('person-nadia-ferrand')
    expect(found.find((quote) => quote.text === 'Come now.')?.speaker).toBe('person-tomas-grell')
  })

  it('learns a gender from "his" after a name, for a pronoun inside a quotation', () => {
    const source = 'Tomas Grell left his band in 1991. Nadia Ferrand kept writing. "Then he called me and said: \'Come now.\'" Ferrand told the audience.'
    const tomas = person(source, 'person-tomas-grell', [['Tomas Grell', 'name']])
    const nadia = person(source, 'person-nadia-ferrand', [['Nadia Ferrand', 'name'], ['Ferrand', 'surname']])
    const found = quotations(source, 'en', [tomas, nadia])
    expect(found.find((quote) => quote.text === 'Come now.')?.speaker).toBe('person-tomas-grell')
  })

  it('takes the person who sent "a note that said:", not the note', () => {
    const source = 'Tomas Grell sent her a photograph and a note that said: "This is the whole film."'
    const tomas = person(source, 'person-tomas-grell', [['Tomas Grell', 'name']])
    const [quote] = quotations(source, 'en', [tomas])
    expect(quote?.speakerMention?.text).toBe('Tomas Grell')
    expect(quote?.speaker).toBe('person-tomas-grell')
  })

  it('after "according to" a document, takes the person subject of the clause; after a person, that person', () => {
    const source = 'Ines Roha paints every frame. According to the press notes, the director wanted "a film full of rain". According to Ines Roha, Piet Lund saw the cut and "said nothing for an hour".'
    const ines = person(source, 'person-ines-roha', [['Ines Roha', 'name']])
    const piet = person(source, 'person-piet-lund', [['Piet Lund', 'name']])
    const [first, second] = quotations(source, 'en', [ines, piet])
    expect(first?.speakerMention?.text).toBe('the director')
    expect(first?.speaker).toBe('person-ines-roha')
    expect(second?.speakerMention?.text).toBe('Ines Roha')
  })

  it('resolves a role noun to the person of the passage, not an earlier one with the same role', () => {
    const source = "Le festival montre Dahlia, de la Suédoise Mira Holm. Autre film, Le Verger, de la Norvégienne Sanna Dahl, suit trois sœurs. « J'ai écrit ce film en hiver », a expliqué la réalisatrice."
    // the entities stage gave the role mention to the first director
    const mira = person(source, 'person-mira-holm', [['Mira Holm', 'name'], ['réalisatrice', 'role']])
    const sanna = person(source, 'person-sanna-dahl', [['Sanna Dahl', 'name']])
    const [quote] = quotations(source, 'fr', [mira, sanna])
    expect(quote?.speakerMention?.text).toBe('la réalisatrice')
    expect(quote?.speaker).toBe('person-sanna-dahl')
  })

  it('resolves "a director who calls her …" to the one person the article calls a director', () => {
    const source = 'At 29, the actress has a band behind her and a director who calls her "the least careful person I know". The director Ada Brun met her in 2020.'
    const ada = person(source, 'person-ada-brun', [['Ada Brun', 'name']])
    const at = source.indexOf('director Ada')
    ada.roles = [{start: at, end: at + 8, text: 'director', role: 'director', key: 'director'}]
    const [quote] = quotations(source, 'en', [ada])
    expect(quote?.speakerMention?.text).toBe('a director')
    expect(quote?.speaker).toBe('person-ada-brun')
  })

  it('reads an incise that goes on with an adverb or a complement ("répliqua X négligemment")', () => {
    const source = "— C'est mon parrain, répliqua Gaston négligemment.\n— N'allez pas voir les dames ! cria Gaston dans l'escalier."
    const found = quotations(source, 'fr')
    expect(found.map((quote) => [quote.cue?.text, quote.speakerMention?.text])).toEqual([
      ['répliqua', 'Gaston'],
      ['cria', 'Gaston']
    ])
  })

  it('after a clause of time ending with a colon, gives the line to the subject before it and the reply to the clause\'s subject', () => {
    const source = "Sa mère le surveillait. Quand il eut fini :\n– Allons, prends-la donc !\n– Non, maman."
    const found = quotations(source, 'fr')
    expect(found.map((quote) => quote.speakerMention?.text)).toEqual(['Sa mère', 'il'])
  })

  it('gives "selon lui" / "according to her" to the person the pronoun refers to', () => {
    const source = 'Marc Tellier a mis dix ans à tourner ce film. Selon lui, « c\'est un film sur la patience ».'
    const marc = person(source, 'person-marc-tellier', [['Marc Tellier', 'name']])
    const [quote] = quotations(source, 'fr', [marc])
    expect(quote?.speakerMention?.text).toBe('lui')
    expect(quote?.speaker).toBe('person-marc-tellier')
    const english = 'Mira Holt spent ten years on it. According to her, "it is a film about patience".'
    const mira = person(english, 'person-mira-holt', [['Mira Holt', 'name']])
    expect(quotations(english, 'en', [mira])[0]?.speaker).toBe('person-mira-holt')
    // "according to her agent" names the agent, not her
    const agent = 'Mira Holt spent ten years on it. According to her agent, "it is a film about patience".'
    expect(quotations(agent, 'en', [person(agent, 'person-mira-holt', [['Mira Holt', 'name']])])[0]?.speakerMention?.text).toBe('her agent')
  })

  it('follows "il" back through sentences that continue about the same man ("apprend, dira-t-il, « … »")', () => {
    const source = "Le peintre Anton Rieu est mort mardi. Né à Lyon, il part à Paris, où il devient l'assistant du décorateur Paul Sarrat. Pendant sept ans, il observe et apprend, dira-t-il, « à voir avant de peindre »."
    const anton = person(source, 'person-anton-rieu', [['Anton Rieu', 'name']])
    const paul = person(source, 'person-paul-sarrat', [['Paul Sarrat', 'name']])
    const [quote] = quotations(source, 'fr', [anton, paul])
    expect(quote?.speakerMention?.text).toBe('il')
    expect(quote?.speaker).toBe('person-anton-rieu')
  })

  it('does not follow an impersonal "il" ("il faut")', () => {
    const source = "Le décorateur Paul Sarrat arrive à Lyon. Ce matin-là, il faut attendre le peintre Anton Rieu. « Je n'aime que la neige », dit-il."
    const anton = person(source, 'person-anton-rieu', [['Anton Rieu', 'name']])
    const paul = person(source, 'person-paul-sarrat', [['Paul Sarrat', 'name']])
    const [quote] = quotations(source, 'fr', [anton, paul])
    expect(quote?.speaker).toBe('person-anton-rieu')
  })

  it('takes "his daughter" to the person an apposition named so, whatever gender was guessed for her elsewhere', () => {
    const source = 'Ivo Brandl died on Monday. His daughter, Lena Brandl, said he had been ill. Brandl was a painter before he filmed. He loved the sea. "He never stopped working," according to his daughter.'
    // the entities stage gave the surname (and so "he") to the daughter
    const lena = person(source, 'person-lena-brandl', [['Lena Brandl', 'name'], ['Brandl', 'surname']])
    lena.mentions = lena.mentions.filter((mention, position, all) => !all.some((other) => other !== mention && other.start <= mention.start && mention.end <= other.end && other.end - other.start > mention.end - mention.start))
    const ivo = person(source, 'person-ivo-brandl', [['Ivo Brandl', 'name']])
    const [quote] = quotations(source, 'en', [ivo, lena])
    expect(quote?.speakerMention?.text).toBe('his daughter')
    expect(quote?.speaker).toBe('person-lena-brandl')
  })

  it('gives a name the gender of the noun it stands in apposition to ("my uncle, X")', () => {
    const source = 'Sara Quist directed it.\nVarga: Where did it start?\nQuist: With my uncle, Ben Quist, who fished all his life. He used to say, "The sea keeps what it wants." I believed him.\nVarga: And the actress?\nQuist: She was a nurse.'
    const sara = person(source, 'person-sara-quist', [['Sara Quist', 'name'], ['Quist', 'surname']])
    sara.mentions = sara.mentions.filter((mention) => mention.start < source.indexOf('Ben Quist') || mention.start > source.indexOf('Ben Quist') + 9)
    const ben = person(source, 'person-ben-quist', [['Ben Quist', 'name']])
    const found = quotations(source, 'en', [sara, ben])
    expect(found.find((quote) => quote.text.startsWith('The sea'))?.speaker).toBe('person-ben-quist')
  })

  it('keeps an interview label on one person even when an answer names someone with the same surname', () => {
    const source = 'Sara Quist spoke to us.\nVarga: Where did it start?\nQuist: With my uncle, Ben Quist.\nVarga: And then?\nQuist: Then the boat.'
    const sara = person(source, 'person-sara-quist', [['Sara Quist', 'name']])
    // the entities stage gave the later "Quist" labels to the uncle, the last full name before them
    const ben = person(source, 'person-ben-quist', [['Ben Quist', 'name']])
    const firstLabel = source.indexOf('Quist:')
    sara.mentions.push({start: firstLabel, end: firstLabel + 5, text: 'Quist', kind: 'surname'})
    const secondLabel = source.indexOf('Quist:', firstLabel + 1)
    ben.mentions.push({start: secondLabel, end: secondLabel + 5, text: 'Quist', kind: 'surname'})
    const found = quotations(source, 'en', [sara, ben])
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['With my uncle, Ben Quist.', 'person-sara-quist'],
      ['Then the boat.', 'person-sara-quist']
    ])
  })

  it('gives "she told me" inside an answer to the woman the question named, not to the label of the question', () => {
    const source = 'Sara Quist made the film.\nVarga: Mia Dahl had never acted. How did you find her?\nQuist: A friend sent me a video. Before the first take she told me, "I will not cry." And she never did.'
    const sara = person(source, 'person-sara-quist', [['Sara Quist', 'name'], ['Quist', 'surname']])
    const holm = person(source, 'person-eli-varga', [['Varga', 'surname']])
    const mia = person(source, 'person-mia-dahl', [['Mia Dahl', 'name']])
    const found = quotations(source, 'en', [sara, holm, mia])
    expect(found.find((quote) => quote.text === 'I will not cry.')?.speaker).toBe('person-mia-dahl')
  })

  it('reads the head of a role noun with a complement ("le directeur de la photographie")', () => {
    const source = "Jean Roux éclaire le film à la bougie. « La nuit est ma matière », raconte le directeur de la photographie."
    const jean = person(source, 'person-jean-roux', [['Jean Roux', 'name']])
    const [quote] = quotations(source, 'fr', [jean])
    expect(quote?.speakerMention?.text).toBe('le directeur')
    expect(quote?.speaker).toBe('person-jean-roux')
    const production = "Léa Morin tient le budget. « On a tout misé sur le son », raconte la directrice de production."
    const lea = person(production, 'person-lea-morin', [['Léa Morin', 'name']])
    const [other] = quotations(production, 'fr', [lea])
    expect(other?.speakerMention?.text).toBe('la directrice de production')
    expect(other?.speaker).toBe('person-lea-morin')
  })

  it('keeps only the quotation of a headline "X : « … »", with the label as its speaker', () => {
    const source = 'Léna Vidal : « Je tourne toujours la nuit »\n\nLa cinéaste prépare un film.'
    const lena = person(source, 'person-lena-vidal', [['Léna Vidal', 'name']])
    const found = quotations(source, 'fr', [lena])
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([['Je tourne toujours la nuit', 'person-lena-vidal']])
  })

  it('reads the subject after a complement of the verb ("a déclaré à l\'AFP X", "dit d\'elle X")', () => {
    const source = 'Le film sort mercredi. « Nous sommes heureux », a déclaré à l\'AFP Paul Garnier, joint par téléphone.'
    const paul = person(source, 'person-paul-garnier', [['Paul Garnier', 'name']])
    const [quote] = quotations(source, 'fr', [paul])
    expect(quote?.speakerMention?.text).toBe('Paul Garnier')
    expect(quote?.speaker).toBe('person-paul-garnier')
    const about = 'Rose Lenoir a tourné deux films avec Anne Brun. « Elle ne joue pas, elle vit », dit d\'elle Lenoir.'
    const rose = person(about, 'person-rose-lenoir', [['Rose Lenoir', 'name'], ['Lenoir', 'surname']])
    const anne = person(about, 'person-anne-brun', [['Anne Brun', 'name']])
    const [other] = quotations(about, 'fr', [rose, anne])
    expect(other?.speakerMention?.text).toBe('Lenoir')
    expect(other?.speaker).toBe('person-rose-lenoir')
  })

  it('does not take "nous" before "l\'a dit" for the subject ("X nous l\'a dit :")', () => {
    const source = 'Le monteur Hugo Serre, qui a repris les bobines, nous l\'a dit : « Rien n\'a été coupé. »'
    const hugo = person(source, 'person-hugo-serre', [['Hugo Serre', 'name']])
    const [quote] = quotations(source, 'fr', [hugo])
    expect(quote?.speaker).toBe('person-hugo-serre')
  })

  it('follows "elle" back past sentences about her relatives ("Son père, X, lui a transmis ce qu\'elle appelle …")', () => {
    const source = 'La comédienne Zoé Arnal vit à Lyon. Sa tante, Lucie Marsan, tenait un cinéma. Son oncle, le peintre Marc Arnal, lui a transmis ce qu\'elle appelle « le goût du silence ».'
    const zoe = person(source, 'person-zoe-arnal', [['Zoé Arnal', 'name']])
    const lucie = person(source, 'person-lucie-marsan', [['Lucie Marsan', 'name']])
    const marc = person(source, 'person-marc-arnal', [['Marc Arnal', 'name']])
    const [quote] = quotations(source, 'fr', [zoe, lucie, marc])
    expect(quote?.speakerMention?.text).toBe('elle')
    expect(quote?.speaker).toBe('person-zoe-arnal')
  })

  it('does not give a role noun to someone whose stated trade is another, but to the person the passage is about', () => {
    const source = 'Mira Sol, who adapted a story by the novelist Ada Kerr, shoots in long takes. The camera barely moves. Later, the director said she wanted "a film about waiting".'
    const mira = person(source, 'person-mira-sol', [['Mira Sol', 'name']])
    const ada = person(source, 'person-ada-kerr', [['Ada Kerr', 'name'], ['director', 'role']])
    const at = source.indexOf('novelist')
    const mention = source.indexOf('director')
    ada.roles = [
      {start: at, end: at + 8, text: 'novelist', role: 'novelist', key: 'novelist'},
      {start: mention, end: mention + 8, text: 'director', role: 'director', key: 'director'}
    ]
    const [quote] = quotations(source, 'en', [mira, ada])
    expect(quote?.speaker).toBe('person-mira-sol')
  })

  it('takes "elle-même" opening a clause for its subject, not after a verb ("s\'assit elle-même et dit")', () => {
    const source = "Nina Roy tourne vite. On parle d'eau ; elle-même parle d'un « cinéma liquide »."
    const nina = person(source, 'person-nina-roy', [['Nina Roy', 'name']])
    const [quote] = quotations(source, 'fr', [nina])
    expect(quote?.speakerMention?.text).toBe('elle')
    expect(quote?.speaker).toBe('person-nina-roy')
    const other = 'Nina Roy arrive. Le maître s\'assit elle-même sur le banc et dit :\n\n— Pourquoi pas ?'
    const [line] = quotations(other, 'fr', [person(other, 'person-nina-roy', [['Nina Roy', 'name']])])
    expect(line?.speakerMention?.text).not.toBe('elle')
  })

  it('gives a quotation woven into a clause without a verb of saying to the clause\'s person', () => {
    const source = 'Ada Kerr moved to Lyon in 2001. The city is where she shot "the only film I still like", a short about bakers.'
    const ada = person(source, 'person-ada-kerr', [['Ada Kerr', 'name']])
    const [quote] = quotations(source, 'en', [ada])
    expect(quote?.speakerMention?.text).toBe('she')
    expect(quote?.speaker).toBe('person-ada-kerr')
    // a third-person one too ("she still refuses to charge more than "whatever the sea gave you that week"")
    const plain = 'Ada Kerr is 81. Fishermen still bring her their clocks, and she still refuses to charge more than "whatever the sea gave you that week".'
    const [woven] = quotations(plain, 'en', [person(plain, 'person-ada-kerr', [['Ada Kerr', 'name']])])
    expect(woven?.speakerMention?.text).toBe('she')
    expect(woven?.speaker).toBe('person-ada-kerr')
    // not one whose clause is about a thing
    const thing = 'Ada Kerr moved to Lyon in 2001. It is a city "where I learnt to wait".'
    expect(quotations(thing, 'en', [person(thing, 'person-ada-kerr', [['Ada Kerr', 'name']])])[0]?.speaker).toBeNull()
  })
})

describe('extractQuotations: gender from given names', () => {
  it('"raconte la comédienne" is the woman of the two people named, known by her given name', () => {
    const source = 'Le tournage a duré un an, à Oslo, avec Anna Roy et Karl-Johan Berg. « J’ai appris le norvégien en six mois », raconte la comédienne.'
    const karl = person(source, 'person-karl-johan-berg', [['Karl-Johan Berg', 'name']])
    const anna = person(source, 'person-anna-roy', [['Anna Roy', 'name']])
    const [quote] = quotations(source, 'fr', [karl, anna])
    expect(quote?.speaker).toBe('person-anna-roy')
  })
})

describe('extractQuotations: clauses before a colon (fiction and press)', () => {
  const mentionOf = (source: string, at = 0): string | undefined => quotations(source, 'fr')[at]?.speakerMention?.text

  it('reads "M." as an honorific, not a sentence end', () => {
    expect(mentionOf('Le soir, M. de Marsay, qui le raccompagnait, lui demanda : « Viendrez-vous demain ? »')).toBe('M. de Marsay')
  })

  it('ends the clause at a quotation that ends its sentence', () => {
    const source = 'Jeanne lui demanda : « Tu pars ? » Le comte resta muet : « Peut-être. »'
    expect(mentionOf(source, 0)).toBe('Jeanne')
    expect(mentionOf(source, 1)).toBe('Le comte')
  })

  it('gives a participle of saying the subject of the clause it hangs on', () => {
    expect(mentionOf('Le médecin posa la main sur mon front, en disant : « Reposez-vous. »')).toBe('Le médecin')
    expect(mentionOf('Elle posa le panier sur les pommes et les poires, criant : « Voilà ! »')).toBe('Elle')
  })

  it('takes the subject of the clause before a semicolon for a clause that has none', () => {
    expect(mentionOf('Le médecin se leva lentement ; et balbutiant : « Merci, merci. »')).toBe('Le médecin')
    // a clause with a subject of its own keeps it, even when it names no person
    expect(mentionOf('Il dormait ; et son réveil sonna soudain : « Debout ! »')).toBeUndefined()
  })

  it('does not take an indefinite "on" after "que" for the subject', () => {
    expect(mentionOf('Marc, sûr qu\'on ne l\'écoutait pas dans cette salle trop grande, reprit à voix basse : « Partons. »')).toBe('Marc')
  })

  it('does not read a new sentence after a closing mark and a dash as an incise', () => {
    expect(mentionOf('Le vieux Jean lui dit avec colère : « Tais-toi ! » – Cela lui coupa la parole.')).toBe('Le vieux Jean')
  })
})

describe('extractQuotations: incises that describe the speaker', () => {
  const mentionOf = (source: string): string | undefined => quotations(source, 'fr')[0]?.speakerMention?.text

  it('takes the speaker of an incise that goes on with a relative clause, a participle or a gerund', () => {
    expect(mentionOf('Il pleuvait.\n\n— Ah ! non, crie Lucie qui déteste la pluie.')).toBe('Lucie')
    expect(mentionOf('Il pleuvait.\n\n— Je ne vais nulle part, dit Paul accablé. Allons où tu voudras.')).toBe('Paul')
    expect(mentionOf('Il pleuvait.\n\n— Oui, répondit Claire un peu déconcertée.')).toBe('Claire')
  })

  it('takes the speaker of a long incise that runs on to the end of the line', () => {
    expect(mentionOf('Il pleuvait.\n\n— Devinez, dit Claire en faisant signe à son frère de toucher la main de leur mère.')).toBe('Claire')
  })
})

describe('extractQuotations: role nouns against the passage', () => {
  it('keeps the person the entities gave a role noun to when named after an earlier apposition of the noun', () => {
    const source = 'The festival opened with a film by the director Ana Ruiz. Its closing film, Salt, is by Tom Berg. Critics were divided. "We shot it in a week," the director said.'
    const ana = person(source, 'person-ana-ruiz', [['Ana Ruiz', 'name']])
    const tom = person(source, 'person-tom-berg', [['Tom Berg', 'name']])
    const role = source.lastIndexOf('director')
    tom.mentions.push({start: role, end: role + 'director'.length, text: 'director', kind: 'role'})
    const [quote] = quotations(source, 'en', [ana, tom])
    expect(quote?.speakerMention?.text).toBe('the director')
    expect(quote?.speaker).toBe('person-tom-berg')
  })

  it('keeps the person the entities gave a role noun to over the subject of the same sentence, not over one of a sentence before', () => {
    const same = 'Ana Ruiz adapted the book by Tom Berg; the novelist, who never wrote for the screen, called it "better than the book".'
    const ana = person(same, 'person-ana-ruiz', [['Ana Ruiz', 'name']])
    const tom = person(same, 'person-tom-berg', [['Tom Berg', 'name'], ['novelist', 'role']])
    expect(quotations(same, 'en', [ana, tom])[0]?.speaker).toBe('person-tom-berg')
    const before = 'In 1990 Ana Ruiz cast him in Salt, opposite Tom Berg. "He never asked where the camera was," the director recalled.'
    const ruiz = person(before, 'person-ana-ruiz', [['Ana Ruiz', 'name']])
    const berg = person(before, 'person-tom-berg', [['Tom Berg', 'name'], ['director', 'role']])
    expect(quotations(before, 'en', [ruiz, berg])[0]?.speaker).toBe('person-ana-ruiz')
  })
})

describe('extractQuotations: turns of dialogue and incises', () => {
  it('does not join a quotation that closed its sentence to one a colon clause introduces', () => {
    const source = 'Il demandait : « Pourquoi pars-tu ? » Elle répondait : « Je suis lasse. »'
    expect(quotations(source, 'fr').map((quote) => quote.text)).toEqual(['Pourquoi pars-tu ?', 'Je suis lasse.'])
  })

  it('keeps a question with an inverted pronoun whole ("y penses-tu ?")', () => {
    const source = 'Il sursauta :\n« Là-bas, chez lui, y penses-tu ? »'
    const [quote] = quotations(source, 'fr')
    expect(quote?.text).toBe('Là-bas, chez lui, y penses-tu ?')
    expect(quote?.fragments).toHaveLength(1)
  })

  it('does not read an imperative with "-nous" for an incise ("lis-nous la lettre")', () => {
    const source = 'Le soir venait.\n\n— Alors, raconte-nous la suite.'
    const [quote] = quotations(source, 'fr')
    expect(quote?.text).toBe('Alors, raconte-nous la suite.')
    expect(quote?.cue).toBeNull()
  })

  it('makes two quotations of a line whose second incise follows the end of a sentence', () => {
    const source = 'Il rentra.\n\n— Reste ici, dit-il, tout est prêt. Écoute, reprit-il, nous partirons demain.'
    expect(quotations(source, 'fr').map((quote) => quote.text)).toEqual(['Reste ici, dit-il, tout est prêt.', 'Écoute, reprit-il, nous partirons demain.'])
  })

  it('keeps one quotation when the second incise closes an exclamation or stays in the sentence', () => {
    const source = 'Il rentra.\n\n— Reste ici, dit-il. Quelle belle maison ! ajouta-t-il en souriant.'
    expect(quotations(source, 'fr')).toHaveLength(1)
  })
})

describe('extractQuotations: attribution mechanisms for unseen press text', () => {
  it('does not join two quotations across words that open a new sentence after a full stop', () => {
    const source = 'He was calm. "We tried everything," she said. "It did not work." A viewer called it "a small miracle", which is fair.'
    const found = quotations(source, 'en')
    expect(found.map((quote) => quote.text)).toEqual(['We tried everything,', 'It did not work.', 'a small miracle'])
  })

  it('reads a possessive "your" as a determiner and a name in apposition as the subject', () => {
    const source = 'Your editor, Nora Blix, has said you are "unable to stop cutting". Is that true?'
    const nora = person(source, 'person-nora-blix', [['Nora Blix', 'name']])
    const [quote] = quotations(source, 'en', [nora])
    expect(quote?.speakerMention?.text).toBe('Your editor, Nora Blix')
    expect(quote?.speaker).toBe('person-nora-blix')
  })

  it('extends an inverted noun phrase over the name in apposition after it', () => {
    const source = 'Les entrées montent. « Nous sommes ravis », a réagi son distributeur, Paul Verne, patron de la société.'
    const paul = person(source, 'person-paul-verne', [['Paul Verne', 'name']])
    const [quote] = quotations(source, 'fr', [paul])
    expect(quote?.speakerMention?.text).toBe('son distributeur, Paul Verne')
    expect(quote?.speaker).toBe('person-paul-verne')
  })

  it('takes the speaker of a clause of manner after the quotation ("as a neighbour muttered")', () => {
    const source = 'The composer Jan Volk writes loud music, "like a storm in a tin", as a neighbour muttered.'
    const jan = person(source, 'person-jan-volk', [['Jan Volk', 'name']])
    const [quote] = quotations(source, 'en', [jan])
    expect(quote?.speakerMention?.text).toBe('a neighbour')
    expect(quote?.speaker).toBeNull()
  })

  it('reads a stressed "Lui" opening its clause as the subject', () => {
    const source = 'La musique est de Marc Olier. Lui dit que c\'est « une chanson de marin ».'
    const marc = person(source, 'person-marc-olier', [['Marc Olier', 'name']])
    const [quote] = quotations(source, 'fr', [marc])
    expect(quote?.speakerMention?.text).toBe('Lui')
    expect(quote?.speaker).toBe('person-marc-olier')
  })

  it('resolves a pronoun through a sentence whose subject is a trade noun given earlier under another name', () => {
    const source = 'The Irish filmmaker Ana Roe returns home. The film, produced by Eva Lind, is short. Its director was blunt. "It is about water," she said.'
    const ana = person(source, 'person-ana-roe', [['Ana Roe', 'name']])
    const at = source.indexOf('filmmaker')
    ana.roles = [{start: at, end: at + 'filmmaker'.length, text: 'filmmaker', role: 'filmmaker', key: 'director'}]
    const eva = person(source, 'person-eva-lind', [['Eva Lind', 'name']])
    const [quote] = quotations(source, 'en', [ana, eva])
    expect(quote?.speaker).toBe('person-ana-roe')
  })
})

describe('role nouns and the people near them', () => {
  it('does not give "la réalisatrice" to the person just named when the text gives her another trade', async () => {
    const {processArticle} = await import('../index.js')
    const source = 'Le documentaire de Claire Morand sort mercredi. Le film est consacré à Marthe Ravel, guide de haute montagne à Chamonix. « Je voulais filmer le silence des glaciers », explique la réalisatrice.\n'
    const file = await processArticle({path: 'role.txt', value: source})
    const [quote] = file.data.record!.quotations
    expect(quote?.text).toBe('Je voulais filmer le silence des glaciers')
    expect(quote?.speaker).toBe('person-claire-morand')
  })
})

describe('attributions in narrative prose', () => {
  const dialogue = (line: string): string => `Il pleuvait.\n\n— Bonjour.\n\n— Salut.\n\n— Ça va ?\n\n— Oui.\n\n— Tant mieux.\n\n${line}\n`

  it('takes a demonstrative or indefinite pronoun inverted in an incise ("répondit celle-ci"), resolved to no one', () => {
    const source = dialogue('— Jamais, répondit celle-ci ; je reste ici.')
    const quote = quotations(source, 'fr').pop()
    expect(quote?.speakerMention?.text).toBe('celle-ci')
    expect(quote?.speaker).toBeNull()
  })

  it('takes "quelqu\'un" as the subject of a clause ending with a colon', () => {
    const source = dialogue("La porte s'ouvrit, et quelqu'un lui dit doucement :\n\n— Entrez donc.")
    expect(quotations(source, 'fr').pop()?.speakerMention?.text).toBe("quelqu'un")
  })

  it('gives a relative clause that speaks to someone its antecedent ("le voisin, qui lui dit :")', () => {
    const source = dialogue('Le garçon leva la tête et aperçut le vieux voisin, qui lui dit :\n\n— Viens par ici.')
    expect(quotations(source, 'fr').pop()?.speakerMention?.text).toBe('le vieux voisin')
  })

  it('keeps a thing that says something in a relative clause out of the speaker ("une lettre qui dit :")', () => {
    const source = 'Marc Dubois a laissé une lettre qui dit : « Je pars pour toujours. »'
    expect(quotations(source, 'fr').pop()?.speakerMention?.text).toBe('Marc Dubois')
  })

  it('reads "nous" before a verb of the third person as an object ("elle nous dit :")', () => {
    const source = dialogue('Alors elle nous dit :\n\n— Rentrez vite.')
    expect(quotations(source, 'fr').pop()?.speakerMention?.text).toBe('elle')
  })

  it('attributes a long incise with an inverted pronoun and keeps the speech after it', () => {
    const source = dialogue('— Regarde, dit-elle en lui montrant du doigt la petite maison blanche au bout du chemin ; nous y serons bientôt.')
    const quote = quotations(source, 'fr').pop()
    expect(quote?.speakerMention?.text).toBe('elle')
    expect(quote?.fragments?.map((fragment) => source.slice(fragment.start, fragment.end))).toEqual(['Regarde,', 'nous y serons bientôt.'])
  })
})

describe('extractQuotations: speakers on unseen text', () => {
  it('extends a possessive noun over an apposition that names a trade and a person ("son professeur, le metteur en scène X")', () => {
    const source = 'Il entre au conservatoire en 2010. « Il écoutait tout le monde, et puis il jouait. », se souvient son ancien professeur, le metteur en scène Paul Vernet.'
    const paul = person(source, 'person-paul-vernet', [['Paul Vernet', 'name']])
    const [quote] = quotations(source, 'fr', [paul])
    expect(quote?.speakerMention?.text).toBe('son ancien professeur, le metteur en scène Paul Vernet')
    expect(quote?.speaker).toBe('person-paul-vernet')
  })

  it('does not join two quotations when a new clause with its own verb of saying stands between them', () => {
    const source = 'Le film a plu. « Un drame d\'une grande finesse », écrivait un critique ; un autre évoquait « la révélation de la saison ».'
    const found = quotations(source, 'fr')
    expect(found.map((quote) => quote.text)).toEqual(["Un drame d'une grande finesse", 'la révélation de la saison'])
  })

  it('passes over a name that a possessive and a thing are in apposition to, and follows "her" back', () => {
    const source = 'Ruth Lowe began at the BBC. Harbour Jane, her portrait of the fisherwoman Jane Pike, won a prize. "I never liked interviews," she told a reporter.'
    const ruth = person(source, 'person-ruth-lowe', [['Ruth Lowe', 'name']])
    const jane = person(source, 'person-jane-pike', [['Jane Pike', 'name']])
    const [quote] = quotations(source, 'en', [ruth, jane])
    expect(quote?.speaker).toBe('person-ruth-lowe')
  })

  it('resolves "he" to the person a possessive and a kin noun stand for ("her son", named earlier in apposition)', () => {
    const source = 'Her son, the editor Tom Lowe, was there. Her last film opened in May, and her son accepted the prize. "She would have laughed," he said.'
    const tom = person(source, 'person-tom-lowe', [['Tom Lowe', 'name']])
    const [quote] = quotations(source, 'en', [tom])
    expect(quote?.speaker).toBe('person-tom-lowe')
  })

  it('keeps a person of unknown gender named after a preposition in reserve when a pronoun of the gender looked for follows', () => {
    const source = 'Ruth Lowe was born in Leeds. Her second film was shot with the cinematographer Alex Moor, who framed all her films. "I waited for the light," she said.'
    const ruth = person(source, 'person-ruth-lowe', [['Ruth Lowe', 'name']])
    const alex = person(source, 'person-alex-moor', [['Alex Moor', 'name']])
    const [quote] = quotations(source, 'en', [ruth, alex])
    expect(quote?.speaker).toBe('person-ruth-lowe')
  })

  it('gives the second of two quotations the speaker the same words named ("…," she told X. "…")', () => {
    const source = 'Ruth Lowe won in 1990. "I was lucky," she told a reporter in 1991. "The others were better."'
    const ruth = person(source, 'person-ruth-lowe', [['Ruth Lowe', 'name']])
    const found = quotations(source, 'en', [ruth])
    expect(found.map((quote) => quote.speaker)).toEqual(['person-ruth-lowe', 'person-ruth-lowe'])
  })

  it('takes the issuer of a statement after "selon le communiqué de X"', () => {
    const source = 'Le jury est connu. « Cette sélection est audacieuse », selon le communiqué de la Fondation Marceau.'
    const foundation: Entity = {id: 'organization-fondation-marceau', type: 'Organization', name: 'Fondation Marceau', aliases: [], roles: [], mentions: [{start: source.indexOf('Fondation'), end: source.indexOf('Fondation') + 'Fondation Marceau'.length, text: 'Fondation Marceau', kind: 'name'}]}
    const [quote] = quotations(source, 'fr', [foundation])
    expect(quote?.speakerMention?.text).toBe('le communiqué de la Fondation Marceau')
    expect(quote?.speaker).toBe('organization-fondation-marceau')
  })

  it('takes a name in the genitive right before the quotation as its speaker ("X\'s "…"")', () => {
    const source = 'Dana Reyes played the sheriff. Reyes’s “You’re not leaving tonight” was improvised on the day.'
    const dana = person(source, 'person-dana-reyes', [['Dana Reyes', 'name'], ['Reyes', 'surname']])
    const [quote] = quotations(source, 'en', [dana])
    expect(quote?.speaker).toBe('person-dana-reyes')
  })

  it('does not resolve the role noun to the last person named when the entities stage gave it to someone named in the same sentence', () => {
    const source = 'Le film est produit par Anne Riou, avec Marc Lenoir. « Un film de visages », résume la productrice.'
    const anne = person(source, 'person-anne-riou', [['Anne Riou', 'name'], ['productrice', 'role']])
    const marc = person(source, 'person-marc-lenoir', [['Marc Lenoir', 'name']])
    const [quote] = quotations(source, 'fr', [anne, marc])
    expect(quote?.speaker).toBe('person-anne-riou')
  })
})

describe('extractQuotations: attributions on unseen layouts', () => {
  it('takes the name in apposition to a source phrase ("Selon son porte-parole, X, …")', () => {
    const source = 'Selon son porte-parole, Marc Olivier, le studio a connu « une année exceptionnelle » malgré la grève.'
    const marc = person(source, 'person-marc-olivier', [['Marc Olivier', 'name']])
    const [quote] = quotations(source, 'fr', [marc])
    expect(quote?.speakerMention?.text).toBe('son porte-parole, Marc Olivier')
    expect(quote?.speaker).toBe('person-marc-olivier')
  })

  it('takes the name in apposition to a trade owned by a name in the genitive ("according to the Herald’s critic, X,")', () => {
    const source = 'The season was long. According to the Herald’s film critic, Ann Bell, the drama "loses its nerve in the last reel."'
    const ann = person(source, 'person-ann-bell', [['Ann Bell', 'name']])
    const [quote] = quotations(source, 'en', [ann])
    expect(quote?.speakerMention?.text).toContain('Ann Bell')
    expect(quote?.speaker).toBe('person-ann-bell')
  })

  it('skips a relative clause between the subject and a verb of calling ("X, who …, calls it "…"")', () => {
    const source = 'The shoot was hard. Tom Reyes, who spent two months in a cabin near the border writing the script, calls it "a western without horses."'
    const tom = person(source, 'person-tom-reyes', [['Tom Reyes', 'name']])
    const [quote] = quotations(source, 'en', [tom])
    expect(quote?.cue?.text).toBe('calls')
    expect(quote?.speaker).toBe('person-tom-reyes')
  })

  it('skips a relative clause in French too ("X, qui …, explique :")', () => {
    const source = 'Le tournage fut long. Anne Morel, qui a passé deux hivers dans les Alpes pour préparer le film, explique : « Il fallait la neige. »'
    const anne = person(source, 'person-anne-morel', [['Anne Morel', 'name']])
    const [quote] = quotations(source, 'fr', [anne])
    expect(quote?.speaker).toBe('person-anne-morel')
  })

  it('passes over a verb of saying whose subject names no one, inside what the speaker reports ("X said the story began with …:")', () => {
    const source = 'The film opens in May. Ruth Keller said the story began with a letter from her brother: "He wrote every week from the ship."'
    const ruth = person(source, 'person-ruth-keller', [['Ruth Keller', 'name']])
    const [quote] = quotations(source, 'en', [ruth])
    expect(quote?.speakerMention?.text).toBe('Ruth Keller')
    expect(quote?.speaker).toBe('person-ruth-keller')
  })

  it('gives an anonymous source summing up after a colon no known speaker, not the one quoted before', () => {
    const source = 'Paul Verne told us the jury "loved it." One sales agent put it more simply: it is "the film everyone wants."'
    const paul = person(source, 'person-paul-verne', [['Paul Verne', 'name']])
    const found = quotations(source, 'en', [paul])
    expect(found.map((quote) => quote.text)).toEqual(['loved it.', 'the film everyone wants.'])
    expect(found[0]?.speaker).toBe('person-paul-verne')
    expect(found[1]?.speakerMention?.text).toBe('One sales agent')
    expect(found[1]?.speaker).toBeNull()
  })

  it('reads an inverted subject after an adverbial phrase (« … », a lancé d’emblée la modératrice)', () => {
    const source = 'Autour de la journaliste Claire Dumas, trois invités. « Le montage, c\'est un métier ? », a lancé d\'emblée la modératrice.'
    const claire = person(source, 'person-claire-dumas', [['Claire Dumas', 'name']])
    const [quote] = quotations(source, 'fr', [claire])
    expect(quote?.speakerMention?.text).toBe('la modératrice')
    expect(quote?.speaker).toBe('person-claire-dumas')
  })

  it('takes the source of the sentence before for a pronoun when that sentence has no other person ("According to X, the team … "…," she said")', () => {
    const source = 'According to Nora Blum, the team kept the grain. "It is part of the film," she said.'
    const nora = person(source, 'person-nora-blum', [['Nora Blum', 'name']])
    const [quote] = quotations(source, 'en', [nora])
    expect(quote?.speaker).toBe('person-nora-blum')
  })

  it('keeps a role noun given by the entities stage over a person named last after a preposition (« … », a déclaré la cinéaste)', () => {
    const source = 'Le drame de Lise Aubry a gagné. Le film suit une pêcheuse, incarnée par Mona Vidal. « C\'est un film sur la mer », a déclaré la cinéaste.'
    const lise = person(source, 'person-lise-aubry', [['Lise Aubry', 'name'], ['cinéaste', 'role']])
    const mona = person(source, 'person-mona-vidal', [['Mona Vidal', 'name']])
    const [quote] = quotations(source, 'fr', [lise, mona])
    expect(quote?.speaker).toBe('person-lise-aubry')
  })
})

describe('extractQuotations: interview layouts', () => {
  it('gives an answer over two paragraphs to its label, as one quotation; an inner quotation naming no one has no speaker', () => {
    const source = 'Journaliste : Et le tournage ?\nMarchand : Deux mois chez un berger.\nIl me disait : « Les bêtes savent tout. » Il avait raison.\nJournaliste : Et après ?\nMarchand : Une pièce.'
    const marchand = person(source, 'person-marchand', [['Marchand', 'name']])
    const found = quotations(source, 'fr', [marchand])
    expect(found.map((quote) => [quote.text.replace(/\n/g, ' / '), quote.speaker])).toEqual([
      ['Deux mois chez un berger. / Il me disait : « Les bêtes savent tout. » Il avait raison.', 'person-marchand'],
      ['Les bêtes savent tout.', null],
      ['Une pièce.', 'person-marchand']
    ])
    expect(found[0]!.fragments).toHaveLength(2)
  })

  it('names the speaker of a label with a role by the name alone', () => {
    const source = 'Q: Why the desert?\nNora Vale (editor): Because the light is honest.\nQ: And then?\nSam Reed, producer: We ran out of money.'
    const nora = person(source, 'person-nora-vale', [['Nora Vale', 'name']])
    const found = quotations(source, 'en', [nora])
    expect(found.map((quote) => [quote.speakerMention?.text, quote.speaker])).toEqual([['Nora Vale', 'person-nora-vale'], ['Sam Reed', null]])
  })

  it('takes the speaker of a quotation from the attribution line under it ("— Name, role")', () => {
    const source = 'The film closed the festival.\n"We made it with no money."\n— Ruth Okafor, director\nIt opens on Friday.'
    const ruth = person(source, 'person-ruth-okafor', [['Ruth Okafor', 'name']])
    const [quote] = quotations(source, 'en', [ruth])
    expect(quote?.speaker).toBe('person-ruth-okafor')
  })

  it('leaves a person named in a complement late in the sentence ("adapté d\'un roman de X") to a pronoun only as a last resort', () => {
    const source = 'La comédienne Lou Vidal tourne beaucoup. Le succès arrive avec Les Herbes, adapté d\'un roman de Anne Roux, en 2024. Sur scène, elle remercie « ma mère, qui ne manquait rien ».'
    const lou = person(source, 'person-lou-vidal', [['Lou Vidal', 'name'], ['La comédienne', 'role']])
    const anne = person(source, 'person-anne-roux', [['Anne Roux', 'name']])
    const [quote] = quotations(source, 'fr', [lou, anne])
    expect(quote?.speaker).toBe('person-lou-vidal')
  })
})

describe('extractQuotations: wire-story reactions', () => {
  it('keeps two quotations when a second verb of saying follows the incise ("», a réagi X, saluant « … »")', () => {
    const source = 'Le peintre est mort. « Un grand artiste nous quitte », a réagi la maire, Anne Dorval, saluant une œuvre capable de « tout oser sans jamais crier ».'
    const anne = person(source, 'person-anne-dorval', [['Anne Dorval', 'name']])
    const found = quotations(source, 'fr', [anne])
    expect(found.map((quote) => quote.text)).toEqual(['Un grand artiste nous quitte', 'tout oser sans jamais crier'])
    expect(found.map((quote) => quote.speaker)).toEqual(['person-anne-dorval', 'person-anne-dorval'])
  })

  it('takes the name in apposition to an office with its complement ("le ministre de la Culture, X")', () => {
    const source = 'Le cinéaste Paul Mérel est mort. « Nous perdons un poète », a déclaré le ministre de la Culture, Hugo Salan.'
    const paul = person(source, 'person-paul-merel', [['Paul Mérel', 'name']])
    const hugo = person(source, 'person-hugo-salan', [['Hugo Salan', 'name']])
    const [quote] = quotations(source, 'fr', [paul, hugo])
    expect(quote?.speaker).toBe('person-hugo-salan')
  })

  it('takes the name in apposition to a trade in the genitive before a verb of naming ("the company\'s CEO, X, called it "…"")', () => {
    const source = 'The deal closed on Monday. Northwind Pictures’ CEO, Mara Quill, called the studio “the right home for a quiet film.”'
    const mara = person(source, 'person-mara-quill', [['Mara Quill', 'name']])
    const [quote] = quotations(source, 'en', [mara])
    expect(quote?.speaker).toBe('person-mara-quill')
  })

  it('reads "selon lui" after a quotation as its speaker, not someone the quotation speaks of', () => {
    const source = 'Le comédien Jean Arlet est mort. « Jean, c\'était un ogre. Il voulait tout jouer », confie Marc Tissot, son agent. Selon lui, l\'acteur « ne dormait jamais ».'
    const jean = person(source, 'person-jean-arlet', [['Jean Arlet', 'name'], ['Jean', 'name']])
    const marc = person(source, 'person-marc-tissot', [['Marc Tissot', 'name']])
    const found = quotations(source, 'fr', [jean, marc])
    expect(found.map((quote) => quote.speaker)).toEqual(['person-marc-tissot', 'person-marc-tissot'])
  })
})

describe('extractQuotations: a speaker going on into the next paragraph', () => {
  it('gives a quotation nothing introduces, inside the next paragraph, to the speaker of the paragraph before', () => {
    const source = '« Je voulais filmer la nuit », explique Léa Marchal.\n\nLe tournage a duré un an. Il fallait « attendre que la ville se taise », et personne ne se plaignait.'
    const lea = person(source, 'person-lea-marchal', [['Léa Marchal', 'name']])
    const [, second] = quotations(source, 'fr', [lea])
    expect(second?.speaker).toBe('person-lea-marchal')
  })

  it('does not when a clause before a colon introduces it', () => {
    const source = '« Je voulais filmer la nuit », explique Léa Marchal.\n\nLe tournage a duré un an. Une phrase ouvre le film : « On ne filme pas une ville, on filme ceux qui y restent. »'
    const lea = person(source, 'person-lea-marchal', [['Léa Marchal', 'name']])
    const [, second] = quotations(source, 'fr', [lea])
    expect(second?.speaker).toBeNull()
  })
})

describe('extractQuotations: short phrases no one says', () => {
  it('drops a quotation of four words or fewer with no cue and nothing naming a speaker', () => {
    expect(quotations('Ce fut « un enfer absolu », et personne ne le regrette.', 'fr')).toEqual([])
  })

  it('keeps it with a cue or a speaker', () => {
    const source = 'Ce fut « un enfer absolu », dit Léa Marchal.'
    const lea = person(source, 'person-lea-marchal', [['Léa Marchal', 'name']])
    expect(quotations(source, 'fr', [lea]).map((quote) => quote.speaker)).toEqual(['person-lea-marchal'])
  })
})

describe('extractQuotations: source phrases and opening participles', () => {
  const cases: Array<[string, Lang]> = [
    ['Le film est sorti. Pour reprendre les mots de Léa Marchal, « la mer est le personnage principal de ce film ».', 'fr'],
    ['The film is out. In the words of Léa Marchal, "the sea is the main character of this film."', 'en'],
    ['The film is out. To quote Léa Marchal: "The sea is the main character of this film."', 'en'],
    ['Le film est sorti. Interrogée sur la fin du film, Léa Marchal hausse les épaules : « Je ne sais jamais comment un film finit. »', 'fr']
  ]
  for (const [source, language] of cases) {
    it(source, () => {
      const lea = person(source, 'person-lea-marchal', [['Léa Marchal', 'name']])
      const [quote] = quotations(source, language, [lea])
      expect(quote?.speaker).toBe('person-lea-marchal')
    })
  }
  it('an inverted subject after the verb of an incise stays the speaker of the quotation after it', () => {
    const source = '"He writes well," said Léa Marchal, the studio\'s president of production. "We wanted him."'
    const lea = person(source, 'person-lea-marchal', [['Léa Marchal', 'name']])
    const quotes = quotations(source, 'en', [lea])
    expect(quotes.map((quote) => quote.speaker)).toEqual(['person-lea-marchal', 'person-lea-marchal'])
  })
})

describe('extractQuotations: a capitalised word after a full stop inside the marks', () => {
  it('opens the next sentence of the quotation, not an incise ("… week two. Whisper Lake did not …")', () => {
    const source = '"Hale has a real following," said Léa Marchal, an analyst at Pulse. "Horror drops in week two. Whisper Lake did not, and that tells you a lot."'
    const lea = person(source, 'person-lea-marchal', [['Léa Marchal', 'name']])
    const quotes = quotations(source, 'en', [lea])
    expect(quotes[1]?.text).toBe('Horror drops in week two. Whisper Lake did not, and that tells you a lot.')
    expect(quotes[1]?.speaker).toBe('person-lea-marchal')
  })
})

describe('extractQuotations: someone among others', () => {
  const cases: Array<[string, Lang]> = [
    ['Léa Marchal est morte dimanche. « Elle regardait les gens avec tendresse », a confié l\'un de ses producteurs.', 'fr'],
    ['Léa Marchal died on Monday. "She was always late, and always right," said one of her producers.', 'en']
  ]
  for (const [source, language] of cases) {
    it(`names no one the text names: ${source}`, () => {
      const lea = person(source, 'person-lea-marchal', [['Léa Marchal', 'name']])
      const [quote] = quotations(source, language, [lea])
      expect(quote?.speakerMention?.text).toMatch(/producers|producteurs/)
      expect(quote?.speaker).toBeNull()
    })
  }
})

describe('extractQuotations: the credit of a blurb', () => {
  /** An organisation with every occurrence of its name. */
  function body(source: string, id: string, name: string): Entity {
    return {...person(source, id, [[name, 'name']]), type: 'Organization'}
  }

  it('gives a quotation the name after a dash that ends its line ("“A triumph.” — The Courier")', () => {
    const source = '“A quiet triumph.” — The Northern Courier\n\n“Devastating.” — Harbour Weekly'
    const courier = body(source, 'org-courier', 'The Northern Courier')
    const weekly = body(source, 'org-weekly', 'Harbour Weekly')
    const found = quotations(source, 'en', [courier, weekly])
    expect(found.map((quote) => quote.speakerMention?.text)).toEqual(['The Northern Courier', 'Harbour Weekly'])
    expect(found.map((quote) => quote.speaker)).toEqual(['org-courier', 'org-weekly'])
  })

  it('and the name alone in brackets after it ("« Bouleversant. » (Ciné Hebdo)")', () => {
    const source = 'Les critiques sont unanimes.\n\n« Bouleversant. » (Ciné Hebdo)\n\n« Un premier film d\'une maturité rare. » — Les Cahiers du Nord'
    const hebdo = body(source, 'org-hebdo', 'Ciné Hebdo')
    const cahiers = body(source, 'org-cahiers', 'Les Cahiers du Nord')
    const found = quotations(source, 'fr', [hebdo, cahiers])
    expect(found.map((quote) => quote.speaker)).toEqual(['org-hebdo', 'org-cahiers'])
  })

  it('an outlet with small words in its name, the critic before the outlet, a run of blurbs on one line', () => {
    const source = 'Encart paru pour le film :\n\n« Une claque. » — Les Cahiers du nord\n\n« Superbe. » — Roger Blain, Ciné Hebdo\n\nSur l\'affiche : « Bouleversant » — Ciné Hebdo ; « Magistral. » (Roger Blain) ; « Sidérant ! » — Les Cahiers du nord.'
    const cahiers = body(source, 'org-cahiers', 'Les Cahiers du nord')
    const hebdo = body(source, 'org-hebdo', 'Ciné Hebdo')
    const roger = person(source, 'person-roger-blain', [['Roger Blain', 'name']])
    const found = quotations(source, 'fr', [cahiers, hebdo, roger])
    expect(found.map((quote) => quote.speaker)).toEqual(['org-cahiers', 'person-roger-blain', 'org-hebdo', 'person-roger-blain', 'org-cahiers'])
  })

  it('a label before the colon does not win over the credit ("Highest: “…” — Roger Blain, The Playlist")', () => {
    const source = 'Metascore: 58.\n\nHighest: “An audacious swing that mostly connects.” — Roger Blain, The Playlist'
    const roger = person(source, 'person-roger-blain', [['Roger Blain', 'name']])
    const [quote] = quotations(source, 'en', [roger])
    expect(quote?.speaker).toBe('person-roger-blain')
  })

  it('not a name the sentence goes on with ("— Harbour Weekly readers agreed")', () => {
    const source = 'Critics were split. “Devastating.” — Harbour Weekly readers agreed with the ending, but no one else did.'
    const weekly = body(source, 'org-weekly', 'Harbour Weekly')
    const found = quotations(source, 'en', [weekly])
    expect(found.map((quote) => quote.speakerMention?.text ?? null)).not.toContain('Harbour Weekly')
  })
})

describe('extractQuotations: critics and spokespeople named through someone else', () => {
  it('a name in the genitive before a trade and an apposition is not the speaker ("Hutchins\'s lawyer, Rebecca X, said")', () => {
    const source = 'Dale Moran lost his case. Moran\'s lawyer, Rita Sloe, said her client was “disappointed but undeterred.”'
    const dale = person(source, 'person-dale-moran', [['Dale Moran', 'name'], ['Moran', 'surname']])
    const rita = person(source, 'person-rita-sloe', [['Rita Sloe', 'name']])
    const [quote] = quotations(source, 'en', [dale, rita])
    expect(quote?.speaker).toBe('person-rita-sloe')
  })

  it('a publication completing a critic\'s name is not the speaker ("X of the Chicago Sun-Times writes")', () => {
    const source = 'Top critic Gary Lyle of the Lakeside Herald writes that the film “trusts its audience in a way few dramas dare to.”'
    const gary = person(source, 'person-gary-lyle', [['Gary Lyle', 'name']])
    const herald = {...person(source, 'org-herald', [['Lakeside Herald', 'name']]), type: 'Organization' as const}
    const [quote] = quotations(source, 'en', [gary, herald])
    expect(quote?.speaker).toBe('person-gary-lyle')
  })

  it('"Pour X (L\'Obs), le film est « … »": the critic, past the outlet in brackets', () => {
    const source = 'Pour Mathis Sorel (Ciné Hebdo), le film est « une merveille de délicatesse ».'
    const mathis = person(source, 'person-mathis-sorel', [['Mathis Sorel', 'name']])
    const hebdo = {...person(source, 'org-hebdo', [['Ciné Hebdo', 'name']]), type: 'Organization' as const}
    const [quote] = quotations(source, 'fr', [mathis, hebdo])
    expect(quote?.speaker).toBe('person-mathis-sorel')
  })

  it('a day of the week between the verb and its inverted subject ("», a déclaré mercredi son délégué, X")', () => {
    const source = '« Les règles valent pour tous », a déclaré mercredi son délégué général, Hugo Tessin.'
    const hugo = person(source, 'person-hugo-tessin', [['Hugo Tessin', 'name']])
    const [quote] = quotations(source, 'fr', [hugo])
    expect(quote?.speaker).toBe('person-hugo-tessin')
  })
})

describe('extractQuotations: a body named by its noun', () => {
  const body = (source: string, id: string, name: string): Entity => ({...person(source, id, [[name, 'name']]), type: 'Organization'})

  it('"the company said" is the organisation named last before it', () => {
    const source = 'Marrow Lane Pictures has bought the film. “This is the film everyone was talking about,” the company said in a statement.'
    const marrow = body(source, 'org-marrow', 'Marrow Lane Pictures')
    const [quote] = quotations(source, 'en', [marrow])
    expect(quote?.speakerMention?.text).toBe('the company')
    expect(quote?.speaker).toBe('org-marrow')
  })

  it('« …, indique le studio » likewise, past a person named since', () => {
    const source = 'Le studio Albaret fait appel. Son fondateur, Marc Dubreuil, se tait. « Nous contestons l\'analyse du tribunal », indique le studio dans un communiqué.'
    const albaret = body(source, 'org-albaret', 'studio Albaret')
    const marc = person(source, 'person-marc-dubreuil', [['Marc Dubreuil', 'name']])
    const [quote] = quotations(source, 'fr', [albaret, marc])
    expect(quote?.speaker).toBe('org-albaret')
  })

  it('nobody when the text names no organisation before it', () => {
    const source = 'Jane Roe left early. “We are thrilled,” the company said.'
    const jane = person(source, 'person-jane-roe', [['Jane Roe', 'name']])
    const [quote] = quotations(source, 'en', [jane])
    expect(quote?.speaker ?? null).toBeNull()
  })
})

describe('extractQuotations: a capitalised adjective opening a name', () => {
  it('reads "The New York Times" after the verb as the speaker', () => {
    const source = '“A ravishing, maddening puzzle box,” wrote The New York Times of the film.'
    const times = {...person(source, 'org-nyt', [['The New York Times', 'name']]), type: 'Organization' as const}
    const [quote] = quotations(source, 'en', [times])
    expect(quote?.speakerMention?.text).toBe('The New York Times')
    expect(quote?.speaker).toBe('org-nyt')
  })
})

describe('extractQuotations: a trade that is also a verb of saying', () => {
  it('reads "le critique X" as a person, inverted after an object relative ("Une affirmation que conteste le critique X :")', () => {
    const source = 'Une affirmation que conteste le critique Bruno Lazare : « Trois réalisatrices sur vingt, ce n\'est pas une révolution. »'
    const bruno = person(source, 'person-bruno-lazare', [['Bruno Lazare', 'name']])
    const [quote] = quotations(source, 'fr', [bruno])
    expect(quote?.cue?.text).toBe('conteste')
    expect(quote?.speakerMention?.text).toBe('le critique Bruno Lazare')
    expect(quote?.speaker).toBe('person-bruno-lazare')
  })
})
