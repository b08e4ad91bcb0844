/**
 * Casts described in prose ("the drama stars A as …, and B as …"), references to a film by its
 * genre ("the science-fiction drama", "X's comedy"), prize lists whose items name a person, and
 * the filmography and awards lists of an article about a person.
 */
import {describe, expect, it} from 'vitest'
import {entity, facts} from './facts.test-helper.js'

describe('casts in prose', () => {
  it('"The science-fiction drama stars A as …, and B as …": both act in the film named before', () => {
    const text = 'Lumen will release Far Orbit in May. The science-fiction drama stars Mia Roe as an astronaut, and Tom Bell as the flight controller.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Far Orbit']), entity(text, 'Person', ['Mia Roe']), entity(text, 'Person', ['Tom Bell'])])
    expect(result).toEqual(expect.arrayContaining(['movie-far-orbit actor person-mia-roe', 'movie-far-orbit actor person-tom-bell']))
  })

  it('"X co-stars." and "La jeune X y tient le rôle principal": the film of the passage', () => {
    const en = 'Far Orbit opens in May. It stars Mia Roe. Ada Lin co-stars.'
    expect(facts(en, 'en', [entity(en, 'Movie', ['Far Orbit']), entity(en, 'Person', ['Ada Lin'])])).toContain('movie-far-orbit actor person-ada-lin')
    const fr = 'Son premier film, Le Gué, sort en 2004. La jeune Lise Roy y tient le rôle principal.'
    expect(facts(fr, 'fr', [entity(fr, 'Movie', ['Le Gué']), entity(fr, 'Person', ['Lise Roy'])])).toContain('movie-le-gue actor person-lise-roy')
  })

  it('"the film" after another film named in the same paragraph is that film, not the article’s', () => {
    const text = 'Le Gué est son premier film.\n\nAvec La Digue, présenté à Berlin, elle change de ton. Le film réunit Lise Roy et Paul Sée dans le rôle de deux passeurs.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Gué']), entity(text, 'Movie', ['La Digue']), entity(text, 'Person', ['Lise Roy']), entity(text, 'Person', ['Paul Sée'])])
    expect(result).toEqual(expect.arrayContaining(['movie-la-digue actor person-lise-roy', 'movie-la-digue actor person-paul-see']))
    expect(result).not.toContain('movie-le-gue actor person-lise-roy')
  })

  it('a person followed by "as a …" outside a sentence about a cast plays no part', () => {
    const text = 'Far Orbit opens in May. Mia Roe trained as a pilot before acting.'
    expect(facts(text, 'en', [entity(text, 'Movie', ['Far Orbit']), entity(text, 'Person', ['Mia Roe'])])).not.toContain('movie-far-orbit actor person-mia-roe')
  })

  it('"the first feature from Korean writer-director X": the director', () => {
    const text = 'Far Orbit, the first English-language feature from Korean writer-director Min Seo, opens in May.'
    expect(facts(text, 'en', [entity(text, 'Movie', ['Far Orbit']), entity(text, 'Person', ['Min Seo'])])).toContain('movie-far-orbit director person-min-seo')
  })
})

describe('prize lists', () => {
  it('"- **Prix d’interprétation masculine** : X, pour *Film*": the award goes to the film, the person acts in it', () => {
    const text = 'Palmarès du festival de Digne\n\n- **Grand prix du jury** : *La Digue*, de Lise Roy.\n- **Prix d’interprétation masculine** : Paul Sée, pour *La Digue*.\n- **Amphore d’or** : *Le Gué*.'
    const result = facts(text, 'fr', [
      entity(text, 'Movie', ['La Digue']),
      entity(text, 'Movie', ['Le Gué']),
      entity(text, 'Person', ['Lise Roy']),
      entity(text, 'Person', ['Paul Sée'], [['comédien', 'comédien', 'actor']])
    ])
    expect(result).toEqual(
      expect.arrayContaining([
        'movie-la-digue award Grand prix du jury',
        'movie-la-digue award Prix d’interprétation masculine',
        'movie-la-digue actor person-paul-see',
        'movie-le-gue award Amphore d’or'
      ])
    )
  })
})

