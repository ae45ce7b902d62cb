import { useI18n } from 'petite-vue-i18n'
import type { Hours } from '@/content/types'
import type { IsoDay } from '@/lib/day'

/**
 * Dates, hours and amounts written the way each language writes them.
 *
 * Days, weekdays, hours and amounts are written from the messages (`format.*`: month names, order, separators), not
 * with `Intl`: the first `Intl` formatter a page makes starts the browser's locale data, one long
 * task (~45 ms on a slow phone) in the middle of a plan being taken over. They read exactly as
 * `Intl` writes them ("3 décembre 2026", "45 000 €"; "December 3, 2026", "€45,000"), which
 * tests/component/useFormat.test.ts checks day by day, so a plan and a dossier never disagree.
 */
export function useFormat() {
  const { t } = useI18n()

  const date = (day: IsoDay) => {
    const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number]
    return t('format.day', { day: dayOfMonth, month: t(`format.months.${month - 1}`), year })
  }

  // "09:00" → "9 h" in French, "9am" in English: each language writes its clock in its messages
  // (`format.hour`, `format.hourMinutes`, for the morning and the afternoon), from the hour on a
  // 24-hour clock `{hour}`, on a 12-hour clock `{twelve}`, and the minutes `{minutes}`.
  const time = (hhmm: string) => {
    const [h = 0, m = 0] = hhmm.split(':').map(Number)
    const values = { hour: h, twelve: h % 12 === 0 ? 12 : h % 12, minutes: String(m).padStart(2, '0') }
    if (m) return t(h < 12 ? 'format.hourMinutes.am' : 'format.hourMinutes.pm', values)
    return t(h < 12 ? 'format.hour.am' : 'format.hour.pm', values)
  }

  const hours = (value: Hours) =>
    value.kind === 'always'
      ? t('helplines.hours.always')
      : t(`helplines.hours.${value.kind}`, { from: time(value.from), to: time(value.to) })

  // Whole euros, grouped by thousands: 45000 → "45 000 €" (a narrow no-break space) or "€45,000".
  const euros = (amount: number) =>
    t('format.euros', { amount: String(Math.round(amount)).replace(/\B(?=(\d{3})+$)/g, t('format.thousands')) })

  // 1 = Monday … 7 = Sunday, written in the app's language ("lundi", "Monday").
  const weekday = (day: number) => t(`format.weekdays.${day - 1}`)

  return { date, time, hours, euros, weekday }
}
