import {describe, expect, it} from 'vitest'
import type {DateMention} from '../types.js'
import {entity, facts} from './facts.test-helper.js'

describe('facts', () => {
  it('director from "réalisé par", with the inverse work', () => {
    const text = 'Les Glaneurs est le premier film réalisé par Agnès Varda en 2000.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Les Glaneurs']), entity(text, 'Person', ['Agnès Varda'])])
    expect(result).toEqual(['movie-les-glaneurs director person-agnes-varda', 'person-agnes-varda work movie-les-glaneurs'])
  })

  it('director from "le film X de Y" and from "directed by"', () => {
    const fr = 'Il a travaillé sur le film La Haine de Mathieu Kassovitz.'
    expect(facts(fr, 'fr', [entity(fr, 'Movie', ['La Haine']), entity(fr, 'Person', ['Mathieu Kassovitz'])])).toContain(
      'movie-la-haine director person-mathieu-kassovitz'
    )
    const en = 'Parasite, directed by Bong Joon-ho, opened in May.'
    expect(facts(en, 'en', [entity(en, 'Movie', ['Parasite']), entity(en, 'Person', ['Bong Joon-ho'])])).toContain(
      'movie-parasite director person-bong-joon-ho'
    )
  })

  it('a director role and "a tourné ce film" make the director of the film named before', () => {
    const text = 'Shoah est sorti en 1985. La réalisatrice Jane Doe a tourné ce film en 1980.'
    const director = entity(text, 'Person', ['Jane Doe'], [['réalisatrice', 'réalisatrice', 'director']])
    expect(facts(text, 'fr', [entity(text, 'Movie', ['Shoah']), director])).toContain('movie-shoah director person-jane-doe')
  })

  it('a person whose name is in the film title is its subject, not its director', () => {
    const text = 'Maria Callas : En Personne est réalisé par Tom Volf. Maria Callas y chante.'
    const result = facts(text, 'fr', [
      entity(text, 'Movie', ['Maria Callas : En Personne']),
      entity(text, 'Person', ['Tom Volf']),
      {...entity(text, 'Person', ['Maria Callas']), mentions: [{start: 54, end: 66, text: 'Maria Callas', kind: 'name'}]}
    ])
    expect(result).toContain('movie-maria-callas-en-personne about person-maria-callas')
    expect(result).not.toContain('movie-maria-callas-en-personne about person-tom-volf')
  })

  it('award and festival when the sentence says the film won and was selected', () => {
    const text = 'Son film a été sélectionné au Festival de Cannes, où il a remporté la Palme d’or.'
    const film = entity('Titane. ' + text, 'Movie', ['Titane'])
    const source = 'Titane. ' + text
    const result = facts(source, 'fr', [film, entity(source, 'Event', ['Festival de Cannes'])])
    expect(result).toContain('movie-titane festival event-festival-de-cannes')
    expect(result).toContain('movie-titane award Palme d’or')
  })

  it('no award for a nomination', () => {
    const text = 'The film was nominated for the Oscar for Best Documentary Feature.'
    const source = 'Honeyland opened in Sundance. ' + text
    expect(facts(source, 'en', [entity(source, 'Movie', ['Honeyland'])]).some((fact) => fact.includes('award'))).toBe(false)
  })

  it('dateCreated from a date in a sentence that says when the film was shot; a release date wins', () => {
    const shot = 'Shoah est un film. Ce film a été tourné en 1979.'
    const at = shot.indexOf('1979')
    expect(facts(shot, 'fr', [entity(shot, 'Movie', ['Shoah'])], [{start: at, end: at + 4, text: '1979', value: '1979', type: 'DATE'}])).toContain(
      'movie-shoah dateCreated 1979'
    )
    const text = 'Shoah sort en 1985. Ce film a été tourné en 1979.'
    const dates: DateMention[] = [
      {start: text.indexOf('1985'), end: text.indexOf('1985') + 4, text: '1985', value: '1985', type: 'DATE'},
      {start: text.indexOf('1979'), end: text.indexOf('1979') + 4, text: '1979', value: '1979', type: 'DATE'}
    ]
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Shoah'])], dates)
    expect(result).toContain('movie-shoah dateCreated 1985')
    expect(result).not.toContain('movie-shoah dateCreated 1979')
  })

  it('creator from "une série de photographies de X intitulée …"', () => {
    const text = 'L’affiche vient d’une série de photographies de Nan Goldin intitulée "The Ballad".'
    const result = facts(text, 'fr', [entity(text, 'CreativeWork', ['The Ballad']), entity(text, 'Person', ['Nan Goldin'])])
    expect(result).toContain('creativework-the-ballad creator person-nan-goldin')
    expect(result).toContain('person-nan-goldin work creativework-the-ballad')
  })

  it('one occupation fact per stated role', () => {
    const text = 'Jane Doe, photographe et architecte, expose à Paris.'
    const person = entity(text, 'Person', ['Jane Doe'], [
      ['photographe', 'photographe', 'photographer'],
      ['architecte', 'architecte', 'architect']
    ])
    expect(facts(text, 'fr', [person])).toEqual(['person-jane-doe occupation photographe', 'person-jane-doe occupation architecte'])
  })
})

