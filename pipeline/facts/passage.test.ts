/**
 * Facts that need the passage, not just the sentence: the person a passage is about ("Elle …",
 * "Son premier court métrage, X", "cast her in X"), the film a pronoun continues, the festival of a
 * section, and credits lists of festivals.
 */
import {describe, expect, it} from 'vitest'
import type {DateMention} from '../types.js'
import {entity, facts} from './facts.test-helper.js'

describe('the person a passage is about', () => {
  it('"Son premier court métrage, X" is a film of the person the sentences before speak of', () => {
    const text = 'Awa Diallo est une réalisatrice nigérienne. Elle étudie à Paris. Son premier court métrage, Sable, est montré à Lyon.'
    const result = facts(text, 'fr', [entity(text, 'Person', ['Awa Diallo'], [['réalisatrice', 'réalisatrice', 'director']]), entity(text, 'Movie', ['Sable'])])
    expect(result).toContain('movie-sable director person-awa-diallo')
  })

  it('"cast her in X": the actress the passage is about, not the director who cast her', () => {
    const text = 'Zoe Hart left the band in 2018. The director Ana Ruiz saw her in a video and cast her in Still Water (2019).'
    const result = facts(text, 'en', [
      entity(text, 'Person', ['Zoe Hart']),
      entity(text, 'Person', ['Ana Ruiz'], [['director', 'director', 'director']]),
      entity(text, 'Movie', ['Still Water'])
    ])
    expect(result).toContain('movie-still-water actor person-zoe-hart')
    expect(result).not.toContain('movie-still-water actor person-ana-ruiz')
  })

  it('"Elle est connue pour X et pour Y": films of the person, by the role the text gives her', () => {
    const text = 'Awa Diallo est une réalisatrice. Elle est notamment connue pour Le Fleuve (2014) et pour Sable (2021).'
    const result = facts(text, 'fr', [
      entity(text, 'Person', ['Awa Diallo'], [['réalisatrice', 'réalisatrice', 'director']]),
      entity(text, 'Movie', ['Le Fleuve']),
      entity(text, 'Movie', ['Sable'])
    ])
    expect(result).toEqual(expect.arrayContaining(['movie-le-fleuve director person-awa-diallo', 'movie-sable director person-awa-diallo']))
  })

  it('a person with no stated role gets no film from "known for"', () => {
    const text = 'Sam Reed is known for Low Tide.'
    expect(facts(text, 'en', [entity(text, 'Person', ['Sam Reed']), entity(text, 'Movie', ['Low Tide'])])).toEqual([])
  })
})

describe('the film a passage is about', () => {
  it('"…, le film suit trois familles. Il avait été révélé à la Quinzaine": the one film of the sentence before', () => {
    const text = 'Les Pierres arrive en salles. Tourné en Tunisie, le film suit trois familles. Il avait été révélé à la Quinzaine des cinéastes, où il a remporté l’Œil d’or.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Les Pierres']), entity(text, 'Event', ['Quinzaine des cinéastes'])])
    expect(result).toContain('movie-les-pierres festival event-quinzaine-des-cineastes')
    expect(result).toContain('movie-les-pierres award Œil d’or')
  })

  it('a sentence under a film heading that names no film speaks of the heading’s film', () => {
    const text = 'I went to the Harbour Film Festival.\n\n## Ice Mothers\n\nAt the Q&A after the screening, the director said little.'
    const result = facts(text, 'en', [entity(text, 'Event', ['Harbour Film Festival']), entity(text, 'Movie', ['Ice Mothers'])])
    expect(result).toContain('movie-ice-mothers festival event-harbour-film-festival')
  })

  it('a ceremony is no festival', () => {
    const text = 'Dust (1974) competed for the Oscar at the Academy Awards.'
    expect(facts(text, 'en', [entity(text, 'Movie', ['Dust']), entity(text, 'Event', ['Academy Awards'])])).not.toContain('movie-dust festival event-academy-awards')
  })

  it('a credits line of festivals names the film’s festivals', () => {
    const text = 'The Last Reel is a documentary.\n\n- **Festivals:** Toronto International Film Festival 2025; Cairo International Film Festival, November 2025\n'
    const result = facts(text, 'en', [
      entity(text, 'Movie', ['The Last Reel']),
      entity(text, 'Event', ['Toronto International Film Festival']),
      entity(text, 'Event', ['Cairo International Film Festival'])
    ])
    expect(result).toEqual(expect.arrayContaining(['movie-the-last-reel festival event-toronto-international-film-festival', 'movie-the-last-reel festival event-cairo-international-film-festival']))
  })

  it('"the 2011 thriller X" dates the title after the genre noun', () => {
    const text = 'Lind, star of Harbour, is best remembered for the 2011 thriller The Keepers.'
    const surface = '2011'
    const dates: DateMention[] = [{start: text.indexOf(surface), end: text.indexOf(surface) + 4, text: surface, value: '2011', type: 'DATE'}]
    const result = facts(text, 'en', [entity(text, 'Movie', ['Harbour']), entity(text, 'Movie', ['The Keepers'])], dates)
    expect(result).toContain('movie-the-keepers dateCreated 2011')
    expect(result).not.toContain('movie-harbour dateCreated 2011')
  })

  it('"whose debut “X”" needs no comma before a quoted title', () => {
    const text = 'Tomás Ruiz, whose debut “Copper Saints” won a prize, has set his second feature, “The Weight,” with Ridgeline.'
    const result = facts(text, 'en', [entity(text, 'Person', ['Tomás Ruiz']), entity(text, 'Movie', ['Copper Saints']), entity(text, 'Movie', ['The Weight'])])
    expect(result).toEqual(expect.arrayContaining(['movie-copper-saints director person-tomas-ruiz', 'movie-the-weight director person-tomas-ruiz']))
  })
})

