import {describe, expect, it} from 'vitest'
import type {Entity} from '../types.js'
import {entity, facts} from './facts.test-helper.js'

/** The entity with its role noun at `text` also made a mention of it (a role noun standing for the person). */
function standingFor(person: Entity, source: string, text: string): Entity {
  const start = source.indexOf(text)
  const mentions = [...person.mentions, {start, end: start + text.length, text, kind: 'role' as const}].sort((a, b) => a.start - b.start)
  return {...person, mentions}
}

describe('occupations', () => {
  it('keeps a role stated next to the name', () => {
    const source = 'The nurse Ada Quill lives in Leeds.'
    const ada = entity(source, 'Person', ['Ada Quill'], [['nurse', 'nurse', 'nurse']])
    expect(facts(source, 'en', [ada])).toContain('person-ada-quill occupation nurse')
  })

  it('drops "the director" resolved to a person the text links to no film as director', () => {
    const source = 'Grey Harbour stars Orla Quinn. The director keeps the camera still.'
    const film = entity(source, 'Movie', ['Grey Harbour'])
    const orla = standingFor(entity(source, 'Person', ['Orla Quinn'], [['director', 'director', 'director']]), source, 'director')
    const out = facts(source, 'en', [film, orla])
    expect(out).toContain('movie-grey-harbour actor person-orla-quinn')
    expect(out).not.toContain('person-orla-quinn occupation director')
  })

  it('keeps "the director" resolved to the director of a film of the text', () => {
    const source = 'Grey Harbour, directed by Ana Ruiz, opens today. The director keeps the camera still.'
    const film = entity(source, 'Movie', ['Grey Harbour'])
    const ana = standingFor(entity(source, 'Person', ['Ana Ruiz'], [['director', 'director', 'director']]), source, 'director')
    expect(facts(source, 'en', [film, ana])).toContain('person-ana-ruiz occupation director')
  })

  it('drops a role noun standing for an actor: the character they play', () => {
    const source = "Grey Harbour stars Tom Reed. The physicist he plays never sleeps."
    const film = entity(source, 'Movie', ['Grey Harbour'])
    const tom = standingFor(entity(source, 'Person', ['Tom Reed'], [['physicist', 'physicist', 'physicist']]), source, 'physicist')
    expect(facts(source, 'en', [film, tom])).not.toContain('person-tom-reed occupation physicist')
  })

  it('drops a role noun standing for a person linked to no work', () => {
    const source = 'Lena Ortiz came to the screening. The mayor spoke first.'
    const lena = standingFor(entity(source, 'Person', ['Lena Ortiz'], [['mayor', 'maire', 'mayor']]), source, 'mayor')
    expect(facts(source, 'en', [lena]).filter((fact) => fact.includes('occupation'))).toEqual([])
  })
})