describe('award names', () => {
  it('reads lower-case award names with their complement, not a bare "prix"', () => {
    const text = 'Nuits est sorti en 2022 et a reçu le prix du montage, puis un prix.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Nuits'])])
    expect(result.filter((fact) => fact.includes(' award '))).toEqual(['movie-nuits award prix du montage'])
  })
})

describe('coordinated names', () => {
  it('every person of "directed by A and B" directs the film', () => {
    const text = 'Honeyland, directed by Tamara Kotevska and Ljubomir Stefanov, opened in Park City.'
    const result = facts(text, 'en', [
      entity(text, 'Movie', ['Honeyland']),
      entity(text, 'Person', ['Tamara Kotevska']),
      entity(text, 'Person', ['Ljubomir Stefanov'])
    ])
    expect(result).toContain('movie-honeyland director person-tamara-kotevska')
    expect(result).toContain('movie-honeyland director person-ljubomir-stefanov')
  })
})

describe('more ways texts state facts', () => {
  it('a possessive before a work noun makes the person just named its creator', () => {
    const text = 'Jane Doe left Chicago. His book of portraits, Faces of Night, came out in 2003.'.replace('His', 'Her')
    const result = facts(text, 'en', [entity(text, 'Person', ['Jane Doe']), entity(text, 'CreativeWork', ['Faces of Night'])])
    expect(result).toContain('creativework-faces-of-night creator person-jane-doe')
  })

  it('"<work>, peint par X" and "<work> de X" name the creator', () => {
    const text = 'On voit La Buveuse, peint par Henri Dumas, puis la Cinquième Symphonie de Gustav Mahler.'
    const result = facts(text, 'fr', [
      entity(text, 'CreativeWork', ['La Buveuse']),
      entity(text, 'Person', ['Henri Dumas']),
      entity(text, 'CreativeWork', ['Cinquième Symphonie']),
      entity(text, 'Person', ['Gustav Mahler'])
    ])
    expect(result).toContain('creativework-la-buveuse creator person-henri-dumas')
    expect(result).toContain('creativework-cinquieme-symphonie creator person-gustav-mahler')
  })

  it('a credits list names director and cast of the film the text is about', () => {
    const text = 'Paper Rivers sort en mai.\n- Réalisation : Jane Doe\n- Avec : Ana Ruiz, Tom Hale et Lea Kim\n'
    const result = facts(text, 'fr', [
      entity(text, 'Movie', ['Paper Rivers']),
      entity(text, 'Person', ['Jane Doe']),
      entity(text, 'Person', ['Ana Ruiz']),
      entity(text, 'Person', ['Tom Hale']),
      entity(text, 'Person', ['Lea Kim'])
    ])
    expect(result).toEqual(
      expect.arrayContaining([
        'movie-paper-rivers director person-jane-doe',
        'movie-paper-rivers actor person-ana-ruiz',
        'movie-paper-rivers actor person-tom-hale',
        'movie-paper-rivers actor person-lea-kim'
      ])
    )
  })

  it('a name in parentheses after a character is in the cast; a date there is not', () => {
    const text = 'Night Ferry opens today. A mechanic (Rosa Lind) meets a painter (1931–2014).'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Night Ferry']), entity(text, 'Person', ['Rosa Lind'])])
    expect(result).toContain('movie-night-ferry actor person-rosa-lind')
  })

  it('no film is guessed for a sentence before any film is named', () => {
    const text = 'Directed by Jane Doe, it is a quiet work. Later came Shoah.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Shoah']), entity(text, 'Person', ['Jane Doe'])])
    expect(result.some((fact) => fact.includes('director'))).toBe(false)
  })
})