describe('makers of works in apposition', () => {
  it('"X, a 1989 ballad by Y", "“X,” by Y", "X, une ballade de la chanteuse Y"', () => {
    const en = 'He only ever sings "Blue Rain", a 1989 ballad by Lee Soo-ah. Then: "Canção do Mar," by Zélia Amaral.'
    expect(facts(en, 'en', [entity(en, 'CreativeWork', ['Blue Rain']), entity(en, 'Person', ['Lee Soo-ah']), entity(en, 'CreativeWork', ['Canção do Mar']), entity(en, 'Person', ['Zélia Amaral'])])).toEqual(
      expect.arrayContaining(['creativework-blue-rain creator person-lee-soo-ah', 'creativework-cancao-do-mar creator person-zelia-amaral'])
    )
    const fr = 'Le générique s’ouvre sur « Nordlys », une ballade de la chanteuse Kari Berg.'
    expect(facts(fr, 'fr', [entity(fr, 'CreativeWork', ['Nordlys']), entity(fr, 'Person', ['Kari Berg'])])).toContain('creativework-nordlys creator person-kari-berg')
  })
})

describe('a list of films under headings', () => {
  const text = '# Three films\n\n## Harrow Lane\n\nCillian Kaye plays a widower in Connemara, and the result won the Audience Award at Hot Docs.\n\n## Blue Static\n\nThe animator Kofi Mensah directed this hand-drawn fable.\n'
  const found = (): string[] =>
    facts(text, 'en', [
      entity(text, 'Movie', ['Harrow Lane']),
      entity(text, 'Movie', ['Blue Static']),
      entity(text, 'Person', ['Cillian Kaye']),
      entity(text, 'Person', ['Kofi Mensah'], [['animator', 'animator', 'animator']]),
      entity(text, 'Event', ['Hot Docs'])
    ])

  it('"X plays a widower": an actor of the section’s film', () => {
    expect(found()).toContain('movie-harrow-lane actor person-cillian-kaye')
  })

  it('an award in a sentence that names no film goes to the section’s film', () => {
    expect(found()).toContain('movie-harrow-lane award Audience Award')
  })

  it('"X directed this hand-drawn fable": the director of the section’s film, not of the one before', () => {
    expect(found()).toContain('movie-blue-static director person-kofi-mensah')
    expect(found()).not.toContain('movie-harrow-lane director person-kofi-mensah')
  })
})

describe('what a film is about', () => {
  it('"a drama about a family of miners in Chile" is not about Chile', () => {
    const text = 'Copper Saints, a spare drama about a family of copper miners in Chile, won a prize.'
    expect(facts(text, 'en', [entity(text, 'Movie', ['Copper Saints']), entity(text, 'Place', ['Chile'])])).not.toContain('movie-copper-saints about place-chile')
    const direct = 'Copper Saints, a spare drama about Chile under the junta, won a prize.'
    expect(facts(direct, 'en', [entity(direct, 'Movie', ['Copper Saints']), entity(direct, 'Place', ['Chile'])])).toContain('movie-copper-saints about place-chile')
  })
})

describe('creation dates from festivals and filmographies', () => {
  const year = (text: string, surface: string): DateMention => ({start: text.indexOf(surface), end: text.indexOf(surface) + surface.length, text: surface, value: surface, type: 'DATE'})

  it('"X, which won the Golden Bear at the Berlinale in 2014" dates X', () => {
    const text = 'On our first film together, Winterreise, which won the Golden Bear at the Berlinale in 2014, nobody slept.'
    expect(facts(text, 'en', [entity(text, 'Movie', ['Winterreise']), entity(text, 'Event', ['Berlinale'])], [year(text, '2014')])).toContain('movie-winterreise dateCreated 2014')
  })

  it('"Djerma (court métrage, 2010)" dates Djerma', () => {
    const text = 'Filmographie : Djerma (court métrage, 2010).'
    expect(facts(text, 'fr', [entity(text, 'Movie', ['Djerma'])], [year(text, '2010')])).toContain('movie-djerma dateCreated 2010')
  })
})

