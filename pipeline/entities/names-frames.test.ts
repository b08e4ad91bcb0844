/**
 * Frames around a name that type it on unseen text: the passive agent of a company verb, an apposition after a noun of a
 * kind of body, a sentence-opening phrase before a comma, a surname opening a sentence, the maker after a title, an
 * acronym after an indefinite article, a given name before the emblem of a prize, a title of nobility with one word, a
 * character before the actor in brackets.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, EntityType, Lang} from '../types.js'
import {extractEntities} from './extract.js'

function run(source: string, language: Lang): Entity[] {
  return extractEntities(textView(source, {language}), [])
}

const typed = (found: Entity[], type: EntityType): string[] => found.filter((e) => e.type === type).map((e) => e.name)

describe('companies', () => {
  it('reads the passive agent of a company verb as a company, even when a given name opens it', () => {
    expect(typed(run('Le film sortira le 4 juin, distribué par Ginette Aurore.', 'fr'), 'Organization')).toContain('Ginette Aurore')
    expect(typed(run('The novel was published by Harriet Vane in 1990.', 'en'), 'Organization')).toContain('Harriet Vane')
  })

  it('extends the company verb to every item of the list after it', () => {
    const found = run('The actor is repped by KPX and Morgan Shaw.', 'en')
    expect(typed(found, 'Organization')).toContain('Morgan Shaw')
  })

  it('keeps a person after a verb of making', () => {
    expect(typed(run('The film was produced by Jane Doe and Tom Hill.', 'en'), 'Person')).toEqual(expect.arrayContaining(['Jane Doe', 'Tom Hill']))
  })

  it('types a name in apposition after a noun of a company, closing its clause', () => {
    expect(typed(run('She will produce with a Lisbon-based banner, Vento Largo.', 'en'), 'Organization')).toContain('Vento Largo')
    expect(typed(run('After leaving the band, Peter Moss went solo.', 'en'), 'Person')).toContain('Peter Moss')
  })

  it('reads no apposition after a sentence-opening phrase and its comma', () => {
    const found = run('Ada Varnel ran the lab. According to Varnel, the team resisted.', 'en')
    expect(typed(found, 'Organization')).not.toContain('Varnel')
  })

  it('drops an acronym after an indefinite article that modifies no noun (a prize), not one before a noun', () => {
    const found = run('She won a QFTA. It was a KBC documentary.', 'en')
    expect(typed(found, 'Organization')).not.toContain('QFTA')
    expect(typed(found, 'Organization')).toContain('KBC')
  })
})

describe('people', () => {
  it('keeps a sentence-opening word the text writes only capitalised, as the surname of a full name', () => {
    const found = run('The film was directed by Carol Hearth in 1951. Hearth said little about it.', 'en')
    const person = found.find((e) => e.name === 'Carol Hearth')
    expect(person?.mentions.map((m) => m.text)).toEqual(['Carol Hearth', 'Hearth'])
  })

  it('reads the maker of a title named by a single word after "de"', () => {
    expect(typed(run('Le dernier plan est porté par *Les Saisons* de Ravelli.', 'fr'), 'Person')).toContain('Ravelli')
    expect(typed(run('On revoit *Le Port* de Paris.', 'fr'), 'Person')).not.toContain('Paris')
  })

  it('reads a given name before the emblem of a prize as a person, not the prize', () => {
    const found = run('The score, by Christopher Bear, hums. It won the Golden Bear and the Crystal Bear.', 'en')
    expect(typed(found, 'Person')).toEqual(['Christopher Bear'])
  })

  it('keeps a title of nobility before a single word in the name', () => {
    expect(typed(run('Il joue aux côtés de Lady Zaza, puis de Sir Ian Morton.', 'fr'), 'Person')).toEqual(['Lady Zaza', 'Ian Morton'])
  })

  it('reads a name before an actor in brackets as a character, a person', () => {
    expect(typed(run('Years later she finds Joon Ho (Tae Min) again.', 'en'), 'Person')).toContain('Joon Ho')
    expect(typed(run('Elle est née à Hué (Viêt Nam) en 1971.', 'fr'), 'Person')).not.toContain('Hué')
  })
})

describe('places at the two ends of a stretch', () => {
  it('reads two single names after "between"/"entre" as places', () => {
    expect(typed(run('The drama follows the last train between Kiruna and Narvik, starring Ebba Lindqvist.', 'en'), 'Place')).toEqual(['Kiruna', 'Narvik'])
    expect(typed(run('Le tournage aura lieu entre Felletin et Aubusson, en Creuse, pendant six semaines.', 'fr'), 'Place')).toEqual(expect.arrayContaining(['Felletin', 'Aubusson']))
  })

  it('gives the far end of "from X to Y", or a place after "and on", the type of the near one', () => {
    expect(typed(run('Fishermen from Newlyn to Padstow still bring her their brass dials.', 'en'), 'Place')).toEqual(['Newlyn', 'Padstow'])
    expect(typed(run('Principal photography begins March 9 in Tromsø and on Svalbard.', 'en'), 'Place')).toEqual(['Tromsø', 'Svalbard'])
  })

  it('leaves bodies with articles and given names alone', () => {
    expect(typed(run('Le débat entre la Commission et le Conseil a duré deux jours.', 'fr'), 'Place')).toEqual([])
    expect(typed(run('Le dialogue entre Anna et Paul occupe tout le film.', 'fr'), 'Place')).toEqual([])
  })
})

describe('companies of the film trade', () => {
  it('reads a known studio, distributor or platform whose name reads as a common word as a company', () => {
    const en = typed(run('Universal passed on the script, and Neon bought it after its premiere; Netflix has the rights abroad.', 'en'), 'Organization')
    expect(en).toEqual(expect.arrayContaining(['Universal', 'Neon', 'Netflix']))
    const fr = typed(run('Le film sort le 3 mai, distribué en France par Le Pacte, et sera sur Canal+ en septembre.', 'fr'), 'Organization')
    expect(fr).toEqual(expect.arrayContaining(['Le Pacte', 'Canal+']))
  })
})
