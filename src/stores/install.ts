import type { App } from 'vue'

const installed = new WeakSet<App>()

/**
 * Installs Pinia on the app the first time a page that keeps state in a store is opened (route meta
 * `stores`, checked by tests/unit/routes.test.ts), so the first screen does not load it. A store is
 * only ever used inside such a page, which renders after this has finished. Vue lets a plugin be
 * installed after mounting: components created later find the store through the app as usual.
 */
export async function installStores(app: App): Promise<void> {
  if (installed.has(app)) return
  const { createPinia } = await import('pinia')
  // Two navigations may have waited for the same import: install once.
  if (installed.has(app)) return
  installed.add(app)
  app.use(createPinia())
}
