import { computed } from 'vue'
import { useRoute } from 'vue-router'

/**
 * The mark a support worker's link carries in its query: the answers were prepared for the person, who
 * has not answered the danger question (src/support/situations.ts). It follows them from the plan to the
 * review and back until they answer that question themself. A neutral word, like the rest of the
 * address. Kept out of router/paths.ts, which the first screen loads.
 */
export const preparedMark = { lien: '1' } as const

export function isPrepared(query: Record<string, unknown>): boolean {
  return query.lien === preparedMark.lien
}

/** Whether the current page was reached from a prepared link, and the query that keeps the mark. */
export function usePrepared() {
  const route = useRoute()
  const prepared = computed(() => isPrepared(route.query))
  const mark = computed(() => (prepared.value ? { ...preparedMark } : {}))
  return { prepared, mark }
}
