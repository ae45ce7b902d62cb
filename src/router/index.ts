import { createRouter, type RouterHistory } from 'vue-router'
import { shapeHistory } from './history'
import { routes } from './routes'

/**
 * The app's router: the route table (routes.ts, from the neutral addresses of paths.ts), and the
 * history's rules (history.ts, docs/history.md). The browser passes
 * its web history, the pre-renderer a memory history.
 */
export function createAppRouter(history: RouterHistory) {
  const router = createRouter({ history, routes, scrollBehavior: () => ({ top: 0 }) })
  shapeHistory(router)
  return router
}
