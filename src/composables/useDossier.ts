import { ref, shallowRef } from 'vue'
import type { Entry, EntryBody } from '@/dossier/entries'
import type { IdleLock, Vault } from '@/dossier/store'
import { onExitWipe } from '@/quick-exit/exit'

/**
 * The open dossier, shared by every screen while it is unlocked: the dossier page, and the "Ajouter au
 * dossier" buttons of the plan, the places list and the letter. The crypto and storage code
 * (src/dossier/store.ts) loads only when the dossier page is opened.
 * It locks itself after a while without activity, and the quick exit locks it.
 */
const vault = shallowRef<Vault | null>(null)
const entries = shallowRef<readonly Entry[]>([])
const lockedByIdle = ref(false)
let idle: IdleLock | null = null

const activity = () => idle?.activity()
const visible = () => document.visibilityState === 'visible' && idle?.check()

function lock() {
  vault.value?.lock()
  vault.value = null
  entries.value = []
  idle?.stop()
  idle = null
  removeEventListener('pointerdown', activity, true)
  removeEventListener('keydown', activity, true)
  document.removeEventListener('visibilitychange', visible)
}

if (!import.meta.env.SSR) onExitWipe(lock)

async function open(opened: Vault, minutes: number) {
  const { createIdleLock } = await import('@/dossier/store')
  vault.value = opened
  entries.value = opened.entries()
  lockedByIdle.value = false
  idle = createIdleLock({
    minutes,
    onLock: () => {
      lock()
      lockedByIdle.value = true
    },
  })
  addEventListener('pointerdown', activity, true)
  addEventListener('keydown', activity, true)
  document.addEventListener('visibilitychange', visible)
}

async function add(body: EntryBody) {
  if (!vault.value) throw new Error('locked')
  const entry = await vault.value.add(body)
  entries.value = vault.value.entries()
  return entry
}

async function update(id: string, body: EntryBody) {
  if (!vault.value) throw new Error('locked')
  await vault.value.update(id, body)
  entries.value = vault.value.entries()
}

async function remove(id: string) {
  if (!vault.value) throw new Error('locked')
  await vault.value.remove(id)
  entries.value = vault.value.entries()
}

function setIdleMinutes(minutes: number) {
  idle?.setMinutes(minutes)
}

export function useDossier() {
  return { vault, entries, lockedByIdle, open, lock, add, update, remove, setIdleMinutes }
}
