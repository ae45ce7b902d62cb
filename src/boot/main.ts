import { createWebHistory } from 'vue-router'
import { whenHydrated } from '@/components/app/HydrateLater'
import { nextTask, whenIdle } from '@/lib/tasks'
import { createEclaircie } from './app'
import '@/styles/main.css'

// The browser's entry: the app's side of the start-up, in order. The numbers are the steps of
// src/boot/README.md; steps 1 and 2 (the page itself, its first script) happen before this file runs.
// Module scripts run once the document is parsed, so #app is there to be read. A pre-rendered page
// (build/prerender.ts marks it) is taken over as it is; the bare shell served for other addresses
// (a plan code, an unknown page) is drawn afresh.
const root = document.querySelector<HTMLElement>('#app')!

async function start() {
  // 3. This module's code ran in a task of its own; the app is built in the next two.
  await nextTask()
  const { app, router } = await createEclaircie(createWebHistory(), root.hasAttribute('data-server-rendered'), nextTask)
  // 4. The first page's message parts (and Pinia, if it keeps a store) load.
  await router.isReady()
  // 5. One more task, then the page is taken over (or drawn): each part of it in a task of its own
  //    (components/app/HydrateLater.ts), its title one task later (composables/useDocumentHead.ts).
  await nextTask()
  app.mount(root)
  // 6. Once every part is taken over, its links and buttons run the app's own behaviour (quick exit
  //    included): `html.js` says so, and the tests and the benchmark wait for it.
  void whenHydrated().then(() => document.documentElement.classList.add('js'))
  // 7. The service worker waits until the browser is idle, then precaches everything in the background
  //    without competing with the first screen (docs/offline.md).
  whenIdle(() => void import('@/pwa/register').then(pwa => pwa.registerServiceWorker()))
}

void start()
