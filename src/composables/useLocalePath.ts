import { computed } from 'vue'
import { useI18n } from 'petite-vue-i18n'
import { useRoute } from 'vue-router'
import { isLocale, type Locale, locales, otherLocales } from '@/i18n/locales'
import { codePath, type CodePage, type GuidePage, guidePath, pathIn, sheetPath, staticPath, type StaticPage } from '@/router/paths'
import { HELPER } from '@/tree/digits'

/** Addresses in the language being read, so no screen writes an address by hand. */
export function useLocalePath() {
  const { locale: i18nLocale } = useI18n()
  const route = useRoute()
  const locale = computed<Locale>(() => (isLocale(i18nLocale.value) ? i18nLocale.value : locales[0]))
  return {
    locale,
    /** Every language the app speaks. */
    locales,
    /** Every language but the one being read: what the language switch offers. */
    others: computed(() => otherLocales(locale.value)),
    page: (page: StaticPage) => staticPath(page, locale.value),
    withCode: (page: CodePage, code?: string) => codePath(page, locale.value, code),
    /** The start of the path: for the person, or for someone who helps them (the helper's digit, tree/digits.ts). */
    start: (helper = false) => codePath('path', locale.value, helper ? HELPER : undefined),
    guide: (page: GuidePage) => guidePath(page, locale.value),
    /** A support sheet, by its number in the support index. */
    sheet: (n: number) => sheetPath(n, locale.value),
    /** The page being read, in another language, with its answers and query kept. */
    samePageIn: (other: Locale) => ({
      path: pathIn(other, {
        page: route.meta.page,
        code: typeof route.params.code === 'string' ? route.params.code : undefined,
        n: route.params.n === undefined ? undefined : Number(route.params.n),
      }),
      query: route.query,
    }),
  }
}
