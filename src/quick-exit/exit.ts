import { clearStorage } from '@/lib/storage'

/**
 * The exit sequence, synchronous from start to finish so it happens within one frame:
 *   1. hide the page under a full-screen neutral overlay (announced through role="alert");
 *   2. wipe what the session holds (answers, ticks, unlocked data) through the registered wipers;
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

export function wipeSession() {
  for (const wipe of wipers) {
    try {
      wipe()
    }
    catch {
      // One failing wiper must never stop the others, nor the exit itself.
    }
  }
  clearStorage('session')
}

export function exitNow(destination: string, overlayText: string, navigate: (url: string) => void = url => location.replace(url)) {
  showOverlay(overlayText)
  wipeSession()
  navigate(destination)
}
