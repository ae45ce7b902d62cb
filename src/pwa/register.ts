import { ref } from 'vue'

/**
 * Service-worker registration, loaded after the first screen is ready. A new version never takes over
 * by itself: `needRefresh` turns on, the app asks ("Nouvelle version disponible"), and only an
 * accepted update activates it and reloads — the address keeps the person's place and answers, so
 * nothing is lost. Declining keeps the current version running. See docs/offline.md.
 */
export const needRefresh = ref(false)
let update: ((reload?: boolean) => Promise<void>) | undefined
/** The waiting version the person said "Plus tard" to (being looked up as soon as they say it). */
let declined: Promise<ServiceWorker | null> = Promise.resolve(null)

const waitingWorker = async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null

export async function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return
  const { registerSW } = await import('virtual:pwa-register')
  update = registerSW({
    immediate: true,
    // The library can announce the same new version twice (as "installed" and as "waiting"): a
    // version already declined is not offered again; a newer one is.
    onNeedRefresh: async () => {
      const waiting = await waitingWorker()
      if (!waiting || waiting !== await declined) needRefresh.value = true
    },
  })
}

export function acceptUpdate() {
  needRefresh.value = false
  // workbox-window reloads only for updates it saw coming from this page's own registration; a new
  // version found during a first visit counts as "external" for it. Reload on any change of
  // controller after consent, so both cases behave the same.
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true })
  return update?.(true)
}

export function declineUpdate() {
  needRefresh.value = false
  declined = waitingWorker()
}
