import type { GuidePage } from '../content/types'
import type { Locale } from '../i18n/locales'

export type { GuidePage }

// Every address the app answers, in one place. Paths are neutral on purpose: a URL may be seen in
// history, on a lock screen or in a link preview, so no slug names what the app is about.
// Plain TypeScript (no Vue): the build reads it to know which pages to pre-render.

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
} as const satisfies Record<GuidePage, Record<Locale, string>>

export function guidePath(page: GuidePage, locale: Locale): string {
  return `/${locale}/guide/${guidePages[page][locale]}`
}

export type StaticPage = keyof typeof staticPages
export type CodePage = keyof typeof codePages
export type PageName = StaticPage | CodePage | GuidePage

/** A language's home page, `/fr`: what the pre-rendered `/` sends a browser to (src/boot/early/). */
export const homePath = (locale: string): string => `/${locale}`

export function staticPath(page: StaticPage, locale: Locale): string {
  const slug = staticPages[page][locale]
  return slug ? `/${locale}/${slug}` : homePath(locale)
}

export function codePath(page: CodePage, locale: Locale, code?: string): string {
  const base = `/${locale}/${codePages[page][locale]}`
  return code ? `${base}/${code}` : base
}

/** A printable sheet per situation of the support-worker index, numbered from 1 in the order of src/support/situations.ts: neutral. */
export function sheetPath(n: number, locale: Locale): string {
  return `${staticPath('support', locale)}/${n}`
}

/** Where a person is, in terms that do not depend on the language: enough to write the address again. */
export interface Place {
  page?: PageName | 'sheet' | 'notFound'
  /** The plan code, on the path, review and plan pages. */
  code?: string
  /** The sheet's number, on a support sheet. */
  n?: number
}

const isIn = <T extends object>(table: T, page: string | undefined): page is Extract<keyof T, string> =>
  page !== undefined && Object.hasOwn(table, page)

/**
 * The address of the same place in a language: how the language switch keeps the person's page and
 * answers. A place with no address of its own (an unknown page) leads to the home page. A sheet number
 * is not checked against the support index here (that would bring the plan rules into every first
 * screen): a sheet that does not exist says so on its own page, in either language.
 */
export function pathIn(locale: Locale, { page, code, n }: Place): string {
  if (isIn(staticPages, page)) return staticPath(page, locale)
  if (isIn(codePages, page)) return codePath(page, locale, code)
  if (isIn(guidePages, page)) return guidePath(page, locale)
  if (page === 'sheet' && n !== undefined && Number.isInteger(n) && n >= 1) return sheetPath(n, locale)
  return staticPath('home', locale)
}
