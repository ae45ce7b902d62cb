import type { Router } from 'vue-router'
import { rememberPlanPlace } from '@/composables/usePlanReturn'
import { arrivedByHistory, stampEntry } from '@/quick-exit/guard'

/** Pages that belong to the plan itself: moving between them never adds an entry. */
const planPages = new Set(['path', 'review', 'plan'])

/**
 * The app's history, in three rules (docs/history.md):
 *
 * - Every move replaces the current entry, so questions and answers never pile up in history and
 *   Back leaves the app — with one exception: leaving a plan for any other page (a guide, a tool,
 *   the letter, the emergency numbers…) adds one entry, so that Back brings the person back to that
 *   exact plan. Moves from there replace that second entry: a visit holds at most two.
 * - Every entry carries the count of this tab's quick exits when it was made (quick-exit/guard.ts):
 *   an entry made before an exit is never shown again, whichever way it is reached. The entry a
 *   document was opened on by Back or Forward is left as it is: the guard reads its own count.
 * - Leaving a plan remembers it for this tab, with the place in it (composables/usePlanReturn.ts):
 *   every other page then offers the way back to it.
 */
export function shapeHistory(router: Router) {
  const push = router.push.bind(router)
  router.push = (to) => {
    const from = router.currentRoute.value.meta.page
    const next = router.resolve(to).meta.page
    return from === 'plan' && !planPages.has(next ?? '') ? push(to) : router.replace(to)
  }
  if (typeof window === 'undefined') return
  rememberPlanPlace(router)
  let first = true
  router.afterEach((_to, _from, failure) => {
    if (failure) return
    if (!(first && arrivedByHistory())) stampEntry()
    first = false
  })
}
