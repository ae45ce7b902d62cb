import { computed, getCurrentInstance, inject, type MaybeRefOrGetter, onBeforeUnmount, onMounted, ref, ssrContextKey, toValue, watch } from 'vue'
import { inNextTask } from '@/lib/tasks'

/**
 * A long list drawn a little at a time: its first `first` items with the rest of the page, then `step`
 * more in each following task, so that on a slow phone no task is long enough to leave a tap waiting
 * (src/boot/README.md). A page taken over from pre-rendered HTML gets the whole list
 * at once: its HTML is already there, and taking it over needs the same list.
 *
 * `done` is false while items are still to come: bind it to `aria-busy` on the list, so that assistive
 * technology (and the browser tests) wait for the whole list.
 */
export function useRevealByTask<T>(items: MaybeRefOrGetter<readonly T[]>, first = 2, step = 1) {
  // Pre-rendering (the render context is there), or hydrating: Vue has already matched the component
  // to its pre-rendered element.
  const hydrating = inject(ssrContextKey, null) !== null || getCurrentInstance()?.vnode.el != null
  const count = ref(hydrating ? Infinity : first)
  let cancel = () => {}

  const more = () => {
    if (count.value >= toValue(items).length) return
    count.value += step
    cancel = inNextTask(more)
  }
  const start = () => {
    cancel()
    cancel = inNextTask(more)
  }
  onMounted(start)
  onBeforeUnmount(() => cancel())
  // Another list (another plan code on the same page): drawn a little at a time again.
  watch(() => toValue(items), () => {
    count.value = first
    start()
  })

  return {
    shown: computed(() => toValue(items).slice(0, count.value)),
    done: computed(() => count.value >= toValue(items).length),
  }
}
