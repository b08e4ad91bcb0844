import {describe, expect, it} from 'vitest'
import {entity, facts} from './facts.test-helper.js'

describe('credits in line-ups and news items', () => {
  it('"X dirige A dans <film>": X directs, A acts', () => {
    const text = 'La Suédoise Anna Berg dirige Paul Marin dans Le Vent du nord.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Anna Berg']), entity(text, 'Person', ['Paul Marin'])])
    expect(result).toContain('movie-le-vent-du-nord director person-anna-berg')
    expect(result).toContain('movie-le-vent-du-nord actor person-paul-marin')
  })

  it('"<film>, son premier long métrage" is the film of the sentence\'s subject, with its cast', () => {
    const text = 'Anna Berg y présente Le Vent du nord, son premier long métrage en anglais, avec Paul Marin et Léa Roux.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Anna Berg']), entity(text, 'Person', ['Paul Marin']), entity(text, 'Person', ['Léa Roux'])])
    expect(result).toContain('movie-le-vent-du-nord director person-anna-berg')
    expect(result).toContain('movie-le-vent-du-nord actor person-paul-marin')
    expect(result).toContain('movie-le-vent-du-nord actor person-lea-roux')
  })

  it('not when an acting verb ties the subject to the film', () => {
    const text = 'Paul Marin joue dans Le Vent du nord, son premier film, un petit rôle.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Paul Marin'])])
    expect(result).not.toContain('movie-le-vent-du-nord director person-paul-marin')
  })

  it('"<film>, où il campe …": the person the sentence is about acts in it', () => {
    const text = 'Paul Marin reçoit un prix pour Le Vent du nord, où il campe un douanier.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Paul Marin'])])
    expect(result).toContain('movie-le-vent-du-nord actor person-paul-marin')
  })

  it('"<film>, in which A plays …"', () => {
    const text = 'The retrospective closes with North Wind, in which Paul Marin plays a customs officer.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['North Wind']), entity(text, 'Person', ['Paul Marin'])])
    expect(result).toContain('movie-north-wind actor person-paul-marin')
  })

  it('a film opening the sentence stars its cast across an aside', () => {
    const text = 'North Wind, which Anna Berg wrote with Tom Hale, stars Paul Marin, who also produced it, and Léa Roux, with Ben Ode and Ivy Kay in support.'
    const people = ['Anna Berg', 'Tom Hale', 'Paul Marin', 'Léa Roux', 'Ben Ode', 'Ivy Kay'].map((name) => entity(text, 'Person', [name]))
    const result = facts(text, 'en', [entity(text, 'Movie', ['North Wind']), ...people])
    for (const id of ['person-paul-marin', 'person-lea-roux', 'person-ben-ode', 'person-ivy-kay']) expect(result).toContain(`movie-north-wind actor ${id}`)
    expect(result).not.toContain('movie-north-wind actor person-anna-berg')
    expect(result).not.toContain('movie-north-wind actor person-tom-hale')
  })

  it('each person of a plural role has the role', () => {
    const text = 'Autour d’elle siégeront les réalisateurs Paul Marin (France), Tom Hale (Canada) et Ben Ode.'
    const result = facts(text, 'fr', ['Paul Marin', 'Tom Hale', 'Ben Ode'].map((name) => entity(text, 'Person', [name])))
    for (const id of ['person-paul-marin', 'person-tom-hale', 'person-ben-ode']) expect(result).toContain(`${id} occupation réalisateur`)
  })

  it('a plural role in apposition: "The producers, A and B, …"', () => {
    const text = 'The producers, Paul Marin and Tom Hale, bought the rights.'
    const result = facts(text, 'en', ['Paul Marin', 'Tom Hale'].map((name) => entity(text, 'Person', [name])))
    expect(result).toContain('person-paul-marin occupation producer')
    expect(result).toContain('person-tom-hale occupation producer')
  })
})

describe('best-category awards given to a person for a film', () => {
  it('"A, meilleure actrice pour <film>": the film wins, A acts in it', () => {
    const text = '22h07 — Léa Roux, meilleure actrice dans un second rôle pour Le Vent du nord, de Anna Berg.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Léa Roux']), entity(text, 'Person', ['Anna Berg'])])
    expect(result).toContain('movie-le-vent-du-nord award meilleure actrice dans un second rôle')
    expect(result).toContain('movie-le-vent-du-nord actor person-lea-roux')
  })

  it('"A est sacrée meilleure actrice pour <film>"', () => {
    const text = 'Léa Roux est sacrée meilleure actrice pour Le Vent du nord.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Léa Roux'])])
    expect(result).toContain('movie-le-vent-du-nord award meilleure actrice')
    expect(result).toContain('movie-le-vent-du-nord actor person-lea-roux')
  })

  it('not "le meilleur film pour …" in ordinary prose, nor a nomination', () => {
    const text = 'Pour Léa Roux, Le Vent du nord reste le meilleur film pour enfants. Léa Roux, nommée meilleure actrice pour Le Vent du nord.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Léa Roux'])])
    expect(result.filter((fact) => fact.includes(' award '))).toEqual([])
  })
})

describe('casts and credits lists', () => {
  it('a film in brackets after a cast member is their credit, not the film cast', () => {
    const text = 'Le Vent du nord suit une gardienne de phare. Son fils sera interprété par Paul Marin ; Léa Roux (Sœurs de sel) complète la distribution.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Movie', ['Sœurs de sel']), entity(text, 'Person', ['Paul Marin']), entity(text, 'Person', ['Léa Roux'])])
    expect(result).toContain('movie-le-vent-du-nord actor person-paul-marin')
    expect(result).toContain('movie-le-vent-du-nord actor person-lea-roux')
    expect(result).not.toContain('movie-soeurs-de-sel actor person-paul-marin')
  })

  it('a director credit in brackets, "(Name, 1945)", is no cast', () => {
    const text = '- North Wind (Paul Marin, 1945). A classic.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['North Wind']), entity(text, 'Person', ['Paul Marin'])])
    expect(result).not.toContain('movie-north-wind actor person-paul-marin')
  })

  it('crew labels of a technical credits list', () => {
    const text = 'Le Vent du nord est un drame.\n\n- Musique originale : Paul Marin\n- Décors : Léa Roux'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Paul Marin']), entity(text, 'Person', ['Léa Roux'])])
    expect(result).toContain('person-paul-marin work movie-le-vent-du-nord')
    expect(result).toContain('person-lea-roux work movie-le-vent-du-nord')
  })

  it('"Born in …, X" makes X the subject a possessive continues', () => {
    const text = 'Her son, the editor Tom Hale, spoke. Born in Leeds in 1941, the daughter of a miner, Anna Berg left school at 16. Her first film, North Wind (1974), followed four women.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['North Wind']), entity(text, 'Person', ['Anna Berg']), entity(text, 'Person', ['Tom Hale'])])
    expect(result).toContain('movie-north-wind director person-anna-berg')
    expect(result).not.toContain('movie-north-wind director person-tom-hale')
  })
})
