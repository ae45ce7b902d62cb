import { defineStore } from 'pinia'
import { ref } from 'vue'
import { defaultExit, type ExitId, isExitId } from '@/content/exits'

const KEY = 'eclaircie.settings'

/**
 * Preferences kept on the device (localStorage): neutral values only, never anything about the
 * person's situation. A missing or damaged value falls back to the defaults without a fuss.
 */
export const useSettingsStore = defineStore('settings', () => {
  const exit = ref<ExitId>(defaultExit)

  function load() {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}')
      const value = stored && typeof stored === 'object' ? (stored as Record<string, unknown>).exit : undefined
      exit.value = isExitId(value) ? value : defaultExit
    }
    catch {
      exit.value = defaultExit
    }
  }

  function setExit(id: ExitId) {
    exit.value = id
    try {
      localStorage.setItem(KEY, JSON.stringify({ exit: id }))
    }
    catch {
      // Storage blocked or full: the choice still holds for this visit.
    }
  }

  /**
   * "Erase everything on this device": every trace the app keeps — settings, session, and the pages
   * stored for offline use (the service worker and its caches; the next visit needs a connection).
   */
  async function eraseAll() {
    try {
      localStorage.clear()
      sessionStorage.clear()
    }
    catch {}
    exit.value = defaultExit
    try {
      if ('caches' in window) await Promise.all((await caches.keys()).map(key => caches.delete(key)))
      if ('serviceWorker' in navigator) await Promise.all((await navigator.serviceWorker.getRegistrations()).map(r => r.unregister()))
    }
    catch {}
  }

  return { exit, load, setExit, eraseAll }
})
