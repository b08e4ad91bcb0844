import {describe, expect, it} from 'vitest'
import type {Entity, Lang} from '../types.js'
import {entity, facts} from './facts.test-helper.js'

/** The facts of `text` with the people and films named by their forms. */
function derive(text: string, language: Lang, people: string[][], films: string[]): string[] {
  const entities: Entity[] = [...people.map((forms) => entity(text, 'Person', forms)), ...films.map((title) => entity(text, 'Movie', [title]))]
  return facts(text, language, entities)
}

describe('a career told over a portrait (careers.ts)', () => {
  it('gives every film after a career verb of the subject to the subject', () => {
    const text = 'Marie Dorin grandit à Lyon. Elle enchaîne alors Le Phare (1980) de Paul Roux, La Digue (1981) et Les Brisants.'
    const result = derive(text, 'fr', [['Marie Dorin'], ['Paul Roux']], ['Le Phare', 'La Digue', 'Les Brisants'])
    expect(result).toContain('person-marie-dorin work movie-le-phare')
    expect(result).toContain('person-marie-dorin work movie-la-digue')
    expect(result).toContain('person-marie-dorin work movie-les-brisants')
  })

  it('reads a return or a triumph "avec" a film as a credit ("X revient avec Y", "Z is back with W")', () => {
    const fr = 'Paul Roux revient avec Le Phare, tourné en Bretagne.'
    expect(derive(fr, 'fr', [['Paul Roux']], ['Le Phare'])).toContain('person-paul-roux work movie-le-phare')
    const en = 'Anna Berg is back with Low Water, a ghost story.'
    expect(derive(en, 'en', [['Anna Berg']], ['Low Water'])).toContain('person-anna-berg work movie-low-water')
  })

  it('reads a subject pronoun after an opening adverbial', () => {
    const text = 'Anna Berg grew up in Leeds. In 1998 she starred in Low Water.'
    expect(derive(text, 'en', [['Anna Berg']], ['Low Water'])).toContain('person-anna-berg work movie-low-water')
  })

  it('gives a film that opens the clause before its subject to the subject', () => {
    const text = 'Marie Dorin grandit à Lyon. Remarquée dans Le Phare (1974), elle obtient un rôle dans La Digue.'
    const result = derive(text, 'fr', [['Marie Dorin']], ['Le Phare', 'La Digue'])
    expect(result).toContain('person-marie-dorin work movie-le-phare')
    expect(result).toContain('person-marie-dorin work movie-la-digue')
  })

  it('makes the subject of a directing verb the director of each film', () => {
    const text = 'Marie Dorin grandit à Lyon. Elle réalise ensuite Le Phare et La Digue.'
    const result = derive(text, 'fr', [['Marie Dorin']], ['Le Phare', 'La Digue'])
    expect(result).toContain('movie-le-phare director person-marie-dorin')
    expect(result).toContain('movie-la-digue director person-marie-dorin')
  })

  it('reads no career into discovering or admiring a film', () => {
    const fr = 'Marie Dorin grandit à Lyon. Elle a découvert le cinéma avec Le Phare.'
    expect(derive(fr, 'fr', [['Marie Dorin']], ['Le Phare']).filter((fact) => fact.includes(' work '))).toEqual([])
    const en = 'Anna Berg grew up in Leeds. She admired Low Water.'
    expect(derive(en, 'en', [['Anna Berg']], ['Low Water']).filter((fact) => fact.includes(' work '))).toEqual([])
  })

  it('stops at a relative clause and skips a film given to someone else by their role', () => {
    const text = 'Marie Dorin grandit à Lyon. Elle tourne La Digue, qui rappelle Le Phare.'
    const result = derive(text, 'fr', [['Marie Dorin']], ['La Digue', 'Le Phare'])
    expect(result).toContain('person-marie-dorin work movie-la-digue')
    expect(result).not.toContain('person-marie-dorin work movie-le-phare')
    const other = "Marie Dorin a écrit le scénario avec Paul Roux, lui-même réalisateur de La Digue."
    expect(derive(other, 'fr', [['Marie Dorin'], ['Paul Roux']], ['La Digue'])).not.toContain('person-marie-dorin work movie-la-digue')
  })

  it('gives a film that "lui vaut" a prize to the person of the passage', () => {
    const text = 'Marie Dorin grandit à Lyon. Le Phare (1980) lui vaut le César de la meilleure actrice.'
    expect(derive(text, 'fr', [['Marie Dorin']], ['Le Phare'])).toContain('person-marie-dorin work movie-le-phare')
  })

  it('sends a gendered pronoun to the article’s person rather than a topic of unknown gender', () => {
    const text = 'Anna Berg designs costumes. She lives in Leeds. Berg met Tom Lee in 2000, and Berg still works with him. Tom Lee produced Low Water. The film earned her an Oscar nomination.'
    const result = derive(text, 'en', [['Anna Berg', 'Berg'], ['Tom Lee']], ['Low Water'])
    expect(result).toContain('person-anna-berg work movie-low-water')
  })

  it('gives the film of an opening possessive and a credit noun to the person it stands for', () => {
    const text = 'Anna Berg grew up in Leeds. Her first screen credit, on Low Water, paid little.'
    expect(derive(text, 'en', [['Anna Berg']], ['Low Water'])).toContain('person-anna-berg work movie-low-water')
  })

  it('gives a crew member the films "on lui doit"', () => {
    const text = "La directrice de la photographie Marie Dorin vit à Brest. On lui doit l'image de La Digue."
    const people = [entity(text, 'Person', ['Marie Dorin'], [['directrice de la photographie', 'directrice de la photographie', 'cinematographer']])]
    expect(facts(text, 'fr', [...people, entity(text, 'Movie', ['La Digue'])])).toContain('person-marie-dorin work movie-la-digue')
  })

  it('reads a subject with its role noun between the article and the name ("La comédienne X enchaîne …")', () => {
    const text = 'La comédienne Marie Dorin enchaîne avec Le Phare et La Digue.'
    const actress = [entity(text, 'Person', ['Marie Dorin'], [['comédienne', 'comédienne', 'actor']])]
    const films = facts(text, 'fr', [...actress, entity(text, 'Movie', ['Le Phare']), entity(text, 'Movie', ['La Digue'])])
    expect(films).toContain('movie-le-phare actor person-marie-dorin')
    expect(films).toContain('movie-la-digue actor person-marie-dorin')
    const en = 'Filmmaker Anna Berg directed Low Water in 1998.'
    const director = [entity(en, 'Person', ['Anna Berg'], [['Filmmaker', 'filmmaker', 'director']])]
    expect(facts(en, 'en', [...director, entity(en, 'Movie', ['Low Water'])])).toContain('movie-low-water director person-anna-berg')
    // (a film the sentence gives another director is a mere work of a director's career)
    const other = 'La réalisatrice Marie Dorin a débuté sur le tournage du film Le Phare de Paul Roux.'
    const people = [entity(other, 'Person', ['Marie Dorin'], [['réalisatrice', 'réalisatrice', 'director']]), entity(other, 'Person', ['Paul Roux'])]
    const result = facts(other, 'fr', [...people, entity(other, 'Movie', ['Le Phare'])])
    expect(result).toContain('movie-le-phare director person-paul-roux')
    expect(result).toContain('person-marie-dorin work movie-le-phare')
    expect(result).not.toContain('movie-le-phare director person-marie-dorin')
  })

  it('gives a film that opens the clause the credit the verb after the subject says ("Dans X, A incarne …")', () => {
    const fr = 'Dans Le Phare, Marie Dorin incarne une gardienne taciturne.'
    expect(derive(fr, 'fr', [['Marie Dorin']], ['Le Phare'])).toContain('movie-le-phare actor person-marie-dorin')
    const en = 'In Low Water, Anna Berg portrays a widowed fisherwoman.'
    expect(derive(en, 'en', [['Anna Berg']], ['Low Water'])).toContain('movie-low-water actor person-anna-berg')
    const lent = 'Dans La Digue, Paul Roux prête ses traits à un passeur.'
    expect(derive(lent, 'fr', [['Paul Roux']], ['La Digue'])).toContain('movie-la-digue actor person-paul-roux')
    // (a verb that does not say how leaves a mere work)
    const vague = 'Dans Le Phare, Marie Dorin découvre la Bretagne.'
    const result = derive(vague, 'fr', [['Marie Dorin']], ['Le Phare'])
    expect(result).toContain('person-marie-dorin work movie-le-phare')
    expect(result).not.toContain('movie-le-phare actor person-marie-dorin')
  })

  it('gives the film to every subject coordinated with the first ("A et B partagent l\'affiche de X")', () => {
    const fr = "Marie Dorin et Paul Roux partagent l'affiche du Phare."
    const people = [entity(fr, 'Person', ['Marie Dorin']), entity(fr, 'Person', ['Paul Roux'])]
    const result = facts(fr, 'fr', [...people, {...entity(fr, 'Movie', ['Le Phare']), mentions: [{start: fr.indexOf('Phare'), end: fr.indexOf('Phare') + 5, text: 'Phare', kind: 'name' as const}]}])
    expect(result).toContain('movie-le-phare actor person-marie-dorin')
    expect(result).toContain('movie-le-phare actor person-paul-roux')
    const en = 'Anna Berg, Tom Bell and Lise Roy star in Low Water.'
    const cast = derive(en, 'en', [['Anna Berg'], ['Tom Bell'], ['Lise Roy']], ['Low Water'])
    expect(cast).toEqual(expect.arrayContaining(['movie-low-water actor person-anna-berg', 'movie-low-water actor person-tom-bell', 'movie-low-water actor person-lise-roy']))
  })

  it('reads a directing debut or return and a lead part as career credits ("makes her directorial debut with X", "will topline Y")', () => {
    const en = 'Anna Berg makes her directorial debut with Low Water, shot in Maine.'
    expect(derive(en, 'en', [['Anna Berg']], ['Low Water'])).toContain('movie-low-water director person-anna-berg')
    const fr = 'Paul Roux passe à la réalisation avec Le Phare.'
    expect(derive(fr, 'fr', [['Paul Roux']], ['Le Phare'])).toContain('movie-le-phare director person-paul-roux')
    const lead = 'Lise Roy will topline High Tide, the next feature from a Dutch director.'
    expect(derive(lead, 'en', [['Lise Roy']], ['High Tide'])).toContain('movie-high-tide actor person-lise-roy')
  })
})
