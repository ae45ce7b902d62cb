/**
 * The one script of the pre-rendered `/` that runs before its content: a browser whose languages put
 * another of the app's languages before the page's own (French) goes to that language's home page,
 * replacing `/` in history (location.replace), before anything is painted. It is a classic script at
 * the top of <head> (the security policy allows no inline script), so the parser waits for it; it hides
 * the page while the next one loads, so that a browser that goes on parsing `/` meanwhile shows none of
 * it. The rule is `preferredLocale()` of src/router/paths.ts, which the app applies when it starts
 * (a unit test keeps the two equal).
 *
 * @param pageLocale the language `/` is rendered in
 * @param homes the home page of every other language, by language
 */
export function languageRedirect(pageLocale: string, homes: Record<string, string>): string {
  // Written small by hand: it is on the first screen of `/`.
  return `(function(h,l,i,x){for(i=0;i<l.length;i++){x=String(l[i]).toLowerCase().split('-')[0];`
    + `if(x==${JSON.stringify(pageLocale)})return;`
    + `if(h.hasOwnProperty(x)){document.documentElement.hidden=true;location.replace(h[x]);return}}})`
    + `(${JSON.stringify(homes)},navigator.languages||[navigator.language])\n`
}
