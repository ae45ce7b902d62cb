import { browserLocale } from '../../i18n/locales.ts'
import { homePath } from '../../router/paths.ts'

/**
 * The one script of the pre-rendered `/` that runs before its content (step 1 of ../README.md): a
 * browser whose languages put another of the app's languages before the page's own (French) goes to
 * that language's home page, replacing `/` in history (location.replace), before anything is painted.
 * The rule is `browserLocale()`, the same function the app applies when it starts (`/` is rendered
 * in the language it gives a browser that names none, the page's `<html lang>`). It is a classic
 * script at the top of <head> (the security policy allows no inline script), so the parser waits for
 * it; it hides the page while the next one loads, so that a browser that goes on parsing `/`
 * meanwhile shows none of it.
 */
export default function languageRedirect(_me: HTMLOrSVGScriptElement, win: Window & typeof globalThis): void {
  const wanted = browserLocale(win.navigator)
  if (wanted === win.document.documentElement.lang) return
  win.document.documentElement.hidden = true
  win.location.replace(homePath(wanted))
}
