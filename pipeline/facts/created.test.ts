import {describe, expect, it} from 'vitest'
import type {DateMention, TemporalType} from '../types.js'
import {shift} from './created.js'
import {entity, facts} from './facts.test-helper.js'

/** A date mention at the first occurrence of `surface` (after `from`, if given). */
function date(text: string, surface: string, value: string, type: TemporalType = 'DATE', from = 0): DateMention {
  const start = text.indexOf(surface, from)
  return {start, end: start + surface.length, text: surface, value, type}
}

/** The dateCreated facts of `result`, as "subject value". */
function created(result: string[]): string[] {
  return result.filter((fact) => fact.includes(' dateCreated ')).map((fact) => fact.replace(' dateCreated ', ' '))
}

describe('the date a verb governs', () => {
  it('a year that opens an event’s name gives way to the day after it', () => {
    const text = 'Grey Harbour premieres in the main section of the 2024 Lakeside Film Festival on May 18.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Grey Harbour']), entity(text, 'Event', ['Lakeside Film Festival'])], [
      date(text, '2024', '2024'),
      date(text, 'May 18', '2024-05-18')
    ])
    expect(created(result)).toEqual(['movie-grey-harbour 2024-05-18'])
  })

  it('the verb nearest before a date governs it: a production verb does not take a re-release’s date', () => {
    const text = 'Aube rouge (1954), produit par Lune Films, ressortira en salles le 18 mars.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Aube rouge']), entity(text, 'Organization', ['Lune Films'])], [date(text, '1954', '1954'), date(text, '18 mars', '2026-03-18')])
    expect(created(result)).toEqual(['movie-aube-rouge 1954'])
  })

  it('a release announced only as a season gives no date', () => {
    const text = 'Aube rouge est un film. Le film sortira en salles à l’automne 2026.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Aube rouge'])], [date(text, 'l’automne 2026', '2026-FA')])
    expect(created(result)).toEqual([])
  })

  it('shooting in a spring, summer or autumn gives its year; a winter gives none', () => {
    const autumn = 'For Long Road, shot in Maine in the autumn of 1982, the crew used oil lamps.'
    expect(created(facts(autumn, 'en', [entity(autumn, 'Movie', ['Long Road'])], [date(autumn, 'the autumn of 1982', '1982-FA')]))).toEqual(['movie-long-road 1982'])
    const winter = 'Pour Les Digues, tourné à Lille pendant l’hiver 2019, elle a vécu sur place.'
    expect(created(facts(winter, 'fr', [entity(winter, 'Movie', ['Les Digues'])], [date(winter, 'l’hiver 2019', '2019-WI')]))).toEqual([])
  })

  it('a showing takes a date of its own clause, not that of a ceremony after a comma', () => {
    const text = 'Dans Les Sables, elle joue une géologue ; le film est sélectionné à Cannes et lui vaut, en février 2020, un prix.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Les Sables']), entity(text, 'Place', ['Cannes'])], [date(text, 'février 2020', '2020-02')])
    expect(created(result)).toEqual([])
  })

  it('a date before the verb with a span between is moved by that span', () => {
    const text = 'Tall Grass is a film. We met the director on 3 September 2024, two weeks before the film’s release.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Tall Grass'])], [date(text, '3 September 2024', '2024-09-03'), date(text, 'two weeks', 'P2W', 'DURATION')])
    expect(created(result)).toEqual(['movie-tall-grass 2024-09-17'])
    expect(shift('2024-12-25', 'P10D', 1)).toBe('2025-01-04')
    expect(shift('2024-03-01', 'P1W', -1)).toBe('2024-02-23')
    expect(shift('2024-03', 'P1W', -1)).toBeUndefined()
  })

  it('a reflexive verb speaks of something else than the film', () => {
    const text = '## Les Hirondelles\n\nLe festival s’est achevé samedi soir sur une victoire.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Les Hirondelles'])], [date(text, 'samedi soir', '2025-06-14')])
    expect(created(result)).toEqual([])
  })

  it('a re-release is not the film’s date', () => {
    const text = 'Le Chant des saules est un film de 1954. Le film ressortira en salles le 18 mars.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Chant des saules'])], [date(text, '1954', '1954'), date(text, '18 mars', '2026-03-18')])
    expect(created(result)).toEqual(['movie-le-chant-des-saules 1954'])
  })

  it('a release verb takes the work named right after it', () => {
    const text = 'The distributor, which last year released Silver Creek, has a new slate.'
    const result = facts(text, 'en', [entity(text, 'CreativeWork', ['Silver Creek']), entity(text, 'Organization', ['The distributor'])], [date(text, 'last year', '2024')])
    expect(created(result)).toEqual(['creativework-silver-creek 2024'])
  })
})

