import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Lang} from '../types.js'
import {extractDates} from './extract.js'
import {dayOfRule, easter} from './holidays.js'

const pairs = (source: string, language: Lang = 'fr', anchor: string | null = null) => {
  const view = textView(source, {language})
  view.anchorDate = anchor
  return extractDates(view).map((d) => [d.text, d.value])
}

describe('calendar rules', () => {
  it('computes Easter and the days counted from it', () => {
    expect(easter(2024)).toEqual({y: 2024, m: 3, d: 31})
    expect(easter(2000)).toEqual({y: 2000, m: 4, d: 23})
    expect(dayOfRule('easter+49', 1999)).toEqual({y: 1999, m: 5, d: 23})
  })
  it('computes ordinal and last weekdays of a month, and from a day of it', () => {
    expect(dayOfRule('nth:4:4:11', 2024)).toEqual({y: 2024, m: 11, d: 28})
    expect(dayOfRule('nth:-1:1:5', 2024)).toEqual({y: 2024, m: 5, d: 27})
    expect(dayOfRule('nth:1:7:03:20', 2000)).toEqual({y: 2000, m: 3, d: 26})
    expect(dayOfRule('nth:5:1:2', 2024)).toBeNull()
  })
})

describe('holidays', () => {
  it('reads a holiday after a preposition, the coming one when the sentence looks ahead', () => {
    expect(pairs('Le film sortira en salles à Noël.', 'fr', '2025-05-10')).toEqual([['Noël', '2025-12-25']])
    expect(pairs('Le film était sorti pour la Toussaint.', 'fr', '2025-05-10')).toEqual([['la Toussaint', '2024-11-01']])
    expect(pairs('The film will open at Christmas.', 'en', '2025-05-10')).toEqual([['Christmas', '2025-12-25']])
  })
  it('reads movable feasts and a year written after the name', () => {
    expect(pairs('La fête du village aura lieu en cette fête de Pentecôte.', 'fr', '2025-05-10')).toEqual([['cette fête de Pentecôte', '2025-06-08']])
    expect(pairs('Ils se sont rencontrés à Pâques 2021.')).toEqual([['Pâques 2021', '2021-04-04']])
  })
  it('does not read a holiday used as a modifier, in a title or as a first name', () => {
    expect(pairs('Un conte de Noël est un beau film.', 'fr', '2025-05-10')).toEqual([])
    expect(pairs('Joyeux Noël a été tourné en Écosse.', 'fr', '2025-05-10')).toEqual([])
    expect(pairs('Un entretien avec Noël Martin.', 'fr', '2025-05-10')).toEqual([])
    expect(pairs('A Christmas movie for the family.', 'en', '2025-05-10')).toEqual([])
  })
})

describe('ordinal weekdays of a month or season', () => {
  it('reads "le premier dimanche de septembre" and "the last Monday of May"', () => {
    expect(pairs('Le festival ouvrira le premier dimanche de septembre.', 'fr', '2025-05-10')).toEqual([['le premier dimanche de septembre', '2025-09-07']])
    expect(pairs('It ran until the last Monday of May 2024.', 'en', '2025-05-10')).toEqual([['the last Monday of May 2024', '2024-05-27']])
  })
  it('reads the first weekday of a season from its first day', () => {
    expect(pairs("L'opération sera renouvelée le premier dimanche du printemps.", 'fr', '2025-05-10')).toEqual([['le premier dimanche du printemps', '2026-03-22']])
  })
})
