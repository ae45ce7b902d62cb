import { statSync } from 'node:fs'
import { join, posix } from 'node:path'
import type { Plugin } from 'vite'
import { answer } from './serving.ts'

/**
 * Makes `vite preview` (the browser tests' server) answer by the serving rule (serving.ts), as nginx
 * does with deploy/eclaircie.conf: a file, or a pre-rendered page by its clean address, or else the
 * bare app shell with status 200; a 404 for a missing file under /assets/; a redirect for an address
 * ending in `/`.
 */
export function shellFallback(): Plugin {
  return {
    name: 'eclaircie-shell-fallback',
    configurePreviewServer(server) {
      const root = join(server.config.root, server.config.build.outDir)
      const isFile = (file: string) => statSync(join(root, file), { throwIfNoEntry: false })?.isFile() ?? false
      // Before Vite's own middlewares, whose single-page fallback would answer index.html.
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next()
        let path: string
        try {
          path = posix.normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
        }
        catch {
          return next()
        }
        const reply = answer(path, isFile)
        if (reply.status === 200) {
          req.url = `/${reply.file}`
          return next()
        }
        res.statusCode = reply.status
        if (reply.status === 301) res.setHeader('Location', reply.location)
        res.end()
      })
    },
  }
}
