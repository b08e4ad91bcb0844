/**
 * The film an article is about: mentions count, a film said to be coming out now counts more, a
 * film named only as someone's past credit counts less.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import {entity} from './facts.test-helper.js'
import {mainFilm} from './main-film.js'

function main(text: string, language: 'fr' | 'en', titles: string[]): string | undefined {
  const view = textView(text, {language})
  return mainFilm(
    titles.map((title) => entity(text, 'Movie', [title])),
    {text: view.text, sentences: view.sentences, language}
  )?.name
}

describe('mainFilm', () => {
  it('without the text, the film mentioned most often', () => {
    const text = 'Dust. Dust again. Low Tide.'
    expect(mainFilm([entity(text, 'Movie', ['Low Tide']), entity(text, 'Movie', ['Dust'])])?.name).toBe('Dust')
  })

  it('a film "en salles le 2 avril" wins over a past credit named twice', () => {
    const text = 'Révélée par Dust, la comédienne tient le premier rôle de La Digue, en salles le 2 avril. Elle avait vu Dust à Brest.'
    expect(main(text, 'fr', ['Dust', 'La Digue'])).toBe('La Digue')
  })

  it('a credit in brackets after an actor counts less than the film the news is about', () => {
    const text = 'Mia Roe (“Fjellet”) will star in Low Tide, a drama.'
    expect(main(text, 'en', ['Fjellet', 'Low Tide'])).toBe('Low Tide')
  })

  it('the film of the headline wins over a past credit named more often; a title before a role noun is no headline film', () => {
    const text = 'Mia Roe To Star In ‘Low Tide’\n\nMia Roe, whose Dust won a prize, joins Low Tide. Dust was shot in Oslo. Dust toured.'
    expect(main(text, 'en', ['Low Tide', 'Dust'])).toBe('Low Tide')
    const credit = '‘Dust’ Director Ana Reis Sets Next Film\n\nAna Reis made Dust. Dust toured. Dust won. Low Tide is next.'
    expect(main(credit, 'en', ['Low Tide', 'Dust'])).toBe('Dust')
  })

  it('on a tie, the film named first', () => {
    const text = 'Dust and Low Tide are both good.'
    expect(main(text, 'en', ['Low Tide', 'Dust'])).toBe('Dust')
  })
})
