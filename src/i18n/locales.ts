/**
 * The app's languages, and everything that follows from the list, written once: a new language is an
 * entry here and its locales/<lang>.json, not a search through the code for 'fr' and 'en'. Plain
 * TypeScript (no Vue): the build, the early scripts (src/boot/early/) and the app all read it. Each
 * helper takes the list as an argument too, so a test can see it hold for a language not yet added.
 */
export const locales = ['fr', 'en'] as const
export type Locale = (typeof locales)[number]

export function isLocale<L extends string = Locale>(value: unknown, list: readonly L[] = locales as unknown as readonly L[]): value is L {
  return typeof value === 'string' && (list as readonly string[]).includes(value)
}

/**
 * The language `/` opens in: the first of the app's languages in the browser's list (`en-GB` counts
 * as `en`), the first of the app's when the list names none. The pre-rendered `/` applies it before
 * it paints (src/boot/early/language-redirect.ts), the app when it starts (router/routes.ts).
 */
export function preferredLocale<L extends string = Locale>(languages: readonly string[], list: readonly L[] = locales as unknown as readonly L[]): L {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0]
    if (isLocale(primary, list)) return primary
  }
  return list[0]!
}

/** The language a browser prefers among the app's (preferredLocale of its list); the first with no browser (pre-rendering). */
export function browserLocale(nav: Pick<Navigator, 'languages' | 'language'> | undefined): Locale {
  return preferredLocale(nav ? nav.languages ?? [nav.language] : [])
}

/** The language of an address: its first segment when that is one of the app's languages, else the first. */
export function localeOfPath<L extends string = Locale>(path: string, list: readonly L[] = locales as unknown as readonly L[]): L {
  const first = path.split('/')[1]
  return isLocale(first, list) ? first : list[0]!
}

/** Every language but this one, in the app's order: what the language switch offers. */
export function otherLocales<L extends string = Locale>(locale: L, list: readonly L[] = locales as unknown as readonly L[]): L[] {
  return list.filter(other => other !== locale)
}
