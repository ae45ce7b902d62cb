// The fact sheet, read once here for every test that checks a fact against it.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const sheet = fileURLToPath(new URL('../../../shared/facts/facts-fr.md', import.meta.url))

/**
 * The sheet's text, or undefined when the shared folder is not beside the clone: the tests that
 * check facts against it are then skipped (`it.skipIf(!factSheet)`), and say so here, except in CI
 * (.ci/run), where it must be there.
 */
export const factSheet: string | undefined = existsSync(sheet) ? readFileSync(sheet, 'utf8') : undefined
if (!factSheet) {
  const why = `${sheet} is missing: put the project's shared folder beside the clone, as ../shared (README, "Set-up").`
  if (process.env.CI) throw new Error(why)
  console.warn(`${why} The tests that check facts against the fact sheet are skipped.`)
}

/** Host and path (and query) without scheme or trailing slash, as the sheet may write a bare domain. */
export const withoutScheme = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '')

/**
 * The language a URL path segment names ("kn" → kn, "en-us" → en), or undefined for any other word:
 * a language the runtime has locale data for, so "hc" (help centre) or "oj" (official journal) are not.
 */
export function language(segment: string): string | undefined {
  if (!/^[a-z]{2}(?:[-_][a-z]{2,4})?$/i.test(segment)) return undefined
  try {
    const primary = new Intl.Locale(segment.replace('_', '-')).language
    return Intl.DateTimeFormat.supportedLocalesOf([primary]).length ? primary : undefined
  }
  catch {
    return undefined
  }
}

/**
 * The sheet asks for help pages at their language-neutral or French address (2026-11-28): an address
 * matches a sheet address once both lose their language segment and language query.
 */
const neutral = (address: string) => {
  const url = new URL(address.replace(/^http:/, 'https:'))
  for (const param of ['lang', 'hl']) url.searchParams.delete(param)
  const path = url.pathname.split('/').filter(s => !language(s)).join('/')
  return withoutScheme(`${url.host}${path}${url.search}`)
}
const sheetAddresses = new Set(((factSheet ?? '').match(/https?:\/\/[^\s)>\]]+/g) ?? []).map(a => a.replace(/[.,;]+$/, '')).map(neutral))
export const inSheet = (url: string) => !!factSheet?.includes(withoutScheme(url)) || sheetAddresses.has(neutral(url))
