import { acceptUpdate, declineUpdate, needRefresh } from '@/pwa/register'

/**
 * The offer of a new version, as the screens see it: whether one is waiting, and the person's answer.
 * The service worker itself is registered by src/boot/main.ts once the first screen is up (src/pwa/).
 */
export function usePwaUpdate() {
  return { needRefresh, accept: acceptUpdate, decline: declineUpdate }
}
