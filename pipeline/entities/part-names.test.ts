/**
 * A later mention of a person by one part of the name, and a birth name given as an alias.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang} from '../types.js'
import {extractEntities} from './extract.js'

function run(source: string, language: Lang): Entity[] {
  return extractEntities(textView(source, {language}), [])
}

const texts = (entity: Entity | undefined): string[] => (entity?.mentions ?? []).map((m) => m.text)

describe('part names', () => {
  it('joins a lone given name outside the first-name list to the one person named in full with it', () => {
    const found = run('The producer, Ovundi Kerrash, joined the team in May. Later Tom and Ovundi flew to Oslo.', 'en')
    expect(texts(found.find((e) => e.name === 'Ovundi Kerrash'))).toContain('Ovundi')
  })

  it('leaves a given name two people share alone', () => {
    const found = run('The producer, Ovundi Kerrash, met the editor, Ovundi Palat. Later Ovundi flew to Oslo.', 'en')
    expect(found.filter((e) => e.mentions.some((m) => m.text === 'Ovundi'))).toHaveLength(0)
  })

  it('keeps a lone surname before a title that runs into it', () => {
    const view = textView("Le cinéaste Paul Verlaz tourne à Nantes. Elle consacre à l'enfance de Verlaz Les Marées hautes (1991).", {language: 'fr'})
    const start = view.source.indexOf('Les Marées hautes')
    const found = extractEntities(view, [{start, end: start + 17, text: 'Les Marées hautes', kind: 'title', open: start - 1, close: start + 17}])
    expect(texts(found.find((e) => e.name === 'Paul Verlaz'))).toContain('Verlaz')
  })

  it('reads a birth name after "née" or "born" as an alias', () => {
    const fr = run('Marthe Lenoir, née Odile Lenoir le 3 mai 1930 à Lyon, est une peintre.', 'fr')
    expect(fr.filter((e) => e.type === 'Person')).toHaveLength(1)
    const en = run('Kit Marlowe (born Christopher Marlowe) was a poet.', 'en')
    expect(en.filter((e) => e.type === 'Person')).toHaveLength(1)
  })

  it('joins the family names of a person named in full', () => {
    const found = run('The painter Joaquim Vaz Serra died in Évora. Critics admired Vaz Serra for his blues.', 'en')
    expect(found.filter((e) => e.type === 'Person')).toHaveLength(1)
  })

  it('joins the given name and surname of a person named in full with a middle name, as an alias', () => {
    const found = run('Oona Margaret Fairweather was born in 1950. Oona Fairweather died in 2020; her sister Gwen Fairweather spoke.', 'en')
    const oona = found.find((e) => e.name === 'Oona Margaret Fairweather')
    expect(oona?.aliases).toContain('Oona Fairweather')
    expect(found.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Oona Margaret Fairweather', 'Gwen Fairweather'])
  })

  it('joins a double surname written without its hyphen to the person named in full', () => {
    const found = run('The first feature by Maya Okonjo-Reyes premiered in Utah. Later, Okonjo Reyes said she was tired.', 'en')
    const people = found.filter((e) => e.type === 'Person')
    expect(people.map((e) => e.name)).toEqual(['Maya Okonjo-Reyes'])
    expect(texts(people[0])).toEqual(['Maya Okonjo-Reyes', 'Okonjo Reyes'])
  })

  it('leaves a capitalised title out of a name whose given name the lexicon does not know', () => {
    const found = run('Then President Barack Obama wrote to him.', 'en')
    expect(found.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Barack Obama'])
  })

  it('keeps a capitalised role word that is the whole name but one word', () => {
    const found = run('We watched Judge Dredd again.', 'en')
    expect(found.map((e) => e.name)).not.toContain('Dredd')
  })
})

describe('names with a capitalised surname particle', () => {
  it('makes a person of a given name unknown to the lexicon, "Le" and a surname, even opening a sentence', () => {
    const found = run("Le documentaire que Soizic Le Berre a consacré à Annick Le Floc'h sort en mai. Soizic Le Berre a tourné dix-huit mois.", 'fr')
    const people = found.filter((e) => e.type === 'Person').map((e) => e.name)
    expect(people).toEqual(['Soizic Le Berre', "Annick Le Floc'h"])
  })
  it('keeps the names of newspapers opened by "Le"', () => {
    const found = run('Le Monde et Le Figaro en parlent.', 'fr')
    expect(found.filter((e) => e.type === 'Person')).toEqual([])
  })
})

describe('places listed after "entre"', () => {
  it('makes places of single names listed after "entre" when the list closes on a phrase', () => {
    const found = run('Le tournage a lieu entre Felletin, Aubusson et le plateau de Millevaches.', 'fr')
    expect(found.filter((e) => e.type === 'Place').map((e) => e.name)).toEqual(expect.arrayContaining(['Felletin', 'Aubusson']))
  })
  it('not a list of surnames closed by another surname', () => {
    const found = run('Le choix entre Godard, Truffaut et Rohmer est difficile.', 'fr')
    expect(found.filter((e) => e.type === 'Place')).toEqual([])
  })
})

describe('a full name after "de"', () => {
  it('is the maker of what comes before, not the end of one name ("Marie de Jean-Luc Godard")', () => {
    const found = run('Une silhouette dans Je vous salue, Marie de Jean-Luc Godard, puis Charles de Gaulle et Jean de La Fontaine.', 'fr')
    const people = found.filter((e) => e.type === 'Person').map((e) => e.name)
    expect(people).toContain('Jean-Luc Godard')
    expect(people).toEqual(expect.arrayContaining(['Charles de Gaulle', 'Jean de La Fontaine']))
    expect(people).not.toContain('Marie de Jean-Luc Godard')
  })
})
