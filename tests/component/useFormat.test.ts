import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { useFormat } from '@/composables/useFormat'
import type { IsoDay } from '@/lib/day'
import { plugins } from './setup'

function formatIn(locale: 'fr' | 'en') {
  let format!: ReturnType<typeof useFormat>
  const Probe = defineComponent({
    setup() {
      format = useFormat()
      return () => null
    },
  })
  mount(Probe, { global: { plugins: plugins(locale) } })
  return format
}

// The app writes days and amounts from its messages, without Intl (see useFormat): they must read
// exactly as Intl writes them, since the letter and the dossier still use Intl.
describe.each(['fr', 'en'] as const)('useFormat, in %s', (locale) => {
  const format = formatIn(locale)

  it('writes every day of 2024 to 2031 as Intl does', () => {
    const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
    const wrong: string[] = []
    for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2032, 0, 1); time += 86_400_000) {
      const day = new Date(time).toISOString().slice(0, 10) as IsoDay
      if (format.date(day) !== intl.format(new Date(time))) wrong.push(`${day}: ${format.date(day)} ≠ ${intl.format(new Date(time))}`)
    }
    expect(wrong).toEqual([])
  })

  it('names the weekdays as Intl does, Monday first', () => {
    const intl = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' })
    // 2024-01-01 was a Monday.
    expect([1, 2, 3, 4, 5, 6, 7].map(format.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7].map(d => intl.format(new Date(Date.UTC(2024, 0, d)))))
  })

  it('writes amounts in euros as Intl does', () => {
    const intl = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })
    for (const amount of [0, 7, 15, 150, 999, 1000, 1500, 15_000, 45_000, 60_000, 75_000, 100_000, 250_000, 1_000_000, 12_345_678]) {
      expect(format.euros(amount)).toBe(intl.format(amount))
    }
  })

  it('writes the hours of a helpline the way the language writes them, on the hour and not', () => {
    const written = ['00:00', '09:00', '09:30', '12:00', '12:05', '13:45', '23:00'].map(format.time)
    expect(written).toEqual(locale === 'fr'
      ? ['0\u00a0h', '9\u00a0h', '9\u00a0h\u00a030', '12\u00a0h', '12\u00a0h\u00a005', '13\u00a0h\u00a045', '23\u00a0h']
      : ['12am', '9am', '9:30am', '12pm', '12:05pm', '1:45pm', '11pm'])
  })
})
