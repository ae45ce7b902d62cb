import { defineStore } from 'pinia'
import { ref } from 'vue'
import { readJson, removeKey, storageKeys, writeJson } from '@/lib/storage'
import { onExitWipe } from '@/quick-exit/exit'

type Ticks = Record<string, string[]>

const isTicks = (value: unknown): value is Ticks =>
  !!value && typeof value === 'object' && !Array.isArray(value)
  && Object.values(value).every(v => Array.isArray(v) && v.every(x => typeof x === 'string'))

/**
 * The "fait" ticks of the plan, per plan code. Session only: kept in sessionStorage so a reload keeps
 * them, gone when the tab closes, and wiped by the quick exit. A damaged stored value is ignored
 * rather than shown as an error: the ticks are a convenience, the plan itself lives in the address.
 */
export const usePlanTicks = defineStore('planTicks', () => {
  const ticks = ref<Ticks>({})
  let loaded = false

  function load() {
    if (loaded || import.meta.env.SSR) return
    loaded = true
    ticks.value = readJson('session', storageKeys.planTicks, isTicks, {})
  }

  function isDone(code: string, step: string) {
    return ticks.value[code]?.includes(step) ?? false
  }

  function toggle(code: string, step: string, done: boolean) {
    const current = new Set(ticks.value[code] ?? [])
    if (done) current.add(step)
    else current.delete(step)
    ticks.value = { ...ticks.value, [code]: [...current] }
    // Storage full or blocked: the tick still shows for this visit.
    writeJson('session', storageKeys.planTicks, ticks.value)
  }

  function wipe() {
    ticks.value = {}
    removeKey('session', storageKeys.planTicks)
  }

  if (!import.meta.env.SSR) onExitWipe(wipe)

  return { ticks, load, isDone, toggle, wipe }
})
