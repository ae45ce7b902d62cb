import { defineAsyncComponent, defineComponent, h, type HydrationStrategy, onMounted } from 'vue'
import { inNextTask } from '@/lib/tasks'

// How many parts of the page are still to be taken over, and who waits for them all.
let waiting = 0
let waiters: (() => void)[] = []

function partDone() {
  waiting--
  if (waiting > 0) return
  waiters.forEach(resolve => resolve())
  waiters = []
}

/** Renders its slot as it is, and says when it has been taken over. */
const Part = defineComponent((_, { slots }) => {
  onMounted(partDone)
  return () => slots.default?.()
})

const Lazy = defineAsyncComponent({ loader: async () => Part, hydrate: (hydrate => inNextTask(hydrate)) satisfies HydrationStrategy })

/**
 * Takes its part of a pre-rendered page over in a task of its own, after the quick exit, instead of
 * in one long task with the whole page: on a slow phone a tap can then be answered in between (step 5
 * of src/boot/README.md). It is a few milliseconds; until then the part is the pre-rendered HTML,
 * with plain links. `whenHydrated()` says when every part is done: the app marks the page as fully
 * taken over (`html.js`) only then. Outside hydration (a page drawn in the browser, any later screen)
 * it is a plain wrapper.
 */
export default defineComponent((_, { slots }) => {
  if (!import.meta.env.SSR) waiting++
  return () => h(Lazy, null, slots)
})

/** Resolves once every part on the page has been taken over (at once when none is waiting). */
export function whenHydrated(): Promise<void> {
  return waiting === 0 ? Promise.resolve() : new Promise(resolve => waiters.push(resolve))
}
