import { computed, onMounted, ref } from 'vue'
import type { Locale } from '@/i18n/locales'
import { codePath } from '@/router/paths'
import { preparedMark } from './usePrepared'

/**
 * The neutral link to a prepared plan, in the chosen language, marked as prepared (the person has not
 * answered the danger question). Absolute once in the browser (the origin is only known there); while
 * pre-rendering it is the path alone.
 */
export function useShareLink(code: () => string, language: () => Locale) {
  const origin = ref('')
  onMounted(() => (origin.value = location.origin))
  const mark = new URLSearchParams(preparedMark).toString()
  return computed(() => `${origin.value}${codePath('plan', language(), code())}?${mark}`)
}
