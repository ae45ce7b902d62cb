#!/usr/bin/env node
// npm run facts:check [-- --timeout <ms>] [--only <text>] [--json] — visits every web address in
// src/content/ (the links the app opens, every fact's source) as a French-speaking browser would,
// following redirects one by one, and prints a table of the addresses that need a look, with why: an
// error or a timeout, a final status other than 2xx, a redirect to another address, a page in another
// language than French. Research sources (`secondary`) may be in any language: only their errors count.
// `--timeout` is per request (15000 ms unless given), `--only` checks the addresses that contain a text,
// `--json` prints every result instead of the table. Exit code 1 when an address needs a look, 0 when
// none does, 2 on a usage error.
// It needs a network: run it by hand now and then (docs/content-model.md). It never runs in CI.
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { commandLine, factsIn, loadFacts, table } from './facts-data.mjs'

const HEADERS = {
  'Accept': 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
  // A site that picks its language from the request answers as it would to a French visitor.
  'Accept-Language': 'fr-FR,fr;q=0.9',
  'User-Agent': 'Mozilla/5.0 (compatible; eclaircie-facts-check)',
}
const MAX_REDIRECTS = 8
// <html lang> is at the very top: a big page need not be downloaded to read it.
const HTML_START = 100_000
const AT_ONCE = 4
const USAGE = 'usage: npm run facts:check -- [--timeout <ms>] [--only <text>] [--json]'

/**
 * Every distinct web address in these facts (from factsIn()), with where it is used
 * (`links.stopncii.url`, `helplines.cfcv.source`) and whether only research sources use it.
 */
export function gatherUrls(facts) {
  const urls = new Map()
  for (const { module, id, fact } of facts) {
    const walk = (value, field) => {
      if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) walk(inner, field ? `${field}.${key}` : key)
      }
      // Only web addresses: helplines' channels also hold link ids and mailto: addresses.
      else if (typeof value === 'string' && /^https?:\/\//.test(value)) {
        // `secondary` says what the fact's source is; the address a link opens is never research material.
        const use = { where: `${module}.${id}.${field}`, secondary: fact.secondary === true && field === 'source' }
        const entry = urls.get(value) ?? urls.set(value, { url: value, uses: [] }).get(value)
        entry.uses.push(use)
      }
    }
    walk(fact, '')
  }
  return [...urls.values()].map(entry => ({ ...entry, secondary: entry.uses.every(use => use.secondary) }))
}

/** The start of a body as text, then the rest left unread. */
async function start(body, bytes) {
  if (!body) return ''
  const reader = body.getReader()
  const chunks = []
  let size = 0
  try {
    while (size < bytes) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      size += value.length
    }
  }
  finally {
    await reader.cancel().catch(() => {})
  }
  return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, bytes))
}

