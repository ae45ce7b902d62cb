import { onBeforeUnmount, onMounted, type Ref } from 'vue'

/**
 * Everything folded away on screen is printed unfolded: a printed plan is read later, away from the
 * phone, where nothing can be tapped open. Closed `<details>` inside `root` open just before printing
 * and close again after, so the screen is as the person left it. (The print style sheet also shows
 * the content of closed `<details>` where the browser allows it: see `.step__box` in PlanStep.vue.)
 */
export function usePrintOpen(root: Readonly<Ref<HTMLElement | null>>) {
  let opened: HTMLDetailsElement[] = []
  const before = () => {
    opened = [...(root.value?.querySelectorAll('details:not([open])') ?? [])] as HTMLDetailsElement[]
    for (const details of opened) details.open = true
  }
  const after = () => {
    for (const details of opened) details.open = false
    opened = []
  }
  onMounted(() => {
    addEventListener('beforeprint', before)
    addEventListener('afterprint', after)
  })
  onBeforeUnmount(() => {
    removeEventListener('beforeprint', before)
    removeEventListener('afterprint', after)
  })
}
