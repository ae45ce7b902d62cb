/**
 * Shift pressed three times leaves the app: a faithful port of GOV.UK's "Exit this page" shortcut
 * (govuk-frontend, exit-this-page.mjs). See docs/quick-exit.md.
 *
 * - Only `keyup` of Shift counts, so holding Shift does not repeat.
 * - A Shift released at the end of a chord (Shift+A) does not count: the A keyup before it carried
 *   `shiftKey: true`, which is how GOV.UK tells a chord from a press.
 * - Up to TIMEOUT ms between presses: the timer restarts at every counted press.
 * - Any other key, or an uncounted Shift, while a sequence runs resets it and announces "expired".
 * - The listener is on the document in the capture phase and ignores where focus is, so it works
 *   while typing in a field (a text field cannot swallow it).
 */
export const PRESSES = 3
export const TIMEOUT = 5000

export interface ExitShortcutHandlers {
  /** A counted press that did not exit yet: 1 or 2. */
  onPress: (count: number) => void
  /** The sequence ran out of time or was interrupted. */
  onExpire: () => void
  /** Announcement of expiry can be cleared after this. */
  onClear: () => void
  onExit: () => void
}

export function listenForExitShortcut(handlers: ExitShortcutHandlers, target: EventTarget = document): () => void {
  let count = 0
  let previousHadShift = false
  let sequenceTimer: ReturnType<typeof setTimeout> | undefined
  let clearTimer: ReturnType<typeof setTimeout> | undefined

  const expire = () => {
    clearTimeout(sequenceTimer)
    sequenceTimer = undefined
    count = 0
    handlers.onExpire()
    clearTimeout(clearTimer)
    clearTimer = setTimeout(handlers.onClear, TIMEOUT)
  }

  const onKeyup = (event: Event) => {
    const key = event as KeyboardEvent
    const counted = key.key === 'Shift' && !previousHadShift
    previousHadShift = key.shiftKey
    if (!counted) {
      if (sequenceTimer !== undefined) expire()
      return
    }
    count += 1
    clearTimeout(clearTimer)
    clearTimeout(sequenceTimer)
    if (count >= PRESSES) {
      count = 0
      sequenceTimer = undefined
      handlers.onExit()
      return
    }
    handlers.onPress(count)
    sequenceTimer = setTimeout(expire, TIMEOUT)
  }

  target.addEventListener('keyup', onKeyup, true)
  return () => {
    target.removeEventListener('keyup', onKeyup, true)
    clearTimeout(sequenceTimer)
    clearTimeout(clearTimer)
  }
}