describe('filmography and awards lists', () => {
  const text = [
    'Lise Roy',
    'Lise Roy, née en 1971, est une réalisatrice française.',
    'Filmographie',
    'Longs métrages',
    '2004 : Le Gué',
    '2011 : La Digue',
    'Distinctions',
    '2011 : Ours d’argent du meilleur scénario pour La Digue',
    'Nominations',
    '2012 : César du meilleur film pour La Digue'
  ].join('\n\n')
  const entities = () => [
    entity(text, 'Person', ['Lise Roy'], [['réalisatrice', 'réalisatrice', 'director']]),
    entity(text, 'Movie', ['Le Gué']),
    entity(text, 'Movie', ['La Digue'])
  ]

  it('every film listed under "Filmographie" is the person’s, as director', () => {
    expect(facts(text, 'fr', entities())).toEqual(expect.arrayContaining(['movie-le-gue director person-lise-roy', 'movie-la-digue director person-lise-roy']))
  })

  it('a line under "Distinctions" gives its film the award; nominations give none', () => {
    const result = facts(text, 'fr', entities())
    expect(result).toContain('movie-la-digue award Ours d’argent du meilleur scénario')
    expect(result.filter((fact) => fact.includes('César'))).toEqual([])
  })

  it('a sub-heading "En tant qu’actrice" makes the films below it acting parts', () => {
    const acting = 'Lise Roy\n\nLise Roy est une réalisatrice.\n\nFilmographie\n\nEn tant qu’actrice\n\n2001 : Le Gué'
    const result = facts(acting, 'fr', [entity(acting, 'Person', ['Lise Roy'], [['réalisatrice', 'réalisatrice', 'director']]), entity(acting, 'Movie', ['Le Gué'])])
    expect(result).toContain('movie-le-gue actor person-lise-roy')
    expect(result).not.toContain('movie-le-gue director person-lise-roy')
  })
})

describe('makers of other works', () => {
  it('"X’s 1987 picture book Y" and "the composer X, who also wrote the closing song, Y"', () => {
    const text = 'It adapts Ann Low’s 1987 picture book The Moth. The score is by the composer Kim Vo, who also wrote the closing song, Hold On.'
    const result = facts(text, 'en', [
      entity(text, 'Person', ['Ann Low']),
      entity(text, 'CreativeWork', ['The Moth']),
      entity(text, 'Person', ['Kim Vo']),
      entity(text, 'CreativeWork', ['Hold On'])
    ])
    expect(result).toEqual(expect.arrayContaining(['creativework-the-moth creator person-ann-low', 'creativework-hold-on creator person-kim-vo']))
  })
})

describe('prizes won with a film', () => {
  it('"The filmmaker X won the Short Film Palme d’Or in 2018 with Y": X directed Y', () => {
    const text = 'The Brazilian filmmaker Ana Reis won the Short Film Palme d’Or at Cannes in 2018 with Low Tide.'
    const result = facts(text, 'en', [entity(text, 'Person', ['Ana Reis'], [['filmmaker', 'filmmaker', 'director']]), entity(text, 'Movie', ['Low Tide'])])
    expect(result).toContain('movie-low-tide director person-ana-reis')
  })

  it('a person with no stated trade gets no film from a prize won "with" it', () => {
    const text = 'Ana Reis won the Palme d’Or in 2018 with Low Tide.'
    const result = facts(text, 'en', [entity(text, 'Person', ['Ana Reis']), entity(text, 'Movie', ['Low Tide'])])
    expect(result).not.toContain('movie-low-tide director person-ana-reis')
  })
})

describe('crew credits', () => {
  it('"X, directrice de la photographie de *Film*" worked on that film, not on the article’s', () => {
    const text = 'Le Gué a gagné. Prix de l’image : Léa Mas, directrice de la photographie de La Digue.'
    const result = facts(text, 'fr', [
      entity(text, 'Movie', ['Le Gué']),
      entity(text, 'Movie', ['La Digue']),
      entity(text, 'Person', ['Léa Mas'], [['directrice de la photographie', 'directrice de la photographie', 'cinematographer']])
    ])
    expect(result).toContain('person-lea-mas work movie-la-digue')
    expect(result).not.toContain('person-lea-mas work movie-le-gue')
  })

  it('"Hamish X’s score" and "dont la musique est signée Y": the film of the passage', () => {
    const en = 'Low Tide is a gentle film. Hamish Boyd’s score turns loud in the last act.'
    expect(facts(en, 'en', [entity(en, 'Movie', ['Low Tide']), entity(en, 'Person', ['Hamish Boyd'])])).toContain('person-hamish-boyd work movie-low-tide')
    const fr = 'Elle tourne ensuite La Digue (2021), dont la musique est signée Paul Sée.'
    expect(facts(fr, 'fr', [entity(fr, 'Movie', ['La Digue']), entity(fr, 'Person', ['Paul Sée'])])).toContain('person-paul-see work movie-la-digue')
  })

  it('"<film>, by the Kazakh director X": the director, past the role words', () => {
    const text = 'Low Tide, by the Kazakh director Aru Sadyk, follows three families.'
    expect(facts(text, 'en', [entity(text, 'Movie', ['Low Tide']), entity(text, 'Person', ['Aru Sadyk'])])).toContain('movie-low-tide director person-aru-sadyk')
    const novel = 'Low Tide, by the novelist Aru Sadyk, was filmed in 2020.'
    expect(facts(novel, 'en', [entity(novel, 'Movie', ['Low Tide']), entity(novel, 'Person', ['Aru Sadyk'])])).not.toContain('movie-low-tide director person-aru-sadyk')
  })
})

