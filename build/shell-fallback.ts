import { existsSync, statSync } from 'node:fs'
import { join, normalize } from 'node:path'
import type { Plugin } from 'vite'

/**
 * Makes `vite preview` (the browser tests' server) answer like deploy/nginx.conf: a file, or a
 * pre-rendered page by its clean address (/fr → fr.html, / → index.html), or else the bare app shell
 * for a page address (a plan code, an unknown page), with status 200. A missing file under /assets/
 * gets a 404, never the shell: a page must not run HTML as its script.
 */
export function shellFallback(shell: string): Plugin {
  return {
    name: 'eclaircie-shell-fallback',
    configurePreviewServer(server) {
      const root = join(server.config.root, server.config.build.outDir)
      const isFile = (path: string) => existsSync(path) && statSync(path).isFile()
      // Before Vite's own middlewares, whose single-page fallback would answer index.html.
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next()
        let path: string
        try {
          path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
        }
        catch {
          return next()
        }
        const file = join(root, path)
        if (path === '/' || isFile(file) || isFile(`${file}.html`)) return next()
        if (path.startsWith('/assets/')) {
          res.statusCode = 404
          return res.end()
        }
        req.url = `/${shell}`
        next()
      })
    },
  }
}
