import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.json': 'application/json', '.txt': 'text/plain',
}

/**
 * A tiny static server whose folder can be swapped while it runs: how a test "deploys" a new build.
 * It answers like `vite preview`: /fr/urgence → fr/urgence.html, unknown addresses → app.html (the shell).
 */
export function serve(port: number, initialRoot: string) {
  let root = initialRoot
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
    const candidates = [join(root, path), join(root, `${path}.html`), join(root, path, 'index.html')]
    const file = candidates.find(f => existsSync(f) && statSync(f).isFile()) ?? join(root, 'app.html')
    res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream')
    res.setHeader('Cache-Control', 'no-cache')
    createReadStream(file).pipe(res)
  })
  return new Promise<{ deploy: (dir: string) => void, close: () => Promise<void> }>((resolve) => {
    server.listen(port, '127.0.0.1', () => resolve({
      deploy: dir => (root = dir),
      close: () => new Promise(done => server.close(() => done())),
    }))
  })
}
