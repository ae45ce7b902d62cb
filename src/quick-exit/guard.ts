import { readJson, storageKeys, writeJson } from '@/lib/storage'

/**
 * Back after an exit must never show the app, whatever the tab held before: an earlier visit in the
 * same tab, an entry kept to go back from a guide to its plan, a reload, a page kept in the
 * back-forward cache. The exit replaces only the entry in front of the person; the others stay in the
 * tab's history. So every entry the app shows carries, in `history.state`, how many exits this tab
 * had made when the entry was made (`STAMP`), and the tab counts its exits in sessionStorage (the one
 * value the exit keeps). An entry made before the last exit (or never stamped, because the app did not
 * run on it) is never shown again: reached by Back or Forward, or restored from the back-forward cache,
 * it is hidden before its first paint and replaced by the exit's destination. See docs/quick-exit.md.
 *
 * Checked twice: by the page's first script, before anything is painted (`firstScript`, written into
 * every pre-rendered page and the app shell by build/prerender.ts), and by the app itself
 * (components/quick-exit/QuickExit.vue), should that script be missing (the development server).
 */

/** The key, in `history.state`, of the count of exits when the entry was made. */
export const STAMP = 'left'

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0

/** How many times this tab has left by the quick exit. */
export function exitsSoFar(): number {
  return readJson('session', storageKeys.left, isCount, 0)
}

/** Writes the count back (after the exit's wipe, which empties the rest of sessionStorage). */
export function keepExitCount(count: number): void {
  if (count > 0) writeJson('session', storageKeys.left, count)
}

/** Whether a history entry was made before this tab's last exit: then it must never be shown. */
export function madeBeforeAnExit(state: unknown, left: number): boolean {
  if (left <= 0) return false
  const made = state !== null && typeof state === 'object' ? (state as Record<string, unknown>)[STAMP] : undefined
  return !(isCount(made) && made >= left)
}

/** Marks the current entry as made now, unless it already carries a count (then it keeps its own). */
export function stampEntry(): void {
  const state: unknown = history.state
  if (state !== null && typeof state === 'object' && isCount((state as Record<string, unknown>)[STAMP])) return
  history.replaceState({ ...(state !== null && typeof state === 'object' ? state : {}), [STAMP]: exitsSoFar() }, '')
}

/** How the current document was reached: Back and Forward say 'back_forward'. */
export function arrivedByHistory(): boolean {
  const entry = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined
  return entry?.type === 'back_forward'
}

export interface FirstScriptKeys {
  /** storageKeys.left (sessionStorage). */
  left: string
  /** storageKeys.settings (localStorage): the chosen exit destination. */
  settings: string
  /** storageKeys.notice (localStorage): the first-visit notice was understood. */
  notice: string
}

/**
 * The page's first script, run before its body is parsed. Self-contained on purpose: it is written
 * into the pages as `(source)(arguments)` (`firstScriptSource`), so it may use nothing from outside.
 * It applies `madeBeforeAnExit` (a unit test runs both on the same cases), and hides the first-visit
 * notice before the first paint once it was understood in this browser.
 */
export function firstScript(keys: FirstScriptKeys, stamp: string, destinations: Record<string, string>, fallback: string): void {
  const html = document.documentElement
  const read = (area: 'localStorage' | 'sessionStorage', key: string): unknown => {
    try {
      const text = window[area].getItem(key)
      return text === null ? null : JSON.parse(text)
    }
    catch {
      return null
    }
  }
  if (read('localStorage', keys.notice) === true) html.classList.add('notice-seen')
  const before = () => {
    const left = read('sessionStorage', keys.left)
    if (typeof left !== 'number' || left <= 0) return false
    const state: unknown = history.state
    const made = state !== null && typeof state === 'object' ? (state as Record<string, unknown>)[stamp] : undefined
    return !(typeof made === 'number' && made >= left)
  }
  const leave = () => {
    html.hidden = true
    const settings = read('localStorage', keys.settings)
    const chosen = settings !== null && typeof settings === 'object' ? (settings as Record<string, unknown>).exit : undefined
    location.replace(typeof chosen === 'string' && Object.hasOwn(destinations, chosen) ? destinations[chosen]! : fallback)
  }
  const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined
  if (navigation?.type === 'back_forward' && before()) leave()
  addEventListener('pageshow', (event) => {
    if (event.persisted && before()) leave()
  })
}

/** The first script's text, with the app's keys and the exit destinations written in. */
export function firstScriptSource(destinations: Record<string, string>, fallback: string): string {
  const keys: FirstScriptKeys = { left: storageKeys.left, settings: storageKeys.settings, notice: storageKeys.notice }
  const args = [keys, STAMP, destinations, fallback].map(value => JSON.stringify(value)).join(',')
  return `(${firstScript.toString()})(${args})\n`
}
