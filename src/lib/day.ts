/**
 * Calendar days, in one place. A day is written YYYY-MM-DD ("ISO day") wherever the app keeps one: in
 * the dossier, the letter, the places list, the facts' check dates. Two rules hold everywhere:
 *
 * - "Today" is the day on the person's own device, in its time zone: a note written at 00:30 in Paris
 *   is dated that day, not the day before as a UTC day would be.
 * - A day is shown in the app's language, never the browser's: an English page says "28 November 2026"
 *   even on a phone set to French.
 */

/** A calendar day, YYYY-MM-DD. */
export type IsoDay = `${number}-${number}-${number}`

/** The earliest day the app accepts in a form: anything older is a typing slip. */
const EARLIEST = '1900-01-01'

/** The calendar day of `date` on this device, in its own time zone. */
export function dayOf(date: Date): IsoDay {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0')
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` as IsoDay
}

/** Today on this device. */
export function today(now: Date = new Date()): IsoDay {
  return dayOf(now)
}

/** A real day of the Gregorian calendar, written YYYY-MM-DD, from 1900 on. */
export function isCalendarDay(text: string): text is IsoDay {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  // Parsers disagree on 2026-02-30 (NaN or rolled over to March): a round trip settles it.
  const day = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text && text >= EARLIEST
}

// One formatter per language: making one is slow (a plan shows dozens of dates), using it is not.
const dayFormats = new Map<string, Intl.DateTimeFormat>()

/** A day written out in a language: "28 novembre 2026", "28 November 2026". */
export function formatDay(day: IsoDay | string, locale: string): string {
  let format = dayFormats.get(locale)
  // The day is read and written in UTC so that no time zone can move it to the day before.
  if (!format) dayFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })))
  return format.format(new Date(`${day}T00:00:00Z`))
}

/** A moment (milliseconds since 1970) written out in a language, in this device's time zone. */
export function formatMoment(time: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(time))
}
