import { clampIdleMinutes, IDLE_DEFAULT_MINUTES } from './idle-minutes'

export interface IdleLockOptions {
  /** 1 to 30, default 5. */
  minutes?: number
  onLock: () => void
  /** Milliseconds, like Date.now. */
  now?: () => number
  /** Schedules `callback` in `ms` and returns a cancel function. */
  setTimer?: (callback: () => void, ms: number) => () => void
}

export interface IdleLock {
  readonly minutes: number
  /** Call on any input (key, pointer, scroll): resets the countdown. */
  activity(): void
  /**
   * Call when the page becomes visible again: timers sleep with the phone, so this locks at once if the
   * time ran out meanwhile.
   */
  check(): void
  /** Changes the delay (clamped to 1–30) and restarts the countdown. */
  setMinutes(minutes: number): void
  /** Stops without locking (the vault was locked some other way). */
  stop(): void
}

/**
 * Locks after `minutes` without activity. Activity only records the time; the one timer re-checks when
 * it fires and re-arms for the time left, so a stream of pointer events costs nothing.
 * After it locked, it stays stopped: make a new one at the next unlock.
 */
export function createIdleLock(options: IdleLockOptions): IdleLock {
  const now = options.now ?? Date.now
  const setTimer = options.setTimer ?? ((callback, ms) => {
    const id = setTimeout(callback, ms)
    return () => clearTimeout(id)
  })
  let minutes = clampIdleMinutes(options.minutes ?? IDLE_DEFAULT_MINUTES)
  let last = now()
  let cancel: (() => void) | null = null
  let stopped = false

  const limit = () => minutes * 60_000
  const arm = (ms: number) => {
    cancel?.()
    cancel = setTimer(check, ms)
  }
  function check(): void {
    if (stopped) return
    const idle = now() - last
    if (idle >= limit()) {
      stop()
      options.onLock()
    }
    else {
      arm(limit() - idle)
    }
  }
  function stop(): void {
    stopped = true
    cancel?.()
    cancel = null
  }

  arm(limit())
  return {
    get minutes() {
      return minutes
    },
    activity() {
      if (!stopped) last = now()
    },
    check,
    setMinutes(value: number) {
      minutes = clampIdleMinutes(value)
      if (stopped) return
      last = now()
      arm(limit())
    },
    stop,
  }
}
