import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { readHeaders } from '../../build/nginx-config'
import { NOT_FOUND } from '../../build/serving'
import { type RunningNginx, startNginx } from '../../scripts/nginx.mjs'
import { planCode, situationIds } from '../../src/support/situations'
import { msg, planTitles } from './helpers'
import { ports } from './ports'
import { serve } from './static-server'

// The built site served by a real nginx with deploy/eclaircie.conf, as docs/deploy.md recommends.
const policy = readHeaders(readFileSync('public/_headers', 'utf8'))
const dist = (file: string) => readFileSync(join('dist', file), 'utf8')
const shell = dist('app.html')
const NEVER = 'no-cache'
const FOREVER = 'public, max-age=31536000, immutable'
const assets = readdirSync('dist/assets')
const hashed = (file: string) => /-[\w-]{8}\.(js|css)$/.test(file)

let nginx: RunningNginx
const get = (path: string, init: RequestInit = {}) => fetch(`${nginx.origin}${path}`, { redirect: 'manual', ...init })

test.describe('served by nginx', () => {
  test.beforeAll(async () => {
    nginx = await startNginx({ root: 'dist', port: ports.nginx })
  })
  test.afterAll(async () => {
    await nginx?.stop()
  })

  /** The security policy of public/_headers, the caching asked for, and the type. */
  async function expectServed(path: string, cache: string, type: RegExp) {
    const response = await get(path)
    expect(response.status, path).toBe(200)
    for (const [name, value] of policy) expect(response.headers.get(name), `${path} ${name}`).toBe(value)
    expect(response.headers.get('cache-control'), path).toBe(cache)
    expect(response.headers.get('content-type'), path).toMatch(type)
    expect(response.headers.get('server'), path).toBe('nginx')
    return response
  }

  test('pages: the security policy, never cached without asking, compressed', async () => {
    for (const path of ['/', '/fr', '/en/emergency', '/app.html']) await expectServed(path, NEVER, /^text\/html; charset=utf-8$/)
    // fetch asks for gzip and decompresses: the raw size says it came compressed.
    const response = await get('/fr', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(response.headers.get('vary')).toContain('Accept-Encoding')
  })

  test('the service worker, the manifest and the message parts are checked before each use', async () => {
    await expectServed('/sw.js', NEVER, /javascript/)
    await expectServed('/manifest.webmanifest', NEVER, /^application\/manifest\+json/)
    const parts = assets.filter(file => file.startsWith('locale-'))
    expect(parts.length).toBeGreaterThan(5)
    for (const part of parts) await expectServed(`/assets/${part}`, NEVER, /javascript/)
  })

  test('every other built file has its hash in its name and is kept for good, compressed', async () => {
    const others = assets.filter(file => !file.startsWith('locale-'))
    expect(others.length).toBeGreaterThan(20)
    for (const file of others) {
      expect(hashed(file), file).toBe(true)
      await expectServed(`/assets/${file}`, FOREVER, file.endsWith('.css') ? /^text\/css/ : /javascript/)
    }
    const framework = others.find(file => file.startsWith('framework-'))!
    expect((await get(`/assets/${framework}`, { headers: { 'Accept-Encoding': 'gzip' } })).headers.get('content-encoding')).toBe('gzip')
  })

  test('`/` and /en get their pre-rendered pages; a support worker\'s plan link gets its own', async () => {
    expect(await (await get('/')).text()).toBe(dist('index.html'))
    expect(await (await get('/en')).text()).toBe(dist('en.html'))
    const code = planCode(situationIds[0]!)
    expect(await (await get(`/fr/plan/${code}`)).text()).toBe(dist(`fr/plan/${code}.html`))
  })

  test('any other plan code, or an unknown address, gets the app shell with status 200', async () => {
    for (const path of ['/fr/plan/1102230', '/en/plan/1102230', '/fr/parcours', '/fr/nulle-part', '/fr/plan/1102230?via=sms']) {
      const response = await get(path)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('cache-control'), path).toBe(NEVER)
      expect(await response.text(), path).toBe(shell)
    }
  })

  test('a missing built file is a 404, not the shell', async () => {
    for (const path of ['/assets/index-nowhere.js', '/assets/locale-zz.core.js']) {
      const response = await get(path)
      expect(response.status, path).toBe(404)
      expect(await response.text(), path).not.toContain('id="app"')
      for (const [name, value] of policy) expect(response.headers.get(name), `${path} ${name}`).toBe(value)
    }
  })

  test('no folder is listed: an address ending in / leads to the page without it', async () => {
    for (const [path, to] of [['/fr/', '/fr'], ['/fr/plan/', '/fr/plan'], ['/assets/', '/assets'], ['/en/support/', '/en/support']]) {
      const response = await get(path!)
      expect(response.status, path).toBe(301)
      expect(response.headers.get('location'), path).toBe(to)
      const followed = await fetch(`${nginx.origin}${path}`)
      expect(followed.status, path).toBe(200)
      expect(await followed.text(), path).not.toMatch(/Index of/i)
    }
  })

  test('nothing is logged about the addresses people open', async () => {
    await get('/fr/plan/1102230?via=sms')
    await get('/assets/gone-12345678.js')
    await get('/en/support/')
    const { access, error } = nginx.logs()
    expect(access).toBe('')
    expect(error).not.toContain('1102230')
    expect(error).not.toContain('gone-12345678')
    expect(error).not.toContain('via=sms')
  })

  test('a plan code opened in the browser is drawn by the app', async ({ page }) => {
    await page.goto(`${nginx.origin}/fr/plan/1102230`)
    await expect(page.locator('html.js')).toHaveCount(1)
    expect((await planTitles(page, 'fr')).length).toBeGreaterThan(3)
    await expect(page.getByRole('link', { name: new RegExp(msg('fr', 'quickExit.label')) }).first()).toBeVisible()
  })
})

