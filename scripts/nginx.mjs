// Starts a real nginx on loopback serving a built site with deploy/eclaircie.conf, the way
// docs/deploy.md recommends: for the browser tests (tests/e2e/nginx.spec.ts) and the benchmark.
// Everything it writes (configuration, pid, temporary files, logs) stays in a folder of its own.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
const rules = fileURLToPath(new URL('../deploy/eclaircie.conf', import.meta.url))

/**
 * @param {{ root: string, port: number }} options the built site's folder and a free loopback port
 */
export async function startNginx({ root, port }) {
  if (!existsSync(NGINX)) throw new Error(`No nginx at ${NGINX}: install it with \`apt-get install -y nginx\` (or set NGINX_PATH).`)
  const origin = `http://127.0.0.1:${port}`
  // A server left running on the port would be tested instead of this one: refuse.
  if (await fetch(origin).then(() => true, () => false)) throw new Error(`Port ${port} is already in use.`)
  const dir = mkdtempSync(join(tmpdir(), 'eclaircie-nginx-'))
  const accessLog = join(dir, 'access.log')
  const errorLog = join(dir, 'error.log')
  // As a distribution's nginx.conf would: its MIME types, and an access log that the site's rules
  // must turn off.
  writeFileSync(join(dir, 'nginx.conf'), `
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${accessLog};
  error_log ${errorLog} info;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${resolve(root)};
    include ${rules};
  }
}
`)
  const nginx = spawn(NGINX, ['-p', dir, '-e', errorLog, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  nginx.stderr.on('data', chunk => (stderr += chunk))
  const exited = new Promise(done => nginx.once('exit', done))
  const stop = async () => {
    if (nginx.exitCode === null) nginx.kill('SIGQUIT')
    await exited
    rmSync(dir, { recursive: true, force: true })
  }
  for (let i = 0; i < 100; i++) {
    if (nginx.exitCode !== null) break
    if (await fetch(`${origin}/robots.txt`).then(() => true, () => false)) {
      return { origin, stop, logs: () => ({ access: read(accessLog), error: read(errorLog) }) }
    }
    await new Promise(r => setTimeout(r, 100))
  }
  const log = read(errorLog)
  await stop()
  throw new Error(`nginx did not start: ${stderr}${log}`)
}

const read = file => (existsSync(file) ? readFileSync(file, 'utf8') : '')
