import {describe, expect, it} from 'vitest'
import {addDays, addMonths, formatDate, isoWeek, parseIso, weekday} from './calendar.js'

describe('calendar', () => {
  it('parses ISO dates of any precision', () => {
    expect(parseIso('2009')).toEqual({y: 2009})
    expect(parseIso('2009-12')).toEqual({y: 2009, m: 12})
    expect(parseIso('2009-12-29T10:00:00Z')).toEqual({y: 2009, m: 12, d: 29})
    expect(parseIso('décembre')).toBeNull()
  })
  it('shifts days across months and years', () => {
    expect(formatDate(addDays({y: 2010, m: 1, d: 1}, -1))).toBe('2009-12-31')
    expect(formatDate(addDays({y: 2012, m: 2, d: 28}, 1))).toBe('2012-02-29')
    expect(addMonths(2010, 1, -2)).toEqual({y: 2009, m: 11})
  })
  it('gives ISO weekdays and weeks', () => {
    expect(weekday({y: 2009, m: 12, d: 29})).toBe(2)
    expect(isoWeek({y: 2009, m: 12, d: 31})).toBe('2009-W53')
    expect(isoWeek({y: 2010, m: 1, d: 4})).toBe('2010-W01')
  })
})
