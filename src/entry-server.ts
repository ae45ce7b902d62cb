import { renderToString } from 'vue/server-renderer'
import { createMemoryHistory } from 'vue-router'
import { createEclaircie } from './app'
import type { PageHead } from './composables/useDocumentHead'
import { defaultExit, exits } from './content/exits'
import { firstScriptSource } from './quick-exit/guard'
import { type CodePage, codePages, codePath, locales, staticPath } from './router/paths'
import { routeParts, routes } from './router/routes'

export { prerenderedPaths } from './router/prerendered'

/** The home page of every language, by language: where the pre-rendered `/` may send a browser. */
export function homePaths(): Record<string, string> {
  return Object.fromEntries(locales.map(locale => [locale, staticPath('home', locale)]))
}

/**
 * The first script of every page and of the app shell (src/quick-exit/guard.ts): an entry made before
 * this tab's last quick exit is hidden and left before its first paint; the first-visit notice, once
 * understood, is hidden before it. The exit destinations are written in.
 */
export function firstScript(): string {
  return firstScriptSource(Object.fromEntries(Object.values(exits).map(exit => [exit.id, exit.url])), exits[defaultExit].url)
}

/** The view of each page the app shell draws from a code in the address (router/routes.ts). */
const codeViews: Record<CodePage, string> = {
  path: 'src/views/PathView.vue',
  review: 'src/views/ReviewView.vue',
  plan: 'src/views/PlanView.vue',
}

/**
 * The pages the app shell draws from a code in the address (a plan code, answers under review, a
 * path resumed): for each, the pattern of its address in every language, its view, and the message
 * parts its route loads (the same in every language). The shell asks for them as soon as it starts
 * (build/shell-preload.ts).
 */
export function shellPages(): { pattern: string, view: string, parts: string[] }[] {
  return (Object.keys(codePages) as CodePage[]).map((page) => {
    const parts = locales.map((locale) => {
      const route = routes.find(r => r.name === `${page}-${locale}`)
      if (!route) throw new Error(`No route ${page}-${locale}`)
      return routeParts(route.meta ?? {}).join(' ')
    })
    if (parts.some(p => p !== parts[0])) throw new Error(`The ${page} routes do not load the same message parts in every language`)
    const addresses = locales.map(locale => codePath(page, locale).slice(1)).join('|')
    return { pattern: `^/(${addresses})(/[0-9a-z]*)?$`, view: codeViews[page], parts: parts[0]!.split(' ') }
  })
}

/** What the pre-renderer (build/prerender.ts) writes into the page template for one address. */
export interface RenderedPage extends PageHead {
  html: string
  /** Source modules the page used: their chunks are preloaded, their styles linked. */
  modules: Set<string>
  /** The message parts its route loads (src/i18n/parts.ts): preloaded too. */
  parts: string[]
}

/** Renders one address to HTML, at build time only (Node). */
export async function render(path: string): Promise<RenderedPage> {
  const { app, router } = await createEclaircie(createMemoryHistory(), true)
  // Vue reports a component's error and renders on: a page with a hole in it must fail the build.
  const errors: unknown[] = []
  app.config.errorHandler = error => void errors.push(error)
  await router.replace(path)
  await router.isReady()
  const context = { modules: new Set<string>(), title: '', lang: '' }
  const html = await renderToString(app, context)
  if (errors.length) throw new Error(`Pre-rendering ${path} failed`, { cause: errors[0] })
  if (!context.title || !context.lang) throw new Error(`Pre-rendering ${path}: the page set no title or language`)
  return { html, title: context.title, lang: context.lang, modules: context.modules, parts: routeParts(router.currentRoute.value.meta) }
}