describe('festivals and their sections', () => {
  it('"Over in Panorama, …, X is the crowd-pleaser": the section and the festival named before', () => {
    const text = 'Five days into the Berlinale, the race is open. Over in Panorama, the sidebar, Low Tide is the crowd-pleaser.'
    const result = facts(text, 'en', [entity(text, 'Event', ['Berlinale']), entity(text, 'Event', ['Panorama']), entity(text, 'Movie', ['Low Tide'])])
    expect(result).toEqual(expect.arrayContaining(['movie-low-tide festival event-panorama', 'movie-low-tide festival event-berlinale']))
  })

  it('an event the film is not placed in gives no festival', () => {
    const text = 'Low Tide opens today; its director once ran Panorama.'
    expect(facts(text, 'en', [entity(text, 'Event', ['Panorama']), entity(text, 'Movie', ['Low Tide'])])).toEqual([])
  })
})

describe('a person’s films', () => {
  it('"His later work included X (1994), … Y (2016), also by Z": the actor’s films, and Y’s director', () => {
    const text = 'Tom Bell, the actor, has died. His later work included Canal (1994) and Marrow (2016), also by Ravi Lind.'
    const result = facts(text, 'en', [
      entity(text, 'Person', ['Tom Bell'], [['actor', 'actor', 'actor']]),
      entity(text, 'Movie', ['Canal']),
      entity(text, 'Movie', ['Marrow']),
      entity(text, 'Person', ['Ravi Lind'])
    ])
    expect(result).toEqual(expect.arrayContaining(['movie-canal actor person-tom-bell', 'movie-marrow actor person-tom-bell', 'movie-marrow director person-ravi-lind']))
  })

  it('"In 1978 X cast him as a keeper in Y": X directed Y', () => {
    const text = 'Tom Bell came to film late. In 1978 Mary Oduya cast him as a keeper in The Lamp.'
    const result = facts(text, 'en', [entity(text, 'Person', ['Tom Bell']), entity(text, 'Person', ['Mary Oduya']), entity(text, 'Movie', ['The Lamp'])])
    expect(result).toContain('movie-the-lamp director person-mary-oduya')
  })
})

describe('a part played in the film of the passage', () => {
  it('"Zoé X, actrice révélée dans *Y*, joue l’aînée": the review’s film, not the film of the aside', () => {
    const text = 'Les Lucioles sort ce mercredi. Zoé Roy, actrice belge révélée l’an dernier dans Marécages, joue l’aînée avec retenue.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Les Lucioles']), entity(text, 'Movie', ['Marécages']), entity(text, 'Person', ['Zoé Roy'], [['actrice', 'actrice', 'actor']])])
    expect(result).toContain('movie-les-lucioles actor person-zoe-roy')
  })
})

describe('award names', () => {
  it('a capitalised determiner before the head is no part of the name; a metal makes a head', async () => {
    const {findAwards} = await import('./awards.js')
    const {factLexicon} = await import('./lexicon.js')
    const text = 'PARIS - Le prix Louis-Delluc est allé à La Digue, après l’Amphore d’or reçue en mars.'
    expect(findAwards(text, 0, text.length, factLexicon('fr')).map((award) => award.text)).toEqual(['prix Louis-Delluc', 'Amphore d’or'])
  })
})

describe('a film and a possessive in one sentence', () => {
  it('"Avec X, la documentariste Y consacre son deuxième long métrage à Z": Y directed X', () => {
    const text = 'Avec L’Œil, en salles le 12 mars, la documentariste Léa Mas consacre son deuxième long métrage à une photographe.'
    expect(facts(text, 'fr', [entity(text, 'Movie', ['L’Œil']), entity(text, 'Person', ['Léa Mas'])])).toContain('movie-l-il director person-lea-mas')
  })

  it('a sentence naming two films gives the possessive to neither', () => {
    const text = 'Après Le Gué et La Digue, Léa Mas prépare son troisième long métrage.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Gué']), entity(text, 'Movie', ['La Digue']), entity(text, 'Person', ['Léa Mas'])])
    expect(result.filter((fact) => fact.includes('director'))).toEqual([])
  })
})

describe('what a film is about', () => {
  it('"Inspiré de l’histoire vraie de l’aviatrice X, le film …": the film is about X', () => {
    const text = 'Le Mur sort demain. Inspiré de l’histoire vraie de l’aviatrice Hedda Roth, le film réunit Anna Berg et Paul Sée.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Mur']), entity(text, 'Person', ['Hedda Roth']), entity(text, 'Person', ['Anna Berg']), entity(text, 'Person', ['Paul Sée'])])
    expect(result).toContain('movie-le-mur about person-hedda-roth')
    expect(result).toEqual(expect.arrayContaining(['movie-le-mur actor person-anna-berg', 'movie-le-mur actor person-paul-see']))
  })
})

