import { createHash } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Plugin, type ResolvedConfig } from 'vite'
import type { RenderedPage, ServerEntry } from '../src/boot/contract.ts'
import { LANG, type ShellPreloads } from '../src/boot/early/shell-preload.ts'
import { partFile } from '../src/i18n/parts.ts'
import { buildEarlyScript } from './early-scripts.ts'
import { NOT_FOUND, SHELL } from './serving.ts'

/**
 * Pre-renders every page that is the same for everybody, after the browser build (docs/offline.md;
 * the order things then run in a browser is src/boot/README.md):
 *
 * 1. builds `entry` (src/boot/entry-server.ts) once more for Node, and the early scripts
 *    (src/boot/early/, build/early-scripts.ts) into files of their own;
 * 2. keeps the built index.html template, the bare app shell, as `app.html`, with its first script
 *    (early/shell-preload.ts) and the list it reads: the host and the service worker answer it for
 *    every address that is not pre-rendered (a plan code, an unknown address); and as `404.html`,
 *    for static hosts that answer that file instead;
 * 3. renders each address to HTML and writes it into that template, with the page's title and
 *    language, its styles linked and every module and message part it needs listed (the chunks of
 *    the components it rendered, from the SSR manifest, and every chunk they import, from the client
 *    manifest); `/` becomes index.html, with the script that sends a browser preferring another
 *    language to its home page before it paints (early/language-redirect.ts);
 * 4. hands each page's module script and that list to the starter (early/start-after-paint.ts),
 *    which asks for them once the page has painted, and puts the quick exit's guard before anything
 *    else (early/exit-guard.ts);
 * 5. has vite-plugin-pwa write the service worker again, so the precache holds the new pages.
 *
 * It does what vite-ssg did for this app and no more; the browser then loads no pre-rendering runtime
 * at all (src/boot/main.ts is the whole of it).
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
      // Every address the app, its service worker, the hosts' rules (deploy/, public/) and these pages
      // write starts at the root of the site: say so here rather than half-honour another base.
      if (config.base !== '/') throw new Error(`prerender: Éclaircie is served from the root of its address (base '/'), not '${config.base}' (docs/deploy.md)`)
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
          const server = (await import(pathToFileURL(join(serverDir, 'entry-server.mjs')).href) as { default: ServerEntry }).default
          const template = await readFile(join(outDir, 'index.html'), 'utf8')
          const manifest = JSON.parse(await readFile(join(outDir, '.vite/ssr-manifest.json'), 'utf8')) as Record<string, string[]>
          const client = JSON.parse(await readFile(join(outDir, '.vite/manifest.json'), 'utf8')) as ClientManifest
          const imports = chunkImports(client)
          // Build notes, not part of the site: a host would otherwise serve them.
          await rm(join(outDir, '.vite'), { recursive: true, force: true })
          const shellPages = (await server.shellPages()).map((page): ShellPreloads => [
            page.pattern,
            withStyles(client, pageFiles(template, imports, page.modules.flatMap(id => manifest[id] ?? []).filter(file => file.endsWith('.js')))),
            // The language is the address's first segment, known only in the browser.
            page.parts.map(part => `/${partFile(LANG, part)}`),
          ])
          const shellScript = await writeAsset(outDir, 'shell', await buildEarlyScript('shell'))
          // Every page's first script, the shell's too: before anything is painted, an entry made before
          // a quick exit is left, never shown (src/boot/early/exit-guard.ts, docs/quick-exit.md).
          // Put in last, it runs first.
          const first = await writeAsset(outDir, 'first', await buildEarlyScript('first'))
          const shell = withHeadScript(withHeadScript(template, shellScript, { async: true, data: { pages: JSON.stringify(shellPages) } }), first)
          await writeFile(join(outDir, SHELL), shell)
          // Static hosts answer 404.html for unknown addresses (docs/deploy.md): the shell, whose app
          // draws the page the address names, or the not-found page. Never precached: app.html is.
          await writeFile(join(outDir, NOT_FOUND), shell)
          const starter = await writeAsset(outDir, 'start', await buildEarlyScript('start'))
          const languageScript = await writeAsset(outDir, 'lang', await buildEarlyScript('lang'))
          for (const path of server.prerenderedPaths()) {
            const file = join(outDir, htmlFile(path))
            await mkdir(dirname(file), { recursive: true })
            const rendered = await server.render(path)
            let page = afterPaint(fillTemplate(template, rendered, manifest, imports), starter)
            if (path === '/') page = withHeadScript(page, languageScript)
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

/** The file a pre-rendered address is written to: `/` → index.html, `/fr/urgence` → fr/urgence.html. */
export function htmlFile(path: string): string {
  return path === '/' ? 'index.html' : `${path.replace(/^\//, '')}.html`
}

