import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Plugin, type ResolvedConfig } from 'vite'

/** As src/entry-server.ts returns it (not imported: this file is type-checked for Node, without Vue). */
interface RenderedPage {
  html: string
  title: string
  lang: string
  modules: Set<string>
}

interface ServerEntry {
  render: (path: string) => Promise<RenderedPage>
  prerenderedPaths: () => string[]
}

/**
 * Pre-renders every page that is the same for everybody, after the browser build (see docs/offline.md):
 *
 * 1. builds `entry` (src/entry-server.ts) once more for Node;
 * 2. renders each address to HTML and writes it into the built index.html template, with the page's
 *    title and language, its view's chunk preloaded and its styles linked (from the SSR manifest);
 * 3. has vite-plugin-pwa write the service worker again, so the precache holds the new pages.
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
    config: () => ({ build: { ssrManifest: true } }),
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
          for (const path of server.prerenderedPaths()) {
            const file = join(outDir, `${path.replace(/^\//, '')}.html`)
            await mkdir(dirname(file), { recursive: true })
            await writeFile(file, fillTemplate(template, await server.render(path), manifest, config.base))
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

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The page: the shell's #app (the last element of <body>) replaced by the rendered app and marked for
 * hydration, the title and language set, and the files the page's own modules need added to <head>.
 */
export function fillTemplate(template: string, page: RenderedPage, manifest: Record<string, string[]>, base: string): string {
  const app = /<div id="app">[\s\S]*<\/div>(?=\s*<\/body>)/
  if (!app.test(template)) throw new Error('prerender: index.html has no <div id="app"> at the end of <body>')
  const links = new Set<string>()
  for (const id of page.modules) {
    for (const file of manifest[id] ?? []) {
      const href = `${base}${file.replace(/^\//, '')}`
      if (template.includes(`"${href}"`)) continue
      if (file.endsWith('.js')) links.add(`<link rel="modulepreload" crossorigin href="${href}">`)
      else if (file.endsWith('.css')) links.add(`<link rel="stylesheet" crossorigin href="${href}">`)
    }
  }
  return template
    .replace(app, () => `<div id="app" data-server-rendered="true">${page.html}</div>`)
    .replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(page.lang)}">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`)
    .replace('</head>', () => `${[...links].join('')}</head>`)
}
