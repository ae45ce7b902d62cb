import { inNextTask } from '../../lib/tasks.ts'

/** How many files are asked for per task. */
export const PER_TASK = 3

/**
 * Asks for the files in `list`, scripts as module preloads and styles as style preloads, three per
 * task, and calls `first` once, right after the first three. Adding one costs one to a few
 * milliseconds in the benchmark's browser, more on a slow phone, and a plan needs some twenty: all in
 * one task would make it a long one. Shared by start-after-paint.ts and shell-preload.ts.
 */
export function preload(doc: Document, list: readonly string[], first?: () => void): void {
  const rest = [...list]
  const more = () => {
    for (const href of rest.splice(0, PER_TASK)) {
      const link = doc.createElement('link')
      if (href.endsWith('.css')) {
        link.rel = 'preload'
        link.as = 'style'
      }
      else link.rel = 'modulepreload'
      link.crossOrigin = ''
      link.href = href
      doc.head.appendChild(link)
    }
    first?.()
    first = undefined
    if (rest.length) inNextTask(more)
  }
  more()
}
