import { useI18n } from 'petite-vue-i18n'
import { useHasMessage } from '@/composables/useHasMessage'

/**
 * A list of lines from the messages (a JSON array under `key`), as plain strings; none if absent.
 * petite-vue-i18n has no `tm()`, so the lines are read one by one (`key.0`, `key.1`…) until one is
 * missing.
 */
export function useLines() {
  const { t } = useI18n()
  const has = useHasMessage()
  return (key: string): string[] => {
    const lines: string[] = []
    for (let i = 0; has(`${key}.${i}`); i++) lines.push(t(`${key}.${i}`))
    return lines
  }
}
