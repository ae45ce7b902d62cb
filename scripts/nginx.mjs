// Starts a real nginx on loopback serving a built site with deploy/eclaircie.conf, the way
// docs/deploy.md recommends: for the browser tests (tests/e2e/nginx.spec.ts) and the benchmark.
// Everything it writes (configuration, pid, temporary files, logs) stays in a folder of its own.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
const rules = fileURLToPath(new URL('../deploy/eclaircie.conf', import.meta.url))

/**
 * @param {{ root: string, port: number, user?: string }} options the built site's folder, a free
 *   loopback port, and the account nginx's workers run as when root starts it (ignored otherwise: only
 *   root can hand work to another account). By default that is the account running this, as for
 *   anyone else: nginx started by root would otherwise hand its work to an unprivileged account (its
 *   default), which cannot enter a checkout in a folder only its owner may open (root's home, a
 *   `mktemp -d` folder). A production host keeps those unprivileged workers (deploy/, docs/deploy.md);
 *   `user` lets a test play that host. When nginx still cannot read the site, this fails at once with
 *   one sentence naming the folder and the cause.
 */
export async function startNginx({ root, port, user }) {
  if (!existsSync(NGINX)) throw new Error(`No nginx at ${NGINX}: install it with \`apt-get install -y nginx\` (or set NGINX_PATH).`)
  const site = resolve(root)
  const asRoot = userInfo().uid === 0
  const worker = asRoot ? (user ?? userInfo().username) : userInfo().username
  const probe = siteFile(site, worker)
  const origin = `http://127.0.0.1:${port}`
  // A server left running on the port would be tested instead of this one: refuse.
  if (await fetch(origin).then(() => true, () => false)) throw new Error(`Port ${port} is already in use.`)
  const dir = mkdtempSync(join(tmpdir(), 'eclaircie-nginx-'))
  const accessLog = join(dir, 'access.log')
  const errorLog = join(dir, 'error.log')
  // As a distribution's nginx.conf would: its MIME types, and an access log that the site's rules
  // must turn off. (`user` means something only to an nginx started by root; it names the group too,
  // since nginx would otherwise look for a group named after the account, which Debian's `nobody` has not.)
  writeFileSync(join(dir, 'nginx.conf'), `
${asRoot ? `user ${worker} ${execFileSync('id', ['-gn', worker], { encoding: 'utf8' }).trim()};` : ''}
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
    root ${site};
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
    const status = await fetch(`${origin}/${probe}`).then(response => response.status, () => 0)
    if (status === 200) return { origin, stop, logs: () => ({ access: read(accessLog), error: read(errorLog) }) }
    if (status) {
      // nginx answers, but not with a file that is there: say why once, rather than a wall of 404s.
      const cause = whyUnreadable(site, worker) ?? read(errorLog).split('\n').findLast(line => /failed \(\d+:/.test(line))?.replace(/^.*?\*\d+ /, '') ?? `it answers ${status} for ${probe}`
      await stop()
      throw new Error(`nginx cannot read the site in ${site}: ${cause}.`)
    }
    await new Promise(r => setTimeout(r, 100))
  }
  const log = read(errorLog)
  await stop()
  throw new Error(`nginx did not start: ${stderr}${log}`)
}

const read = file => (existsSync(file) ? readFileSync(file, 'utf8') : '')

/** A file at the top of the site, asked for to check that nginx can read it (and that we can). */
function siteFile(site, worker) {
  let names
  try {
    names = readdirSync(site)
  }
  catch (error) {
    const cause = error.code === 'EACCES' ? whyUnreadable(site, worker) : undefined
    throw new Error(cause ? `nginx cannot read the site in ${site}: ${cause}.` : `There is no site to serve in ${site}: ${error.message}.`, { cause: error })
  }
  const file = ['index.html', ...names.sort()].find(name => statSync(join(site, name), { throwIfNoEntry: false })?.isFile())
  if (!file) throw new Error(`There is no file to serve at the top of ${site}.`)
  return encodeURIComponent(file)
}

/**
 * The first folder on the way to the site (the site's own included) that the workers' account may not
 * enter, by its mode, as a sentence; undefined when the modes let it in (the cause is elsewhere).
 */
function whyUnreadable(site, account) {
  const id = flag => execFileSync('id', [flag, account], { encoding: 'utf8' }).trim()
  const uid = Number(id('-u'))
  if (uid === 0) return undefined
  const gids = id('-G').split(/\s+/).map(Number)
  const folders = []
  for (let folder = site; ; folder = dirname(folder)) {
    folders.unshift(folder)
    if (folder === dirname(folder)) break
  }
  for (const folder of folders) {
    const { mode, uid: owner, gid } = statSync(folder)
    const bits = owner === uid ? mode >> 6 : gids.includes(gid) ? mode >> 3 : mode
    if (!(bits & 1)) {
      const ownerName = (() => {
        try {
          return execFileSync('id', ['-nu', String(owner)], { encoding: 'utf8' }).trim()
        }
        catch {
          return `uid ${owner}`
        }
      })()
      return `its workers run as ${account}, who may not enter ${folder} (mode ${(mode & 0o777).toString(8).padStart(3, '0')}, owner ${ownerName})`
    }
  }
  return undefined
}
