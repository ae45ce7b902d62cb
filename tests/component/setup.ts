import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createPinia } from 'pinia'
import enCompiled from '../../locales/en.json'
import frCompiled from '../../locales/fr.json'
import { createAppI18n } from '@/i18n'

// Components get the app's own i18n instance (its plural rules included), with the messages the build
// precompiles, exactly as in production. Tests compare against the raw text, read as plain JSON.
export const fr = JSON.parse(readFileSync(join(process.cwd(), 'locales', 'fr.json'), 'utf8'))
export const en = JSON.parse(readFileSync(join(process.cwd(), 'locales', 'en.json'), 'utf8'))

export function appI18n(locale: 'fr' | 'en' = 'fr') {
  const i18n = createAppI18n()
  i18n.global.setLocaleMessage('fr', frCompiled as never)
  i18n.global.setLocaleMessage('en', enCompiled as never)
  i18n.global.locale.value = locale
  return i18n
}

export function plugins(locale: 'fr' | 'en' = 'fr') {
  return [createPinia(), appI18n(locale)]
}
