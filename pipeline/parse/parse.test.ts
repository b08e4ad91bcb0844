import {describe, expect, it} from 'vitest'
import {processArticle, textView} from '../index.js'
import {decode} from './decode.js'
import {evenWhiteSpace} from './view.js'

describe('decode', () => {
  it('removes a byte order mark and keeps CRLF and no-break spaces', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Un\u00a0film.\r\nDeux.')])
    const decoded = decode(bytes)
    expect(decoded).toEqual({ok: true, value: 'Un\u00a0film.\r\nDeux.'})
  })

  it('names the byte where UTF-8 is invalid', () => {
    const decoded = decode(new Uint8Array([0x41, 0x42, 0x81, 0x28, 0x43]))
    expect(decoded).toEqual({ok: false, reason: 'invalid UTF-8 at byte 2 (line 1)', byte: 2})
  })

  it('says when a file that is not UTF-8 looks like Latin-1 or Windows-1252', () => {
    const decoded = decode(new Uint8Array(Buffer.from('Une soirée au cinéma.\nFin.', 'latin1')))
    expect(decoded.ok ? '' : decoded.reason).toBe('invalid UTF-8 at byte 8 (line 1): the file looks like Latin-1 or Windows-1252; save it as UTF-8')
  })

  it('names UTF-16 text rather than calling it binary', () => {
    const withMark = decode(new Uint8Array([0xff, 0xfe, ...Buffer.from('Un film.', 'utf16le')]))
    expect(withMark.ok ? '' : withMark.reason).toBe('UTF-16 (LE) text, not UTF-8: save the file as UTF-8')
    const bigEndian = decode(new Uint8Array(Buffer.from('Un film sans marque.', 'utf16le').swap16()))
    expect(bigEndian.ok ? '' : bigEndian.reason).toMatch(/^UTF-16 \(BE\)/)
  })

  it('refuses binary content', () => {
    const decoded = decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
    expect(decoded.ok).toBe(false)
    expect(decoded.ok ? '' : decoded.reason).toMatch(/binary content/)
  })
})

describe('text view', () => {
  it('blanks Markdown syntax but keeps offsets into the source', () => {
    const source = '# Le film\n\nUn **beau** film de [Agnès Varda](https://example.org/varda).\n'
    const view = textView(source, {language: 'fr', path: 'a.md'})
    expect(view.text.length).toBe(source.length)
    expect(view.text).not.toContain('#')
    expect(view.text).not.toContain('**')
    expect(view.text).not.toContain('example.org')
    const at = view.text.indexOf('Agnès Varda')
    expect(source.slice(at, at + 'Agnès Varda'.length)).toBe('Agnès Varda')
  })

  it('treats each line of a plain-text article as a paragraph, and joins hard-wrapped lines', () => {
    const source = 'Premier paragraphe.\nSecond paragraphe, qui continue\nsur la ligne suivante.\n'
    const view = textView(source, {language: 'fr'})
    expect(view.paragraphs.map((p) => source.slice(p.start, p.end))).toEqual([
      'Premier paragraphe.',
      'Second paragraphe, qui continue\nsur la ligne suivante.'
    ])
  })

  it('reads front matter: date anchors relative dates, the block itself is not prose', () => {
    const source = '---\ntitle: Un titre\ndate: 2013-01-14\nurl: https://example.org/a\n---\nLe texte.\n'
    const view = textView(source, {language: 'fr', path: 'a.md'})
    expect(view.anchorDate).toBe('2013-01-14')
    expect(view.text.trim()).toBe('Le texte.')
  })

  it('keeps CRLF line ends and no-break spaces in offsets', () => {
    const source = 'Elle dit\u00a0: «\u00a0Oui\u00a0».\r\nFin.'
    const view = textView(source, {language: 'fr'})
    expect(view.paragraphs.map((p) => source.slice(p.start, p.end))).toEqual(['Elle dit\u00a0: «\u00a0Oui\u00a0».', 'Fin.'])
  })
})

describe('white space as files are saved', () => {
  it('evens out line ends and spaces one character for one', () => {
    expect(evenWhiteSpace('a\r\nb\rc\td\u00a0:\u202f»')).toBe('a \nb\nc d : »')
  })

  it('reads CRLF, lone CR and tabbed lines as LF lines in the view, with the same offsets', () => {
    for (const end of ['\r\n', '\r']) {
      const source = `Premier\tparagraphe.${end}Second paragraphe, qui continue${end}sur la ligne suivante.${end}`
      const view = textView(source, {language: 'fr'})
      expect(view.text.length).toBe(source.length)
      expect(view.text).not.toMatch(/[\r\t]/)
      expect(view.paragraphs.map((p) => source.slice(p.start, p.end))).toEqual([
        'Premier\tparagraphe.',
        `Second paragraphe, qui continue${end}sur la ligne suivante.`
      ])
    }
  })

  it('shows no-break spaces as plain spaces in the view', () => {
    const source = 'Elle dit\u00a0: «\u202fOui\u202f».'
    expect(textView(source, {language: 'fr'}).text).toBe('Elle dit : « Oui ».')
  })

  it('reads front matter written with lone CR line ends', async () => {
    const source = '---\rtitle: Un titre\rdate: 2013-01-14\r---\rLe texte.\r'
    const view = textView(source, {language: 'fr', path: 'a.md'})
    expect(view.anchorDate).toBe('2013-01-14')
    expect(view.text.trim()).toBe('Le texte.')
  })
})

describe('bad input', () => {
  it('an empty or blank article is a fatal error naming the problem', async () => {
    const file = await processArticle({path: 'blank.txt', value: ' \n\t\n'})
    expect(file.data.record).toBeUndefined()
    expect(file.messages.map(String)).toEqual(['blank.txt:1:1: empty article: the file has no text'])
  })

  it('malformed front matter is reported at its position', async () => {
    const file = await processArticle({path: 'bad.md', value: '---\ntitle: [unclosed\n---\nTexte en français pour le film.\n'})
    expect(file.data.record).toBeUndefined()
    expect(String(file.messages[0])).toMatch(/^bad\.md:1:1-3:4: invalid YAML front matter/)
  })

  it('a front-matter date that is not ISO 8601 is refused', async () => {
    const file = await processArticle({path: 'd.md', value: '---\ndate: hier\n---\nLe film est sorti.\n'})
    expect(String(file.messages[0])).toMatch(/`date` is not an ISO 8601 date: hier/)
  })

  it('an article above the size limit is refused before parsing', async () => {
    const file = await processArticle({path: 'big.txt', value: 'Le film. '.repeat(1000)}, {maxBytes: 1000})
    expect(String(file.messages[0])).toMatch(/file too large/)
    expect(file.data.record).toBeUndefined()
  })
})
