import { createReadStream, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, posix } from 'node:path'
import { answer } from '../../build/serving'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.json': 'application/json', '.txt': 'text/plain',
}

/**
 * A tiny static server whose folder can be swapped while it runs: how a test "deploys" a new build.
 * It answers by the serving rule nginx and `vite preview` use (build/serving.ts).
 */
export function serve(port: number, initialRoot: string) {
  let root = initialRoot
  const server: Server = createServer((req, res) => {
    const path = posix.normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
    const reply = answer(path, file => statSync(join(root, file), { throwIfNoEntry: false })?.isFile() ?? false)
    res.setHeader('Cache-Control', 'no-cache')
    if (reply.status !== 200) {
      res.statusCode = reply.status
      if (reply.status === 301) res.setHeader('Location', reply.location)
      return res.end()
    }
    res.setHeader('Content-Type', types[extname(reply.file)] ?? 'application/octet-stream')
    createReadStream(join(root, reply.file)).pipe(res)
  })
  return new Promise<{ deploy: (dir: string) => void, close: () => Promise<void> }>((resolve) => {
    server.listen(port, '127.0.0.1', () => resolve({
      deploy: dir => (root = dir),
      close: () => new Promise(done => server.close(() => done())),
    }))
  })
}
