import {describe, expect, it} from 'vitest'
import {extractEntities} from '../entities/extract.js'
import {textView} from '../index.js'
import {fold} from './fold.js'

describe('fold', () => {
  it('reads accents, ligatures, typographic marks and in-line white space one way', () => {
    expect(fold('Œuvre de Pékin')).toBe('oeuvre de pekin')
    expect(fold('l’été')).toBe("l'ete")
    expect(fold('Buenos\tAires')).toBe('buenos aires')
    expect(fold('Festival\u00a0de\u202fCannes')).toBe('festival de cannes')
    // (a line end stays one: the words of two lines are not one phrase)
    expect(fold('Paris\nTexas')).toBe('paris\ntexas')
  })

  it('lets a name typed by a lexicon be found with tabs or no-break spaces between its words', () => {
    const source = 'The director moved to Buenos\tAires in 2010 and later to New\u00a0York.\n'
    const places = extractEntities(textView(source, {language: 'en'}), [])
      .filter((entity) => entity.type === 'Place')
      .map((entity) => fold(entity.name))
    expect(places).toEqual(expect.arrayContaining(['buenos aires', 'new york']))
  })
})
