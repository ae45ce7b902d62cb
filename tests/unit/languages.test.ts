// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { browserLocale, isLocale, localeOfPath, locales, otherLocales, preferredLocale } from '@/i18n/locales'

// What the app decides from its list of languages, with the list it has and with a third one: a new
// language is an entry in src/i18n/locales.ts, not a search for 'fr' and 'en' through the code.
describe('the app\'s languages', () => {
  it('are French first, then English', () => {
    expect(locales).toEqual(['fr', 'en'])
  })

  it('give an address\'s language from its first segment, the first language for any other', () => {
    expect(localeOfPath('/en/plan/1102230')).toBe('en')
    expect(localeOfPath('/en')).toBe('en')
    expect(localeOfPath('/fr/urgence')).toBe('fr')
    for (const path of ['/', '/nulle-part', '/english', '/de/plan']) expect(localeOfPath(path), path).toBe('fr')
  })

  it('offer the other languages, in order', () => {
    expect(otherLocales('fr')).toEqual(['en'])
    expect(otherLocales('en')).toEqual(['fr'])
  })

  it('take a browser without a list of languages by the one it has, and none at all as the first', () => {
    expect(browserLocale({ languages: undefined as unknown as string[], language: 'en-GB' })).toBe('en')
    expect(browserLocale(undefined)).toBe('fr')
  })

  describe('with a third language added', () => {
    const three = ['fr', 'en', 'de'] as const

    it('every helper knows it', () => {
      expect(isLocale('de', three)).toBe(true)
      expect(isLocale('es', three)).toBe(false)
      expect(localeOfPath('/de/plan/1102230', three)).toBe('de')
      expect(localeOfPath('/es/plan', three)).toBe('fr')
      expect(preferredLocale(['de-AT', 'en'], three)).toBe('de')
      expect(preferredLocale(['es'], three)).toBe('fr')
      expect(otherLocales('de', three)).toEqual(['fr', 'en'])
      expect(otherLocales('fr', three)).toEqual(['en', 'de'])
    })
  })
})