describe('a year that opens the sentence', () => {
  it('dates the film the sentence names first, when nothing plainer dates it', () => {
    const fr = "En 2001, La Pianiste de Paul Marin lui vaut un prix d'interprétation, puis elle tourne Le Vent."
    const result = facts(fr, 'fr', [entity(fr, 'Movie', ['La Pianiste']), entity(fr, 'Person', ['Paul Marin']), entity(fr, 'Movie', ['Le Vent'])], [date(fr, '2001', '2001')])
    expect(created(result)).toEqual(['movie-la-pianiste 2001'])
    const en = 'In 1958, she starred in The Long Shore (1957), a thriller.'
    const plain = facts(en, 'en', [entity(en, 'Movie', ['The Long Shore'])], [date(en, '1958', '1958'), date(en, '1957', '1957')])
    expect(created(plain)).toEqual(['movie-the-long-shore 1957'])
  })

  it('does not take a year inside the sentence, or one that does not open it', () => {
    const text = 'She saw The Long Shore in 1958, in Paris. Until 1960, Paul Marin loved The Long Shore.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['The Long Shore']), entity(text, 'Person', ['Paul Marin'])], [date(text, '1958', '1958'), date(text, '1960', '1960')])
    expect(created(result)).toEqual([])
  })
})

describe('which film a date belongs to', () => {
  it('a film noun in apposition after a title is that title’s film', () => {
    const text = 'Révélée en 2016 par Old Tide, elle joue dans La Dune, premier long métrage de Léa Moreau, en salles le 2 avril 2025.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Old Tide']), entity(text, 'Movie', ['La Dune']), entity(text, 'Person', ['Léa Moreau'])], [
      date(text, '2016', '2016'),
      date(text, '2 avril 2025', '2025-04-02')
    ])
    expect(created(result).sort()).toEqual(['movie-la-dune 2025-04-02', 'movie-old-tide 2016'])
  })

  it('a film noun inside an event’s name dates no film', () => {
    const text = 'Ana Ruiz, who chaired the jury of the 2019 Harbour Film Festival, stars in Grey Sand.'
    const result = facts(text, 'en', [entity(text, 'Person', ['Ana Ruiz']), entity(text, 'Movie', ['Grey Sand']), entity(text, 'Event', ['Harbour Film Festival'])], [
      date(text, '2019', '2019')
    ])
    expect(created(result)).toEqual([])
  })

  it('a festival’s year that differs from the year given for the film leaves it', () => {
    const text = 'Sorrel Road (1974) competed at the Harbour Film Festival the following year.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Sorrel Road']), entity(text, 'Event', ['Harbour Film Festival'])], [
      date(text, '1974', '1974'),
      date(text, 'the following year', '1975')
    ])
    expect(created(result)).toEqual(['movie-sorrel-road 1974'])
  })

  it('"his debut from two years ago"; a definite "Y’s 1987 film" under the film’s heading', () => {
    const debut = 'If you missed Night Trams, his debut from two years ago, it is streaming.'
    expect(created(facts(debut, 'en', [entity(debut, 'Movie', ['Night Trams'])], [date(debut, 'two years ago', '2023')]))).toEqual(['movie-night-trams 2023'])
    const heading = '## 4. Last Summer\n\nAnna Berg’s 1987 coming-of-age film returns in a restoration. A 1990 film by her followed.'
    const result = facts(heading, 'en', [entity(heading, 'Movie', ['Last Summer']), entity(heading, 'Person', ['Anna Berg'])], [date(heading, '1987', '1987'), date(heading, '1990', '1990')])
    expect(created(result)).toEqual(['movie-last-summer 1987'])
  })

  it('a year before a work’s noun is the work’s, not the film’s', () => {
    const text = 'Paper Moth loosely adapts the 1987 picture book the film is named after.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Paper Moth'])], [date(text, '1987', '1987')])
    expect(created(result)).toEqual([])
  })

  it('"la toile, peinte en 1923" dates the work named before in the paragraph', () => {
    const text = 'Elle cite La Chambre verte. La cinéaste a reconstitué la toile, peinte en 1923, dans une séquence.'
    const result = facts(text, 'fr', [entity(text, 'CreativeWork', ['La Chambre verte'])], [date(text, '1923', '1923')])
    expect(created(result)).toEqual(['creativework-la-chambre-verte 1923'])
  })
})

