import type { Hours } from './types'

/**
 * Whether a line is open now, from its hours and the device's clock, offline. Every service's hours
 * are French time: the clock is read in the Europe/Paris time zone (the browser's own time-zone data,
 * no network), so a phone set to another zone, or travelling, still gets the right answer. Summer and
 * winter time come with the zone.
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

const WEEKDAYS: Record<string, Weekday> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 }
let parisParts: Intl.DateTimeFormat | undefined

/** The weekday and the time of day in Paris at `now`. */
export function parisClock(now: Date): ParisClock {
  parisParts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  })
  const parts = parisParts.formatToParts(now)
  const part = (type: string) => parts.find(p => p.type === type)?.value ?? ''
  return { weekday: WEEKDAYS[part('weekday')] ?? 1, minutes: Number(part('hour')) * 60 + Number(part('minute')) }
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
