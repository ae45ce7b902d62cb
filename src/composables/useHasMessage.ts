import { isMessageAST, isMessageFunction, resolveValue } from '@intlify/core-base'
import { useI18n } from 'petite-vue-i18n'

/**
 * Whether a message exists in the current language: what vue-i18n's `te()` answers, which
 * petite-vue-i18n (its translation-only build) leaves out. A message is precompiled (to a syntax tree
 * or a function) or, unbuilt, a string; any other object is a group of messages, not one.
 */
export function useHasMessage() {
  const { locale, getLocaleMessage } = useI18n()
  return (key: string): boolean => {
    const value: unknown = resolveValue(getLocaleMessage(locale.value), key)
    return typeof value === 'string' || isMessageAST(value) || isMessageFunction(value)
  }
}
