import { computed, onMounted, ref } from 'vue'
import { codePath, type Locale } from '@/router/paths'

/**
 * The neutral link to a plan, in the chosen language. Absolute once in the browser (the origin is only
 * known there); while pre-rendering it is the path alone.
 */
export function useShareLink(code: () => string, language: () => Locale) {
  const origin = ref('')
  onMounted(() => (origin.value = location.origin))
  return computed(() => `${origin.value}${codePath('plan', language(), code())}`)
}
