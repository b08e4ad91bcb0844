import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang} from '../types.js'
import {entity} from '../facts/facts.test-helper.js'
import {personGenders} from './gender.js'

/** The genders of the people named by `forms` (one list of forms per person), by first form. */
function genders(text: string, lang: Lang, people: string[][]): Record<string, string> {
  const entities: Entity[] = people.map((forms) => entity(text, 'Person', forms))
  const found = personGenders(textView(text, {language: lang}), entities)
  return Object.fromEntries(entities.map((person) => [person.name, found[person.id] ?? '?']))
}

describe('the gender the text gives a person (people stage)', () => {
  it('reads an honorific, a role noun with its determiner and a participle of birth', () => {
    const text = 'Mme Orsini ouvre le bal. La cinéaste belge Sacha Verlinden suit. Camille Rauch, née à Metz, conclut.'
    expect(genders(text, 'fr', [['Orsini'], ['Sacha Verlinden'], ['Camille Rauch']])).toEqual({Orsini: 'f', 'Sacha Verlinden': 'f', 'Camille Rauch': 'f'})
  })

  it('lets the words of the text outweigh the usual gender of a given name', () => {
    const text = 'The director Jean Okafor arrived late. She said the film was unfinished. She laughed.'
    expect(genders(text, 'en', [['Jean Okafor', 'Okafor']])).toEqual({'Jean Okafor': 'f'})
  })

  it('counts subject pronouns that continue a sentence the person is the subject of', () => {
    const text = 'Dominique Arlaud grew up in Rennes. He studied painting first.'
    expect(genders(text, 'en', [['Dominique Arlaud']])).toEqual({'Dominique Arlaud': 'm'})
  })

  it('gives no vote to a pronoun when another person is named between', () => {
    const text = 'Morgan Moreau told Anne Vidal that she would come back.'
    expect(genders(text, 'en', [['Morgan Moreau'], ['Anne Vidal']])).toEqual({'Morgan Moreau': '?', 'Anne Vidal': 'f'})
  })

  it('leaves the gender unknown when the text gives none', () => {
    const text = 'Kerbrat a signé la photographie du film.'
    expect(genders(text, 'fr', [['Kerbrat']])).toEqual({Kerbrat: '?'})
  })

  it('reads a kin noun in apposition before a comma', () => {
    const text = 'Her son, the sound recordist Kim Laval, joined the crew.'
    expect(genders(text, 'en', [['Kim Laval']])).toEqual({'Kim Laval': 'm'})
  })
})
