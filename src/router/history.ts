import type { Router } from 'vue-router'

/**
 * Every navigation inside the app replaces the current history entry instead of adding one, so a
 * whole visit — questions, answers, plan, guides — occupies a single entry, and the quick exit's
 * location.replace() then removes even that one. Back after an exit can only lead to whatever was
 * open before the app. The app offers its own way back ("Question précédente", "Retour") instead of
 * the browser's Back button, and says so on the plan. See docs/history.md.
 */
export function keepOneHistoryEntry(router: Router) {
  router.push = to => router.replace(to)
}