describe('which film a sentence speaks of', () => {
  it('"le film" is the article’s film, "ce film" the film named last', () => {
    const text = 'Nuits est un documentaire. Nuits retrace une vie. Il cite Les Amants (1962). Le film est sorti en 2022. Ce film a été tourné à Lyon en 1961.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Nuits']), entity(text, 'Movie', ['Les Amants'])], [
      {start: text.indexOf('1962'), end: text.indexOf('1962') + 4, text: '1962', value: '1962', type: 'DATE'},
      {start: text.indexOf('2022'), end: text.indexOf('2022') + 4, text: '2022', value: '2022', type: 'DATE'},
      {start: text.indexOf('1961'), end: text.indexOf('1961') + 4, text: '1961', value: '1961', type: 'DATE'}
    ])
    expect(result).toContain('movie-nuits dateCreated 2022')
    expect(result).not.toContain('movie-les-amants dateCreated 2022')
    // "ce film" is the last film named: Les Amants, whose year given with its title wins
    expect(result).toContain('movie-les-amants dateCreated 1962')
    expect(result).not.toContain('movie-nuits dateCreated 1961')
  })

  it('a dispatch’s festival applies to films later said to be in competition', () => {
    const text = 'Le Festival de Cannes s’ouvre. Plus tard, Titane est présenté en compétition.'
    const result = facts(text, 'fr', [entity(text, 'Event', ['Festival de Cannes']), entity(text, 'Movie', ['Titane'])])
    expect(result).toContain('movie-titane festival event-festival-de-cannes')
  })
})

describe('films given as someone’s, and sections', () => {
  it('"son premier film, X" and "whose previous film, X" give the film to the person named before', () => {
    const fr = 'Pour Alma Dutertre, c’est une revanche : son premier film, Les Ponts gelés, était passé inaperçu.'
    expect(facts(fr, 'fr', [entity(fr, 'Person', ['Alma Dutertre']), entity(fr, 'Movie', ['Les Ponts gelés'])])).toContain(
      'movie-les-ponts-geles director person-alma-dutertre'
    )
    const en = 'Kofi Brandon, whose previous film, Tin Harbour, won a prize, said little.'
    expect(facts(en, 'en', [entity(en, 'Person', ['Kofi Brandon']), entity(en, 'Movie', ['Tin Harbour'])])).toContain('movie-tin-harbour director person-kofi-brandon')
  })

  it('a possessive film noun in an opening phrase is the subject’s after it ("Pour son premier film, X, A …")', () => {
    const fr = 'Pour son premier film, Les Ponts gelés, Alma Dutertre a choisi la Bretagne.'
    expect(facts(fr, 'fr', [entity(fr, 'Person', ['Alma Dutertre']), entity(fr, 'Movie', ['Les Ponts gelés'])])).toContain('movie-les-ponts-geles director person-alma-dutertre')
    const en = 'With Tin Harbour, her third feature, Kofi Brandon paints a port town.'
    expect(facts(en, 'en', [entity(en, 'Person', ['Kofi Brandon']), entity(en, 'Movie', ['Tin Harbour'])])).toContain('movie-tin-harbour director person-kofi-brandon')
    // (a person named before the phrase is the one it speaks of)
    const before = 'Lise Roy admire Alma Dutertre : pour son premier film, Les Ponts gelés, Paul Sée a choisi la Bretagne.'
    const people = [entity(before, 'Person', ['Lise Roy']), entity(before, 'Person', ['Alma Dutertre']), entity(before, 'Person', ['Paul Sée'])]
    expect(facts(before, 'fr', [...people, entity(before, 'Movie', ['Les Ponts gelés'])])).not.toContain('movie-les-ponts-geles director person-paul-see')
  })

  it('"X’s film" under a heading that is only a title: the film of that section', () => {
    const text = '# Opening night\n\nWe saw Big Lake first.\n\n## Small Pond\n\nShot in winter, Dana Quill’s film follows two swimmers. The film was directed by her brother, the former editor Tom Quill.\n'
    const result = facts(text, 'en', [
      entity(text, 'Movie', ['Big Lake']),
      entity(text, 'Movie', ['Small Pond']),
      entity(text, 'Person', ['Dana Quill']),
      entity(text, 'Person', ['Tom Quill'])
    ])
    expect(result).toContain('movie-small-pond director person-dana-quill')
    expect(result).toContain('movie-small-pond director person-tom-quill')
    expect(result).not.toContain('movie-big-lake director person-dana-quill')
  })

  it('"Avec A, B, C." after a film lists its cast', () => {
    const text = 'Les Lampions, de Jo Marnier. Avec Eva Lutz, Paul Hérin, Nora Bey. Sortie le 3 mars.'
    const result = facts(text, 'fr', [
      entity(text, 'Movie', ['Les Lampions']),
      entity(text, 'Person', ['Jo Marnier']),
      entity(text, 'Person', ['Eva Lutz']),
      entity(text, 'Person', ['Paul Hérin']),
      entity(text, 'Person', ['Nora Bey'])
    ])
    expect(result).toEqual(expect.arrayContaining(['movie-les-lampions actor person-eva-lutz', 'movie-les-lampions actor person-nora-bey']))
    expect(result).not.toContain('movie-les-lampions actor person-jo-marnier')
  })

  it('an award "à X pour <film>" goes to that film, not to the film named before', () => {
    const text = 'Le César du meilleur film a été attribué à Rive gauche, et le César de la meilleure réalisation à Ana Pol pour Les Veilleurs.'
    const result = facts(text, 'fr', [
      entity(text, 'Movie', ['Rive gauche']),
      entity(text, 'Movie', ['Les Veilleurs']),
      entity(text, 'Person', ['Ana Pol'])
    ])
    expect(result).toContain('movie-les-veilleurs award César de la meilleure réalisation')
    expect(result).not.toContain('movie-rive-gauche award César de la meilleure réalisation')
  })

  it('"the festival’s award for Best X" is named "Best X"', () => {
    const text = 'Blue Salt won the festival’s award for Best Documentary Feature on June 15.'
    expect(facts(text, 'en', [entity(text, 'Movie', ['Blue Salt'])])).toContain('movie-blue-salt award Best Documentary Feature')
  })
})

