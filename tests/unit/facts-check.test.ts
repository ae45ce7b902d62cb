// @vitest-environment node
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkUrl, exitCode, gatherUrls, needsLook, renderTable, type Judged } from '../../scripts/facts-check.mjs'
import { factsIn } from '../../scripts/facts-data.mjs'
import { dueFacts } from '../../scripts/facts-due.mjs'
import * as emergency from '../../src/content/emergency'
import * as exits from '../../src/content/exits'
import * as guides from '../../src/content/guides'
import * as helplines from '../../src/content/helplines'
import * as law from '../../src/content/law'
import * as links from '../../src/content/links'
import * as platforms from '../../src/content/platforms'

const html = (lang: string) => `<!doctype html>\n<html class="no-js" lang="${lang}"><head><title>Page</title></head><body></body></html>`
const listen = (server: Server, host: string) => new Promise<Server>(resolve => server.listen(0, host, () => resolve(server)))
const portOf = (server: Server) => (server.address() as AddressInfo).port

let site: Server
let other: Server
let base: string
let elsewhere: string
let lastHeaders: IncomingHttpHeaders = {}

beforeAll(async () => {
  // Another host name than the site's own (127.0.0.1): a redirect there leaves the site.
  other = await listen(createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(html('fr'))), 'localhost')
  elsewhere = `http://localhost:${portOf(other)}/ok`
  site = await listen(createServer((req, res) => {
    lastHeaders = req.headers
    const page = (lang: string) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html(lang))
    const redirect = (status: number, location: string) => res.writeHead(status, { Location: location }).end()
    switch (req.url) {
      case '/ok': return page('fr')
      case '/en': return page('en')
      case '/slash/': return page('fr-FR')
      case '/moved': return redirect(301, '/ok')
      case '/slash': return redirect(301, '/slash/')
      case '/elsewhere': return redirect(302, elsewhere)
      case '/loop': return redirect(302, '/loop')
      case '/gone': return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('gone')
      // The header, when there is one, says more than the page: it is what the server chose to send.
      case '/header': return res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Language': 'en-GB' }).end(html('fr'))
      case '/file': return res.writeHead(200, { 'Content-Type': 'application/pdf' }).end('%PDF-1.7')
      // '/slow' never answers: only the checker's own timeout ends the request.
    }
  }), '127.0.0.1')
  base = `http://127.0.0.1:${portOf(site)}`
})

afterAll(async () => {
  for (const server of [site, other]) {
    server.closeAllConnections()
    await new Promise(resolve => server.close(resolve))
  }
})

const TIMEOUT = 300
/** An address of the test site checked and judged, as used by one fact (a research source or not). */
async function judged(path: string, secondary = false): Promise<Judged> {
  const checked = await checkUrl(`${base}${path}`, { timeout: TIMEOUT })
  const result = { ...checked, uses: [{ where: `test${path.replaceAll('/', '.')}.source`, secondary }], secondary }
  return { ...result, look: needsLook(result) }
}

