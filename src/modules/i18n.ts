import type { Locale } from '@/router/paths'
import { createI18n } from 'vue-i18n'

/**
 * One i18n instance per app: pre-rendering builds several apps at once (one per page), so a shared
 * instance would let a French page render with English text.
 * Messages are compiled at build time (see vite.config.ts) and loaded per language on demand, so the
 * first screen carries one language only.
 */
export function createAppI18n() {
  return createI18n({
    legacy: false,
    locale: 'fr',
    fallbackLocale: false,
    missingWarn: import.meta.env.DEV,
    fallbackWarn: false,
    messages: {},
    // Messages have two forms (one | many) or three (zero | one | many). French counts 0 and 1 as
    // singular ("0 an", "1 an"); English only 1.
    pluralRules: {
      fr: (choice: number, forms: number) => plural(choice, forms, choice <= 1),
      en: (choice: number, forms: number) => plural(choice, forms, choice === 1),
    },
  })
}

function plural(choice: number, forms: number, singular: boolean): number {
  if (forms === 3) return choice === 0 ? 0 : singular ? 1 : 2
  return singular ? 0 : 1
}

export type AppI18n = ReturnType<typeof createAppI18n>

const loaders: Record<Locale, () => Promise<{ default: Record<string, unknown> }>> = {
  fr: () => import('../../locales/fr.json'),
  en: () => import('../../locales/en.json'),
}

export async function useLocale(i18n: AppI18n, locale: Locale): Promise<void> {
  if (!i18n.global.availableLocales.includes(locale)) {
    const messages = await loaders[locale]()
    i18n.global.setLocaleMessage(locale, messages.default as never)
  }
  i18n.global.locale.value = locale
}