describe('a previous film', () => {
  it('"X, dont le précédent, Y, avait remporté …": X directed Y and the film the text is about', () => {
    const text = 'Le Gué sort mercredi. On attendait le cinquième film d’Alain Roy, dont le précédent, La Digue, avait remporté un prix.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Gué']), entity(text, 'Movie', ['La Digue']), entity(text, 'Person', ['Alain Roy'])])
    expect(result).toEqual(expect.arrayContaining(['movie-la-digue director person-alain-roy', 'movie-le-gue director person-alain-roy']))
  })
})

describe('a film under its heading', () => {
  it('"X spent four years filming Y" under "2. Title": X directed the section’s film; an actor filming gives nothing', () => {
    const text = '1. Low Tide\n\nAna Reis spent four years in Hội An filming a lantern maker.\n\n2. Dust\n\nTom Bell, the actor, was filmed for a year.'
    const result = facts(text, 'en', [
      entity(text, 'Movie', ['Low Tide']),
      entity(text, 'Movie', ['Dust']),
      entity(text, 'Person', ['Ana Reis']),
      entity(text, 'Person', ['Tom Bell'], [['actor', 'actor', 'actor']])
    ])
    expect(result).toContain('movie-low-tide director person-ana-reis')
    expect(result).not.toContain('movie-dust director person-tom-bell')
  })
})

describe('awards without a verb', () => {
  it('"La cinéaste, Grand Prix à Cannes en 2019 pour *X*, …": X won it; a nomination "pour X" gives nothing', () => {
    const text = 'La cinéaste, Grand Prix à Cannes en 2019 pour La Digue, revient. Elle fut nommée au César du meilleur film pour Le Gué.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['La Digue']), entity(text, 'Movie', ['Le Gué'])])
    expect(result).toContain('movie-la-digue award Grand Prix')
    expect(result.filter((fact) => fact.startsWith('movie-le-gue award'))).toEqual([])
  })
})

describe('a cast after a credit', () => {
  it('"- **X**, de Y, avec A et B, pour sa légèreté": A and B act in X', () => {
    const text = 'Nos coups de cœur :\n\n- **La Digue**, de Léa Mas, avec Anna Berg et Paul Sée, pour sa légèreté.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['La Digue']), entity(text, 'Person', ['Léa Mas']), entity(text, 'Person', ['Anna Berg']), entity(text, 'Person', ['Paul Sée'])])
    expect(result).toEqual(expect.arrayContaining(['movie-la-digue director person-lea-mas', 'movie-la-digue actor person-anna-berg', 'movie-la-digue actor person-paul-see']))
    expect(result).not.toContain('movie-la-digue actor person-lea-mas')
  })
})

describe('a genitive before a film', () => {
  it('"X’s new documentary Y" names Y’s director; "actor X’s hands to mime, in Y" does not', () => {
    const text = 'Ana Reis’s new documentary Low Tide opens today. He played the piano for actor Tom Bell’s hands to mime, in Dust (1956).'
    const result = facts(text, 'en', [
      entity(text, 'Person', ['Ana Reis']),
      entity(text, 'Movie', ['Low Tide']),
      entity(text, 'Person', ['Tom Bell'], [['actor', 'actor', 'actor']]),
      entity(text, 'Movie', ['Dust'])
    ])
    expect(result).toContain('movie-low-tide director person-ana-reis')
    expect(result).not.toContain('movie-dust director person-tom-bell')
  })
})

describe('crew named by a verb', () => {
  it('"X will produce", "Y, qui coproduit le film", "coécrit avec Z", "recorded by W": they worked on the film', () => {
    const en = 'Low Tide is set. Ridgeline’s Mark Webb will produce. The sound, recorded by the engineer Kat Falk, is superb.'
    expect(facts(en, 'en', [entity(en, 'Movie', ['Low Tide']), entity(en, 'Person', ['Mark Webb']), entity(en, 'Person', ['Kat Falk'])])).toEqual(
      expect.arrayContaining(['person-mark-webb work movie-low-tide', 'person-kat-falk work movie-low-tide'])
    )
    const fr = 'La Digue sort mercredi. Le producteur Félix Brun, qui coproduit le film avec la ZDF, est confiant. Le scénario, coécrit avec la romancière Anne Roy, est dense.'
    expect(facts(fr, 'fr', [entity(fr, 'Movie', ['La Digue']), entity(fr, 'Person', ['Félix Brun']), entity(fr, 'Person', ['Anne Roy'])])).toEqual(
      expect.arrayContaining(['person-felix-brun work movie-la-digue', 'person-anne-roy work movie-la-digue'])
    )
  })
})
