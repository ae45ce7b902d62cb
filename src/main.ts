import { createPinia } from 'pinia'
import { ViteSSG } from 'vite-ssg'
import App from './App.vue'
import { keepOneHistoryEntry } from './modules/history'
import { createAppI18n, useLocale } from './modules/i18n'
import { localeOfPath, routes } from './router/routes'
import './styles/main.css'

// main.ts only wires: each side effect lives in its own module under src/modules/.
export const createApp = ViteSSG(
  App,
  { routes, scrollBehavior: () => ({ top: 0 }) },
  ({ app, router }) => {
    const pinia = createPinia()
    const i18n = createAppI18n()
    app.use(pinia).use(i18n)
    keepOneHistoryEntry(router)

    // Every navigation loads its language first, so a page never renders with missing text.
    router.beforeEach(async (to) => {
      await useLocale(i18n, localeOfPath(to.path, to.meta.locale), to.meta.parts ?? ['core'])
    })
  },
  // Nothing is handed from the pre-rendered page to the app: no state script to inline, which keeps
  // the Content Security Policy free of inline scripts.
  {
    transformState: state => (import.meta.env.SSR ? '' : state),
    // Take over a pre-rendered page instead of redrawing it (no flash, focus stays where it is); the
    // bare shell served for other addresses (a plan code) is drawn afresh. Module scripts run once the
    // document is parsed, so #app is there to be read.
    hydration: typeof document !== 'undefined' && !!document.querySelector('#app[data-server-rendered]'),
  },
)
