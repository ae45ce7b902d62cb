import { planCode, situationIds } from '../support/situations'
import { locales } from '../i18n/locales'
import { codePath, type GuidePage, guidePages, guidePath, sheetPath, staticPages, type StaticPage, staticPath } from './paths'

/**
 * The addresses rendered to HTML at build time (build/prerender.ts): `/` (the French home page, see
 * preferredLocale), every page that is the same for everybody, and the plan of every situation of the
 * support-worker index (the links support workers send), in each language. Their codes are computed
 * here from the index, so a change to its answers changes the pages. Any other address gets the bare
 * app shell (app.html). Only the build and the tests read this file: the app itself does not need
 * the index's plans.
 */
export function prerenderedPaths(): string[] {
  const paths = ['/']
  for (const locale of locales) {
    for (const page of Object.keys(staticPages) as StaticPage[]) paths.push(staticPath(page, locale))
    for (const page of Object.keys(guidePages) as GuidePage[]) paths.push(guidePath(page, locale))
    for (let n = 1; n <= situationIds.length; n++) paths.push(sheetPath(n, locale))
    for (const code of new Set(situationIds.map(planCode))) paths.push(codePath('plan', locale, code))
  }
  return paths
}
