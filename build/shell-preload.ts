import { preloadInTasks } from './preload-in-tasks.ts'

/** Where a message file's language goes, in the lists given to shellPreload. */
export const LANG = '{lang}'

/**
 * The first script of the app shell (`app.html`), which answers every address that is not
 * pre-rendered: above all a plan code nobody pre-rendered (docs/offline.md, "The shell asks at once").
 * The shell holds no content, so the app must start from nothing: its entry, then the router, which
 * imports the page's view, whose chunks import others, each level a round trip on a slow line, and
 * the message parts after that. This script knows, for each kind of address the shell draws from a
 * code (a plan, answers under review, a path resumed), every module and message part the page needs,
 * and asks for them all at once, a few per task (preload-in-tasks.ts). Any other address (an unknown page) gets nothing more. It is loaded `async` at the top of
 * <head>: it never holds up the quick-exit link, the only thing the shell paints.
 *
 * @param pages per kind of address: the pattern of its path in every language, the files it needs
 *   (scripts and styles), and its message files, with `LANG` where the language goes: the address's
 *   first segment. So a new language adds a few bytes to a pattern, not another list.
 */
export function shellPreload(pages: { pattern: string, files: string[], messages: string[] }[]): string {
  // Written small by hand: it is on the first screen of every plan code.
  return `(function(d,p,pages,i,list,lang){${preloadInTasks}`
    + `for(i=0;i<pages.length;i++)if(new RegExp(pages[i][0]).test(p)){lang=p.split('/')[1];`
    + `list=pages[i][1].concat(pages[i][2].map(function(f){return f.split(${JSON.stringify(LANG)}).join(lang)}));break}`
    + `if(list)preload(d,list)})`
    + `(document,location.pathname,${JSON.stringify(pages.map(page => [page.pattern, page.files, page.messages]))})\n`
}
