// @vitest-environment node
import { describe, expect, it } from 'vitest'
import languageRedirect from '@/boot/early/language-redirect'
import { preferredLocale } from '@/i18n/locales'
import { homePath } from '@/router/paths'

/** Runs the pre-rendered `/`'s first script (rendered in French) in a browser of these languages: where does it go? */
function run(languages: string[] | undefined, language = languages?.[0] ?? '') {
  const html = { hidden: false, lang: 'fr' }
  let went: string | undefined
  const win = { navigator: { languages, language }, location: { replace: (to: string) => void (went = to) }, document: { documentElement: html } }
  languageRedirect({} as HTMLScriptElement, win as unknown as Window & typeof globalThis)
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

  it('sends the browser to its language\'s home page before anything is shown, and hides `/` meanwhile', () => {
    for (const languages of browsers) {
      const { went, hidden } = run(languages)
      const expected = preferredLocale(languages)
      expect(went, languages.join()).toBe(expected === 'fr' ? undefined : homePath(expected))
      expect(hidden, languages.join()).toBe(went !== undefined)
    }
    expect(run(['en-GB']).went).toBe('/en')
  })

  it('reads navigator.language when the browser has no list', () => {
    expect(run(undefined, 'en-AU').went).toBe('/en')
    expect(run(undefined, 'fr').went).toBeUndefined()
  })
})
