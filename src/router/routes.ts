import type { RouteRecordRaw } from 'vue-router'
import { codePath, type CodePage, type Locale, locales, staticPath, type StaticPage } from './paths'

declare module 'vue-router' {
  interface RouteMeta {
    locale?: Locale
    page?: StaticPage | CodePage | 'notFound'
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
}

function localeRoutes(locale: Locale): RouteRecordRaw[] {
  const page = (name: StaticPage): RouteRecordRaw => ({
    path: staticPath(name, locale),
    name: `${name}-${locale}`,
    component: views[name],
    meta: { locale, page: name },
  })
  const withCode = (name: CodePage, optional: boolean): RouteRecordRaw => ({
    path: `${codePath(name, locale)}/:code${optional ? '?' : ''}`,
    name: `${name}-${locale}`,
    component: views[name],
    props: !optional,
    meta: { locale, page: name },
  })
  return [
    page('home'),
    page('emergency'),
    page('helplines'),
    page('tracks'),
    page('settings'),
    withCode('path', true),
    withCode('review', false),
    withCode('plan', false),
  ]
}

/** `/` opens in French, or in English when the browser asks for English first. */
export function preferredLocale(): Locale {
  if (typeof navigator === 'undefined') return 'fr'
  return navigator.languages?.[0]?.toLowerCase().startsWith('en') ? 'en' : 'fr'
}

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: () => staticPath('home', preferredLocale()) },
  ...locales.flatMap(localeRoutes),
  { path: '/:unknown(.*)*', name: 'notFound', component: views.notFound, meta: { page: 'notFound' } },
]

/** The language of any address: from its route, or its first segment for unknown addresses. */
export function localeOfPath(path: string, metaLocale?: Locale): Locale {
  if (metaLocale) return metaLocale
  return path.startsWith('/en/') || path === '/en' ? 'en' : 'fr'
}
