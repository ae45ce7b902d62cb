import { clearStorage } from '@/lib/storage'
import { exitsSoFar, keepExitCount } from './guard'

/**
 * The exit sequence, synchronous from start to finish so it happens within one frame:
 *   1. hide the page under a full-screen neutral overlay (announced through role="alert");
 *   2. wipe what the session holds (answers, ticks, unlocked data) through the registered wipers, and
 *      count the exit (the one value kept: entries made before it are never shown again, guard.ts);
 *   3. location.replace() to the destination, so this page's history entry is replaced.
 * Plain DOM on purpose: waiting for Vue to re-render would cost a frame. See docs/quick-exit.md.
 */
const wipers = new Set<() => void>()

/** Registers something to erase or lock on exit; returns a function that unregisters it. */
export function onExitWipe(wipe: () => void): () => void {
  wipers.add(wipe)
  return () => wipers.delete(wipe)
}

export const HIDE_CLASS = 'exit-hide-content'
export const OVERLAY_CLASS = 'exit-overlay'

export function showOverlay(text: string): HTMLElement {
  document.documentElement.classList.add(HIDE_CLASS)
  const overlay = document.createElement('div')
  overlay.className = OVERLAY_CLASS
  overlay.setAttribute('role', 'alert')
  document.body.appendChild(overlay)
  // Text set after insertion: screen readers pick up the alert more reliably (as GOV.UK does).
  overlay.textContent = text
  return overlay
}

export function hideOverlay() {
  document.documentElement.classList.remove(HIDE_CLASS)
  for (const overlay of document.querySelectorAll(`.${OVERLAY_CLASS}`)) overlay.remove()
}

/** Runs every wiper and empties sessionStorage, but for the tab's count of exits (plus `more`). */
export function wipeSession(more = 0) {
  const left = exitsSoFar()
  for (const wipe of wipers) {
    try {
      wipe()
    }
    catch {
      // One failing wiper must never stop the others, nor the exit itself.
    }
  }
  clearStorage('session')
  keepExitCount(left + more)
}

const replaceLocation = (url: string) => location.replace(url)

export function exitNow(destination: string, overlayText: string, navigate: (url: string) => void = replaceLocation) {
  showOverlay(overlayText)
  wipeSession(1)
  navigate(destination)
}

/** Covers the page and replaces it by the destination, wiping nothing: for an entry the guard refuses. */
export function leaveNow(destination: string, overlayText: string, navigate: (url: string) => void = replaceLocation) {
  showOverlay(overlayText)
  navigate(destination)
}
