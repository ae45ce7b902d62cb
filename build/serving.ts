import { locales } from '../src/i18n/locales.ts'
import { partFile } from '../src/i18n/parts.ts'
import { type CodePage, codePages, codePath } from '../src/router/paths.ts'

// How the built site (dist/) is served: the one rule of docs/deploy.md's table. The tests' servers
// (`vite preview` through shell-fallback.ts, tests/e2e/static-server.ts) answer with `answer()`; the
// nginx rules (nginx-config.ts, deploy/eclaircie.conf) and the static hosts' `_redirects` are written
// from the same names; tests/e2e/nginx.spec.ts asks all of them the same addresses.

/** The app shell: the answer, with status 200, to every page address that is not a file. */
export const SHELL = 'app.html'

/** The same shell under the name static hosts answer (with status 404) for an address they do not know. */
export const NOT_FOUND = '404.html'

/** Built files live here: a missing one is a 404, never the shell (a page must not run HTML as its script). */
export const ASSETS = '/assets/'

/** Among them, the message parts (partFile), whose names are fixed: checked with the server before each use. */
export const FIXED_NAMES = `/${partFile('', '').split('.')[0]!}`

/** What the server sends back for an address. */
export type Answer = { status: 200, file: string } | { status: 301, location: string } | { status: 404 }

/**
 * The answer to a request for `path` (decoded, normalised, starting with `/`), given which files the
 * site holds (`isFile('fr.html')`, relative to its root):
 *
 * - an address ending in `/` → 301 to the same without it (the app has none; no folder is listed);
 * - `/` → index.html, the French home page;
 * - a file → that file;
 * - anything else under /assets/ → 404;
 * - a pre-rendered page by its clean address (`/fr/urgence` → fr/urgence.html);
 * - anything else (a plan code, the path, an unknown or removed page) → the shell, status 200, whose
 *   app draws the page the address names, or the not-found page.
 */
export function answer(path: string, isFile: (file: string) => boolean): Answer {
  if (path.length > 1 && path.endsWith('/')) return { status: 301, location: path.replace(/\/+$/, '') }
  if (path === '/') return { status: 200, file: 'index.html' }
  const file = path.slice(1)
  if (isFile(file)) return { status: 200, file }
  if (path.startsWith(ASSETS)) return { status: 404 }
  if (isFile(`${file}.html`)) return { status: 200, file: `${file}.html` }
  return { status: 200, file: SHELL }
}

/**
 * The static hosts' `_redirects` (public/_redirects, docs/deploy.md): the addresses that carry a code,
 * answered by the shell with status 200. Static hosts serve a file that exists first; other unknown
 * addresses get NOT_FOUND, the same shell, with status 404.
 */
export function staticHostRedirects(): string {
  const rules = locales.flatMap(locale => (Object.keys(codePages) as CodePage[]).flatMap((page) => {
    const base = codePath(page, locale)
    // The path may be opened without a code (a new path); the others always carry one.
    return page === 'path' ? [base, `${base}/*`] : [`${base}/*`]
  }))
  const width = Math.max(...rules.map(rule => rule.length)) + 2
  return `# For static hosts that read this file (Netlify, Cloudflare Pages; docs/deploy.md). Addresses that carry
# a plan code are answered by the app shell, with status 200: the app draws the page from the code. (Where
# a file exists, Netlify serves it first: support workers' plan links keep their pre-rendered pages.)
# Other unknown addresses get ${NOT_FOUND}, the same shell, which shows the not-found page.
# Written by build/serving.ts: do not edit, run \`npm run deploy:config\`.
${rules.map(rule => `${rule.padEnd(width)}/${SHELL}  200`).join('\n')}
`
}
