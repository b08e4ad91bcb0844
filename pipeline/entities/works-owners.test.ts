/**
 * Titles found by their owner or by the prize won with them, and people kept from being read as titles: a company's or
 * a person's possessive before a title closing its clause, "won the prize with X", "revient avec X", a small number
 * opening a French title dated in brackets; a person named in full before a participle or an apposition, an owner
 * before a possessive after "for", a speaker after a quotation closed by a comma, the surname alone after "film de".
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang} from '../types.js'
import {extractEntities} from './extract.js'

const run = (source: string, language: Lang): Entity[] => extractEntities(textView(source, {language}), [])
const isWork = (e: Entity): boolean => e.type === 'Movie' || e.type === 'CreativeWork'
const work = (found: Entity[], name: string): Entity | undefined => found.find((e) => isWork(e) && e.name === name)

describe('a title owned by a company or a person', () => {
  it('is a work when it closes its clause', () => {
    const found = run("Lower down, Northgate Pictures' Song of Brass, with Ann Lowe as a nurse, held on. Dora Lind's Boat with a Paper Sail, which she loved, opened.", 'en')
    expect(work(found, 'Song of Brass')).toBeDefined()
    expect(work(found, 'Boat with a Paper Sail')).toBeDefined()
    expect(work(run("Halcyon's Marrowby Nights, the studio's big bet, opened.", 'en'), 'Marrowby Nights')).toBeDefined()
  })

  it('not what a place owns, an office or a name with a head noun', () => {
    const found = run("London's West End, busy again, cheered. Netflix's Chief Content Officer, Ann Lowe, spoke. Disney's Animal Kingdom Park, in Florida, closed.", 'en')
    expect(found.some(isWork)).toBe(false)
  })
})

describe('the work a prize was won with', () => {
  it('after "with" / "avec" and a verb of winning', () => {
    expect(work(run('Ferreira won the Golden Lynx at Odessa in 2018 with Quiet Tides.', 'en'), 'Quiet Tides')).toBeDefined()
    expect(work(run('Elle remporte le prix du jury avec Nuages bas.', 'fr'), 'Nuages bas')).toBeDefined()
  })

  it('not a co-winner, nor a person', () => {
    expect(run('She shared the award with Halcyon in 2019. He won the prize with Steven Spielberg.', 'en').some(isWork)).toBe(false)
  })
})

describe('a comeback phrase', () => {
  it('names the work after it', () => {
    expect(work(run('Le cinéaste revient avec Orages noirs, toujours avec Paul Dupont.', 'fr'), 'Orages noirs')).toBeDefined()
  })
})

describe('a French title opened by a small number', () => {
  it('runs to a year in brackets', () => {
    expect(work(run('Après 7 sœurs (2004) de Jean Dupont, elle tourne à Lyon.', 'fr'), '7 sœurs')).toBeDefined()
  })

  it('not a count of films, years or prizes', () => {
    expect(run('Il a vu 12 films (2004) et il avait 40 ans (1998).', 'fr').some(isWork)).toBe(false)
  })
})

describe('a French title then its maker', () => {
  it('after a capitalised article inside a sentence', () => {
    const found = run('En 1998, La Marchande de Pierre Alvarez lui vaut un prix.', 'fr')
    expect(work(found, 'La Marchande')).toBeDefined()
    expect(found.find((e) => e.name === 'Pierre Alvarez')?.type).toBe('Person')
  })

  it('not a name with a head noun', () => {
    expect(run('Il travaille pour La Fondation de Jean Dupont à Lyon.', 'fr').some(isWork)).toBe(false)
  })
})

describe('a list of winners', () => {
  it('names the work quoted after a prize label opening its line', () => {
    const source = 'The winners were announced.\nBest Documentary: “Salt of the Hills,” Ann Lowe\nAudience Award: “Kites Over Corfu,” Tom Eyre\n'
    // (the quotations as the quoted stage reads them: speech, the comma inside the marks)
    const at = (title: string) => {
      const start = source.indexOf(title)
      return {start, end: start + title.length + 1, text: `${title},`, kind: 'speech' as const, open: start - 1, close: start + title.length + 1}
    }
    const found = extractEntities(textView(source, {language: 'en'}), [at('Salt of the Hills'), at('Kites Over Corfu')])
    expect(work(found, 'Salt of the Hills')).toBeDefined()
    expect(work(found, 'Kites Over Corfu')).toBeDefined()
  })
})

describe('people kept from being read as titles', () => {
  it('an owner before a possessive after "for"', () => {
    const found = run('Ann Lowe was named best actress for Kemal Dervish’s “Winter Corn,” which also won the jury prize.', 'en')
    expect(found.some((e) => isWork(e) && e.name === 'Kemal Dervish')).toBe(false)
  })

  it('a person named in full before a participle or an apposition naming a film', () => {
    const found = run('It stars Marsh opposite Jonah Penrose, premiered in Venice. According to the chief critic, Dana Whitmore, the film “mistakes volume for feeling.”', 'en')
    expect(found.some((e) => isWork(e) && /Penrose|Whitmore/.test(e.name))).toBe(false)
  })

  it('a speaker after a quotation closed by a comma', () => {
    const found = run('"Ilse makes biographies," Ramaswell said.', 'en')
    expect(found.some((e) => isWork(e) && e.name === 'Ramaswell')).toBe(false)
  })

  it('the surname alone of a person named in full, after "long métrage de"', () => {
    const found = run('Jacques Morvan est né à Nantes. Le premier long métrage de Morvan, tourné à Nantes, fut un succès. Le film consacré à l’enfance de Morvan, tourné en 1990, est beau.', 'fr')
    expect(found.some((e) => e.name === 'Morvan')).toBe(false)
    expect(found.find((e) => e.name === 'Jacques Morvan')?.mentions.length).toBe(3)
  })
})

describe('a title in sentence case opening an encyclopedic lead', () => {
  it('reads the lower-case words up to "est un film" as the title, in French', () => {
    expect(work(run('Touchez pas au grisbi est un film français de Jacques Becker.', 'fr'), 'Touchez pas au grisbi')?.type).toBe('Movie')
    expect(work(run('Du rififi chez les hommes est un film policier réalisé par Jules Dassin.', 'fr'), 'Du rififi chez les hommes')?.type).toBe('Movie')
  })
  it('not a pronoun or a demonstrative opening the sentence', () => {
    expect(run('Il est un film rare. Ce film est un film culte.', 'fr').filter((e) => e.type === 'Movie')).toEqual([])
  })
  it('reads a role noun right after the French work noun as a genre ("un film policier")', () => {
    expect(work(run('Le Rififi est un film policier de 1955.', 'fr'), 'Le Rififi')?.type).toBe('Movie')
  })
  it('in English, takes the word opening a lead paragraph into the title its film predicate follows', () => {
    expect(work(run('Some Like It Hot is a 1959 American comedy film directed by Billy Wilder.', 'en'), 'Some Like It Hot')?.type).toBe('Movie')
    expect(work(run('No Way Home Tonight is a 2019 Irish drama film.', 'en'), 'No Way Home Tonight')?.type).toBe('Movie')
  })
  it('not a conjunction opening a sentence of a review', () => {
    expect(work(run('We saw it twice.\nBut Harbour Lights is a film about grief.', 'en'), 'Harbour Lights')).toBeDefined()
  })
})
