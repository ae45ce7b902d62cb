import { useI18n } from 'petite-vue-i18n'
import type { Hours } from '@/content/types'
import { formatDay, type IsoDay } from '@/lib/day'

// One formatter per language: making one is slow (a plan shows many amounts), using it is not.
const euroFormats = new Map<string, Intl.NumberFormat>()
function euroFormat(locale: string) {
  let format = euroFormats.get(locale)
  if (!format) euroFormats.set(locale, (format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })))
  return format
}

/** Dates, hours and amounts written the way each language writes them. */
export function useFormat() {
  const { t, locale } = useI18n()

  const date = (day: IsoDay) => formatDay(day, locale.value)

  // "09:00" → "9 h" in French, "9am" in English.
  const time = (hhmm: string) => {
    const [h = 0, m = 0] = hhmm.split(':').map(Number)
    if (locale.value === 'fr') return m ? `${h}\u00a0h\u00a0${String(m).padStart(2, '0')}` : `${h}\u00a0h`
    const suffix = h < 12 ? 'am' : 'pm'
    const h12 = h % 12 === 0 ? 12 : h % 12
    return m ? `${h12}:${String(m).padStart(2, '0')}${suffix}` : `${h12}${suffix}`
  }

  const hours = (value: Hours) =>
    value.kind === 'always'
      ? t('helplines.hours.always')
      : t(`helplines.hours.${value.kind}`, { from: time(value.from), to: time(value.to) })

  const euros = (amount: number) => euroFormat(locale.value).format(amount)

  // 1 = Monday … 7 = Sunday, written in the app's language ("lundi", "Monday"). 2024-01-01 was a Monday.
  const weekday = (day: number) =>
    new Intl.DateTimeFormat(locale.value, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)))

  return { date, time, hours, euros, weekday }
}