describe('facts:check, one address', () => {
  it('asks as a French-speaking browser would', async () => {
    await checkUrl(`${base}/ok`, { timeout: TIMEOUT })
    expect(lastHeaders['accept-language']).toBe('fr-FR,fr;q=0.9')
    expect(lastHeaders['user-agent']).toBeTruthy()
  })

  it('finds a French page fine', async () => {
    expect(await judged('/ok')).toMatchObject({ status: 200, chain: [], final: `${base}/ok`, language: 'fr', error: null, look: [] })
  })

  it('reports a page in another language', async () => {
    expect(await judged('/en')).toMatchObject({ status: 200, chain: [], language: 'en', look: ['page in en'] })
  })

  it('follows a redirect by hand, records it and reports the new address', async () => {
    expect(await judged('/moved')).toMatchObject({
      status: 200,
      chain: [{ url: `${base}/moved`, status: 301, location: `${base}/ok` }],
      final: `${base}/ok`,
      language: 'fr',
      look: [`redirected to another address: ${base}/ok`],
    })
  })

  it('lets a redirect that only adds a trailing slash pass', async () => {
    expect(await judged('/slash')).toMatchObject({
      status: 200,
      chain: [{ url: `${base}/slash`, status: 301, location: `${base}/slash/` }],
      final: `${base}/slash/`,
      language: 'fr-FR',
      look: [],
    })
  })

  it('reports a redirect to another host', async () => {
    expect(await judged('/elsewhere')).toMatchObject({
      status: 200,
      chain: [{ url: `${base}/elsewhere`, status: 302, location: elsewhere }],
      final: elsewhere,
      language: 'fr',
      look: [`redirected to another host: ${elsewhere}`],
    })
  })

  it('reports a missing page with its status', async () => {
    expect(await judged('/gone')).toMatchObject({ status: 404, chain: [], final: `${base}/gone`, language: 'unknown', look: ['status 404'] })
  })

  it('gives up on a server that does not answer, after its own timeout', async () => {
    const started = Date.now()
    const result = await judged('/slow')
    expect(result).toMatchObject({ status: null, chain: [], final: `${base}/slow`, language: 'unknown', error: `timeout after ${TIMEOUT} ms` })
    expect(result.look).toEqual([`timeout after ${TIMEOUT} ms`])
    expect(Date.now() - started).toBeLessThan(TIMEOUT + 2000)
  })

  it('stops following redirects that never end', async () => {
    const result = await judged('/loop')
    expect(result).toMatchObject({ status: null, error: 'more than 8 redirects' })
    expect(result.chain).toHaveLength(9)
    expect(result.look).toEqual(['more than 8 redirects'])
  })

  it('reads the language from Content-Language before the page, and knows none for a file', async () => {
    expect(await judged('/header')).toMatchObject({ language: 'en-GB', look: ['page in en-GB'] })
    expect(await judged('/file')).toMatchObject({ status: 200, language: 'unknown', look: [] })
  })

  it('reports an address that cannot be reached', async () => {
    const closed = createServer()
    await listen(closed, '127.0.0.1')
    const url = `http://127.0.0.1:${portOf(closed)}/`
    await new Promise(resolve => closed.close(resolve))
    const result = await checkUrl(url, { timeout: TIMEOUT })
    expect(result).toMatchObject({ status: null, error: 'failed: ECONNREFUSED' })
    expect(needsLook(result)).toEqual(['failed: ECONNREFUSED'])
  })
})

describe('facts:check, research sources', () => {
  it('lets a research source be in any language, and move', async () => {
    expect((await judged('/en', true)).look).toEqual([])
    expect((await judged('/elsewhere', true)).look).toEqual([])
    expect((await judged('/moved', true)).look).toEqual([])
  })

  it('still reports a research source that is gone or does not answer', async () => {
    expect((await judged('/gone', true)).look).toEqual(['status 404'])
    expect((await judged('/slow', true)).look).toEqual([`timeout after ${TIMEOUT} ms`])
  })
})

describe('facts:check, the table and the exit code', () => {
  const paths = ['/ok', '/en', '/moved', '/slash', '/elsewhere', '/gone', '/slow', '/file']
  const firstCells = (text: string) => text.split('\n').slice(2).map(line => line.split('|')[1]!.trim())

  it('lists exactly the addresses that need a look, each with why and where it is used', async () => {
    const results = await Promise.all(paths.map(path => judged(path)))
    const text = renderTable(results)
    expect(firstCells(text)).toEqual(['/en', '/moved', '/elsewhere', '/gone', '/slow'].map(path => `${base}${path}`))
    const moved = text.split('\n').find(line => line.includes(`${base}/moved `))!
    expect(moved).toContain('301 → 200')
    expect(moved).toContain(`redirected to another address: ${base}/ok`)
    expect(moved).toContain('test.moved.source')
    expect(text).toContain(`timeout after ${TIMEOUT} ms`)
    expect(exitCode(results)).toBe(1)
  })

  it('says so, and exits 0, when nothing needs a look', async () => {
    const results = await Promise.all(['/ok', '/slash', '/file'].map(path => judged(path)))
    expect(renderTable(results)).toBe('Nothing needs a look.')
    expect(exitCode(results)).toBe(0)
    expect(exitCode([])).toBe(0)
  })
})

