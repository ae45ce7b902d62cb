import { defaultExit, exits } from '../../content/exits.ts'
import { storageKeys } from '../../lib/storage.ts'

/**
 * The first script of every pre-rendered page and of the app shell, before anything else in <head>:
 * an entry made before this tab's last quick exit, reached by Back or Forward or restored from the
 * back-forward cache, is hidden and left before its first paint; the first-visit notice, once
 * understood, is hidden before it (src/quick-exit/guard.ts, docs/quick-exit.md). A classic script,
 * neither async nor deferred: the parser waits for it, so nothing is painted first.
 */
export default function exitGuard(): void {
  const destinations = Object.fromEntries(Object.values(exits).map(exit => [exit.id, exit.url]))
  firstScript({ left: storageKeys.left, settings: storageKeys.settings, notice: storageKeys.notice }, STAMP, destinations, exits[defaultExit].url)
}

/** The key, in `history.state`, of the count of exits when the entry was made (quick-exit/guard.ts). */
export const STAMP = 'left'

export interface FirstScriptKeys {
  /** storageKeys.left (sessionStorage). */
  left: string
  /** storageKeys.settings (localStorage): the chosen exit destination. */
  settings: string
  /** storageKeys.notice (localStorage): the first-visit notice was understood. */
  notice: string
}

/**
 * The page's first script, run before its body is parsed. It applies quick-exit/guard.ts's
 * `madeBeforeAnExit` (a unit test runs both on the same cases) with nothing from outside but its
 * arguments, so that the test can run it alone, and hides the first-visit notice before the first
 * paint once it was understood in this browser.
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