describe('prizes and showings', () => {
  it('a prize at a festival dates the film by its year or month, at a city standing for the festival or an event named after the year', () => {
    const city = 'Low Tide won the short film prize at Cannes in 2018.'
    expect(created(facts(city, 'en', [entity(city, 'Movie', ['Low Tide']), entity(city, 'Place', ['Cannes'])], [date(city, '2018', '2018')]))).toEqual(['movie-low-tide 2018'])
    const event = 'Its debut, Iron Saints, won the Grand Jury Prize at the 2023 Snowline Film Festival.'
    const result = facts(event, 'en', [entity(event, 'Movie', ['Iron Saints']), entity(event, 'Event', ['Snowline Film Festival'])], [date(event, '2023', '2023')])
    expect(created(result)).toEqual(['movie-iron-saints 2023'])
  })

  it('the day of a ceremony, a prize away from a festival and a prize won by a person give no date', () => {
    const day = 'The film Map of Ash won the festival’s award for Best Documentary on June 15.'
    expect(created(facts(day, 'en', [entity(day, 'Movie', ['Map of Ash'])], [date(day, 'June 15', '2023-06-15')]))).toEqual([])
    const person = 'Long Road won him the Oscar at the 56th Academy Awards in April 1984.'
    const result = facts(person, 'en', [entity(person, 'Movie', ['Long Road']), entity(person, 'Event', ['Academy Awards'])], [date(person, 'April 1984', '1984-04')])
    expect(created(result)).toEqual([])
  })

  it('precedence: a release day, else a festival date (more precise than the year given for the film), else the year', () => {
    const festival = 'Salt Weight (2014) is a portrait. The film won the top award at the Riverside Festival in May 2014.'
    const withFestival = facts(festival, 'en', [entity(festival, 'Movie', ['Salt Weight'])], [date(festival, '2014', '2014'), date(festival, 'May 2014', '2014-05')])
    expect(created(withFestival)).toEqual(['movie-salt-weight 2014-05'])
    const release = 'Blue Hours premiered at the Lake Festival on 14 February 2016 and was released in cinemas on March 3, 2016.'
    const withRelease = facts(release, 'en', [entity(release, 'Movie', ['Blue Hours'])], [date(release, '14 February 2016', '2016-02-14'), date(release, 'March 3, 2016', '2016-03-03')])
    expect(created(withRelease)).toEqual(['movie-blue-hours 2016-03-03'])
  })

  it('a screening away from a festival ranks below the year given for the film', () => {
    const text = 'Dry Wells (2023) is a drama. Dry Wells was screened for the press on 3 May 2024.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Dry Wells'])], [date(text, '2023', '2023'), date(text, '3 May 2024', '2024-05-03')])
    expect(created(result)).toEqual(['movie-dry-wells 2023'])
  })
})
