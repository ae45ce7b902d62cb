/**
 * Web storage, read and written safely, with every key the app uses listed once.
 *
 * Storage can be missing (pre-rendering in Node), blocked (private modes, strict settings), full, or
 * hold a damaged value (written by an older version, or by hand). None of that may break a page: a
 * value that cannot be read falls back to its default, and a value that cannot be written still holds
 * for this visit. What the app keeps is a convenience; the plan itself lives in the address.
 */

/** Every key, in one place. Only neutral values are kept under them, never an answer. */
export const storageKeys = {
  /** Preferences: exit destination, dossier lock delay (localStorage). */
  settings: 'eclaircie.settings',
  /** The plan's "fait" ticks, per plan code (sessionStorage). */
  planTicks: 'eclaircie.done',
  /** The first-visit notice was understood in this browser (localStorage; docs/quick-exit.md). */
  notice: 'eclaircie.notice',
  /** The places noted during a search (sessionStorage). */
  places: 'eclaircie.places',
  /**
   * How many times this tab left by the quick exit (sessionStorage; the one value the exit keeps, so
   * that entries made before it are never shown again: src/quick-exit/guard.ts).
   */
  left: 'eclaircie.left',
  /** The plan this tab came from, and the place in it (sessionStorage; composables/usePlanReturn.ts). */
  from: 'eclaircie.from',
} as const

export type StorageKey = (typeof storageKeys)[keyof typeof storageKeys]

type Area = 'local' | 'session'

function area(which: Area): Storage | undefined {
  try {
    if (typeof window === 'undefined') return undefined
    return which === 'local' ? window.localStorage : window.sessionStorage
  }
  catch {
    // Reading the property itself throws where storage is blocked.
    return undefined
  }
}

/** The stored value if it is there and `valid` accepts it; otherwise `fallback`. */
export function readJson<T>(which: Area, key: StorageKey, valid: (value: unknown) => value is T, fallback: T): T {
  try {
    const text = area(which)?.getItem(key)
    if (text == null) return fallback
    const value: unknown = JSON.parse(text)
    return valid(value) ? value : fallback
  }
  catch {
    return fallback
  }
}

/** Writes a value; false when storage is blocked or full (the value then holds for this visit only). */
export function writeJson(which: Area, key: StorageKey, value: unknown): boolean {
  try {
    const storage = area(which)
    if (!storage) return false
    storage.setItem(key, JSON.stringify(value))
    return true
  }
  catch {
    return false
  }
}

export function removeKey(which: Area, key: StorageKey): void {
  try {
    area(which)?.removeItem(key)
  }
  catch {}
}

/** Empties both areas: the quick exit (session) and "erase everything" (both). */
export function clearStorage(...which: Area[]): void {
  for (const name of which) {
    try {
      area(name)?.clear()
    }
    catch {}
  }
}
