import {describe, expect, it} from 'vitest'
import type {Entity, Lang} from '../types.js'
import {entity, facts} from './facts.test-helper.js'

/** The facts of `text` with the people (forms, then roles) and films named by their forms. */
function derive(text: string, language: Lang, people: Array<[string[], Array<[string, string, string]>?]>, films: string[]): string[] {
  const entities: Entity[] = [...people.map(([forms, roles]) => entity(text, 'Person', forms, roles ?? [])), ...films.map((title) => entity(text, 'Movie', [title]))]
  return facts(text, language, entities)
}

describe('the kind of credit a career verb gives (careers.ts)', () => {
  it('makes the subject of an acting verb an actor of each film', () => {
    const text = 'Anna Berg grew up in Leeds. In 1998 she starred in Low Water and Grey Sands.'
    const result = derive(text, 'en', [[['Anna Berg']]], ['Low Water', 'Grey Sands'])
    expect(result).toContain('movie-low-water actor person-anna-berg')
    expect(result).toContain('movie-grey-sands actor person-anna-berg')
  })

  it('makes a verb that does not say how an acting credit only for a person the text calls an actor', () => {
    const actress = "L'actrice Marie Dorin grandit à Lyon. Elle tourne ensuite Le Phare."
    expect(derive(actress, 'fr', [[['Marie Dorin'], [['actrice', 'actrice', 'actor']]]], ['Le Phare'])).toContain('movie-le-phare actor person-marie-dorin')
    const unknown = 'Marie Dorin grandit à Lyon. Elle tourne ensuite Le Phare.'
    const result = derive(unknown, 'fr', [[['Marie Dorin']]], ['Le Phare'])
    expect(result).toContain('person-marie-dorin work movie-le-phare')
    expect(result).not.toContain('movie-le-phare actor person-marie-dorin')
  })

  it('gives no acting credit to a person whose only trade is a crew job, nor for a figurative part', () => {
    const crew = 'Le monteur Paul Roux vit à Brest. Il incarna un gardien dans Le Phare.'
    expect(derive(crew, 'fr', [[['Paul Roux'], [['monteur', 'monteur', 'editor']]]], ['Le Phare'])).not.toContain('movie-le-phare actor person-paul-roux')
    const key = 'Tom Lee grew up in Leeds. He played a key role in Low Water.'
    expect(derive(key, 'en', [[['Tom Lee']]], ['Low Water'])).not.toContain('movie-low-water actor person-tom-lee')
  })

  it('reads the films after a verb of succession as more films of the article’s person', () => {
    const text =
      "Marie Dorin est une actrice. Marie Dorin débute au théâtre. En 1963, Marie Dorin joue dans La Digue. Suivent Le Phare (1967), de Paul Roux, et Les Brisants (1969), où l'on retrouve Marie Dorin."
    const result = derive(text, 'fr', [[['Marie Dorin'], [['actrice', 'actrice', 'actor']]], [['Paul Roux']]], ['La Digue', 'Le Phare', 'Les Brisants'])
    expect(result).toContain('movie-le-phare actor person-marie-dorin')
    expect(result).toContain('movie-les-brisants actor person-marie-dorin')
    expect(result).not.toContain('movie-le-phare actor person-paul-roux')
  })
})

describe('a director casting the person of the passage (castings.ts)', () => {
  it('reads "Y lui confie dans X le rôle de …": Y directs X, the person acts in it', () => {
    const text = 'Marie Dorin grandit à Lyon. En 1963, Paul Roux lui confie dans Le Phare le rôle d’une gardienne.'
    const result = derive(text, 'fr', [[['Marie Dorin']], [['Paul Roux']]], ['Le Phare'])
    expect(result).toContain('movie-le-phare director person-paul-roux')
    expect(result).toContain('movie-le-phare actor person-marie-dorin')
  })

  it('reads "Y cast her in X" and "Y la dirige … dans X"', () => {
    const en = 'Anna Berg grew up in Leeds. She moved to London. Tom Lee cast her in Low Water.'
    const result = derive(en, 'en', [[['Anna Berg']], [['Tom Lee']]], ['Low Water'])
    expect(result).toContain('movie-low-water director person-tom-lee')
    expect(result).toContain('movie-low-water actor person-anna-berg')
    const fr = 'Marie Dorin grandit à Lyon. Paul Roux la dirige en infirmière dans Le Phare et La Digue.'
    const both = derive(fr, 'fr', [[['Marie Dorin']], [['Paul Roux']]], ['Le Phare', 'La Digue'])
    expect(both).toContain('movie-la-digue actor person-marie-dorin')
    expect(both).toContain('movie-la-digue director person-paul-roux')
  })

  it('reads no casting into a film the verb does not reach, nor makes a producer its director', () => {
    const seen = 'Marie Dorin grandit à Lyon. Paul Roux lui confie qu’il a aimé Le Phare.'
    expect(derive(seen, 'fr', [[['Marie Dorin']], [['Paul Roux']]], ['Le Phare'])).not.toContain('movie-le-phare actor person-marie-dorin')
    const producer = 'Marie Dorin grandit à Lyon. Le producteur Paul Roux lui offre un rôle dans Le Phare.'
    const result = derive(producer, 'fr', [[['Marie Dorin']], [['Paul Roux'], [['producteur', 'producteur', 'producer']]]], ['Le Phare'])
    expect(result).toContain('movie-le-phare actor person-marie-dorin')
    expect(result).not.toContain('movie-le-phare director person-paul-roux')
  })
})
