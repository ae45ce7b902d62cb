import { computed, getCurrentInstance, inject, type MaybeRefOrGetter, onBeforeUnmount, onMounted, ref, ssrContextKey, toValue, watch } from 'vue'

/**
 * A long list drawn a little at a time: its first `first` items with the rest of the page, then `step`
 * more in each following task, so that on a slow phone no task is long enough to leave a tap waiting
 * (docs/offline.md, "Start-up in steps"). A page taken over from pre-rendered HTML gets the whole list
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
  let timer: ReturnType<typeof setTimeout> | undefined

  const more = () => {
    timer = undefined
    if (count.value >= toValue(items).length) return
    count.value += step
    timer = setTimeout(more)
  }
  const start = () => {
    clearTimeout(timer)
    timer = setTimeout(more)
  }
  onMounted(start)
  onBeforeUnmount(() => clearTimeout(timer))
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
