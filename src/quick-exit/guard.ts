import { STAMP } from '@/boot/early/exit-guard'
import { readJson, storageKeys, writeJson } from '@/lib/storage'

export { STAMP }

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
 * Checked twice: by the page's first script, before anything is painted (src/boot/early/exit-guard.ts,
 * written into every pre-rendered page and the app shell by build/prerender.ts), and by the app itself
 * (components/quick-exit/QuickExit.vue), should that script be missing (the development server).
 */

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
