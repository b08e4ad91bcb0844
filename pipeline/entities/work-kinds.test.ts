/**
 * A work named without a kind noun is a film when the words around it say so (work-kinds.ts).
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang, QuotedSpan} from '../types.js'
import {extractEntities} from './extract.js'

function run(source: string, language: Lang, titles: string[]): Entity[] {
  const quoted: QuotedSpan[] = titles.map((text) => {
    const start = source.indexOf(text)
    return {start, end: start + text.length, text, kind: 'title', open: start - 1, close: start + text.length}
  })
  return extractEntities(textView(source, {language}), quoted)
}

const typeOf = (found: Entity[], name: string): string | undefined => found.find((entity) => entity.name === name)?.type

describe('work kinds', () => {
  it('makes a quoted title a film when a film noun stands in apposition to it', () => {
    const source = 'Critics loved “The Salt Keepers,” the first feature by Maya Okonjo, at the festival.'
    expect(typeOf(run(source, 'en', ['The Salt Keepers']), 'The Salt Keepers')).toBe('Movie')
  })

  it('reads the words of acting and directing around a title, up to ten words away', () => {
    const fr = 'Antoine Berthier incarne un juge rongé par le doute dans « L’Instruction ».'
    expect(typeOf(run(fr, 'fr', ['L’Instruction']), 'L’Instruction')).toBe('Movie')
    const en = '“Northbound” is the latest from a man who once again directs his wife in a small part.'
    expect(typeOf(run(en, 'en', ['Northbound']), 'Northbound')).toBe('Movie')
  })

  it('keeps a sung title a work of another kind, even in a text on films', () => {
    const source = 'The film is long. In the last scene, the boy sings “Dirty Old Town” in an empty pub, and the film ends.'
    expect(typeOf(run(source, 'en', ['Dirty Old Town']), 'Dirty Old Town')).toBe('CreativeWork')
  })

  it('reads a definite work noun opening the next sentence as the work taken up again', () => {
    const fr = 'Cette semaine, « Le Grand Vent » prend la tête des entrées. La comédie de Jean Roux a attiré 600 000 curieux.'
    expect(typeOf(run(fr, 'fr', ['Le Grand Vent']), 'Le Grand Vent')).toBe('Movie')
    const en = 'Everyone is reading “Low Water” this summer. The novel sold a million copies.'
    expect(typeOf(run(en, 'en', ['Low Water']), 'Low Water')).toBe('CreativeWork')
  })

  it('reads the paragraph under a heading that is only a title', () => {
    const source = '# Three films\n\n## 1. *Ice Road Mothers*\n\nShot in Manitoba, the film follows three truck drivers.\n'
    expect(typeOf(run(source, 'en', []), 'Ice Road Mothers')).toBe('Movie')
  })

  it('makes the work a headline names a film in a text on films', () => {
    const source = 'Critique : « Les Heures pâles », un beau mystère\n\nLes Heures pâles arrive en salles. Ce film de trois heures est le deuxième long métrage de sa réalisatrice.'
    expect(typeOf(run(source, 'fr', ['Les Heures pâles']), 'Les Heures pâles')).toBe('Movie')
  })

  it('leaves a title with no cue at all to its default type', () => {
    const source = 'Elle cite « Les Yeux fermés » parmi ses lectures. Puis elle part.'
    expect(typeOf(run(source, 'fr', ['Les Yeux fermés']), 'Les Yeux fermés')).toBe('CreativeWork')
  })

  it('reads "1. X" alone on its line in a list of films as a film title', () => {
    const source = 'Five films to see\n\n1. Harrow Lane\n\nThe debut of a young director, this film opens today.\n\n2. Ten Thousand Lanterns\n\nA documentary about ten thousand lanterns and the film crew that lit them.\n'
    const found = run(source, 'en', [])
    expect(typeOf(found, 'Harrow Lane')).toBe('Movie')
    expect(typeOf(found, 'Ten Thousand Lanterns')).toBe('Movie')
  })

  it('reads a title followed by its maker named by nationality as a film', () => {
    const source = 'Projeté jeudi soir, Le Silence des sternes, de la Norvégienne Solveig Aasrud, a reçu une ovation.'
    expect(typeOf(run(source, 'fr', []), 'Le Silence des sternes')).toBe('Movie')
  })
})

describe('work kinds: festivals, prizes and revelations', () => {
  it('makes a title a film when a festival prize or a revelation stands near it', () => {
    const prize = "On attendait beaucoup de son cinquième long, dont le précédent, « Nuits de Salé », avait remporté l'Ours d'argent."
    expect(typeOf(run(prize, 'fr', ['Nuits de Salé']), 'Nuits de Salé')).toBe('Movie')
    const revealed = 'Une actrice belge révélée l\'an dernier dans « Tourbières », joue l\'aînée.'
    expect(typeOf(run(revealed, 'fr', ['Tourbières']), 'Tourbières')).toBe('Movie')
  })
})

describe('work kinds: running times, casts, shorts and headings', () => {
  it('makes a title a film when a running time stands beside it', () => {
    const minutes = 'Au programme : *Les Marées basses* (Belgique, 18 min), puis un débat.'
    expect(typeOf(run(minutes, 'fr', []), 'Les Marées basses')).toBe('Movie')
    const hours = 'I still hope to catch *Winter Orchard*, a three-hour portrait of a farm.'
    expect(typeOf(run(hours, 'en', []), 'Winter Orchard')).toBe('Movie')
  })

  it('makes a title a film when a cast follows it', () => {
    const source = 'On verra aussi *Le Dernier Bal*, avec Inès Marchand dans le rôle de la mère.'
    expect(typeOf(run(source, 'fr', []), 'Le Dernier Bal')).toBe('Movie')
  })

  it('reads "short" before a title as the noun of a film', () => {
    const source = 'La présidente du jury, dont le court *Les Chiens du lundi* avait été primé, arrive demain.'
    expect(typeOf(run(source, 'fr', []), 'Les Chiens du lundi')).toBe('Movie')
  })

  it('reads the paragraph under a heading that ends with the title', () => {
    const source = '# Notes\n\n## In competition: *Salt Roads*\n\nThe documentary, edited over two years, follows a family of fishers.\n'
    expect(typeOf(run(source, 'en', []), 'Salt Roads')).toBe('Movie')
  })

  it('keeps a credited song, and a painting its noun names, works of another kind', () => {
    const song = 'The closing scene uses “Blue Harbour,” by Tomas Reyes. My father loved it.'
    expect(typeOf(run(song, 'en', ['Blue Harbour']), 'Blue Harbour')).toBe('CreativeWork')
    const painting = 'The camera lingers on the triptych *Three Tides* (1978) for ten minutes.'
    expect(typeOf(run(painting, 'en', []), 'Three Tides')).toBe('CreativeWork')
  })
})

describe('work kinds: the kind the text is about', () => {
  it('makes a title no word types a film in a text on films', () => {
    const source = 'The festival shows twelve films this year. Its director picked the films herself, from Kelly Reichardt’s “Night Moves” to a Korean debut.'
    expect(typeOf(run(source, 'en', ['Night Moves']), 'Night Moves')).toBe('Movie')
  })

  it('keeps such a title a work of another kind in a text on books, or when a word votes against a film', () => {
    const books = 'The prize went to two novels and a film this year. The jury also praised the novels of Ann Reyes, from “Night Moves” to her debut.'
    expect(typeOf(run(books, 'en', ['Night Moves']), 'Night Moves')).toBe('CreativeWork')
    const sung = 'Deux films ouvrent le festival. Dans le premier film, un bar entier chante « La Lune blanche » jusqu’au matin.'
    expect(typeOf(run(sung, 'fr', ['La Lune blanche']), 'La Lune blanche')).toBe('CreativeWork')
  })
})
