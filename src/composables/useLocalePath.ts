import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { codePath, type CodePage, type GuidePage, guidePath, isLocale, type Locale, staticPath, type StaticPage } from '@/router/paths'

/** Addresses in the language being read. */
export function useLocalePath() {
  const { locale: i18nLocale } = useI18n()
  const locale = computed<Locale>(() => (isLocale(i18nLocale.value) ? i18nLocale.value : 'fr'))
  return {
    locale,
    page: (page: StaticPage) => staticPath(page, locale.value),
    withCode: (page: CodePage, code?: string) => codePath(page, locale.value, code),
    guide: (page: GuidePage) => guidePath(page, locale.value),
  }
}
