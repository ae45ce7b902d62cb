import { defineStore } from 'pinia'
import { ref } from 'vue'
import { onExitWipe } from '@/safety/exit'

const KEY = 'eclaircie.done'

/**
 * The "fait" ticks of the plan, per plan code. Session only: kept in sessionStorage so a reload keeps
 * them, gone when the tab closes, and wiped by the quick exit. A damaged stored value is ignored
 * rather than shown as an error: the ticks are a convenience, the plan itself lives in the address.
 */
export const useDoneStore = defineStore('done', () => {
  const ticks = ref<Record<string, string[]>>({})
  let loaded = false

  function load() {
    if (loaded || typeof sessionStorage === 'undefined') return
    loaded = true
    try {
      const parsed: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '{}')
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        ticks.value = Object.fromEntries(
          Object.entries(parsed).filter(([, v]) => Array.isArray(v) && v.every(x => typeof x === 'string')),
        ) as Record<string, string[]>
      }
    }
    catch {
      ticks.value = {}
    }
  }

  function isDone(code: string, step: string) {
    return ticks.value[code]?.includes(step) ?? false
  }

  function toggle(code: string, step: string, done: boolean) {
    const current = new Set(ticks.value[code] ?? [])
    if (done) current.add(step)
    else current.delete(step)
    ticks.value = { ...ticks.value, [code]: [...current] }
    try {
      sessionStorage.setItem(KEY, JSON.stringify(ticks.value))
    }
    catch {
      // Storage full or blocked: the tick still shows for this visit.
    }
  }

  function wipe() {
    ticks.value = {}
    try {
      sessionStorage.removeItem(KEY)
    }
    catch {}
  }

  if (!import.meta.env.SSR) onExitWipe(wipe)

  return { ticks, load, isDone, toggle, wipe }
})
