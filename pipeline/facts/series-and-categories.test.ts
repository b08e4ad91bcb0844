import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang} from '../types.js'
import {namedCategories} from './categories.js'
import {entity, facts} from './facts.test-helper.js'
import {asFilms, seriesIds} from './series.js'

/** The ids of the works `text` names as series, with each title a CreativeWork. */
function series(text: string, language: Lang, titles: string[]): string[] {
  return [...seriesIds(textView(text, {language}), titles.map((title) => entity(text, 'CreativeWork', [title])))]
}

describe('a television series read as a film by the facts stage (series.ts)', () => {
  it('takes a work the series noun is bound to, in a paragraph about acting or broadcasting', () => {
    expect(series('Révélée par la série « Nuit blanche », Léa Morin tient ici son premier grand rôle.', 'fr', ['Nuit blanche'])).toEqual(['creativework-nuit-blanche'])
    expect(series('Il passe à la fiction avec Les Quais, huit épisodes que la chaîne diffuse dès lundi.', 'fr', ['Les Quais'])).toEqual(['creativework-les-quais'])
    expect(series('Best known for the hit series "Low Tide," she plays a nurse here.', 'en', ['Low Tide'])).toEqual(['creativework-low-tide'])
    expect(series('Dead Calm, a six-part series, aired last spring.', 'en', ['Dead Calm'])).toEqual(['creativework-dead-calm'])
  })

  it('leaves a photo series, a possessive and a paragraph with no screen cue alone', () => {
    expect(series('She shot clubs at night for her series Afterglow, and we start shooting in May.', 'en', ['Afterglow'])).toEqual([])
    expect(series('Rooftops, the photo series her father made, plays a part in the film.', 'en', ['Rooftops'])).toEqual([])
    expect(series('La série « Nuit blanche » est tirée d’un roman paru en 2010.', 'fr', ['Nuit blanche'])).toEqual([])
  })

  it('gives the series the actors named in its passage', () => {
    const text = 'Il passe à la fiction avec Les Quais, huit épisodes que la chaîne diffuse dès lundi. Le rôle principal est campé par Anne Roux.'
    const entities: Entity[] = [entity(text, 'CreativeWork', ['Les Quais']), entity(text, 'Person', ['Anne Roux'])]
    const read = asFilms(entities, new Set(seriesIds(textView(text, {language: 'fr'}), entities)))
    expect(facts(text, 'fr', read)).toContain('creativework-les-quais actor person-anne-roux')
  })
})

describe('actors named after their verb and a film closing an aside (people.ts)', () => {
  it('reads the name after "qu\'interprète" as the actor, the name before as the part', () => {
    const text = 'Le Phare suit deux gardiens. Il y a Paul, qu’interprète Marc Doré avec retenue.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Phare']), entity(text, 'Person', ['Paul']), entity(text, 'Person', ['Marc Doré'])])
    expect(result).toContain('movie-le-phare actor person-marc-dore')
    expect(result).not.toContain('movie-le-phare actor person-paul')
  })

  it('does not make a title that closes an aside the subject of "plays"', () => {
    const text = 'Ann Vale, best known for the film "Blue Hour," plays Mia with care.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Blue Hour']), entity(text, 'Person', ['Ann Vale']), entity(text, 'Person', ['Mia'])])
    expect(result).not.toContain('movie-blue-hour actor person-mia')
  })
})

describe('the categories a count of prizes names (categories.ts)', () => {
  const heads = new Set(['Oscar', 'Oscars', 'César'])
  const of = (text: string) => namedCategories(text, {start: 0, end: text.length, paragraph: 0}, heads)

  it('names each category after "including" / "dont" and the counted plural it replaces', () => {
    expect(of('In 2020 it won four Oscars, including Best Picture, a first.')?.categories.map((span) => span.text)).toEqual(['Best Picture'])
    expect(of('The film took five prizes in Paris, including best film and best director.')?.categories.map((span) => span.text)).toEqual(['best film', 'best director'])
    expect(of('Le film remporte trois César, dont celui du meilleur film.')?.categories.map((span) => span.text)).toEqual(['meilleur film'])
    expect(of('In 2020 it won four Oscars, including Best Picture, a first.')?.counted.text).toBe('Oscars')
  })

  it('reads nothing after a count that is not of prizes, nor a lower-case phrase that runs on', () => {
    expect(of('She made two films, including Best Picture winner Calm.')).toBeUndefined()
    expect(of('It won two prizes, including best film at the ceremony in June.')).toBeUndefined()
  })

  it('gives the film the category, not the count', () => {
    const text = 'Blue Hour won four Oscars, including Best Picture, in 2020.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Blue Hour'])])
    expect(result).toContain('movie-blue-hour award Best Picture')
    expect(result).not.toContain('movie-blue-hour award Oscars')
  })
})
