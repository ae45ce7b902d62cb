// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { helplines } from '@/content/helplines'
import { isOpen, openState, parisClock } from '@/content/opening'
import type { Hours } from '@/content/types'

const line3018: Hours = { kind: 'daily', from: '09:00', to: '23:00' }
const cfcv: Hours = { kind: 'weekdays', from: '10:00', to: '19:00' }

describe('the clock in Paris', () => {
  it.each([
    // Winter: Paris is UTC+1. 4 December 2026 is a Friday.
    ['2026-12-04T00:30:00Z', 5, 90],
    ['2026-12-04T22:59:00Z', 5, 23 * 60 + 59],
    ['2026-12-04T23:00:00Z', 6, 0],
    // Summer: Paris is UTC+2. 1 July 2026 is a Wednesday.
    ['2026-07-01T21:30:00Z', 3, 23 * 60 + 30],
    // The night clocks go back (25 October 2026, 3 h summer time → 2 h winter time): still Sunday.
    ['2026-10-25T01:30:00Z', 7, 2 * 60 + 30],
  ])('reads %s as weekday %i, minute %i of the day', (instant, weekday, minutes) => {
    expect(parisClock(new Date(instant))).toEqual({ weekday, minutes })
  })

  it('agrees with the time-zone data of Node, every quarter of an hour from 2024 to 2035', () => {
    const zone = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 }
    const wrong: string[] = []
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2036, 0, 1); t += 15 * 60_000) {
      const parts = Object.fromEntries(zone.formatToParts(t).map(p => [p.type, p.value]))
      const expected = { weekday: weekdays[parts.weekday!], minutes: Number(parts.hour) * 60 + Number(parts.minute) }
      const got = parisClock(new Date(t))
      if (got.weekday !== expected.weekday || got.minutes !== expected.minutes) wrong.push(new Date(t).toISOString())
    }
    expect(wrong).toEqual([])
  })
})

describe('whether a line is open', () => {
  it.each([
    ['at 1:30 in the night', '2026-12-04T00:30:00Z', { open: false, at: '09:00', on: 'today' }],
    ['at 8:59', '2026-12-04T07:59:00Z', { open: false, at: '09:00', on: 'today' }],
    ['at 9:00', '2026-12-04T08:00:00Z', { open: true, always: false, until: '23:00' }],
    ['at 22:59', '2026-12-04T21:59:00Z', { open: true, always: false, until: '23:00' }],
    ['at 23:00', '2026-12-04T22:00:00Z', { open: false, at: '09:00', on: 'tomorrow' }],
    ['at 23:30 in summer, when UTC says 21:30', '2026-07-01T21:30:00Z', { open: false, at: '09:00', on: 'tomorrow' }],
  ])('a line open every day from 9 to 23, %s', (_, instant, state) => {
    expect(openState(line3018, new Date(instant))).toEqual(state)
  })

  it.each([
    ['on a Friday evening: Monday', '2026-12-04T18:30:00Z', { open: false, at: '10:00', on: 1 }],
    ['on a Saturday at noon: Monday', '2026-12-05T11:00:00Z', { open: false, at: '10:00', on: 1 }],
    ['on a Sunday: tomorrow', '2026-12-06T09:00:00Z', { open: false, at: '10:00', on: 'tomorrow' }],
    ['on a Monday at 9: today', '2026-12-07T08:00:00Z', { open: false, at: '10:00', on: 'today' }],
    ['on a Tuesday afternoon: open', '2026-12-08T14:00:00Z', { open: true, always: false, until: '19:00' }],
  ])('a line open on weekdays from 10 to 19, %s', (_, instant, state) => {
    expect(openState(cfcv, new Date(instant))).toEqual(state)
  })

  it('says a line open day and night is always open', () => {
    expect(openState({ kind: 'always' }, new Date('2026-12-04T02:00:00Z'))).toEqual({ open: true, always: true })
  })

  it('shows a teenager at 1 a.m. that 3018 is closed and what is open now: 119 and the police\'s chat for under-18s', () => {
    const night = new Date('2026-12-04T00:00:00Z')
    expect(isOpen(helplines.enfance3018.hours, night)).toBe(false)
    const open = (helplines.enfance3018.meanwhile ?? []).filter(id => isOpen(helplines[id].hours, night))
    expect(open).toEqual(['enfance119', 'espaceMineurs'])
  })

  it('never offers an emergency number, or a line meant for women only, as a line to turn to meanwhile (review I1)', () => {
    for (const line of Object.values(helplines)) {
      for (const id of line.meanwhile ?? []) {
        expect(helplines[id].groups, `${line.id} → ${id}`).not.toContain('emergency')
        expect(helplines[id].groups[0], `${line.id} → ${id}`).not.toBe('women')
      }
    }
  })

  it('gives every line with opening hours lines to turn to while it is closed, one of them open day and night', () => {
    for (const line of Object.values(helplines)) {
      if (line.hours.kind === 'always') continue
      expect(line.meanwhile?.length, line.id).toBeGreaterThan(0)
      expect(line.meanwhile!.some(id => helplines[id].hours.kind === 'always'), line.id).toBe(true)
      expect(line.meanwhile, line.id).not.toContain(line.id)
    }
  })
})
