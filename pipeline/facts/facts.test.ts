import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {DateMention, Entity, EntityType, Lang, RoleMention} from '../types.js'
import {deriveFacts} from './derive.js'

/** An entity with a mention at every occurrence of each of its surface forms. */
function entity(source: string, type: EntityType, forms: string[], roles: Array<[string, string, string]> = []): Entity {
  const mentions = forms.flatMap((form) => {
    const found = []
    for (let at = source.indexOf(form); at !== -1; at = source.indexOf(form, at + 1)) {
      found.push({start: at, end: at + form.length, text: form, kind: 'name' as const})
    }
    return found
  })
  const roleMentions: RoleMention[] = roles.map(([text, role, key]) => {
    const start = source.indexOf(text)
    return {start, end: start + text.length, text, role, key}
  })
  const name = forms[0] as string
  const id = `${type.toLowerCase()}-${name.toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`
  return {id, type, name, aliases: forms.slice(1), roles: roleMentions, mentions: mentions.sort((a, b) => a.start - b.start)}
}

function facts(source: string, language: Lang, entities: Entity[], dates: DateMention[] = []) {
  const view = textView(source, {language})
  return deriveFacts({view, entities, dates}).map(({subject, predicate, object}) => `${subject} ${predicate} ${object}`)
}

describe('facts', () => {
  it('director from "réalisé par", with the inverse work', () => {
    const text = 'Les Glaneurs est le premier film réalisé par Agnès Varda en 2000.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Les Glaneurs']), entity(text, 'Person', ['Agnès Varda'])])
    expect(result).toEqual(['movie-les-glaneurs director person-agnes-varda', 'person-agnes-varda work movie-les-glaneurs'])
  })

  it('director from "le film X de Y" and from "directed by"', () => {
    const fr = 'Il a travaillé sur le film La Haine de Mathieu Kassovitz.'
    expect(facts(fr, 'fr', [entity(fr, 'Movie', ['La Haine']), entity(fr, 'Person', ['Mathieu Kassovitz'])])).toContain(
      'movie-la-haine director person-mathieu-kassovitz'
    )
    const en = 'Parasite, directed by Bong Joon-ho, opened in May.'
    expect(facts(en, 'en', [entity(en, 'Movie', ['Parasite']), entity(en, 'Person', ['Bong Joon-ho'])])).toContain(
      'movie-parasite director person-bong-joon-ho'
    )
  })

  it('a director role and "a tourné ce film" make the director of the film named before', () => {
    const text = 'Shoah est sorti en 1985. La réalisatrice Jane Doe a tourné ce film en 1980.'
    const director = entity(text, 'Person', ['Jane Doe'], [['réalisatrice', 'réalisatrice', 'director']])
    expect(facts(text, 'fr', [entity(text, 'Movie', ['Shoah']), director])).toContain('movie-shoah director person-jane-doe')
  })

  it('a person whose name is in the film title is its subject, not its director', () => {
    const text = 'Maria Callas : En Personne est réalisé par Tom Volf. Maria Callas y chante.'
    const result = facts(text, 'fr', [
      entity(text, 'Movie', ['Maria Callas : En Personne']),
      entity(text, 'Person', ['Tom Volf']),
      {...entity(text, 'Person', ['Maria Callas']), mentions: [{start: 54, end: 66, text: 'Maria Callas', kind: 'name'}]}
    ])
    expect(result).toContain('movie-maria-callas-en-personne about person-maria-callas')
    expect(result).not.toContain('movie-maria-callas-en-personne about person-tom-volf')
  })

  it('award and festival when the sentence says the film won and was selected', () => {
    const text = 'Son film a été sélectionné au Festival de Cannes, où il a remporté la Palme d’or.'
    const film = entity('Titane. ' + text, 'Movie', ['Titane'])
    const source = 'Titane. ' + text
    const result = facts(source, 'fr', [film, entity(source, 'Event', ['Festival de Cannes'])])
    expect(result).toContain('movie-titane festival event-festival-de-cannes')
    expect(result).toContain('movie-titane award Palme d’or')
  })

  it('no award for a nomination', () => {
    const text = 'The film was nominated for the Oscar for Best Documentary Feature.'
    const source = 'Honeyland opened in Sundance. ' + text
    expect(facts(source, 'en', [entity(source, 'Movie', ['Honeyland'])]).some((fact) => fact.includes('award'))).toBe(false)
  })

  it('dateCreated from a date in a sentence that says when the film was shot', () => {
    const text = 'Shoah sort en 1985. Ce film a été tourné en 1979.'
    const at = text.indexOf('1979')
    const dates: DateMention[] = [
      {start: text.indexOf('1985'), end: text.indexOf('1985') + 4, text: '1985', value: '1985', type: 'DATE'},
      {start: at, end: at + 4, text: '1979', value: '1979', type: 'DATE'}
    ]
    expect(facts(text, 'fr', [entity(text, 'Movie', ['Shoah'])], dates)).toContain('movie-shoah dateCreated 1979')
  })

  it('creator from "une série de photographies de X intitulée …"', () => {
    const text = 'L’affiche vient d’une série de photographies de Nan Goldin intitulée "The Ballad".'
    const result = facts(text, 'fr', [entity(text, 'CreativeWork', ['The Ballad']), entity(text, 'Person', ['Nan Goldin'])])
    expect(result).toContain('creativework-the-ballad creator person-nan-goldin')
    expect(result).toContain('person-nan-goldin work creativework-the-ballad')
  })

  it('one occupation fact per stated role', () => {
    const text = 'Jane Doe, photographe et architecte, expose à Paris.'
    const person = entity(text, 'Person', ['Jane Doe'], [
      ['photographe', 'photographe', 'photographer'],
      ['architecte', 'architecte', 'architect']
    ])
    expect(facts(text, 'fr', [person])).toEqual(['person-jane-doe occupation photographe', 'person-jane-doe occupation architecte'])
  })
})

