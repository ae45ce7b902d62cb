import { afterEach, describe, expect, it, vi } from 'vitest'
import { dayOf, formatDay, isCalendarDay, today } from '@/lib/day'
import { clearStorage, readJson, removeKey, storageKeys, writeJson } from '@/lib/storage'

describe('days', () => {
  it('takes today on the device clock, not in UTC', () => {
    // Half past midnight, local time: a UTC day would still be the day before east of Greenwich.
    expect(dayOf(new Date(2026, 10, 28, 0, 30))).toBe('2026-11-28')
    expect(today(new Date(2026, 0, 1, 23, 59))).toBe('2026-01-01')
  })

  it('accepts real days only, from 1900 on', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true)
    expect(isCalendarDay('2026-02-29')).toBe(false)
    expect(isCalendarDay('2026-02-30')).toBe(false)
    expect(isCalendarDay('2026-13-01')).toBe(false)
    expect(isCalendarDay('1899-12-31')).toBe(false)
    expect(isCalendarDay('28/11/2026')).toBe(false)
  })

  it('writes a day in the language asked for, never moving it to the day before', () => {
    expect(formatDay('2026-11-28', 'fr')).toBe('28 novembre 2026')
    expect(formatDay('2026-11-28', 'en')).toMatch(/November 28, 2026|28 November 2026/)
    expect(formatDay('2026-01-01', 'fr')).toBe('1 janvier 2026')
  })
})

describe('web storage', () => {
  const isList = (value: unknown): value is string[] => Array.isArray(value) && value.every(x => typeof x === 'string')
  afterEach(() => {
    vi.restoreAllMocks()
    clearStorage('local', 'session')
  })

  it('reads back what it wrote', () => {
    expect(writeJson('session', storageKeys.places, ['a', 'b'])).toBe(true)
    expect(readJson('session', storageKeys.places, isList, [])).toEqual(['a', 'b'])
    removeKey('session', storageKeys.places)
    expect(readJson('session', storageKeys.places, isList, ['default'])).toEqual(['default'])
  })

  it('falls back quietly on a damaged or unexpected value', () => {
    sessionStorage.setItem(storageKeys.places, '{not json')
    expect(readJson('session', storageKeys.places, isList, [])).toEqual([])
    sessionStorage.setItem(storageKeys.places, JSON.stringify({ a: 1 }))
    expect(readJson('session', storageKeys.places, isList, [])).toEqual([])
  })

  it('falls back when storage is blocked, and says a write did not hold', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    expect(readJson('local', storageKeys.settings, isList, ['fallback'])).toEqual(['fallback'])
    expect(writeJson('local', storageKeys.settings, ['x'])).toBe(false)
    expect(() => clearStorage('local')).not.toThrow()
  })

  it('says a write did not hold when storage is full', () => {
    const full = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }
    vi.spyOn(window, 'sessionStorage', 'get').mockReturnValue(full as unknown as Storage)
    expect(writeJson('session', storageKeys.planTicks, {})).toBe(false)
  })
})
