import type { Hours } from './types'

/**
 * Whether a line is open now, from its hours and the device's clock, offline. Every service's hours
 * are French time: the clock is read as Paris time (mainland France: UTC+1, UTC+2 in summer, worked
 * out below, no network), so a phone set to another zone, or travelling, still gets the right answer.
 */

/** 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

export interface ParisClock {
  weekday: Weekday
  /** Minutes since midnight, 0 … 1439. */
  minutes: number
}

export type OpenState =
  | { open: true, always: true }
  | { open: true, always: false, until: string }
  /** Closed: it opens at `at`, later today, tomorrow, or on a later weekday. */
  | { open: false, at: string, on: 'today' | 'tomorrow' | Weekday }

/**
 * When French summer time starts and ends in a year: the last Sunday of March and of October, at
 * 01:00 UTC (the European Union's rule), in milliseconds since 1970.
 */
function summerTime(year: number): [start: number, end: number] {
  const lastSunday = (month: number) => {
    // Day 0 of the next month is the last day of this one; step back to its Sunday.
    const last = new Date(Date.UTC(year, month + 1, 0, 1))
    return last.getTime() - last.getUTCDay() * 86_400_000
  }
  return [lastSunday(2), lastSunday(9)]
}

/**
 * The weekday and the time of day in Paris at `now`. Worked out from the rule rather than asked of
 * the browser's time-zone data: the first `Intl.DateTimeFormat` with a time zone loads that data,
 * which on a slow phone blocked the page for a long moment at the plan's start (tests/unit/opening.test.ts
 * checks the rule against Node's time-zone data, every quarter of an hour from 2024 to 2035).
 */
export function parisClock(now: Date): ParisClock {
  const [start, end] = summerTime(now.getUTCFullYear())
  const offset = now.getTime() >= start && now.getTime() < end ? 2 : 1
  const paris = new Date(now.getTime() + offset * 3_600_000)
  return { weekday: (((paris.getUTCDay() + 6) % 7) + 1) as Weekday, minutes: paris.getUTCHours() * 60 + paris.getUTCMinutes() }
}

const minutesOf = (hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number)
  return h * 60 + m
}

/** Is the line open on this day of the week at all? */
const opensOn = (hours: Exclude<Hours, { kind: 'always' }>, weekday: Weekday) =>
  hours.kind === 'daily' || weekday <= 5

export function openState(hours: Hours, now: Date): OpenState {
  if (hours.kind === 'always') return { open: true, always: true }
  const { weekday, minutes } = parisClock(now)
  const from = minutesOf(hours.from)
  const to = minutesOf(hours.to)
  if (opensOn(hours, weekday) && minutes >= from && minutes < to) return { open: true, always: false, until: hours.to }
  if (opensOn(hours, weekday) && minutes < from) return { open: false, at: hours.from, on: 'today' }
  // Closed for today: the next day it opens, counting from tomorrow.
  for (let ahead = 1; ahead <= 7; ahead++) {
    const day = (((weekday - 1 + ahead) % 7) + 1) as Weekday
    if (opensOn(hours, day)) return { open: false, at: hours.from, on: ahead === 1 ? 'tomorrow' : day }
  }
  // Unreachable: every kind of hours opens on some day of the week.
  return { open: false, at: hours.from, on: 'tomorrow' }
}

export const isOpen = (hours: Hours, now: Date) => openState(hours, now).open