describe('award names', () => {
  it('reads lower-case award names with their complement, not a bare "prix"', () => {
    const text = 'Nuits est sorti en 2022 et a reçu le prix du montage, puis un prix.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Nuits'])])
    expect(result.filter((fact) => fact.includes(' award '))).toEqual(['movie-nuits award prix du montage'])
  })
})

describe('coordinated names', () => {
  it('every person of "directed by A and B" directs the film', () => {
    const text = 'Honeyland, directed by Tamara Kotevska and Ljubomir Stefanov, opened in Park City.'
    const result = facts(text, 'en', [
      entity(text, 'Movie', ['Honeyland']),
      entity(text, 'Person', ['Tamara Kotevska']),
      entity(text, 'Person', ['Ljubomir Stefanov'])
    ])
    expect(result).toContain('movie-honeyland director person-tamara-kotevska')
    expect(result).toContain('movie-honeyland director person-ljubomir-stefanov')
  })
})

describe('more ways texts state facts', () => {
  it('a possessive before a work noun makes the person just named its creator', () => {
    const text = 'Jane Doe left Chicago. His book of portraits, Faces of Night, came out in 2003.'.replace('His', 'Her')
    const result = facts(text, 'en', [entity(text, 'Person', ['Jane Doe']), entity(text, 'CreativeWork', ['Faces of Night'])])
    expect(result).toContain('creativework-faces-of-night creator person-jane-doe')
  })

  it('"<work>, peint par X" and "<work> de X" name the creator', () => {
    const text = 'On voit La Buveuse, peint par Henri Dumas, puis la Cinquième Symphonie de Gustav Mahler.'
    const result = facts(text, 'fr', [
      entity(text, 'CreativeWork', ['La Buveuse']),
      entity(text, 'Person', ['Henri Dumas']),
      entity(text, 'CreativeWork', ['Cinquième Symphonie']),
      entity(text, 'Person', ['Gustav Mahler'])
    ])
    expect(result).toContain('creativework-la-buveuse creator person-henri-dumas')
    expect(result).toContain('creativework-cinquieme-symphonie creator person-gustav-mahler')
  })

  it('a credits list names director and cast of the film the text is about', () => {
    const text = 'Paper Rivers sort en mai.\n- Réalisation : Jane Doe\n- Avec : Ana Ruiz, Tom Hale et Lea Kim\n'
    const result = facts(text, 'fr', [
      entity(text, 'Movie', ['Paper Rivers']),
      entity(text, 'Person', ['Jane Doe']),
      entity(text, 'Person', ['Ana Ruiz']),
      entity(text, 'Person', ['Tom Hale']),
      entity(text, 'Person', ['Lea Kim'])
    ])
    expect(result).toEqual(
      expect.arrayContaining([
        'movie-paper-rivers director person-jane-doe',
        'movie-paper-rivers actor person-ana-ruiz',
        'movie-paper-rivers actor person-tom-hale',
        'movie-paper-rivers actor person-lea-kim'
      ])
    )
  })

  it('a name in parentheses after a character is in the cast; a date there is not', () => {
    const text = 'Night Ferry opens today. A mechanic (Rosa Lind) meets a painter (1931–2014).'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Night Ferry']), entity(text, 'Person', ['Rosa Lind'])])
    expect(result).toContain('movie-night-ferry actor person-rosa-lind')
  })

  it('no film is guessed for a sentence before any film is named', () => {
    const text = 'Directed by Jane Doe, it is a quiet work. Later came Shoah.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Shoah']), entity(text, 'Person', ['Jane Doe'])])
    expect(result.some((fact) => fact.includes('director'))).toBe(false)
  })
})

describe('which film a sentence speaks of', () => {
  it('"le film" is the article’s film, "ce film" the film named last', () => {
    const text = 'Nuits est un documentaire. Nuits retrace une vie. Il cite Les Amants (1962). Le film est sorti en 2022. Ce film a été tourné à Lyon en 1961.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Nuits']), entity(text, 'Movie', ['Les Amants'])], [
      {start: text.indexOf('1962'), end: text.indexOf('1962') + 4, text: '1962', value: '1962', type: 'DATE'},
      {start: text.indexOf('2022'), end: text.indexOf('2022') + 4, text: '2022', value: '2022', type: 'DATE'},
      {start: text.indexOf('1961'), end: text.indexOf('1961') + 4, text: '1961', value: '1961', type: 'DATE'}
    ])
    expect(result).toContain('movie-nuits dateCreated 2022')
    expect(result).not.toContain('movie-les-amants dateCreated 2022')
    // "ce film" is the last film named: Les Amants, whose two dates keep the earliest
    expect(result).toContain('movie-les-amants dateCreated 1961')
    expect(result).not.toContain('movie-nuits dateCreated 1961')
  })

  it('a dispatch’s festival applies to films later said to be in competition', () => {
    const text = 'Le Festival de Cannes s’ouvre. Plus tard, Titane est présenté en compétition.'
    const result = facts(text, 'fr', [entity(text, 'Event', ['Festival de Cannes']), entity(text, 'Movie', ['Titane'])])
    expect(result).toContain('movie-titane festival event-festival-de-cannes')
  })
})
