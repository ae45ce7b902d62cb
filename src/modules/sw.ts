import { ref } from 'vue'

/**
 * Service-worker registration, loaded after the first screen is ready. A new version never takes over
 * by itself: `needRefresh` turns on, the app asks ("Nouvelle version disponible"), and only an
 * accepted update activates it and reloads — the address keeps the person's place and answers, so
 * nothing is lost. Declining keeps the current version running. See docs/offline.md.
 */
export const needRefresh = ref(false)
let update: ((reload?: boolean) => Promise<void>) | undefined

export async function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return
  const { registerSW } = await import('virtual:pwa-register')
  update = registerSW({
    immediate: true,
    onNeedRefresh: () => (needRefresh.value = true),
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
}
