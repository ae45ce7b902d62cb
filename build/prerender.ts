import { createHash } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, minify, type Plugin, type ResolvedConfig } from 'vite'
import { languageRedirect } from './language-redirect.ts'
import { localePartFile } from './locale-parts.ts'
import { LANG, shellPreload } from './shell-preload.ts'
import { startAfterPaint } from './start-after-paint.ts'

/** As src/entry-server.ts returns it (not imported: this file is type-checked for Node, without Vue). */
interface RenderedPage {
  html: string
  title: string
  lang: string
  modules: Set<string>
  parts: string[]
}

interface ServerEntry {
  render: (path: string) => Promise<RenderedPage>
  prerenderedPaths: () => string[]
  /** The home page of every language, by language (src/router/paths.ts). */
  homePaths: () => Record<string, string>
  /** The pages the shell draws from a code, with their view and message parts. */
  shellPages: () => { pattern: string, view: string, parts: string[] }[]
  /** The first script of every page: the quick exit's guard (src/quick-exit/guard.ts). */
  firstScript: () => string
}

/**
 * Pre-renders every page that is the same for everybody, after the browser build (see docs/offline.md):
 *
 * 1. builds `entry` (src/entry-server.ts) once more for Node;
 * 2. keeps the built index.html template, the bare app shell, as `app.html`: the host and the service
 *    worker answer it for every address that is not pre-rendered (a plan code, an unknown address);
 *    and as `404.html`, for static hosts that answer that file instead;
 * 3. renders each address to HTML and writes it into that template, with the page's title and
 *    language, its view's chunk preloaded and its styles linked (from the SSR manifest); `/` becomes
 *    index.html, with the script that sends a browser preferring English to /en before it paints;
 * 4. has each page load its modules after its first frame (build/start-after-paint.ts), and run the
 *    quick exit's guard before anything else (src/quick-exit/guard.ts);
 * 5. has vite-plugin-pwa write the service worker again, so the precache holds the new pages.
 *
 * It does what vite-ssg did for this app and no more; the browser then loads no pre-rendering runtime
 * at all (src/main.ts is the whole of it).
 */
export function prerender(entry: string): Plugin {
  let config: ResolvedConfig
  return {
    name: 'eclaircie-prerender',
    // The browser build only: not the dev server or tests, and not the Node build this plugin starts.
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    // The SSR manifest says which chunk holds each rendered component; the client manifest, what
    // each chunk imports.
    config: () => ({ build: { ssrManifest: true, manifest: true } }),
    configResolved(resolved) {
      config = resolved
    },
    // After every other plugin has finished writing (vite-plugin-pwa included), one step at a time.
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const outDir = resolve(config.root, config.build.outDir)
        const serverDir = resolve(config.root, 'node_modules/.eclaircie-prerender')
        await build({
          configFile: config.configFile,
          mode: config.mode,
          logLevel: 'warn',
          build: {
            ssr: entry,
            outDir: serverDir,
            emptyOutDir: true,
            minify: false,
            copyPublicDir: false,
            rollupOptions: { output: { entryFileNames: '[name].mjs', format: 'esm' } },
          },
        })
        try {
          const server = await import(pathToFileURL(join(serverDir, 'entry-server.mjs')).href) as ServerEntry
          const template = await readFile(join(outDir, 'index.html'), 'utf8')
          const manifest = JSON.parse(await readFile(join(outDir, '.vite/ssr-manifest.json'), 'utf8')) as Record<string, string[]>
          const client = JSON.parse(await readFile(join(outDir, '.vite/manifest.json'), 'utf8')) as ClientManifest
          const imports = chunkImports(client)
          // Build notes, not part of the site: a host would otherwise serve them.
          await rm(join(outDir, '.vite'), { recursive: true, force: true })
          const shellPages = server.shellPages().map(page => ({
            pattern: page.pattern,
            files: withStyles(client, config.base, pageFiles(template, config.base, imports, [viewFile(client, page.view)])),
            // The language is the address's first segment, known only in the browser.
            messages: page.parts.map(part => `${config.base}${localePartFile(LANG, part)}`),
          }))
          // Every page's first script: before anything is painted, an entry made before a quick exit is
          // left, never shown (docs/quick-exit.md).
          const first = await writeAsset(outDir, config.base, 'first', (await minify('first.js', server.firstScript())).code)
          const shell = withHeadScript(withHeadScript(template, await writeAsset(outDir, config.base, 'shell', shellPreload(shellPages)), true), first)
          await writeFile(join(outDir, SHELL), shell)
          // Static hosts answer 404.html for unknown addresses (docs/deploy.md): the shell, whose app
          // draws the page the address names, or the not-found page. Never precached: app.html is.
          await writeFile(join(outDir, '404.html'), shell)
          const starter = await writeAsset(outDir, config.base, 'start', startAfterPaint)
          for (const path of server.prerenderedPaths()) {
            const file = join(outDir, htmlFile(path))
            await mkdir(dirname(file), { recursive: true })
            const rendered = await server.render(path)
            let page = afterPaint(fillTemplate(template, rendered, manifest, config.base, imports), starter)
            if (path === '/') {
              const others = Object.fromEntries(Object.entries(server.homePaths()).filter(([lang]) => lang !== rendered.lang))
              page = withHeadScript(page, await writeAsset(outDir, config.base, 'lang', languageRedirect(rendered.lang, others)))
            }
            page = withHeadScript(page, first)
            await writeFile(file, page)
          }
        }
        finally {
          await rm(serverDir, { recursive: true, force: true })
        }
        const pwa = config.plugins.find(plugin => plugin.name === 'vite-plugin-pwa')?.api as { generateSW?: () => Promise<void> } | undefined
        await pwa?.generateSW?.()
        config.logger.info(`Pre-rendered pages written to ${config.build.outDir}/`)
      },
    },
  }
}