describe('facts:check, the addresses of src/content/', () => {
  const modules = { emergency, exits, guides, helplines, law, links, platforms }
  const gathered = gatherUrls(factsIn(modules))
  const sourced = [
    ...helplines.helplineList, ...links.linkList, ...law.lawList, ...platforms.platformList, ...Object.values(exits.exits),
  ]

  it('finds every fact once, emergency lines included', () => {
    expect(factsIn(modules)).toHaveLength(new Set(sourced).size)
  })

  it('finds every link, every exit and every source, each address once', () => {
    const expected = new Set([
      ...links.linkList.map(link => link.url), ...Object.values(exits.exits).map(exit => exit.url), ...sourced.map(fact => fact.source),
    ])
    expect(gathered).toHaveLength(expected.size)
    expect(new Set(gathered.map(entry => entry.url))).toEqual(expected)
    expect(gathered.every(entry => /^https:\/\//.test(entry.url))).toBe(true)
  })

  it('says where each address is used', () => {
    expect(gathered.find(entry => entry.url === links.links.stopncii.url)?.uses).toContainEqual({ where: 'links.stopncii.url', secondary: false })
    expect(gathered.find(entry => entry.url === helplines.helplines.cfcv.source)?.uses.map(use => use.where)).toContain('helplines.cfcv.source')
    const codePenal = gathered.find(entry => entry.url === law.law['cp226-1'].source)!
    expect(codePenal.uses.map(use => use.where)).toContain('law.cp226-2-1.source')
  })

  it('treats as research material a secondary fact\'s source, never the address a link opens', () => {
    const cyber17 = links.links.cyber17
    expect(cyber17.secondary).toBe(true)
    expect(gathered.find(entry => entry.url === cyber17.source)).toMatchObject({ secondary: true })
    expect(gathered.find(entry => entry.url === cyber17.url)).toMatchObject({ secondary: false })
  })
})

describe('facts:due', () => {
  const record = {
    fresh: { id: 'fresh', checkedOn: '2026-11-28' },
    edge: { id: 'edge', checkedOn: '2026-06-04' },
    past: { id: 'past', checkedOn: '2026-06-03', toCheck: true },
    noted: { id: 'noted', checkedOn: '2026-02-11', dated: 'year' },
  }
  const modules = {
    links: { links: record, linkList: Object.values(record) },
    law: { law: { old: { id: 'old', checkedOn: '2023-04-01', dated: 'olderCopy' } } },
    guides: { guides: { find: { id: 'find', sections: [] } } },
  }

  it('lists the facts not checked for over 180 days, oldest first, with what their date means', () => {
    expect(dueFacts(factsIn(modules), { today: '2026-12-01' })).toEqual([
      { module: 'law', id: 'old', checkedOn: '2023-04-01', age: 1340, dated: 'read in an older copy of the code', toCheck: false },
      { module: 'links', id: 'noted', checkedOn: '2026-02-11', age: 293, dated: 'read when the sheet was compiled, day not given', toCheck: false },
      { module: 'links', id: 'past', checkedOn: '2026-06-03', age: 181, dated: null, toCheck: true },
    ])
  })

  it('takes another threshold', () => {
    expect(dueFacts(factsIn(modules), { today: '2026-12-01', days: 2000 })).toEqual([])
    expect(dueFacts(factsIn(modules), { today: '2026-12-01', days: 0 }).map(fact => fact.id)).toEqual(['old', 'noted', 'past', 'edge', 'fresh'])
  })
})
