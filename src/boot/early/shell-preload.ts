import { localeOfPath } from '../../i18n/locales.ts'
import { preload } from './preload.ts'

/** Where a message file's language goes, in the lists build/prerender.ts writes for this script. */
export const LANG = '{lang}'

/** One kind of address the shell draws from a code: its path's pattern, its files, its message files. */
export type ShellPreloads = [pattern: string, files: string[], messages: string[]]

/**
 * The first script of the app shell (`app.html`), which answers every address that is not
 * pre-rendered: above all a plan code nobody pre-rendered (../README.md, "The app shell"). The shell
 * holds no content, so the app starts from nothing: its entry, then the router, which imports the
 * page's view, whose chunks import others, each level a round trip on a slow line, and the message
 * parts after that. This script knows, for each kind of address the shell draws from a code (a plan,
 * answers under review, a path resumed), every module, style and message part the page needs, and
 * asks for them all at once, three per task (preload.ts). Any other address (an unknown page) gets
 * nothing more. It is loaded `async` at the top of <head>: it never holds up the quick-exit link, the
 * only thing the shell paints.
 *
 * Its tag's `data-pages` holds the list (ShellPreloads, as JSON): the message files have `LANG` where
 * the language goes, the address's first segment, so a new language adds a few bytes to a pattern,
 * not another list.
 */
export default function shellPreload(me: HTMLOrSVGScriptElement, win: Window & typeof globalThis): void {
  const path = win.location.pathname
  const pages = JSON.parse(me.getAttribute('data-pages') ?? '[]') as ShellPreloads[]
  const page = pages.find(([pattern]) => new RegExp(pattern).test(path))
  if (!page) return
  const lang = localeOfPath(path)
  preload(win.document, [...page[1], ...page[2].map(file => file.split(LANG).join(lang))])
}