/** Writes a script under assets/ with its content's hash in its name (so it can be cached for good). */
async function writeAsset(outDir: string, name: string, source: string): Promise<string> {
  const file = `assets/${name}-${createHash('sha256').update(source).digest('base64url').slice(0, 8)}.js`
  await writeFile(join(outDir, file), source)
  return `/${file}`
}

/**
 * Adds a classic script right after the page's security policy, before its styles and modules: it runs
 * as soon as it arrives, before the body is parsed (a script after a stylesheet would wait for it).
 * `data` becomes its `data-*` attributes, which the script reads from its own tag (src/boot/early/).
 */
export function withHeadScript(page: string, src: string, { async = false, data = {} }: { async?: boolean, data?: Record<string, string> } = {}): string {
  const policy = /<meta http-equiv="Content-Security-Policy"[^>]*>/
  if (!policy.test(page)) throw new Error('prerender: the page has no security policy to put its first script after')
  // Single quotes: JSON is full of double ones, which would each become &quot;.
  const attributes = Object.entries(data).map(([name, value]) => ` data-${name}='${value.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}'`).join('')
  return page.replace(policy, tag => `${tag}\n    <script src="${src}"${async ? ' async' : ''}${attributes}></script>`)
}

/**
 * The page's module script and module preloads, taken out of its HTML and handed to the starter
 * script (src/boot/early/start-after-paint.ts), which asks for them after the first contentful paint.
 */
export function afterPaint(page: string, starter: string): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/
  const app = entry.exec(page)?.[1]
  if (!app) throw new Error('prerender: the page has no module script to start after its first paint')
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

/**
 * The given chunks, each followed by the styles that come with it, so that the styles of the first
 * chunks are asked for first (the app links a view's styles before it draws it). Only for the shell:
 * a pre-rendered page links its styles in its <head>, since a style sheet holds up its first paint.
 */
function withStyles(manifest: ClientManifest, files: string[]): string[] {
  const styles = new Map(Object.values(manifest).map(chunk => [`/${chunk.file}`, (chunk.css ?? []).map(css => `/${css}`)]))
  return [...new Set(files.flatMap(file => [file, ...(styles.get(file) ?? [])]))]
}

/**
 * The files to ask for with a page: the given ones, every chunk the scripts among them import
 * (however deep), leaving out what the template already loads. Scripts and styles, from the root.
 */
function pageFiles(template: string, imports: Record<string, string[]>, files: Iterable<string>): string[] {
  const found = new Set<string>()
  const add = (file: string) => {
    const path = file.replace(/^\//, '')
    const href = `/${path}`
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
export function fillTemplate(template: string, page: RenderedPage, manifest: Record<string, string[]>, imports: Record<string, string[]> = {}): string {
  const app = /<div id="app">[\s\S]*<\/div>(?=\s*<\/body>)/
  if (!app.test(template)) throw new Error('prerender: index.html has no <div id="app"> at the end of <body>')
  const files = pageFiles(template, imports, [
    ...[...page.modules].flatMap(id => manifest[id] ?? []),
    ...page.parts.map(part => partFile(page.lang, part)),
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