describe('subjects, prize lists and crews', () => {
  it('"consacre son long métrage à X" and "Its subject, X" give the film its subject', () => {
    const fr = 'Avec Lueurs, la cinéaste Rose Abel consacre son deuxième long métrage à la chanteuse Mina Clerc.'
    expect(facts(fr, 'fr', [entity(fr, 'Movie', ['Lueurs']), entity(fr, 'Person', ['Rose Abel']), entity(fr, 'Person', ['Mina Clerc'])])).toContain(
      'movie-lueurs about person-mina-clerc'
    )
    const en = 'Stone Song opened the festival. Its subject, Obi Kanu, plays the kora.'
    expect(facts(en, 'en', [entity(en, 'Movie', ['Stone Song']), entity(en, 'Person', ['Obi Kanu'])])).toContain('movie-stone-song about person-obi-kanu')
  })

  it('"About X" as a heading is not a subject of the film', () => {
    const text = '# Grey Dunes\n\nGrey Dunes opens in May.\n\n## About Sandline Films\n\nSandline Films is a distributor.\n'
    expect(facts(text, 'en', [entity(text, 'Movie', ['Grey Dunes']), entity(text, 'Organization', ['Sandline Films'])])).not.toContain(
      'movie-grey-dunes about organization-sandline-films'
    )
  })

  it('a prize list "- **Award** : *Film*" gives the award, at the festival named before', () => {
    const text = 'Le Festival de Lorient s’est achevé samedi.\n\n- **Prix du jury** : *Les Voiles*, de Lou Tanguy\n'
    const festival = entity(text, 'Event', ['Festival de Lorient'])
    const result = facts(text, 'fr', [festival, entity(text, 'Movie', ['Les Voiles']), entity(text, 'Person', ['Lou Tanguy'])])
    expect(result).toEqual(
      expect.arrayContaining(['movie-les-voiles award Prix du jury', 'movie-les-voiles festival event-festival-de-lorient'])
    )
  })

  it('a crew member named in an article on a film worked on it, in either language', () => {
    const fr = 'Brumes sort mercredi. Le monteur Paul Vian a tout repris.'
    const editorFr = entity(fr, 'Person', ['Paul Vian'], [['monteur', 'monteur', 'editor']])
    expect(facts(fr, 'fr', [entity(fr, 'Movie', ['Brumes']), editorFr])).toContain('person-paul-vian work movie-brumes')
    const en = 'Mists opens Wednesday. The editor Paul Vian cut it twice.'
    const editorEn = entity(en, 'Person', ['Paul Vian'], [['editor', 'editor', 'editor']])
    expect(facts(en, 'en', [entity(en, 'Movie', ['Mists']), editorEn])).toContain('person-paul-vian work movie-mists')
  })

  it('"an award for cinematography" keeps its head; "the award for Best Score" is named by what follows', () => {
    const text = 'Mists won an award for cinematography and the award for Best Score.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Mists'])]).filter((fact) => fact.includes(' award '))
    expect(result).toEqual(['movie-mists award award for cinematography', 'movie-mists award Best Score'])
  })

  it('"leur album X" after a band names the band as its creator', () => {
    const text = 'La musique est du groupe Les Hiboux, qui reprend leur album Nord Sud.'
    const result = facts(text, 'fr', [entity(text, 'Organization', ['Les Hiboux']), entity(text, 'CreativeWork', ['Nord Sud'])])
    expect(result).toContain('creativework-nord-sud creator organization-les-hiboux')
  })

  it('a film "invited to" a festival is shown there', () => {
    const text = 'Blue Reeds has already been invited to the Lakeside Film Festival in June.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Blue Reeds']), entity(text, 'Event', ['Lakeside Film Festival'])])
    expect(result).toContain('movie-blue-reeds festival event-lakeside-film-festival')
  })
})

