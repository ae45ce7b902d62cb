import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createPinia } from 'pinia'
import { createI18n } from 'vue-i18n'
import enCompiled from '../../locales/en.json'
import frCompiled from '../../locales/fr.json'

// The app runs vue-i18n without its message compiler, so components get the messages precompiled by
// the build, exactly as in production. Tests compare against the raw text, read as plain JSON.
export const fr = JSON.parse(readFileSync(join(process.cwd(), 'locales', 'fr.json'), 'utf8'))

export function plugins(locale: 'fr' | 'en' = 'fr') {
  const i18n = createI18n({ legacy: false, locale, messages: { fr: frCompiled, en: enCompiled } as never })
  return [createPinia(), i18n]
}
