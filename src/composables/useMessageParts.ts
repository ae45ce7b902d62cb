import { ref, watch } from 'vue'
import { useI18n } from 'petite-vue-i18n'
import type { MessagePart } from '@/i18n/parts'
import { type AppMessages, loadParts } from '@/i18n'
import { isLocale } from '@/i18n/locales'

/**
 * For a component shown outside the pages' own parts (the update prompt, the offline notice): loads
 * the message parts it needs in the current language, and again when the language changes. `ready`
 * stays false until they are there, so the component never shows a bare message key.
 */
export function useMessageParts(parts: readonly MessagePart[]) {
  const messages = useI18n() as unknown as AppMessages
  const ready = ref(false)
  watch(messages.locale, async (locale) => {
    ready.value = false
    if (!isLocale(locale)) return
    await loadParts(messages, locale, parts)
    ready.value = messages.locale.value === locale
  }, { immediate: true })
  return ready
}