/** The page's language: its Content-Language, else its <html lang>; 'unknown' when it gives none or is not HTML. */
async function pageLanguage(response) {
  const header = response.headers.get('content-language')?.trim()
  if (header || !/html/i.test(response.headers.get('content-type') ?? '')) {
    await response.body?.cancel()
    return header || 'unknown'
  }
  const html = await start(response.body, HTML_START)
  return html.match(/<html\b[^>]*?\slang\s*=\s*["']?([\w-]+)/i)?.[1] ?? 'unknown'
}

/** An error in a few words: the system's code when there is one (ENOTFOUND, CERT_HAS_EXPIRED…). */
function failure(error, timeout) {
  if (error?.name === 'TimeoutError' || error?.name === 'AbortError') return `timeout after ${timeout} ms`
  const cause = error?.cause
  return `failed: ${cause?.code ?? cause?.message ?? error?.message ?? String(error)}`
}

/**
 * Visits one address: GET, redirects followed by hand so that each one is recorded (`chain`: the
 * address, its status and where it sent), each request stopped after `timeout` ms. `status` is the
 * last answer's (null on an error), `final` the address it came from.
 */
export async function checkUrl(url, { timeout = 15_000 } = {}) {
  const chain = []
  let address = url
  try {
    for (;;) {
      const response = await fetch(address, { headers: HEADERS, redirect: 'manual', signal: AbortSignal.timeout(timeout) })
      const location = response.headers.get('location')
      if (response.status < 300 || response.status >= 400 || !location) {
        return { url, status: response.status, chain, final: address, language: await pageLanguage(response), error: null }
      }
      await response.body?.cancel()
      const next = new URL(location, address).href
      chain.push({ url: address, status: response.status, location: next })
      address = next
      if (chain.length > MAX_REDIRECTS) return { url, status: null, chain, final: address, language: 'unknown', error: `more than ${MAX_REDIRECTS} redirects` }
    }
  }
  catch (error) {
    return { url, status: null, chain, final: address, language: 'unknown', error: failure(error, timeout) }
  }
}

const french = language => /^fr(?:[-_]|$)/i.test(language)

/**
 * Where a redirect led, when that is another address. Sites tidy their addresses with redirects that
 * only add (or drop) a trailing slash, or go from http to https on the same host: those are no move.
 */
function moved(from, to) {
  const [a, b] = [new URL(from), new URL(to)]
  if (a.host !== b.host) return `redirected to another host: ${to}`
  const place = url => `${url.pathname.replace(/\/+$/, '')}${url.search}`
  const sameScheme = a.protocol === b.protocol || (a.protocol === 'http:' && b.protocol === 'https:')
  return place(a) === place(b) && sameScheme ? null : `redirected to another address: ${to}`
}

/**
 * Why a checked address needs a look, in words: none when it is fine. An address only research
 * sources use (`secondary`) may be in any language and move anywhere: it needs a look when it fails.
 */
export function needsLook(result) {
  if (result.error) return [result.error]
  const reasons = []
  const { status } = result
  if (result.secondary ? status >= 400 : status < 200 || status >= 300) reasons.push(`status ${status}`)
  if (result.secondary) return reasons
  const move = moved(result.url, result.final)
  if (move) reasons.push(move)
  if (result.language !== 'unknown' && !french(result.language)) reasons.push(`page in ${result.language}`)
  return reasons
}

/** The addresses that need a look (results with their `look`), one row each with why; or a line saying none does. */
export function renderTable(results) {
  const rows = results.filter(result => result.look.length)
  if (!rows.length) return 'Nothing needs a look.'
  return table(['URL', 'status', 'language', 'why', 'used by'], rows.map(result => [
    result.url,
    [...result.chain.map(hop => hop.status), result.status ?? 'error'].join(' → '),
    result.language,
    result.look.join('; '),
    result.uses.map(use => use.where).join(', '),
  ]))
}

/** 1 when an address needs a look, so that a shell or a person sees it at once; 0 when none does. */
export function exitCode(results) {
  return results.some(result => result.look.length) ? 1 : 0
}

/** Runs `task` on every item, `limit` at a time, the results in the items' order. */
async function limited(items, limit, task) {
  const results = []
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await task(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

function options(args) {
  const { values } = parseArgs({ args, options: {
    timeout: { type: 'string' }, only: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  } })
  const timeout = values.timeout === undefined ? 15_000 : Number(values.timeout)
  if (!Number.isInteger(timeout) || timeout <= 0) throw new Error(`--timeout takes a number of milliseconds, not ${values.timeout}`)
  return { timeout, only: values.only, json: values.json ?? false, help: values.help ?? false }
}

async function main() {
  const opts = commandLine(options, USAGE)
  if (!opts) return
  const { modules } = await loadFacts()
  const urls = gatherUrls(factsIn(modules)).filter(entry => opts.only === undefined || entry.url.includes(opts.only))
  if (!urls.length) {
    console.error(`No address in src/content/ contains "${opts.only}".\n${USAGE}`)
    process.exit(2)
  }
  // Progress goes to stderr: stdout is the table, or JSON a program can read.
  console.error(`Checking ${urls.length} addresses, ${AT_ONCE} at a time, ${opts.timeout} ms each at most…`)
  let done = 0
  const results = await limited(urls, AT_ONCE, async (entry) => {
    const result = { ...entry, ...await checkUrl(entry.url, { timeout: opts.timeout }) }
    result.look = needsLook(result)
    console.error(`${String(++done).padStart(4)}/${urls.length} ${result.look.length ? 'look' : 'ok  '} ${entry.url}`)
    return result
  })
  const looks = results.filter(result => result.look.length).length
  if (opts.json) console.log(JSON.stringify(results, null, 2))
  else console.log(`${renderTable(results)}\n\n${urls.length} URLs, ${looks} need${looks === 1 ? 's' : ''} a look.`)
  process.exitCode = exitCode(results)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
