import { createApp, createSSRApp } from 'vue'
import type { RouterHistory } from 'vue-router'
import App from '@/App.vue'
import { createAppI18n, switchLocale } from '@/i18n'
import { createAppRouter } from '@/router'
import { localeOfPath } from '@/i18n/locales'
import { routeParts } from '@/router/routes'
import { installStores } from '@/stores/install'

/**
 * One app, as the browser (main.ts) and the pre-renderer (entry-server.ts) both build it.
 * Every call makes its own router, i18n instance and (when a page needs it) Pinia: pre-rendering
 * builds one app per page, and a shared instance would let one page's language leak into the next.
 * `pause` lets the browser split the work into two tasks (main.ts, step 3 of README.md).
 */
export async function createEclaircie(history: RouterHistory, hydrate: boolean, pause = async () => {}) {
  // createSSRApp takes over HTML that is already on the page instead of drawing it again.
  const app = hydrate ? createSSRApp(App) : createApp(App)
  const router = createAppRouter(history)
  await pause()
  const i18n = createAppI18n()
  app.use(i18n)

  // Every navigation loads its language first, so a page never renders with missing text; a page
  // that keeps state in a store gets Pinia first (src/stores/install.ts).
  router.beforeEach(async (to) => {
    await Promise.all([
      switchLocale(i18n, to.meta.locale ?? localeOfPath(to.path), routeParts(to.meta)),
      to.meta.stores && installStores(app),
    ])
  })
  app.use(router)
  return { app, router }
}
