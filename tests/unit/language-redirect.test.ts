// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { languageRedirect } from '../../build/language-redirect'
import { preferredLocale } from '@/i18n/locales'
import { homePaths } from '@/boot/entry-server'

// As build/prerender.ts writes it for `/`, which is rendered in French.
const script = languageRedirect('fr', Object.fromEntries(Object.entries(homePaths()).filter(([lang]) => lang !== 'fr')))

/** Runs the pre-rendered `/`'s first script in a browser of these languages: where does it go? */
function run(languages: string[] | undefined, language = languages?.[0] ?? '') {
  const html = { hidden: false }
  let went: string | undefined
  const location = { replace: (to: string) => void (went = to) }
  new Function('navigator', 'location', 'document', script)({ languages, language }, location, { documentElement: html })
  return { went, hidden: html.hidden }
}

const browsers: string[][] = [
  ['en-GB'], ['en-US', 'en'], ['EN'], ['fr-FR'], ['fr-FR', 'en-GB'], ['en-GB', 'fr-FR'], ['de-DE', 'en-US', 'fr'],
  ['de-DE', 'fr-CH', 'en'], ['de-DE'], ['es', 'it'], [], ['enm'], ['fil', 'en'], ['frr', 'en'],
]

describe('the language of `/`', () => {
  it('is the first of the app\'s languages the browser lists, French when it lists neither', () => {
    expect(preferredLocale(['de-DE', 'en-US', 'fr'])).toBe('en')
    expect(preferredLocale(['en-GB', 'fr-FR'])).toBe('en')
    expect(preferredLocale(['fr-CA', 'en'])).toBe('fr')
    expect(preferredLocale(['frr', 'es'])).toBe('fr')
    expect(preferredLocale(['enm', 'fr'])).toBe('fr')
    expect(preferredLocale([])).toBe('fr')
  })

  it('is decided the same way by the page\'s first script and by the app', () => {
    for (const languages of browsers) {
      const { went, hidden } = run(languages)
      const expected = preferredLocale(languages)
      expect(went, languages.join()).toBe(expected === 'fr' ? undefined : `/${expected}`)
      // The page is hidden while the next one loads, so nothing of it is shown.
      expect(hidden, languages.join()).toBe(went !== undefined)
    }
  })

  it('reads navigator.language when the browser has no list', () => {
    expect(run(undefined, 'en-AU').went).toBe('/en')
    expect(run(undefined, 'fr').went).toBeUndefined()
  })
})
