import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'

/** The sentences of a one-paragraph text, as strings. */
function sentences(source: string): string[] {
  const view = textView(source, {language: 'fr'})
  return view.sentences.map((s) => source.slice(s.start, s.end))
}

describe('sentences', () => {
  it('splits at final punctuation followed by a capital', () => {
    expect(sentences('Le film sort en 2012. Il a été tourné en Chine ! Est-ce vrai ? Oui.')).toEqual([
      'Le film sort en 2012.',
      'Il a été tourné en Chine !',
      'Est-ce vrai ?',
      'Oui.'
    ])
  })

  it('does not split after abbreviations and initials', () => {
    expect(sentences('M. Dupont a rencontré J. R. R. Tolkien et Mme Martin. Puis il est parti.')).toEqual([
      'M. Dupont a rencontré J. R. R. Tolkien et Mme Martin.',
      'Puis il est parti.'
    ])
    expect(sentences('Dr. Smith met Mr. Jones in the U.S. Army base. Then he left.').length).toBe(2)
    // credits in brackets: "dir.", "réal."
    expect(sentences('We open with Harbour Lights (dir. Anna Berg) on Friday. Then a party.').length).toBe(2)
    expect(sentences('On ouvre avec Les Feux (réal. Anna Berg) vendredi. Puis une fête.').length).toBe(2)
  })

  it('keeps closing quotation marks with the sentence they end', () => {
    expect(sentences('Il dit : « C’est fini. » Puis il part.')).toEqual(['Il dit : « C’est fini. »', 'Puis il part.'])
    expect(sentences('He said: "It is over." Then he left.')).toEqual(['He said: "It is over."', 'Then he left.'])
  })

  it('never crosses a paragraph', () => {
    expect(sentences('Une ligne sans point\nUne autre ligne.')).toEqual(['Une ligne sans point', 'Une autre ligne.'])
  })
})