// The tests and the benchmark start nginx through the same helper (scripts/nginx.mjs). A checkout may sit
// in a folder only its owner may open (root's home, `mktemp -d`): the helper must serve it there, and
// say at once why when it cannot, never answer 404 after 404.
test.describe('the tests\' nginx, with the site in a folder only its owner may open', () => {
  const sites: string[] = []
  /** A small site in a new folder of mode 700, as `mktemp -d` makes it. */
  function privateSite() {
    const home = mkdtempSync(join(tmpdir(), 'eclaircie-private-'))
    sites.push(home)
    expect(statSync(home).mode & 0o777).toBe(0o700)
    const site = join(home, 'dist')
    mkdirSync(join(site, 'assets'), { recursive: true })
    writeFileSync(join(site, 'index.html'), '<p>home</p>')
    writeFileSync(join(site, 'app.html'), '<div id="app"></div>')
    writeFileSync(join(site, 'assets/start-12345678.js'), 'void 0')
    return { home, site }
  }
  test.afterAll(() => {
    for (const home of sites) {
      chmodSync(join(home, 'dist'), 0o700)
      rmSync(home, { recursive: true, force: true })
    }
  })

  test('serves it, whoever runs the tests', async () => {
    const { site } = privateSite()
    const server = await startNginx({ root: site, port: ports.other })
    try {
      const text = async (path: string) => {
        const response = await fetch(`${server.origin}${path}`)
        expect(response.status, path).toBe(200)
        return response.text()
      }
      expect(await text('/')).toBe('<p>home</p>')
      expect(await text('/fr/plan/1102230')).toBe('<div id="app"></div>')
      expect(await text('/assets/start-12345678.js')).toBe('void 0')
      expect((await fetch(`${server.origin}/assets/gone-12345678.js`)).status).toBe(404)
    }
    finally {
      await server.stop()
    }
  })

  test('stops at once with one sentence naming the folder and the cause when its workers cannot read it', async () => {
    const { site } = privateSite()
    // Root plays a host whose nginx keeps its unprivileged workers; anyone else has no other account to
    // hand the work to, so the site's own folder is closed to them.
    const asRoot = process.getuid?.() === 0
    if (!asRoot) chmodSync(site, 0)
    const started = startNginx({ root: site, port: ports.other, user: 'nobody' })
    await expect(started).rejects.toThrow(`nginx cannot read the site in ${site}: its workers run as `)
    await expect(started).rejects.toThrow(/who may not enter \/\S+ \(mode [0-7]{3}, owner [\w-]+\)\.$/)
    // Nothing was left listening.
    expect(await fetch(`http://127.0.0.1:${ports.other}/`).then(() => 'answered', () => 'closed')).toBe('closed')
  })
})

