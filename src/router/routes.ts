import type { RouteMeta, RouteRecordRaw } from 'vue-router'
import type { MessagePart } from '@/i18n/parts'
import { browserLocale, type Locale, locales } from '@/i18n/locales'
import { codePath, type CodePage, type GuidePage, guidePages, guidePath, staticPath, type StaticPage } from './paths'

declare module 'vue-router' {
  interface RouteMeta {
    locale?: Locale
    page?: StaticPage | CodePage | GuidePage | 'sheet' | 'notFound'
    /** The message parts the page needs (src/i18n/parts.ts); `core` is always loaded. */
    parts?: MessagePart[]
    /** The page (or a component in it) uses a Pinia store (src/stores/): Pinia is installed first. */
    stores?: boolean
    /** Its neutral title: `title.<key>` in locales/ (guides share one). */
    title?: StaticPage | CodePage | 'guide' | 'sheet' | 'notFound'
  }
}

const views = {
  home: () => import('@/views/HomeView.vue'),
  emergency: () => import('@/views/EmergencyView.vue'),
  helplines: () => import('@/views/HelplinesView.vue'),
  tracks: () => import('@/views/TracksView.vue'),
  settings: () => import('@/views/SettingsView.vue'),
  path: () => import('@/views/PathView.vue'),
  review: () => import('@/views/ReviewView.vue'),
  plan: () => import('@/views/PlanView.vue'),
  notFound: () => import('@/views/NotFoundView.vue'),
  support: () => import('@/views/support/SupportView.vue'),
  practice: () => import('@/views/support/PracticeView.vue'),
  anonymiser: () => import('@/views/support/AnonymiserView.vue'),
  sheet: () => import('@/views/support/SheetView.vue'),
  dossier: () => import('@/views/dossier/DossierView.vue'),
  summary: () => import('@/views/dossier/SummaryView.vue'),
  guide: () => import('@/views/guides/GuideView.vue'),
  removal: () => import('@/views/guides/RemovalView.vue'),
  letter: () => import('@/views/guides/LetterView.vue'),
}

/**
 * What every page but the home page and the plan shows: the common text and the questions'. The plan
 * needs no question text (it is the way in support workers' links use, and must stay light).
 */
const pageParts = (...more: MessagePart[]): MessagePart[] => ['core', 'main', 'questions', ...more]

function partsOf(page: StaticPage): MessagePart[] {
  if (page === 'home') return ['core']
  if (page === 'support' || page === 'practice' || page === 'anonymiser') return pageParts('support')
  if (page === 'dossier' || page === 'summary') return pageParts('dossier')
  return pageParts()
}

function localeRoutes(locale: Locale): RouteRecordRaw[] {
  const page = (name: StaticPage): RouteRecordRaw => ({
    path: staticPath(name, locale),
    name: `${name}-${locale}`,
    component: views[name],
    // The home page shows only core messages: the first screen stays light.
    meta: { locale, page: name, title: name, parts: partsOf(name) },
  })
  const withCode = (name: CodePage, optional: boolean): RouteRecordRaw => ({
    path: `${codePath(name, locale)}/:code${optional ? '?' : ''}`,
    name: `${name}-${locale}`,
    component: views[name],
    props: !optional,
    // The plan keeps its ticks in a store (stores/planTicks.ts), and shows no question text.
    meta: { locale, page: name, title: name, parts: name === 'plan' ? ['core', 'main'] : pageParts(), stores: name === 'plan' },
  })
  const guide = (name: GuidePage): RouteRecordRaw => ({
    path: guidePath(name, locale),
    name: `${name}-${locale}`,
    component: name === 'removal' ? views.removal : name === 'letter' ? views.letter : views.guide,
    props: name === 'removal' || name === 'letter' ? false : { id: name },
    meta: { locale, page: name, title: 'guide', parts: pageParts('guides') },
  })
  return [
    ...(Object.keys(guidePages) as GuidePage[]).map(guide),
    page('home'),
    page('emergency'),
    page('helplines'),
    page('tracks'),
    page('settings'),
    page('support'),
    page('practice'),
    page('anonymiser'),
    page('dossier'),
    page('summary'),
    {
      path: `${staticPath('support', locale)}/:n(\\d+)`,
      name: `sheet-${locale}`,
      component: views.sheet,
      props: route => ({ n: Number(route.params.n) }),
      meta: { locale, page: 'sheet', title: 'sheet', parts: pageParts('support') },
    },
    withCode('path', true),
    withCode('review', false),
    withCode('plan', false),
  ]
}

export const routes: RouteRecordRaw[] = [
  // The pre-rendered `/` is the French home page; a browser that prefers English has already been sent
  // to /en before it painted (src/boot/early/language-redirect.ts). Here it becomes /fr, replacing the
  // entry. Pre-rendering has no browser: `/` is French.
  { path: '/', redirect: () => staticPath('home', browserLocale(typeof navigator === 'undefined' ? undefined : navigator)) },
  ...locales.flatMap(localeRoutes),
  { path: '/:unknown(.*)*', name: 'notFound', component: views.notFound, meta: { page: 'notFound', title: 'notFound', parts: pageParts() } },
]

/** The message parts a route loads before it renders: `core` when it names none. */
export const routeParts = (meta: RouteMeta): MessagePart[] => meta.parts ?? ['core']
