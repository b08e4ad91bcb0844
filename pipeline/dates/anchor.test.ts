import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Lang} from '../types.js'
import {inferDocumentDate} from './anchor.js'
import {extractCandidates, extractDates} from './extract.js'

/** The document date inferred for a text without front matter. */
function documentDate(source: string, language: Lang = 'fr'): string | null {
  const view = textView(source, {language})
  const {scan, candidates} = extractCandidates(view)
  return inferDocumentDate(view, scan, candidates)
}

describe('inferDocumentDate', () => {
  it('reads datelines', () => {
    expect(documentDate('Cannes, 24 mai 2024 — Un film fait l’unanimité.')).toBe('2024-05-24')
    expect(documentDate('COMMUNIQUÉ DE PRESSE\nParis, le 3 février 2025\nLe distributeur annonce la sortie.')).toBe('2025-02-03')
    expect(documentDate('NEW YORK, September 15, 2025 — the company announced today a deal.', 'en')).toBe('2025-09-15')
  })
  it('reads a dateline followed by a news agency tag', () => {
    expect(documentDate('LYON, 4 mars 2025 (AFP) - Le festival a ouvert ses portes.')).toBe('2025-03-04')
    expect(documentDate('LONDON, May 2, 2024 (Reuters) - A studio said on Thursday it would merge.', 'en')).toBe('2024-05-02')
  })
  it('completes a dateline without year from its line', () => {
    expect(documentDate('Berlin, le 18 février — La Berlinale 2024 bat son plein.')).toBe('2024-02-18')
  })
  it('falls back on the headline year, then on nothing', () => {
    expect(documentDate('César 2026 : un documentaire sacré\nLe film a reçu le prix.')).toBe('2026')
    expect(documentDate('Un film sur la mer\nLe film a été tourné en 2019.')).toBeNull()
  })
  it('takes a lead date only when it is the latest year of the text', () => {
    expect(documentDate('Obituary\nHe died on 29 December 2024 at home. He was born in 1938.', 'en')).toBe('2024-12-29')
    expect(documentDate('Elle est née le 3 juin 1978 à Lyon. Son film sort en 2021.')).toBeNull()
  })
  it('keeps only the year of a range in the lead', () => {
    expect(documentDate('A dispute\nAUSTIN — A film was withdrawn.\nThe festival runs March 7–15, 2025.', 'en')).toBe('2025')
  })
  it('reads a dateline followed by the hour of publication', () => {
    expect(documentDate('Two actors join a thriller\nBy Jo Smith October 8, 2024 9:15am PT\n\nThe film shoots next month.', 'en')).toBe('2024-10-08')
  })
  it('reads a date on its own line below a headline, standfirst, rating and by-line', () => {
    expect(documentDate('A review\nA long standfirst without a full stop\n★★★★☆\nJo Smith\nWednesday 19 July 2023\n\nThe film opens on 21 July. It is set in 1954.', 'en')).toBe('2023-07-19')
  })
})

describe('the hour of a dateline', () => {
  it('is not a time of the text', () => {
    const view = textView('Two actors join a thriller\nBy Jo Smith October 8, 2024 9:15am PT\n\nThe film shoots next month.', {language: 'en'})
    expect(extractDates(view).map((d) => [d.text, d.value])).toEqual([['October 8, 2024', '2024-10-08'], ['next month', '2024-11']])
  })
})