describe('which creation date', () => {
  const date = (text: string, surface: string, value: string): DateMention => ({
    start: text.indexOf(surface),
    end: text.indexOf(surface) + surface.length,
    text: surface,
    value,
    type: 'DATE'
  })

  it('the release date wins over the date of a festival showing', () => {
    const text = 'La Rade est présentée à la Mostra le 2 septembre 2025. Le film sortira en salles le 14 janvier 2026.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['La Rade'])], [date(text, '2 septembre 2025', '2025-09-02'), date(text, '14 janvier 2026', '2026-01-14')])
    expect(result).toContain('movie-la-rade dateCreated 2026-01-14')
    expect(result).not.toContain('movie-la-rade dateCreated 2025-09-02')
  })

  it('a work’s verb takes only a date close after it', () => {
    const text = 'The estate allowed the single "Tin Rail", which Abe Moss wrote after leaving the railroad, but withdrew its consent in February 2025.'
    const result = facts(text, 'en', [entity(text, 'CreativeWork', ['Tin Rail']), entity(text, 'Person', ['Abe Moss'])], [date(text, 'February 2025', '2025-02')])
    expect(result).not.toContain('creativework-tin-rail dateCreated 2025-02')
  })
})

describe('people an award went to "for" a film', () => {
  it('"la Palme d’or … celle de X pour <film>" makes X its director; an acting award, its actor', () => {
    const text = 'On évoque une Palme d’or, la première depuis celle de Lise Moreau pour Les Falaises.'
    expect(facts(text, 'fr', [entity(text, 'Person', ['Lise Moreau']), entity(text, 'Movie', ['Les Falaises'])])).toContain(
      'movie-les-falaises director person-lise-moreau'
    )
    const acting = 'Elle a reçu le César de la meilleure actrice en 2023, Léa Brun pour Les Heures.'
    expect(facts(acting, 'fr', [entity(acting, 'Person', ['Léa Brun']), entity(acting, 'Movie', ['Les Heures'])])).toContain(
      'movie-les-heures actor person-lea-brun'
    )
  })

  it('"X, dont le précédent, <film>" makes X its director', () => {
    const text = 'On attendait le film de Marc Olier, dont le précédent, Vents du sud, avait remporté un prix.'
    expect(facts(text, 'fr', [entity(text, 'Person', ['Marc Olier']), entity(text, 'Movie', ['Vents du sud'])])).toContain(
      'movie-vents-du-sud director person-marc-olier'
    )
  })
})
