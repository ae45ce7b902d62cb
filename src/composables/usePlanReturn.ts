import { readonly, ref } from 'vue'
import type { RouteLocationNormalized, Router } from 'vue-router'
import { readJson, storageKeys, writeJson } from '@/lib/storage'
import { arrivedByHistory } from '@/quick-exit/guard'

/**
 * The plan this tab came from, and the place in it: leaving a plan page for any other page remembers
 * its address (with its query) and where the person was (how far down, which steps were open, by
 * their position). Every other page then offers the way back to it (components/app/PlanReturn.vue),
 * and coming back to it, by that link or by Back, puts the person where they were. The ticks are
 * already kept per plan (stores/planTicks.ts).
 *
 * Kept in sessionStorage only: the answers themselves are the neutral code of the address, the place
 * is numbers; the tab forgets them when it closes, and the quick exit wipes them. Nothing here outlives
 * the tab, and nothing is kept anywhere else.
 */
export interface PlanPlace {
  /** The plan's address, query included (a support worker's link keeps its mark). */
  path: string
  /** How far the page was scrolled, in CSS pixels. */
  scroll: number
  /** The positions of the open steps, from 0. */
  open: number[]
  /** The plan spoke in "tu" (someone who may be a minor): the way back says "ton plan". Read from the
   * plan page itself (its `data-voice`), so that this module, on every page, needs none of the tree. */
  tu?: boolean
}

const isPlace = (value: unknown): value is PlanPlace => {
  if (!value || typeof value !== 'object') return false
  const { path, scroll, open } = value as Record<string, unknown>
  return typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') && typeof scroll === 'number'
    && Array.isArray(open) && open.every(n => Number.isInteger(n) && n >= 0)
    && ['boolean', 'undefined'].includes(typeof (value as Record<string, unknown>).tu)
}

const remembered = ref<PlanPlace | null>(null)

/** Reads the remembered plan again (on mount: pre-rendered pages know nothing of the tab). */
function load() {
  remembered.value = readJson('session', storageKeys.from, isPlace, null)
  return remembered.value
}

const scroller = () => document.getElementById('page')
const steps = () => [...document.querySelectorAll<HTMLElement>('.plan__steps .step')]

function placeOnScreen(path: string): PlanPlace {
  const open = steps().flatMap((step, i) => (step.querySelector('details')?.open ? [i] : []))
  const tu = document.querySelector<HTMLElement>('.plan[data-voice]')?.dataset.voice === 'tu'
  return { path, scroll: scroller()?.scrollTop ?? 0, open, tu }
}

/** Once the plan has drawn every step (it draws a few per task), opens the same steps and scrolls back. */
function restore(place: PlanPlace, path: string, tries = 120) {
  requestAnimationFrame(() => {
    if (location.pathname + location.search !== path) return
    const list = document.querySelector('.plan__steps')
    if (!list || list.getAttribute('aria-busy') !== 'false') {
      if (tries > 0) restore(place, path, tries - 1)
      return
    }
    const all = steps()
    for (const i of place.open) {
      const details = all[i]?.querySelector('details')
      if (details) details.open = true
    }
    scroller()?.scrollTo(0, place.scroll)
  })
}

const isPlan = (route: RouteLocationNormalized) => route.meta.page === 'plan'

/** Installed once with the router (router/history.ts). */
export function rememberPlanPlace(router: Router) {
  router.beforeEach((to, from) => {
    if (isPlan(from) && !isPlan(to)) {
      const place = placeOnScreen(from.fullPath)
      writeJson('session', storageKeys.from, place)
      remembered.value = place
    }
  })
  let first = true
  router.afterEach((to, from, failure) => {
    const arrival = first
    first = false
    if (failure || !isPlan(to) || isPlan(from)) return
    // Back from a page of this visit, or this document opened by Back: not a plan opened afresh.
    if (from.matched.length === 0 && !(arrival && arrivedByHistory())) return
    const place = load()
    if (place?.path === to.fullPath) restore(place, to.fullPath)
  })
}

/** The plan to offer the way back to, read on mount; null when this tab has none. */
export function usePlanReturn() {
  return { place: readonly(remembered), load }
}
