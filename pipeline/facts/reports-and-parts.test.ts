/**
 * Festival reports (dispatch.ts), parts played in a review, the main film of a trade piece, a
 * premiere's month.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import {entity, facts} from './facts.test-helper.js'
import {mainFilm} from './main-film.js'

describe('a report from one festival', () => {
  const text =
    '# Tarn dispatch: rain and three good films\n\nThe Tarn Film Festival opened on Monday.\n\n## In competition: *Low Tide*\n\nA quiet film.\n\nI still hope to catch:\n\n- *Dust*, a portrait of a valley\n- *Salt*, by Ana Reis\n\nLast year the Oslo Film Festival showed Gravel.'
  const entities = () => [
    entity(text, 'Event', ['Tarn Film Festival']),
    entity(text, 'Movie', ['Low Tide']),
    entity(text, 'Movie', ['Dust']),
    entity(text, 'CreativeWork', ['Salt']),
    entity(text, 'Event', ['Oslo Film Festival']),
    entity(text, 'Movie', ['Gravel'])
  ]

  it('gives the festival to the films heading a section or opening a list item', () => {
    const result = facts(text, 'en', entities())
    expect(result).toEqual(
      expect.arrayContaining([
        'movie-low-tide festival event-tarn-film-festival',
        'movie-dust festival event-tarn-film-festival',
        'creativework-salt festival event-tarn-film-festival'
      ])
    )
    expect(result).not.toContain('movie-gravel festival event-tarn-film-festival')
  })

  it('reads nothing when the headline names no festival', () => {
    const plain = text.replace('Tarn dispatch', 'Weekend notes')
    const result = facts(plain, 'en', entities().map((item) => ({...item})))
    expect(result).not.toContain('movie-dust festival event-tarn-film-festival')
  })
})

describe('parts played in a review', () => {
  it('"X is superb as the sister", "Y, as his wife Kitty,", not "Z worked as a nurse"', () => {
    const text = 'Low Tide is a quiet drama. Mia Roe is superb as the sister who stayed. Tom Bell, as his wife Anna, has one scene. Eva Lind worked as a nurse before.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Low Tide']), entity(text, 'Person', ['Mia Roe']), entity(text, 'Person', ['Tom Bell']), entity(text, 'Person', ['Eva Lind'])])
    expect(result).toEqual(expect.arrayContaining(['movie-low-tide actor person-mia-roe', 'movie-low-tide actor person-tom-bell']))
    expect(result).not.toContain('movie-low-tide actor person-eva-lind')
  })

  it('"Dans le rôle principal, X", "X campe un avocat", "partage l’affiche avec", "tourné à Sète avec A et B"', () => {
    const text =
      "La Digue est un drame. Dans le rôle principal, Léa Mas est superbe. Face à elle, Paul Sée campe un avocat. L'actrice partage l'affiche avec Jean Roy. On revoit Le Gué, tourné à Sète avec Anne Dor et Luc Vey."
    const names = ['Léa Mas', 'Paul Sée', 'Jean Roy', 'Anne Dor', 'Luc Vey']
    const result = facts(text, 'fr', [entity(text, 'Movie', ['La Digue']), entity(text, 'Movie', ['Le Gué']), ...names.map((name) => entity(text, 'Person', [name]))])
    expect(result).toEqual(
      expect.arrayContaining([
        'movie-la-digue actor person-lea-mas',
        'movie-la-digue actor person-paul-see',
        'movie-la-digue actor person-jean-roy',
        'movie-le-gue actor person-anne-dor',
        'movie-le-gue actor person-luc-vey'
      ])
    )
  })

  it('"X compose la musique" is no part', () => {
    const text = 'La Digue est un drame. Paul Sée compose la musique avec soin.'
    expect(facts(text, 'fr', [entity(text, 'Movie', ['La Digue']), entity(text, 'Person', ['Paul Sée'])])).not.toContain('movie-la-digue actor person-paul-see')
  })

  it('a film named as a past credit in an aside is not the film of the passage', () => {
    const text = 'La Digue est un drame. Léa Mas, révélée en France par Le Gué, compose une mère opaque. Face à elle, Paul Sée campe un avocat.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['La Digue']), entity(text, 'Movie', ['Le Gué']), entity(text, 'Person', ['Léa Mas']), entity(text, 'Person', ['Paul Sée'])])
    expect(result).toContain('movie-la-digue actor person-paul-see')
    expect(result).not.toContain('movie-le-gue actor person-paul-see')
  })

  it('"Ana Reis, who shot “Dust,” is on board": a crew member’s past film is a work too', () => {
    const text = 'Low Tide is set at Ridgeline. Cinematographer Ana Reis, who shot “Dust,” is also on board.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Low Tide']), entity(text, 'Movie', ['Dust']), entity(text, 'Person', ['Ana Reis'], [['Cinematographer', 'cinematographer', 'cinematographer']])])
    expect(result).toEqual(expect.arrayContaining(['person-ana-reis work movie-dust', 'person-ana-reis work movie-low-tide']))
  })
})

describe('the main film of a trade piece', () => {
  it('a new film named once with a status cue wins over an older film credited several times', () => {
    const text = '‘Dust’ Director Ana Reis Sets Next Feature\n\nAna Reis, whose debut “Dust” won a prize, has set her second feature, “Low Tide.” Mia Roe, who shot “Dust,” joins. The “Dust” budget was small.'
    const view = textView(text, {language: 'en'})
    const film = mainFilm([entity(text, 'Movie', ['Dust']), entity(text, 'Movie', ['Low Tide'])], {text: view.text, sentences: view.sentences, language: 'en'})
    expect(film?.name).toBe('Low Tide')
  })
})

describe('a premiere’s date', () => {
  it('"premiered at the X Festival in January 2008" dates the film by its month when no release day is given', () => {
    const text = 'Low Tide (2007) premiered at the Tarn Film Festival in January 2008.'
    const at = text.indexOf('January 2008')
    const dates = [{start: at, end: at + 12, text: 'January 2008', value: '2008-01', type: 'DATE' as const}]
    const result = facts(text, 'en', [entity(text, 'Movie', ['Low Tide']), entity(text, 'Event', ['Tarn Film Festival'])], dates as never)
    expect(result).toContain('movie-low-tide dateCreated 2008-01')
  })
})
