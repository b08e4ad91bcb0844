/**
 * Stated roles (roles.ts) in the shapes reviews and news write them, French and English.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang} from '../types.js'
import {extractEntities} from './extract.js'

function rolesOf(source: string, language: Lang, name: string): string[] {
  const found = extractEntities(textView(source, {language}), [])
  return (found.find((entity) => entity.name === name) as Entity | undefined)?.roles.map((role) => role.role) ?? []
}

describe('stated roles', () => {
  it('reads roles coordinated with commas after a predicate', () => {
    expect(rolesOf('Awa Diallo est une réalisatrice, scénariste et productrice nigérienne.', 'fr', 'Awa Diallo')).toEqual(['réalisatrice', 'scénariste', 'productrice'])
  })

  it('reads "the editor turned director X" as two roles of X', () => {
    expect(rolesOf('The film was made by the editor turned director Luc Perrin in 2021.', 'en', 'Luc Perrin')).toEqual(['editor', 'director'])
  })

  it('reads a definite apposition with a nationality after a name', () => {
    expect(rolesOf('Rosa Lind, the Swedish actress best known for her thrillers, plays the mother.', 'en', 'Rosa Lind')).toEqual(['actress'])
  })

  it('reads a possessive role before a comma and the name', () => {
    expect(rolesOf('Its producer, Hanna Berg, was in the room. Her cinematographer, Ola Brekke, was not.', 'en', 'Hanna Berg')).toEqual(['producer'])
    expect(rolesOf("Okoro's producer, Lucía Benítez, said the team was talking.", 'en', 'Lucía Benítez')).toEqual(['producer'])
  })

  it('does not give the role of a plural subject or of a sentence subject to the object of its verb', () => {
    expect(rolesOf('Critics cited Anna Berg as the favourite of the year.', 'en', 'Anna Berg')).toEqual([])
    expect(rolesOf('Les critiques saluent Marie Roux, qui signe un beau premier film.', 'fr', 'Marie Roux')).toEqual([])
    expect(rolesOf('La cinéaste filme Paul Durand pendant trois ans.', 'fr', 'Paul Durand')).toEqual([])
    expect(rolesOf('La réalisatrice sénégalaise Awa Diop arrive demain.', 'fr', 'Awa Diop')).toEqual(['réalisatrice'])
  })

  it('reads a role after a compound tense of "être" / "to be" ("a d\'abord été monteuse", "has long been a nurse")', () => {
    expect(rolesOf("Née à Dakar, Awa Ndiaye a d'abord été monteuse à Paris.", 'fr', 'Awa Ndiaye')).toEqual(['monteuse'])
    expect(rolesOf('Mira Okafor has long been a nurse in Lagos.', 'en', 'Mira Okafor')).toEqual(['nurse'])
  })

  it('does not take the subject of a new clause for an apposition', () => {
    const source = 'Le réalisateur Paul Vidal admire Godard. Mais là où Godard laissait respirer Michel Piccoli, le cinéaste enferme ses acteurs dans des cadres.'
    expect(rolesOf(source, 'fr', 'Michel Piccoli')).toEqual([])
    expect(rolesOf(source, 'fr', 'Paul Vidal')).toEqual(['réalisateur', 'cinéaste'])
  })

  it('does not give a person the role of someone they are kin to', () => {
    const source = "The late blues guitarist Ray Vance died in May. Marjorie Vance, the guitarist's daughter, spoke to the press."
    expect(rolesOf(source, 'en', 'Marjorie Vance')).toEqual([])
  })

  it('reads a predicate after an aside between commas', () => {
    expect(rolesOf('Awa Diallo, née le 3 juin 1978 à Niamey, est une réalisatrice et productrice.', 'fr', 'Awa Diallo')).toEqual(['réalisatrice', 'productrice'])
  })

  it('reads "comme" + an occupation without determiner as the subject’s role', () => {
    expect(rolesOf('Awa Diallo travaille ensuite quatre ans comme assistante à Paris.', 'fr', 'Awa Diallo')).toEqual(['assistante'])
  })

  it('gives an epicene anaphor the gender of its French determiner', () => {
    const source = 'Awa Diallo étudie avec le documentariste Paul Roux. Plus tard, l’œuvre de la cinéaste devient politique.'
    expect(rolesOf(source, 'fr', 'Awa Diallo')).toEqual(['cinéaste'])
  })

  it('sends "the director" to the maker of a film ("X’s second feature"), not to the last woman named', () => {
    const source = "Han Ji-woo's second feature opens today. Han adapted a story by the novelist Kim Da-eun. After the screening, the director explained her choice."
    expect(rolesOf(source, 'en', 'Han Ji-woo')).toEqual(['director'])
    expect(rolesOf(source, 'en', 'Kim Da-eun')).toEqual(['novelist'])
  })

  it('sends "la réalisatrice" to the maker named after a title (", de la Norvégienne X")', () => {
    const source = 'Projeté jeudi soir, Le Silence des sternes, de la Norvégienne Solveig Aasrud, a reçu une ovation. Le film suit une ornithologue (Ingrid Lund). La réalisatrice signe ici son premier long métrage.'
    expect(rolesOf(source, 'fr', 'Solveig Aasrud')).toEqual(['réalisatrice'])
  })

  it('does not take a character ("the sculptor is played by X") for a role of someone in the text', () => {
    const source = 'Zoe Hart stars in Sister Ash. Hart plays the hearing sister; the sculptor is played by Maud Dever.'
    expect(rolesOf(source, 'en', 'Zoe Hart')).toEqual([])
  })

  it('does not send role nouns to the author of a byline', () => {
    const source = 'Berlinale : le documentaire triomphe\n*Par Léa Font, envoyée spéciale à Berlin*\nLa cinéaste Nino Kapa présente son film. La réalisatrice parle peu.'
    expect(rolesOf(source, 'fr', 'Léa Font')).toEqual(['envoyée spéciale'])
  })
})


describe('role anaphora and conflicting roles', () => {
  it('reads a possessive role with a complement before the comma and the name', () => {
    expect(rolesOf("Vance's manager of forty years, Paul Dorsey, appears once.", 'en', 'Paul Dorsey')).toEqual(['manager'])
  })

  it('does not send an anaphor to a person whose stated roles are all other ones', () => {
    const source = "Léa Morin filme la ville. Elle adapte le livre de l'écrivaine Ana Rossi. Mais la réalisatrice évite le pathos."
    expect(rolesOf(source, 'fr', 'Léa Morin')).toContain('réalisatrice')
    expect(rolesOf(source, 'fr', 'Ana Rossi')).toEqual(['écrivaine'])
  })

  it('takes the gender of a person from a nationality noun after a French determiner', () => {
    const source = "La Française Jean Morel filme la ville. La cinéaste évite le pathos."
    expect(rolesOf(source, 'fr', 'Jean Morel')).toEqual(['cinéaste'])
  })

  it('does not make the writer of a novel the director of the film adapted from it', () => {
    const source = "La Suédoise Ida Berg filme la nuit. Adapté du roman *Le Jardin*, de l'écrivaine Eva Lind, le film suit deux sœurs. Mais la cinéaste évite le pathos."
    expect(rolesOf(source, 'fr', 'Ida Berg')).toEqual(['cinéaste'])
  })
})

describe('multiword roles', () => {
  it('keeps the longest role form ("historienne du cinéma", "set designer", "présidente du jury")', () => {
    expect(rolesOf('Après la séance, Ida Morel, historienne du cinéma, a pris la parole.', 'fr', 'Ida Morel')).toEqual(['historienne du cinéma'])
    expect(rolesOf('He married the set designer Ruth Kell in 1970.', 'en', 'Ruth Kell')).toEqual(['set designer'])
    expect(rolesOf('Le jury présidé par Nina Varga a rendu son verdict. « Merci », a dit la présidente du jury.', 'fr', 'Nina Varga')).toEqual(['présidente du jury'])
  })

  it('reads an open form with its lower-case complement ("head of …")', () => {
    expect(rolesOf('"We loved it," said Tom Reyes, the head of original films.', 'en', 'Tom Reyes')).toEqual(['head of original films'])
    expect(rolesOf('The head of the studio, Tom Reyes, said no.', 'en', 'Tom Reyes')).toEqual([])
  })
})

describe('appositions and predicates', () => {
  it("reads a role owned by a company after a name (\"X, Lumavox's head of development\")", () => {
    expect(rolesOf("\"We knew,\" said Tom Reyes, Lumavox's head of development.", 'en', 'Tom Reyes')).toEqual(['head of development'])
  })

  it('reads a role after a name and a modifier without article ("X, ancien monteur")', () => {
    expect(rolesOf('Le jury, présidé par Paul Reiss, ancien monteur du studio, a salué le film.', 'fr', 'Paul Reiss')).toEqual(['monteur'])
  })

  it('reads "X, l\'une des rares directrices de la photographie" and "one of the few cinematographers"', () => {
    expect(rolesOf("L'image est signée Rose Tell, l'une des rares directrices de la photographie de l'époque.", 'fr', 'Rose Tell')).toEqual(['directrice de la photographie'])
    expect(rolesOf('Anna Berg, one of the few cinematographers in Oslo, spoke.', 'en', 'Anna Berg')).toEqual(['cinematographer'])
  })

  it('reads a definite role with its complement before the comma and the name', () => {
    expect(rolesOf('Lou Brun a tout écrit. La compositrice du film, Mia Soler, voulait des cordes.', 'fr', 'Mia Soler')).toEqual(['compositrice'])
  })

  it('reads a byline role', () => {
    expect(rolesOf('Review: a quiet film\n\nBy Owen Marsh, film critic\n\nThe film opens at dawn.', 'en', 'Owen Marsh')).toEqual(['film critic'])
  })

  it('reads a copula after an aside that ends in brackets', () => {
    expect(rolesOf('Lucie Vern, née le 3 avril 1971 à Hué (Viêt Nam), est une réalisatrice et photographe.', 'fr', 'Lucie Vern')).toEqual(['réalisatrice', 'photographe'])
  })

  it('joins a full name after "dite" to the person it renames', () => {
    const found = extractEntities(textView('Marie Louise Vern, dite Lou Vern, née en 1971, est une réalisatrice française. Vern vit à Lyon.', {language: 'fr'}), [])
    const people = found.filter((entity) => entity.type === 'Person')
    expect(people).toHaveLength(1)
    expect(people[0]?.roles.map((role) => role.role)).toEqual(['réalisatrice'])
  })

  it('reads a predicate of a subject pronoun ("she was a nurse")', () => {
    expect(rolesOf('Mina Okafor had never acted before. She was a nurse in Lagos.', 'en', 'Mina Okafor')).toEqual(['nurse'])
  })
})

describe('what is no role of a person', () => {
  it('does not read "la critique" (critics as a body, criticism) as a role anaphor', () => {
    const source = 'Dans le rôle principal, Ada Sow a été saluée par la critique. La critique a souvent relevé son jeu.'
    expect(rolesOf(source, 'fr', 'Ada Sow')).toEqual([])
    expect(rolesOf('Le film a reçu le prix de la critique. La critique Ada Sow a aimé le film.', 'fr', 'Ada Sow')).toEqual(['critique'])
  })

  it('does not read the part an actor plays ("as the conductor") as a role', () => {
    expect(rolesOf('The comedy stars Sean Doyle as a fisherman, with Ruth Obi as the conductor he keeps firing.', 'en', 'Ruth Obi')).toEqual([])
  })

  it('learns the gender of a person from a gendered anaphor, so a feminine one goes elsewhere', () => {
    const source = 'Prix masculin : Zed Amrani. Le comédien a chanté. Prix féminin : Ela Kaya. « Merci », a déclaré la comédienne.'
    expect(rolesOf(source, 'fr', 'Zed Amrani')).toEqual(['comédien'])
    expect(rolesOf(source, 'fr', 'Ela Kaya')).toEqual(['comédienne'])
  })

  it('does not read a definite predicate of a pronoun as a mention of someone else', () => {
    const source = 'His agent, Ruth Kell, confirmed the news. He was also the author of a memoir.'
    expect(rolesOf(source, 'en', 'Ruth Kell')).toEqual([])
  })
})

describe('who a role anaphor means', () => {
  it("takes the maker of a title written \"d'X\" for the film's director", () => {
    const source = "*Le Chant du vent*, d'Anselme Roux, raconte un été. Le poème de Jules Fabre l'inspire. Selon elle, le cinéaste voulait filmer le vent."
    expect(rolesOf(source, 'fr', 'Anselme Roux')).toEqual(['cinéaste'])
    expect(rolesOf(source, 'fr', 'Jules Fabre')).toEqual([])
  })

  it('does not send a role anaphor to the interviewer ("Propos recueillis par X")', () => {
    const source = "Léa Morin a tourné en Irlande. Propos recueillis par Camille Roy.\nQuestion : Comment ? Réponse : La réalisatrice me répétait d'écouter."
    expect(rolesOf(source, 'fr', 'Camille Roy')).toEqual([])
  })
})
