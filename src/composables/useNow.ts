import { computed, onBeforeUnmount, onMounted, type Ref, ref, shallowRef } from 'vue'

/**
 * The device's clock, for "open now" lines. It is `null` until the component is mounted: a page
 * pre-rendered at build time (or its first paint from that HTML) must never carry the build's
 * "open" or "closed". It then follows the clock each minute, and at once when the page comes back
 * to the foreground (a phone left asleep overnight shows the morning's state, not last night's).
 * One clock for the whole page, however many lines show it.
 */
const now: Ref<Date | null> = shallowRef(null)
let users = 0
let timer: ReturnType<typeof setInterval> | undefined

const tick = () => {
  now.value = new Date()
}
const onVisible = () => {
  if (document.visibilityState === 'visible') tick()
}

export function useNow(): Readonly<Ref<Date | null>> {
  // Null for this component until it is mounted, whatever the shared clock says: the server's render
  // and the first render in the browser (which must match it) never show a time.
  const mounted = ref(false)
  onMounted(() => {
    mounted.value = true
    tick()
    if (users++ === 0) {
      timer = setInterval(tick, 60_000)
      document.addEventListener('visibilitychange', onVisible)
    }
  })
  onBeforeUnmount(() => {
    if (--users === 0) {
      clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisible)
    }
  })
  return computed(() => (mounted.value ? now.value : null))
}
