/**
 * Stated roles and role anaphora (roles.ts): possessives, copulas, long asides, capitalised roles, and the trades
 * the words around a name tell (lexicon/role-cues.tsv).
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang} from '../types.js'
import {extractEntities} from './extract.js'

function person(source: string, language: Lang, name: string): Entity | undefined {
  return extractEntities(textView(source, {language}), []).find((entity) => entity.name === name)
}
function rolesOf(source: string, language: Lang, name: string): string[] {
  return person(source, language, name)?.roles.map((role) => role.role) ?? []
}
function anaphorsOf(source: string, language: Lang, name: string): string[] {
  return person(source, language, name)?.mentions.filter((mention) => mention.kind === 'role').map((mention) => mention.text) ?? []
}

describe('stated roles: possessives and copulas', () => {
  it('reads first- and second-person possessives before or after a name', () => {
    const source = "Au tournage, Léa Morel, ma directrice de casting, m'a dit non. Mon producteur, Karim Said, a dit oui."
    expect(rolesOf(source, 'fr', 'Léa Morel')).toEqual(['directrice de casting'])
    expect(rolesOf(source, 'fr', 'Karim Said')).toEqual(['producteur'])
    expect(rolesOf('Ruth Lang, our cinematographer, moved to Leeds for a year.', 'en', 'Ruth Lang')).toEqual(['cinematographer'])
  })

  it('reads "the producer was X" as a role of X, not a mention of someone before', () => {
    const source = 'The geologist Ana Ruiz agreed to be filmed. The producer was Tom Becker of a small company.'
    expect(rolesOf(source, 'en', 'Tom Becker')).toEqual(['producer'])
    expect(rolesOf(source, 'en', 'Ana Ruiz')).toEqual(['geologist'])
  })

  it('reads a predicate after a long aside of birth and death', () => {
    const source = 'Marie Durand, née le 3 mai 1950 à Lyon (Rhône) et morte le 2 juin 2010 à Paris, est une réalisatrice, photographe et plasticienne française.'
    expect(rolesOf(source, 'fr', 'Marie Durand')).toEqual(['réalisatrice', 'photographe', 'plasticienne'])
  })

  it('reads an emphatic pronoun before an apposition ("X, lui-même réalisateur")', () => {
    expect(rolesOf("Il a écrit avec Paul Garnier, lui-même réalisateur d'un western.", 'fr', 'Paul Garnier')).toEqual(['réalisateur'])
  })

  it('reads two modifiers before an apposed role ("X, première femme photographe de presse")', () => {
    expect(rolesOf('Un film consacré à Jeanne Roux, première femme photographe de presse à Briançon.', 'fr', 'Jeanne Roux')).toEqual(['photographe'])
  })
})

describe('stated roles: names and case', () => {
  it('lets a feminine role right before the name override the usual gender of a given name', () => {
    expect(rolesOf('La réalisatrice Lou Martin signe un premier film.', 'fr', 'Lou Martin')).toEqual(['réalisatrice'])
  })

  it('reads a capitalised role right before a name, as in a title-case headline', () => {
    expect(rolesOf('The festival hired Director Paula Hart last year.', 'en', 'Paula Hart')).toEqual(['director'])
  })

  it('reads trade shorthand ("DoP X")', () => {
    expect(rolesOf('The shoot starts in May. DoP Pau Ribas, who shot her first film, returns.', 'en', 'Pau Ribas')).toEqual(['dop'])
  })
})

describe('role anaphora', () => {
  it('reads "its director" as the director the text named, not the producer named last', () => {
    const source = 'The documentary Red Sky, by the filmmaker Ana Ruiz and produced by Tom Becker, opened on Friday.\n\nIts director was blunt after the screening.'
    expect(anaphorsOf(source, 'en', 'Ana Ruiz')).toEqual(['director'])
    expect(anaphorsOf(source, 'en', 'Tom Becker')).toEqual([])
  })

  it('reads "son producteur" after "produit par X", and leaves it when no one was given that role', () => {
    expect(anaphorsOf("Produit par Marc Olivier pour un petit studio, le film sort en mai. Son producteur se dit confiant.", 'fr', 'Marc Olivier')).toEqual(['producteur'])
    expect(anaphorsOf('Marc Olivier a vu le film hier. Son producteur se dit confiant.', 'fr', 'Marc Olivier')).toEqual([])
  })

  it('does not give "the director" to the one who plays a part', () => {
    const source = 'Marta Lind made the film. Ben Cole plays a widower in a cottage. "I wanted walls that listen," the director told us.'
    expect(anaphorsOf(source, 'en', 'Marta Lind')).toEqual(['director'])
    expect(anaphorsOf(source, 'en', 'Ben Cole')).toEqual([])
  })

  it('does not give a role phrase to a name earlier in the same clause', () => {
    expect(rolesOf("Ben Cole's portrait of the physicist who built the bomb is long.", 'en', 'Ben Cole')).toEqual([])
  })

  it('does not resolve "the director" to a character the film portrays', () => {
    const source = 'The director Ana Ruiz made it. Later, Mia Stone is fine as Jean Tall. The director said she liked it.'
    expect(anaphorsOf(source, 'en', 'Jean Tall')).toEqual([])
  })
})

describe('role anaphora and the maker of a film', () => {
  it('"la réalisatrice" is the person a "premier long métrage de X" made, not the actress named since', () => {
    const source = "Le Val, premier long métrage de Lucie Vasseur, a gagné. Nadia (Adèle Ferrand, impeccable) revient au village. En conférence de presse, la réalisatrice a parlé du tournage."
    expect(anaphorsOf(source, 'fr', 'Lucie Vasseur')).toEqual(['réalisatrice'])
  })
  it('"la réalisatrice" is the subject of "le documentaire que X a consacré à Y", not Y named last', () => {
    const source = "Le documentaire que Soizic Le Berre a consacré à Annick Le Floc'h sort. Annick Le Floc'h répare des filets. La réalisatrice a suivi cette femme."
    expect(anaphorsOf(source, 'fr', 'Soizic Le Berre')).toEqual(['réalisatrice'])
  })
})
