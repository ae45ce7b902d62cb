import { reactive, ref } from 'vue'
import { defaultExit, type ExitId, isExitId } from '@/content/exits'
import { IDLE_DEFAULT_MINUTES, IDLE_MAX_MINUTES, IDLE_MIN_MINUTES } from '@/dossier/idle-minutes'
import { clearStorage, readJson, storageKeys, writeJson } from '@/lib/storage'

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object'

const exit = ref<ExitId>(defaultExit)
/** Minutes without activity before the dossier locks itself. */
const idleMinutes = ref(IDLE_DEFAULT_MINUTES)

function load() {
  const value = readJson('local', storageKeys.settings, isRecord, {})
  exit.value = isExitId(value.exit) ? value.exit : defaultExit
  const minutes = Number(value.idleMinutes)
  idleMinutes.value = Number.isInteger(minutes) && minutes >= IDLE_MIN_MINUTES && minutes <= IDLE_MAX_MINUTES ? minutes : IDLE_DEFAULT_MINUTES
}

function save() {
  // Storage blocked or full: the choice still holds for this visit.
  writeJson('local', storageKeys.settings, { exit: exit.value, idleMinutes: idleMinutes.value })
}

function setExit(id: ExitId) {
  exit.value = id
  save()
}

function setIdleMinutes(minutes: number) {
  idleMinutes.value = minutes
  save()
}

/**
 * "Erase everything on this device": every trace the app keeps — settings, session, the dossier, and
 * the pages stored for offline use (the service worker and its caches; the next visit needs a
 * connection).
 */
async function eraseAll() {
  clearStorage('local', 'session')
  exit.value = defaultExit
  idleMinutes.value = IDLE_DEFAULT_MINUTES
  try {
    // Through the dossier's owner, so that an open dossier is locked and forgotten too. Loaded only now:
    // the first screen carries no dossier code.
    const { useDossier } = await import('@/composables/useDossier')
    await useDossier().destroy()
  }
  catch {}
  try {
    if ('caches' in window) await Promise.all((await caches.keys()).map(key => caches.delete(key)))
    if ('serviceWorker' in navigator) await Promise.all((await navigator.serviceWorker.getRegistrations()).map(r => r.unregister()))
  }
  catch {}
}

const settings = reactive({ exit, idleMinutes, load, setExit, setIdleMinutes, eraseAll })

/**
 * Preferences kept on the device (localStorage): neutral values only, never anything about the
 * person's situation. A missing or damaged value falls back to the defaults without a fuss.
 *
 * One shared object for the whole page, not a Pinia store: the quick exit on every screen needs the
 * exit destination, and the first screen stays free of Pinia (src/stores/install.ts). Values are read
 * from the device only in the browser (`load()` on mount); pre-rendering always shows the defaults.
 */
export function useSettings() {
  return settings
}