// One rule for serving pages (build/serving.ts): nginx runs the rules written from it, `vite preview`
// (the browser tests' server) and the offline tests' server run it, and static hosts read the
// `_redirects` written from it. They must answer the same addresses the same way.
test.describe('one serving rule: nginx, the tests\' servers and a static host agree', () => {
  /**
   * A static host, as docs/deploy.md describes Netlify: a file that exists first (by its clean address
   * too), then the first rule of dist/_redirects that matches, then 404.html with status 404.
   */
  function staticHost(path: string): { status: number, body: string } {
    const isFile = (file: string) => statSync(join('dist', file), { throwIfNoEntry: false })?.isFile() ?? false
    const file = path === '/' ? 'index.html' : [path.slice(1), `${path.slice(1)}.html`].find(isFile)
    if (file) return { status: 200, body: dist(file) }
    const rules = dist('_redirects').split('\n').filter(line => line.trim() && !line.startsWith('#')).map(line => line.trim().split(/\s+/))
    const rule = rules.find(([from]) => (from!.endsWith('/*') ? path.startsWith(from!.slice(0, -1)) : path === from))
    if (rule) return { status: Number(rule[2]), body: dist(rule[1]!.slice(1)) }
    return { status: 404, body: dist(NOT_FOUND) }
  }

  const addresses = {
    'a missing built file': '/assets/gone-12345678.js',
    'a plan code nobody pre-rendered': '/fr/plan/1102230',
    'a removed page': '/fr/ancienne-page',
    'a pre-rendered page': '/fr/urgence',
  }

  test('on a missing built file, a plan code and a removed page', async ({ baseURL }) => {
    const server = await startNginx({ root: 'dist', port: ports.nginx })
    const tests = await serve(ports.other, 'dist')
    try {
      const over = async (origin: string, path: string) => {
        const response = await fetch(`${origin}${path}`, { redirect: 'manual' })
        return { status: response.status, body: await response.text() }
      }
      const servers: Record<string, (path: string) => Promise<{ status: number, body: string }>> = {
        'nginx': path => over(server.origin, path),
        'vite preview': path => over(baseURL!, path),
        'the offline tests\' server': path => over(`http://127.0.0.1:${ports.other}`, path),
        'a static host': async path => staticHost(path),
      }
      for (const [name, ask] of Object.entries(servers)) {
        const missing = await ask(addresses['a missing built file'])
        expect(missing.status, name).toBe(404)
        // Never the shell as a script; a static host's 404 page is the shell, but a browser runs no
        // script answered with a 404.
        expect(missing.body === shell, name).toBe(name === 'a static host')
        const plan = await ask(addresses['a plan code nobody pre-rendered'])
        expect(plan, name).toEqual({ status: 200, body: shell })
        const removed = await ask(addresses['a removed page'])
        // The shell, whose app shows the not-found page; a static host says 404 with the same file.
        expect(removed, name).toEqual({ status: name === 'a static host' ? 404 : 200, body: shell })
        expect(await ask(addresses['a pre-rendered page']), name).toEqual({ status: 200, body: dist('fr/urgence.html') })
      }
    }
    finally {
      await tests.close()
      await server.stop()
    }
  })
})
