/**
 * Work titles marked by the layout (italics, dated lists under a filmography heading) and the boundary and type
 * cues added with them: a maker after "de", a role noun or a person's shape before a release cue, review headlines.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang, QuotedSpan} from '../types.js'
import {extractEntities} from './extract.js'
import {headingTitles, italicTitles, listTitles} from './title-layout.js'

function run(source: string, language: Lang, path = 'input.txt', quoted: QuotedSpan[] = []): Entity[] {
  return extractEntities(textView(source, {language, path}), quoted)
}

const work = (found: Entity[], name: string): Entity | undefined => found.find((e) => (e.type === 'Movie' || e.type === 'CreativeWork') && e.name === name)
const typeOf = (found: Entity[], name: string): string | undefined => found.find((e) => e.name === name)?.type

describe('titles marked by the layout', () => {
  it('reads the items of a dated filmography and their mentions in the prose', () => {
    const source = 'Léa Brun\n\nElle tourne avec Les Marins et la Sirène (1999) son premier succès. Dans Les Nuits de Léa (2004), elle se filme.\n\nFilmographie\n1999 : Les Marins et la Sirène\n2004 : Les Nuits de Léa\n2010 : Sous un ciel gris\n'
    const found = run(source, 'fr')
    expect(work(found, 'Les Marins et la Sirène')?.type).toBe('Movie')
    expect(work(found, 'Les Marins et la Sirène')?.mentions).toHaveLength(2)
    expect(work(found, 'Les Nuits de Léa')?.mentions).toHaveLength(2)
    expect(work(found, 'Sous un ciel gris')).toBeDefined()
  })

  it('reads a dated list saved with CRLF or lone-CR line ends, or with a no-break space before the colon', () => {
    const lines = ['Filmographie', '1955 : La Pointe Courte', '1962 : Cléo de 5 à 7']
    const titles = (source: string) => listTitles(source).map((t) => source.slice(t.start, t.end))
    expect(titles(lines.join('\r\n') + '\r\n')).toEqual(['La Pointe Courte', 'Cléo de 5 à 7'])
    expect(titles(lines.join('\r') + '\r')).toEqual(['La Pointe Courte', 'Cléo de 5 à 7'])
    expect(titles(lines.join('\n').replaceAll(' :', '\u00a0:'))).toEqual(['La Pointe Courte', 'Cléo de 5 à 7'])
  })

  it('leaves a dated list of prizes alone', () => {
    expect(listTitles('Distinctions\n2015 : Palme d\'honneur\n2017 : Oscar d\'honneur\n')).toEqual([])
    expect(listTitles('Books\n- 2001 – The Salt Road\n- 2005 – Grey Harbour\n').map((t) => t.film)).toEqual([false, false])
  })

  it('reads a title in italics made of common words, not a byline or a signature', () => {
    const source = '*Par Jeanne Roux*\n\n- *Nuit grise à Oslo*, de Per Lund (Norvège, 12 min).\n\n*L\'équipe du festival*\n'
    expect(italicTitles(source).map((s) => source.slice(s.start, s.end))).toEqual(['Nuit grise à Oslo'])
    expect(work(run(source, 'fr', 'input.md'), 'Nuit grise à Oslo')).toBeDefined()
  })
})

describe('title boundaries and types', () => {
  it('leaves the maker named after "de" out of the title', () => {
    const found = run('Révélée en France par Anna Liebe de Karl Weiss, elle joue une avocate.', 'fr')
    expect(work(found, 'Anna Liebe')).toBeDefined()
    expect(work(found, 'Anna Liebe de Karl Weiss')).toBeUndefined()
  })

  it('does not make a work of a name after a role noun or of a person\'s shape before a release cue', () => {
    const en = run('The best is *Low Water*, the first feature by the Latvian director Ilze Berzina, which premiered on Monday.', 'en', 'input.md')
    expect(typeOf(en, 'Ilze Berzina')).not.toBe('Movie')
    expect(typeOf(run('Deuxième, Cap Nord, le thriller de Karim Haddad sorti le 2 mars, démarre mal.', 'fr'), 'Karim Haddad')).not.toBe('Movie')
    expect(typeOf(run('Pieter van Dijk is a Dutch film director.', 'en'), 'Pieter van Dijk')).not.toBe('Movie')
  })

  it('reads an encyclopedic lead with a nationality and a review headline', () => {
    expect(work(run('Salt Road\n\nSalt Road is a 2010 British documentary film directed by Ann Lee.', 'en'), 'Salt Road')?.type).toBe('Movie')
    expect(work(run('Greyhound review – a quiet storm at sea\nThe film is long.', 'en'), 'Greyhound')?.type).toBe('Movie')
  })

  it('starts a title at a capitalised article, not at the surname before "in"', () => {
    const found = run('The story was later told by Robert Zemeckis in The High Line (2015).', 'en')
    expect(work(found, 'The High Line')).toBeDefined()
  })

  it('reads a title opened by a capitalised short word after a work noun, and a biography in apposition', () => {
    expect(work(run("It is based on her memoir To Climb the Sky and other notes.", 'en'), 'To Climb the Sky')?.type).toBe('CreativeWork')
    expect(work(run('The film was adapted from Grey Harbour, the 2001 biography by Ann Lee.', 'en'), 'Grey Harbour')?.type).toBe('CreativeWork')
  })

  it('leaves out the surname of a person named in full before a title, and reads "été" inside a title', () => {
    const found = run("Elle épouse Paul Marceau. Elle consacre à l'enfance de Marceau Petit Paul de Lyon (1991) un film.", 'fr')
    expect(work(found, 'Petit Paul de Lyon')).toBeDefined()
    expect(work(run('On verra Long été à Tunis, premier film du Tunisien Sami Ben Ali, et rien.', 'fr'), 'Long été à Tunis')?.type).toBe('Movie')
  })

  it('reads a title opening a sentence, then ", which follows"', () => {
    expect(work(run('The Quiet Round, which follows the coach Mary Lyle through a season, won.', 'en'), 'The Quiet Round')?.type).toBe('Movie')
  })

  it('reads a quotation the apposition after it makes a work', () => {
    const source = 'Il fredonne « Rue des Lilas », le tube de Marc Lavoine que tout le monde connaît.'
    const start = source.indexOf('Rue')
    const found = run(source, 'fr', 'input.txt', [{start, end: start + 13, text: 'Rue des Lilas', kind: 'scare', open: start - 2, close: start + 14}])
    expect(work(found, 'Rue des Lilas')?.type).toBe('CreativeWork')
  })
})

describe('the first line of a film sheet', () => {
  it('reads a press kit’s first line as the film its credits are of, and the person its upper-case heading names', () => {
    const source = 'LA DIGUE DU NORD\nun film de Noémie Ardent\n\nRéalisation : Noémie Ardent\nImage : Paul Ortega\nMontage : Anna Weiss\n\nENTRETIEN AVEC NOÉMIE ARDENT\n\nD’où vient La Digue du Nord ? D’un hiver passé au bord de la mer.\n'
    const found = run(source, 'fr')
    expect(typeOf(found, 'LA DIGUE DU NORD')).toBe('Movie')
    expect(found.find((e) => e.name === 'Noémie Ardent')?.mentions.map((m) => m.text)).toEqual(['Noémie Ardent', 'Noémie Ardent', 'NOÉMIE ARDENT'])
  })

  it('reads a catalogue page’s heading after front matter, over a synopsis, as the film', () => {
    const source = '---\ntitle: "Salt Road"\n---\n\n# Salt Road\n\n## Synopsis\n\nA widow drives her late husband’s truck across the steppe to deliver one last load, meeting the people he never spoke of.\n\n## Credits\n\n- **Director**: Aigerim Sadykova\n- **Cinematography**: Timur Bek\n'
    expect(typeOf(run(source, 'en'), 'Salt Road')).toBe('Movie')
  })

  it('leaves a rubric, a headline with a marked title and a page with several films’ credits alone', () => {
    const rubric = 'COMMUNIQUÉ DE PRESSE\n\nLes Films du Large annoncent *Marée basse*.\n\nRéalisation : Noémie Ardent\nImage : Paul Ortega\n'
    expect(typeOf(run(rubric, 'fr'), 'COMMUNIQUÉ DE PRESSE')).toBeUndefined()
    const headline = 'Meridian Acquires Rights to *Low Water*\n\nLow Water, a drama.\n\nDirector: Karim Saleh\nEditor: Ana Ruiz\n'
    expect(run(headline, 'en').some((e) => e.name.startsWith('Meridian Acquires'))).toBe(false)
    const festival = 'Open Skies Week\n\nOpen Skies Week opens on Friday.\n\n## Low Water\nDirector: Karim Saleh\n\n## High Tide\nDirector: Ana Ruiz\n\n## Salt\nDirector: Tom Berg\n'
    expect(typeOf(run(festival, 'en'), 'Open Skies Week')).not.toBe('Movie')
  })
})

describe('dated heading lines', () => {
  it('reads the capitalised titles of a programme\'s sections as films, one word or several', () => {
    const source = 'A SEASON OF FILMS\n\nVAGABOND (1985)\nSandrine Bonnaire plays Mona.\n\nFACES PLACES (2017)\nCo-directed with JR.'
    expect(headingTitles(source).map((item) => [source.slice(item.start, item.end), item.film])).toEqual([['VAGABOND', true], ['FACES PLACES', true]])
    const found = run(source, 'en')
    expect(typeOf(found, 'VAGABOND')).toBe('Movie')
    expect(typeOf(found, 'FACES PLACES')).toBe('Movie')
  })

  it('needs two such lines, and no sentence in them', () => {
    expect(headingTitles('PARIS (2008)\nA city of films.')).toEqual([])
    expect(headingTitles('We LOVED IT (2008)\nIt was fine (2009)\nFilms.')).toEqual([])
  })
})
