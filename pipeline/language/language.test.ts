import {describe, expect, it} from 'vitest'
import {processArticle} from '../index.js'
import {detectLanguage} from './detect.js'

describe('language', () => {
  it('recognises French and English prose', () => {
    expect(detectLanguage('La réalisatrice a tourné ce film en 2009 après avoir suivi l’artiste en Chine pendant deux ans.')).toEqual({ok: true, language: 'fr'})
    expect(detectLanguage('The director shot the film in 2009 after following the artist in China for two years.')).toEqual({ok: true, language: 'en'})
  })

  it('decides short texts by their function words', () => {
    expect(detectLanguage('Le film de la semaine.')).toEqual({ok: true, language: 'fr'})
    expect(detectLanguage('The film of the week.')).toEqual({ok: true, language: 'en'})
  })

  it('refuses a language the pipeline does not read', () => {
    const detected = detectLanguage('Die Regisseurin drehte den Film im Jahr 2009, nachdem sie den Künstler zwei Jahre lang in China begleitet hatte.')
    expect(detected.ok).toBe(false)
    expect(detected.ok ? '' : detected.reason).toMatch(/^unsupported language \(deu\)/)
  })

  it('lets front matter decide, and refuses an unsupported `lang`', async () => {
    const english = await processArticle({path: 'a.md', value: '---\nlang: en\n---\nLe film.\n'})
    expect(english.data.record?.source.language).toBe('en')
    const german = await processArticle({path: 'b.md', value: '---\nlang: de\n---\nDer Film.\n'})
    expect(german.data.record).toBeUndefined()
    expect(String(german.messages[0])).toMatch(/b\.md.*unsupported language in front matter \(lang: de\)/)
  })
})
