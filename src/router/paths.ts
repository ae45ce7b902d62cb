/**
 * Every address the app answers, in one place. Paths are neutral on purpose: a URL may be seen in
 * history, on a lock screen or in a link preview, so no slug names what the app is about.
 * Plain TypeScript (no Vue): the build reads it to know which pages to pre-render.
 */
export const locales = ['fr', 'en'] as const
export type Locale = (typeof locales)[number]

/** How many situations the support-worker index has (src/share/situations.ts; a test keeps them equal). */
export const SHEETS = 12

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/** Pages that are the same for everybody and can be pre-rendered. */
export const staticPages = {
  home: { fr: '', en: '' },
  emergency: { fr: 'urgence', en: 'emergency' },
  helplines: { fr: 'numeros', en: 'numbers' },
  tracks: { fr: 'discretion', en: 'privacy' },
  settings: { fr: 'reglages', en: 'settings' },
  support: { fr: 'accompagner', en: 'support' },
  practice: { fr: 'accompagner/pratiques', en: 'support/practice' },
  anonymiser: { fr: 'accompagner/notes', en: 'support/notes' },
  dossier: { fr: 'carnet', en: 'notebook' },
  summary: { fr: 'carnet/recapitulatif', en: 'notebook/summary' },
} as const satisfies Record<string, Record<Locale, string>>

/** Pages whose content depends on the answers, carried by a neutral code in the address. */
export const codePages = {
  path: { fr: 'parcours', en: 'path' },
  review: { fr: 'reponses', en: 'answers' },
  plan: { fr: 'plan', en: 'plan' },
} as const satisfies Record<string, Record<Locale, string>>

/** Guides and tools, under /fr/guide/… and /en/guide/…: neutral words only. */
export const guidePages = {
  stopSpread: { fr: 'empreinte', en: 'fingerprint' },
  find: { fr: 'recherche', en: 'search' },
  evidence: { fr: 'notes', en: 'notes' },
  evidenceYoung: { fr: 'notes-jeunes', en: 'notes-young' },
  report: { fr: 'signaler', en: 'report' },
  sextortion: { fr: 'premieres-heures', en: 'first-hours' },
  deepfakes: { fr: 'montages', en: 'edited-images' },
  cyberflashing: { fr: 'images-recues', en: 'received-images' },
  filmed: { fr: 'images-prises', en: 'taken-images' },
  removal: { fr: 'retrait', en: 'removal' },
  letter: { fr: 'lettre', en: 'letter' },
} as const satisfies Record<string, Record<Locale, string>>

export type GuidePage = keyof typeof guidePages

export function guidePath(page: GuidePage, locale: Locale): string {
  return `/${locale}/guide/${guidePages[page][locale]}`
}

export type StaticPage = keyof typeof staticPages
export type CodePage = keyof typeof codePages
export type PageName = StaticPage | CodePage | GuidePage

export function staticPath(page: StaticPage, locale: Locale): string {
  const slug = staticPages[page][locale]
  return slug ? `/${locale}/${slug}` : `/${locale}`
}

export function codePath(page: CodePage, locale: Locale, code?: string): string {
  const base = `/${locale}/${codePages[page][locale]}`
  return code ? `${base}/${code}` : base
}

/** A printable sheet per situation of the support-worker index, numbered (1 to SHEETS): neutral. */
export function sheetPath(n: number, locale: Locale): string {
  return `${staticPath('support', locale)}/${n}`
}

/**
 * The addresses rendered to HTML at build time. `/` is left out on purpose: its index.html stays the
 * bare app shell, which the server (and later the service worker) answers for every address that is
 * not pre-rendered, such as a plan code. Pre-rendering `/` would flash the home page there instead.
 */
export function prerenderedPaths(): string[] {
  const paths: string[] = []
  for (const locale of locales) {
    for (const page of Object.keys(staticPages) as StaticPage[]) paths.push(staticPath(page, locale))
    for (const page of Object.keys(guidePages) as GuidePage[]) paths.push(guidePath(page, locale))
    for (let n = 1; n <= SHEETS; n++) paths.push(sheetPath(n, locale))
  }
  return paths
}