/** The bare app shell, as built from index.html (see docs/offline.md). */
export const SHELL = 'app.html'

/** The file a pre-rendered address is written to: `/` → index.html, `/fr/urgence` → fr/urgence.html. */
export function htmlFile(path: string): string {
  return path === '/' ? 'index.html' : `${path.replace(/^\//, '')}.html`
}

/** Writes a script under assets/ with its content's hash in its name (so it can be cached for good). */
async function writeAsset(outDir: string, base: string, name: string, source: string): Promise<string> {
  const file = `assets/${name}-${createHash('sha256').update(source).digest('base64url').slice(0, 8)}.js`
  await writeFile(join(outDir, file), source)
  return `${base}${file}`
}

/**
 * Adds a classic script right after the page's security policy, before its styles and modules: it runs
 * as soon as it arrives, before the body is parsed (a script after a stylesheet would wait for it).
 */
export function withHeadScript(page: string, src: string, async = false): string {
  const policy = /<meta http-equiv="Content-Security-Policy"[^>]*>/
  if (!policy.test(page)) throw new Error('prerender: the page has no security policy to put its first script after')
  return page.replace(policy, tag => `${tag}\n    <script src="${src}"${async ? ' async' : ''}></script>`)
}

/**
 * The page's module script and module preloads, taken out of its HTML and handed to the starter
 * script (build/start-after-paint.ts), which loads them after the first frame.
 */
export function afterPaint(page: string, starter: string): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/
  const app = entry.exec(page)?.[1]
  if (!app) throw new Error('prerender: the page has no module script to start after its first frame')
  const preloads: string[] = []
  const withoutPreloads = page.replace(/<link rel="modulepreload" crossorigin href="([^"]+)">/g, (_, href: string) => {
    preloads.push(href)
    return ''
  })
  return withoutPreloads.replace(entry, () =>
    `<script src="${starter}" defer data-app="${app}" data-preload="${preloads.join(' ')}"></script>`)
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Vite's client manifest (build.manifest), as far as it is read here. */
type ClientManifest = Record<string, { file: string, imports?: string[], css?: string[] }>

/** Each chunk's file, with the files of the chunks it imports statically (paths without the base). */
export function chunkImports(manifest: ClientManifest): Record<string, string[]> {
  return Object.fromEntries(Object.values(manifest).map(chunk =>
    [chunk.file, (chunk.imports ?? []).map(key => manifest[key]?.file).filter((file): file is string => !!file)]))
}

/** A view's chunk, as the client manifest lists it under its source file. */
function viewFile(manifest: ClientManifest, view: string): string {
  const chunk = manifest[view]
  if (!chunk) throw new Error(`prerender: no chunk for ${view} in the client manifest`)
  return chunk.file
}

/**
 * The given chunks and the styles that come with each (the app links them before it draws the view).
 * Only for the shell: a pre-rendered page links only the styles of what it rendered, since a style
 * sheet holds up its first paint.
 */
function withStyles(manifest: ClientManifest, base: string, files: string[]): string[] {
  const styles = new Map(Object.values(manifest).map(chunk => [`${base}${chunk.file}`, (chunk.css ?? []).map(css => `${base}${css}`)]))
  return [...new Set(files.flatMap(file => [file, ...(styles.get(file) ?? [])]))]
}

/**
 * The files to ask for with a page: the given ones, every chunk the scripts among them import
 * (however deep), leaving out what the template already loads. Scripts and styles, paths with the base.
 */
function pageFiles(template: string, base: string, imports: Record<string, string[]>, files: Iterable<string>): string[] {
  const found = new Set<string>()
  const add = (file: string) => {
    const path = file.replace(/^\//, '')
    const href = `${base}${path}`
    if (found.has(href) || template.includes(`"${href}"`) || !/\.(js|css)$/.test(path)) return
    found.add(href)
    for (const imported of imports[path] ?? []) add(imported)
  }
  for (const file of files) add(file)
  return [...found]
}

/**
 * The page: the shell's #app (the last element of <body>) replaced by the rendered app and marked for
 * hydration, the title and language set, and the files the page's own modules need added to <head>:
 * the chunks of the components it rendered with every chunk they import, and its message parts. The
 * app needs all of them before it can take the page over. Listed here, they are asked for together
 * (not one import level at a time as each module arrives, a round trip per level on a slow line), and
 * the app's own preloading finds them there and adds nothing while it takes the page over.
 */
export function fillTemplate(template: string, page: RenderedPage, manifest: Record<string, string[]>, base: string, imports: Record<string, string[]> = {}): string {
  const app = /<div id="app">[\s\S]*<\/div>(?=\s*<\/body>)/
  if (!app.test(template)) throw new Error('prerender: index.html has no <div id="app"> at the end of <body>')
  const files = pageFiles(template, base, imports, [
    ...[...page.modules].flatMap(id => manifest[id] ?? []),
    ...page.parts.map(part => localePartFile(page.lang, part)),
  ])
  const links = files.map(href => href.endsWith('.css')
    ? `<link rel="stylesheet" crossorigin href="${href}">`
    : `<link rel="modulepreload" crossorigin href="${href}">`)
  return template
    .replace(app, () => `<div id="app" data-server-rendered="true">${page.html}</div>`)
    .replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(page.lang)}">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`)
    .replace('</head>', () => `${links.join('')}</head>`)
}
