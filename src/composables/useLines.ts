import { useI18n } from 'vue-i18n'

/**
 * A list of lines from the messages (a JSON array under `key`), as plain strings; none if absent.
 * (`te()` answers false for lists, so the presence check is on what `tm()` returns.)
 */
export function useLines() {
  const { tm, rt } = useI18n()
  return (key: string): string[] => {
    const value: unknown = tm(key)
    return Array.isArray(value) ? value.map(line => rt(line as never)) : []
  }
}
