import { resolveValue } from '@intlify/core-base'
import { createI18n } from 'petite-vue-i18n'
import { type MessagePart, partFile } from '@/i18n/parts'
import type { Locale } from '@/i18n/locales'

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
 * One part of one language. In the browser, by its fixed file name (`partFile`): no list of languages
 * lives in the app's code. In development, from the dev server; when pre-rendering, from the build's
 * own list. The site is served from the root of its address (build/prerender.ts checks it).
 */
async function loadPart(locale: Locale, part: MessagePart): Promise<Messages> {
  if (import.meta.env.SSR) return (await import('virtual:locale-loaders')).default[locale]![part]()
  if (import.meta.env.DEV) return import(/* @vite-ignore */ `/@fs${__LOCALE_PARTS_DIR__}/${locale}.${part}.json`)
  return import(/* @vite-ignore */ `/${partFile(locale, part)}`)
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
    addPart(messages, locale, part.default)
    done.add(`${locale}.${missing[i]}`)
  })
}

/**
 * Adds one part to a language's messages, one top-level key at a time. Parts share no top-level key
 * (each key belongs to exactly one part, src/i18n/parts.ts), so this is the whole merge. It replaces
 * mergeLocaleMessage, which deep-copies every message of the part through Vue's reactive proxies:
 * for a plan's text, tens of milliseconds on a slow phone, inside the task that takes the page over
 * (docs/offline.md, "Messages in parts"). The part's own objects are kept, not copied: messages are
 * only ever read, so apps rendered side by side at build time may share them.
 */
function addPart(messages: AppMessages, locale: Locale, part: Record<string, unknown>) {
  if (!messages.availableLocales.includes(locale)) messages.setLocaleMessage(locale, {})
  const target = messages.getLocaleMessage(locale) as Record<string, unknown>
  for (const key of Object.keys(part)) target[key] = part[key]
}

/** Switches to a language once the given parts of it are loaded (the router's guard, src/boot/app.ts). */
export async function switchLocale(i18n: AppI18n, locale: Locale, parts: readonly MessagePart[]): Promise<void> {
  await loadParts(i18n.global, locale, parts)
  i18n.global.locale.value = locale
}
