import { inNextTask } from '../../lib/tasks.ts'
import { preload } from './preload.ts'

/**
 * The one script a pre-rendered page loads itself (step 2 of ../README.md). The page's text is all in
 * its HTML; to be painted it needs only that HTML and its styles. Its modules (~55 KB gzip on a home
 * page, ~90 KB on a plan) would share a slow line with the styles, so this script, loaded with
 * `defer`, asks for them once the browser reports the page's first contentful paint; at once when the
 * page is not visible (a tab opened in the background paints nothing); after two frames in a browser
 * that reports no paints. No timer decides when: on a very slow line the first paint may take
 * seconds, and that is when the modules must not compete with the styles. Links, calls and the
 * quick-exit link work before the app starts, as they always have.
 *
 * It reads what to load from its own tag, as build/prerender.ts writes it, so one file serves every
 * page: `data-app` (the entry) and `data-preload` (the page's modules, space-separated, the framework
 * first). They go three per task (preload.ts); the entry is added right after the first three.
 */
export default function startAfterPaint(me: HTMLOrSVGScriptElement, win: Window & typeof globalThis): void {
  const doc = win.document
  let started = false
  const start = () => {
    if (started) return
    started = true
    const entry = doc.createElement('script')
    entry.type = 'module'
    entry.crossOrigin = ''
    entry.src = me.getAttribute('data-app')!
    preload(doc, (me.getAttribute('data-preload') ?? '').split(' ').filter(Boolean), () => doc.head.appendChild(entry))
  }
  if (doc.visibilityState === 'hidden') return start()
  if (win.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
    new win.PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) inNextTask(start)
    }).observe({ type: 'paint', buffered: true })
  }
  else win.requestAnimationFrame(() => win.requestAnimationFrame(() => inNextTask(start)))
}