describe('actors named around the verb', () => {
  it('"the drama stars Clara X as a botanist"', () => {
    const text = 'The Glass Orchard premiered in Berlin. Filmed near Ghent, the drama stars Clara Ruiz as a botanist.'
    expect(facts(text, 'en', [entity(text, 'Movie', ['The Glass Orchard']), entity(text, 'Person', ['Clara Ruiz'])])).toContain('movie-the-glass-orchard actor person-clara-ruiz')
  })

  it('"Zoé X, actrice belge révélée dans Y, joue l’aînée": the person the sentence opens on', () => {
    const text = 'Les Lucioles sort mercredi. Zoé Meulen, actrice belge révélée l’an dernier, joue l’aînée avec retenue.'
    expect(facts(text, 'fr', [entity(text, 'Movie', ['Les Lucioles']), entity(text, 'Person', ['Zoé Meulen'], [['actrice', 'actrice', 'actor']])])).toContain('movie-les-lucioles actor person-zoe-meulen')
  })
})

describe('directors of a section and of a genre noun', () => {
  it('"Director Naomi X followed …" under the heading of a film', () => {
    const text = '# Diary\n\n## The Drummer\n\nDirector Naomi Banks followed the drummer for seven years.\n'
    const result = facts(text, 'en', [entity(text, 'Movie', ['The Drummer']), entity(text, 'Person', ['Naomi Banks'], [['Director', 'director', 'director']])])
    expect(result).toContain('movie-the-drummer director person-naomi-banks')
  })

  it('"Agnès X’s drama won …" under the heading of a film', () => {
    const text = '# Five films\n\n## The Small Hours\n\nAgnès Dufour\'s drama won an award in February.\n'
    expect(facts(text, 'en', [entity(text, 'Movie', ['The Small Hours']), entity(text, 'Person', ['Agnès Dufour'])])).toContain('movie-the-small-hours director person-agnes-dufour')
  })
})

describe('crew credits', () => {
  it('"The producer was Joost X", "the score was composed by Y"; not "a song composed by Z"', () => {
    const text = 'The Ice Map premiered in 2023. The producer was Joost Berg, and the score was composed by Hal Strand.'
    const result = facts(text, 'en', [
      entity(text, 'Movie', ['The Ice Map']),
      entity(text, 'Person', ['Joost Berg']),
      entity(text, 'Person', ['Hal Strand'])
    ])
    expect(result).toEqual(expect.arrayContaining(['person-joost-berg work movie-the-ice-map', 'person-hal-strand work movie-the-ice-map']))
    const song = 'The Ice Map premiered in 2023. It ends on "Nordlys", a song composed by Kari Berg.'
    expect(facts(song, 'en', [entity(song, 'Movie', ['The Ice Map']), entity(song, 'CreativeWork', ['Nordlys']), entity(song, 'Person', ['Kari Berg'])])).not.toContain('person-kari-berg work movie-the-ice-map')
  })
})

describe('more cast and crew phrasings', () => {
  it('"She will next be seen in the thriller X, opposite Y"', () => {
    const text = 'Dagny Berg broke out in 2021. She will next be seen in the thriller Saltmarsh, opposite Idris Blake.'
    const result = facts(text, 'en', [entity(text, 'Person', ['Dagny Berg']), entity(text, 'Person', ['Idris Blake']), entity(text, 'Movie', ['Saltmarsh'])])
    expect(result).toEqual(expect.arrayContaining(['movie-saltmarsh actor person-dagny-berg', 'movie-saltmarsh actor person-idris-blake']))
  })

  it('"the director X hired him for <film>"', () => {
    const text = 'His break came when the director Walter Brandt hired him for Dust Psalm (1974).'
    const result = facts(text, 'en', [entity(text, 'Person', ['Walter Brandt'], [['director', 'director', 'director']]), entity(text, 'Movie', ['Dust Psalm'])])
    expect(result).toContain('movie-dust-psalm director person-walter-brandt')
  })
})

describe('dates a prize does and does not give', () => {
  const day = (text: string, surface: string, value: string): DateMention => ({start: text.indexOf(surface), end: text.indexOf(surface) + surface.length, text: surface, value, type: 'DATE'})

  it('"whose images for X won him an Academy Award, died on 29 December 2024" does not date X', () => {
    const text = 'Kelemen, whose images for The Orchard Road won him an Academy Award, died on 29 December 2024 at home.'
    const result = facts(text, 'en', [entity(text, 'Person', ['Kelemen']), entity(text, 'Movie', ['The Orchard Road'])], [day(text, '29 December 2024', '2024-12-29')])
    expect(result).not.toContain('movie-the-orchard-road dateCreated 2024-12-29')
  })

  it('"Honeyland, the 2019 Macedonian film" dates Honeyland', () => {
    const text = 'Programmers compared it to Honeyland, the 2019 Macedonian film that won three awards.'
    expect(facts(text, 'en', [entity(text, 'Movie', ['Honeyland'])], [day(text, '2019', '2019')])).toContain('movie-honeyland dateCreated 2019')
  })
})

