import { renderToString } from 'vue/server-renderer'
import { createMemoryHistory } from 'vue-router'
import { locales } from '@/i18n/locales'
import { type CodePage, codePages, codePath } from '@/router/paths'
import { prerenderedPaths } from '@/router/prerendered'
import { routeParts } from '@/router/routes'
import { planCode, situationIds } from '@/support/situations'
import { createEclaircie } from './app'
import type { RenderedPage, ServerEntry, ShellPage } from './contract'

export { prerenderedPaths }

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

/**
 * The pages the app shell draws from a code in the address: for each, the pattern of its address in
 * every language, and what it needs, found by rendering it once in each language (with the code of
 * the support index's first situation): no list of views or parts is written here. The shell asks for
 * them as soon as it starts (src/boot/early/shell-preload.ts).
 */
export async function shellPages(): Promise<ShellPage[]> {
  const code = planCode(situationIds[0]!)
  return Promise.all((Object.keys(codePages) as CodePage[]).map(async (page) => {
    const rendered = await Promise.all(locales.map(locale => render(codePath(page, locale, page === 'path' ? undefined : code))))
    const parts = rendered.map(r => r.parts.join(' '))
    if (parts.some(p => p !== parts[0])) throw new Error(`The ${page} pages do not load the same message parts in every language`)
    const addresses = locales.map(locale => codePath(page, locale).slice(1)).join('|')
    return {
      pattern: `^/(${addresses})(/[0-9a-z]*)?$`,
      modules: [...new Set(rendered.flatMap(r => [...r.modules]))],
      parts: rendered[0]!.parts,
    }
  }))
}

export default { render, prerenderedPaths, shellPages } satisfies ServerEntry
