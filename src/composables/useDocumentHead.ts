import { getCurrentScope, useSSRContext, watchEffect } from 'vue'
import type { PageHead } from '@/boot/contract'
import { inNextTask } from '@/lib/tasks'

/**
 * The page's <title> and <html lang>. Titles show in tabs, history and on lock screens, so the
 * caller keeps them neutral. In the browser they follow the route; when pre-rendering, they are handed
 * to build/prerender.ts through the render context, which writes them into the page's HTML.
 */
export function useDocumentHead(head: () => PageHead) {
  if (import.meta.env.SSR) {
    Object.assign(useSSRContext<PageHead>()!, head())
    return
  }
  // One task after the app starts, not in the task that takes the page over: a pre-rendered page
  // already has its title, and on a slow phone the first translation is slow to prepare.
  const scope = getCurrentScope()
  inNextTask(() => scope?.run(() => watchEffect(() => {
    const { title, lang } = head()
    document.title = title
    document.documentElement.lang = lang
  })))
}
