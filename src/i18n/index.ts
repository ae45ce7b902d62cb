import { resolveValue } from '@intlify/core-base'
import { createI18n } from 'petite-vue-i18n'
import type { MessagePart } from '@/i18n/parts'
import type { Locale } from '@/router/paths'

/**
 * One i18n instance per app: pre-rendering builds several apps at once (one per page), so a shared
 * instance would let a French page render with English text.
 * Messages are compiled at build time (see vite.config.ts) and loaded per language and per part
 * (src/i18n/parts.ts) on demand, so the first screen carries only the text it shows.
 */
export function createAppI18n() {
  return createI18n({
    legacy: false,
    locale: 'fr',
    fallbackLocale: false,
    missingWarn: import.meta.env.DEV,
    // A pre-rendered page whose text is missing (a message part its route did not load, a key not
    // written) fails the build instead of showing a key to someone in distress.
    ...(import.meta.env.SSR && { missing: (locale: string, key: string) => { throw new Error(`No message ${key} in ${locale}`) } }),
    fallbackWarn: false,
    messages: {},
    // petite-vue-i18n (vue-i18n's translation-only build) reads flat keys by default; our messages are
    // nested (`plan.step.title`), so it gets vue-i18n's own path resolver.
    messageResolver: resolveValue,
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

type Messages = { default: Record<string, unknown> }

/**
 * One part of one language. In the browser, by its fixed file name (build/locale-parts.ts): no list
 * of languages lives in the app's code. In development, from the dev server; when pre-rendering, from
 * the build's own list.
 */
async function loadPart(locale: Locale, part: MessagePart): Promise<Messages> {
  if (import.meta.env.SSR) return (await import('virtual:locale-loaders')).default[locale]![part]()
  if (import.meta.env.DEV) return import(/* @vite-ignore */ `/@fs${__LOCALE_PARTS_DIR__}/${locale}.${part}.json`)
  return import(/* @vite-ignore */ `/assets/locale-${locale}.${part}.js`)
}

/** The app's messages: its i18n instance's global composer, which `useI18n()` also returns. */
export type AppMessages = AppI18n['global']

const loaded = new WeakMap<AppMessages, Set<string>>()

/** Loads the message parts of one language that are not loaded yet. */
export async function loadParts(messages: AppMessages, locale: Locale, parts: readonly MessagePart[]): Promise<void> {
  const done = loaded.get(messages) ?? new Set<string>()
  loaded.set(messages, done)
  const missing = parts.filter(part => !done.has(`${locale}.${part}`))
  const modules = await Promise.all(missing.map(part => loadPart(locale, part)))
  modules.forEach((part, i) => {
    messages.mergeLocaleMessage(locale, part.default as never)
    done.add(`${locale}.${missing[i]}`)
  })
}

/** Switches to a language once the given parts of it are loaded. */
export async function useLocale(i18n: AppI18n, locale: Locale, parts: readonly MessagePart[]): Promise<void> {
  await loadParts(i18n.global, locale, parts)
  i18n.global.locale.value = locale
}
