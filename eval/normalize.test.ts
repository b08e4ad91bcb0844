/**
 * Name normalisation tests: the spellings a person would call "the same name" compare equal.
 */
import {describe, expect, it} from 'vitest'
import {intersects, nameKeys, normalizeName} from './normalize.js'

describe('normalizeName', () => {
  it('folds case, accents, punctuation and spacing', () => {
    expect(normalizeName('  Ai-Weiwei:  NEVER sorry! ')).toBe('ai weiwei never sorry')
    expect(normalizeName('Pékin')).toBe(normalizeName('PEKIN'))
    expect(normalizeName('L’Île-de-France')).toBe("l ile de france")
  })
  it('keeps different names apart', () => {
    expect(normalizeName('Klayman')).not.toBe(normalizeName('Klaymann'))
  })
})

describe('nameKeys / intersects', () => {
  it('finds a shared name between two lists', () => {
    expect(intersects(nameKeys(['Alison Klayman', 'Klayman']), nameKeys(['KLAYMAN']))).toBe(true)
    expect(intersects(nameKeys(['Alison Klayman']), nameKeys(['Klayman']))).toBe(false)
  })
  it('drops names that are only punctuation', () => {
    expect([...nameKeys(['—', 'A'])]).toEqual(['a'])
  })
})
