import { createWebHistory } from 'vue-router'
import { createEclaircie } from './app'
import { whenIdle } from './lib/idle'
import './styles/main.css'

// The browser's entry; main.ts only wires. Each side effect lives in a module of its own: messages
// (src/i18n/), navigation (src/router/), the service worker (src/pwa/), the quick exit (src/quick-exit/).
// Module scripts run once the document is parsed, so #app is there to be read. A pre-rendered page
// (build/prerender.ts marks it) is taken over as it is; the bare shell served for other addresses
// (a plan code, an unknown page) is drawn afresh.
const root = document.querySelector<HTMLElement>('#app')!

// Start-up runs in separate tasks, so that a slow phone can answer a tap between them: evaluating
// the code, building the app (two tasks), then taking the page over (one task, and one more for each
// part of the page, see components/app/HydrateLater.ts). docs/offline.md, "Start-up in steps".
const nextTask = () => new Promise<void>(resolve => setTimeout(resolve))

async function start() {
  await nextTask()
  const { app, router } = await createEclaircie(createWebHistory(), root.hasAttribute('data-server-rendered'), nextTask)
  await router.isReady()
  await nextTask()
  app.mount(root)
  // The service worker waits until the first screen is up and the browser is idle: it then precaches
  // everything in the background without competing with the first screen (docs/offline.md).
  whenIdle(() => void import('./pwa/register').then(pwa => pwa.registerServiceWorker()))
}

void start()
