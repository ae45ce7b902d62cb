import { createWebHistory } from 'vue-router'
import { createEclaircie } from './app'
import './styles/main.css'

// The browser's entry; main.ts only wires, each side effect lives in its own module under src/modules/.
// Module scripts run once the document is parsed, so #app is there to be read. A pre-rendered page
// (build/prerender.ts marks it) is taken over as it is; the bare shell served for other addresses
// (a plan code, an unknown page) is drawn afresh.
const root = document.querySelector<HTMLElement>('#app')!
const { app, router } = createEclaircie(createWebHistory(), root.hasAttribute('data-server-rendered'))
void router.isReady().then(() => app.mount(root))
