#!/usr/bin/env node
// npm run bench — builds, serves the production build on loopback with nginx as deploy/ configures it
// (gzip included), and measures, in one run: every way in (the bare address, /fr, /en, a support
// worker's pre-rendered plan link, a plan code answered by the app shell), each with its bytes (gzip)
// before the first paint and for the takeover, and Lighthouse mobile (median of 5) · everything
// precached · the first screen's bytes with a third language added · quick-exit timings · the
// anonymiser's scores on its corpus (tests/fixtures/anonymiser-corpus.ts, -round3.ts and -heldout3.ts,
// all tuned on; the fourth round, held out, apart) and its time on a 2,000-character note.
// Figures are printed as a table and written to .bench/latest.json; `--readme` also updates README.md.
// `--bytes` only builds and lists each way in's files with their gzipped size, before the first paint
// and for the takeover; `--anonymiser` only measures the anonymiser.
// Timings are measured here, never asserted by tests.
import { execSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { startNginx } from './nginx.mjs'
import { withTsModules } from './ts-modules.mjs'

const root = new URL('..', import.meta.url).pathname
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// Not 4190: it is on the fetch standard's list of blocked ports (ManageSieve), so Node's fetch, which
// checks that nginx is up, refuses it and the bench would wait for a server it cannot reach.
const PORT = Number(process.env.BENCH_PORT ?? 4188)
const BASE = `http://127.0.0.1:${PORT}`
const FIRST_SCREEN = '/fr'
const args = process.argv.slice(2)
const gz = buf => gzipSync(buf, { level: 9 }).length
const kb = bytes => `${(bytes / 1024).toFixed(1)} KB`
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
// A French-speaking browser: the bare address `/` is then the French home page itself. Headless
// Chromium ignores --lang for navigator.languages and Accept-Language (it stayed en-US, so `/` was
// measured as an English visit, redirected to /en): --accept-lang is what sets them.
const LOCALE = 'fr-FR'
const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', `--lang=${LOCALE}`, `--accept-lang=${LOCALE}`]

function build() {
  execSync('npm run build --silent', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
}

/** Serves dist/ with nginx and deploy/eclaircie.conf, as a host following docs/deploy.md would. */
async function withServer(fn) {
  const server = await startNginx({ root: join(root, 'dist'), port: PORT })
  try {
    return await fn()
  }
  finally {
    await server.stop()
  }
}

/**
 * The first screen, in two phases, gzipped from dist/, by type:
 * - before the first paint: the page's HTML and every file the browser asked for before it painted
 *   (first contentful paint): what a slow line must carry before the person sees anything;
 * - the takeover: every file asked for after that, until the app has taken the page over (the moment
 *   <html> gets its `js` class).
 * Files the app loads afterwards (the service worker, the update prompt…) are in neither.
 */
async function firstScreen(path = FIRST_SCREEN) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: flags })
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 839 }, locale: LOCALE })
  const page = await context.newPage()
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.documentElement?.classList.contains('js')) {
        window.__readyAt = performance.now()
        observer.disconnect()
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['class'] })
  })
  await page.goto(`${BASE}${path}`)
  await page.waitForFunction(() => window.__readyAt !== undefined)
  await page.waitForLoadState('networkidle')
  const { paint, resources } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    resources: performance.getEntriesByType('resource')
      .filter(e => e.startTime <= window.__readyAt)
      .map(e => ({ path: new URL(e.name).pathname, start: e.startTime })),
  }))
  await browser.close()
  if (paint === undefined) throw new Error(`${path}: no first contentful paint reported`)
  const measure = (files) => {
    const sizes = { html: 0, css: 0, js: 0, other: 0 }
    for (const file of files) {
      const ext = file.split('.').pop()
      sizes[ext in sizes ? ext : 'other'] += gz(readFileSync(join(root, 'dist', file)))
    }
    return { ...sizes, total: sizes.html + sizes.css + sizes.js + sizes.other, files }
  }
  const before = [servedFile(path), ...new Set(resources.filter(r => r.start < paint).map(r => r.path))]
  const takeover = [...new Set(resources.filter(r => r.start >= paint).map(r => r.path))].filter(file => !before.includes(file))
  const beforePaint = measure(before)
  const takeoverBytes = measure(takeover)
  const all = measure([...before, ...takeover])
  return { ...all, beforePaint, takeover: takeoverBytes }
}

function precache() {
  const sw = readFileSync(join(root, 'dist/sw.js'), 'utf8')
  const urls = [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map(m => m[1]))]
  let raw = 0
  let gzip = 0
  for (const url of urls) {
    const file = join(root, 'dist', url)
    raw += statSync(file).size
    gzip += gz(readFileSync(file))
  }
  return { files: urls.length, raw, gzip }
}

/** The file nginx answers for a page address (deploy/eclaircie.conf): its own page, or the shell. */
function servedFile(path) {
  if (path === '/') return '/index.html'
  return existsSync(join(root, 'dist', `${path}.html`)) ? `${path}.html` : '/app.html'
}

async function lighthouseRuns(n = 5, path = FIRST_SCREEN) {
  const runs = []
  for (let i = 0; i < n; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: flags })
    try {
      const result = await lighthouse(`${BASE}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile' })
      const { categories: c, audits: a } = result.lhr
      runs.push({
        performance: c.performance.score, accessibility: c.accessibility.score,
        bestPractices: c['best-practices'].score, seo: c.seo.score,
        lcp: a['largest-contentful-paint'].numericValue, tbt: a['total-blocking-time'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue,
      })
    }
    finally {
      await chrome.kill()
    }
  }
  const pick = key => median(runs.map(r => r[key]))
  return { runs: runs.length, performance: pick('performance'), accessibility: pick('accessibility'), bestPractices: pick('bestPractices'), seo: pick('seo'), lcp: pick('lcp'), tbt: pick('tbt'), cls: pick('cls') }
}

/** A plan code that no support-worker link uses: the app shell answers it, and the app draws the plan. */
const SHELL_PLAN = '/fr/plan/1102230'

/**
 * Every way a person arrives: the bare address, each language's home page, the plan link a support
 * worker sent (the longest pre-rendered one), and any other plan code (served by the app shell).
 */
function waysIn() {
  const plans = readdirSync(join(root, 'dist/fr/plan')).map(file => `/fr/plan/${file.replace(/\.html$/, '')}`)
  if (!plans.length) throw new Error('No pre-rendered plan in dist/fr/plan')
  const longest = plans.reduce((a, b) => (statSync(join(root, 'dist', `${b}.html`)).size > statSync(join(root, 'dist', `${a}.html`)).size ? b : a))
  if (existsSync(join(root, 'dist', `${SHELL_PLAN}.html`))) throw new Error(`${SHELL_PLAN} is pre-rendered: pick another code for the shell`)
  return [
    { name: 'the bare address', path: '/' },
    { name: 'French home', path: '/fr' },
    { name: 'English home', path: '/en' },
    { name: 'support worker\'s plan link (pre-rendered)', path: longest },
    { name: 'other plan code (app shell)', path: SHELL_PLAN },
  ]
}

/** First screen, and Lighthouse if asked, at every way in. */
async function measureWaysIn(withLighthouse) {
  const results = []
  for (const way of waysIn()) {
    console.log(`  ${way.path}`)
    const result = { ...way, firstScreen: await firstScreen(way.path) }
    if (withLighthouse) result.lighthouse = await lighthouseRuns(5, way.path)
    results.push(result)
  }
  return results
}

/** The table of every way in, for the README. */
function renderWaysIn(ways) {
  const lighthouseCells = (lh) => {
    if (!lh) return ['—', '—']
    return [`${lh.performance} / ${lh.accessibility} / ${lh.bestPractices} / ${lh.seo}`,
      `${(lh.lcp / 1000).toFixed(2)} s / ${Math.round(lh.tbt)} ms / ${lh.cls.toFixed(3)}`]
  }
  return ['| Way in | Before first paint (gzip) | Takeover (gzip) | Performance / a11y / best practices / SEO | LCP / TBT / CLS |', '|---|---|---|---|---|',
    ...ways.map(w => `| ${w.name}: \`${w.path}\` | ${kb(w.firstScreen.beforePaint.total)} | ${kb(w.firstScreen.takeover.total)} | ${lighthouseCells(w.lighthouse).join(' | ')} |`),
    '| Target (pre-rendered ways in) | ≤ 15 KB | ≤ 100 KB | ≥ 0.98 / 1 / 1 / 1 | ≤ 1.5 s / ≤ 50 ms / 0 |'].join('\n')
}

/** Trigger → overlay in the DOM → the frame that paints it → pagehide, for tap and Shift×3. */
async function exitTimings(n = 10) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: flags })
  const results = { tap: [], shift: [] }
  for (const how of ['tap', 'shift']) {
    for (let i = 0; i < n; i++) {
      const context = await browser.newContext({ serviceWorkers: 'block' })
      await context.route('https://meteofrance.com/**', route => route.fulfill({ body: 'ok' }))
      const page = await context.newPage()
      await page.addInitScript(() => {
        const t = {}
        new MutationObserver(() => {
          if (t.overlay === undefined && document.querySelector('.exit-overlay')) {
            t.overlay = performance.now()
            requestAnimationFrame(() => (t.painted = performance.now()))
          }
        }).observe(document, { childList: true, subtree: true })
        // The trigger is the event that starts the exit: the tap's click, or the third Shift's keyup.
        // Each is recorded as it begins (capture phase); the last one before the overlay is the trigger.
        const mark = () => {
          if (t.overlay === undefined) t.trigger = performance.now()
        }
        addEventListener('click', mark, true)
        addEventListener('keyup', mark, true)
        addEventListener('beforeunload', () => (t.navigating = performance.now()))
        addEventListener('pagehide', () => {
          t.pagehide = performance.now()
          localStorage.setItem('bench:exit', JSON.stringify(t))
        })
      })
      await page.goto(`${BASE}/fr/plan/1102230`)
      await page.waitForSelector('html.js')
      await page.waitForSelector('.step')
      if (how === 'tap') await page.click('.quick-exit__button')
      else for (let k = 0; k < 3; k++) await page.keyboard.press('Shift')
      await page.waitForURL('https://meteofrance.com/')
      await page.goto(`${BASE}/robots.txt`)
      const stored = await page.evaluate(() => localStorage.getItem('bench:exit'))
      if (!stored) throw new Error(`No timing recorded for the exit by ${how}`)
      const t = JSON.parse(stored)
      results[how].push({ overlay: t.painted - t.trigger, navigating: t.navigating - t.trigger, pagehide: t.pagehide - t.trigger })
      await context.close()
    }
  }
  await browser.close()
  const summarise = list => ({
    overlayPaintedMs: median(list.map(x => x.overlay)),
    navigationStartedMs: median(list.map(x => x.navigating)),
    pagehideMs: median(list.map(x => x.pagehide)),
  })
  return { tap: summarise(results.tap), shift: summarise(results.shift), runs: n }
}

/** Time to open the dossier (PBKDF2 at its real cost, then decryption), from the tap to the entries. */
async function unlockTimings(n = 5) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: flags })
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  const passphrase = 'cerise nuage tambour lanterne'
  await page.goto(`${BASE}/fr/carnet`)
  await page.waitForSelector('html.js')
  await page.click('.dossier button.button--primary')
  await page.fill('#new-passphrase', passphrase)
  await page.fill('#confirm-passphrase', passphrase)
  await page.click('.dossier__form button[type="submit"]')
  await page.waitForSelector('.dossier__bar', { timeout: 30_000 })
  const times = []
  for (let i = 0; i < n; i++) {
    await page.goto(`${BASE}/fr/carnet`)
    await page.waitForSelector('#passphrase')
    await page.fill('#passphrase', passphrase)
    const start = Date.now()
    await page.click('.dossier__form button[type="submit"]')
    await page.waitForSelector('.dossier__bar', { timeout: 30_000 })
    times.push(Date.now() - start)
  }
  await browser.close()
  return { medianMs: median(times), runs: n }
}

/**
 * The anonymiser on its marked corpus (the unit test's scoring, run here through Vite so the TypeScript
 * sources load as they are), and a 2,000-character note made of corpus notes, for the browser timing.
 */
async function anonymiserScores() {
  const paths = ['/tests/fixtures/anonymiser-corpus.ts', '/tests/fixtures/anonymiser-round3.ts', '/tests/fixtures/anonymiser-heldout3.ts',
    '/tests/fixtures/anonymiser-round4.ts', '/tests/fixtures/anonymiser-score.ts', '/src/anonymiser/anonymise.ts']
  return withTsModules(root, paths, async ([{ corpus, parseNote }, { round3 }, { heldOut3 }, { round4 }, { scoreCorpus, ratio }, { find, loadLexicon }]) => {
    const lexicon = await loadLexicon()
    // Tuned on: the corpus, the third round and its held-out notes (opened and tuned on 2026-12-06,
    // docs/anonymiser.md).
    const notes = [...corpus, ...round3, ...heldOut3].map(parseNote)
    const summary = (list) => {
      const s = scoreCorpus(list, text => find(text, lexicon))
      const kinds = Object.fromEntries(Object.entries(s.kinds).map(([kind, k]) => [kind, { expected: k.expected, recall: ratio(k.removed, k.expected) }]))
      return {
        notes: s.notes, identifiers: s.overall.expected, recall: ratio(s.overall.removed, s.overall.expected), kinds,
        publicWords: s.publics.total, publicKept: ratio(s.publics.kept, s.publics.total),
        precision: ratio(s.findings.onIdentifier, s.findings.total), sameKind: ratio(s.overall.sameKind, s.overall.removed),
      }
    }
    let note = ''
    for (const n of notes) if (note.length < 2000) note += `${n.text}\n`
    // Held out: the fourth round, written blind on 2026-12-06 and never opened while tuning; scored apart
    // and only as a whole.
    return { all: summary(notes), heldOut: summary(round4.map(parseNote)), note: note.slice(0, 2000) }
  })
}

/** From the click on "find" to the findings and the cleaned note on screen, on the built page. */
async function anonymiserTimings(note, n = 10) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: flags })
  const page = await browser.newPage()
  await page.addInitScript(() => {
    addEventListener('click', () => (window.__clickAt = performance.now()), true)
    new MutationObserver(() => {
      if (window.__clickAt !== undefined && window.__shownAt === undefined && document.querySelector('.anonymiser__result')) window.__shownAt = performance.now()
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto(`${BASE}/fr/accompagner/notes`)
  await page.waitForSelector('html.js')
  const button = page.locator('.anonymiser button.button--primary').first()
  await button.waitFor()
  await page.waitForFunction(() => !document.querySelector('.anonymiser button.button--primary')?.disabled)
  const times = []
  for (let i = 0; i < n; i++) {
    // Editing the note clears the findings: each run starts from the note alone.
    await page.fill('#note-input', `${note.slice(0, -1)}${i % 10}`)
    await page.evaluate(() => {
      window.__clickAt = undefined
      window.__shownAt = undefined
    })
    await button.click()
    await page.waitForFunction(() => window.__shownAt !== undefined)
    times.push(await page.evaluate(() => window.__shownAt - window.__clickAt))
  }
  await browser.close()
  return { chars: note.length, medianMs: median(times), runs: n }
}

async function main() {
  const started = new Date()
  console.log('Building…')
  build()
  const report = { date: started.toISOString().slice(0, 10), machine: '2 cores, Debian Chromium', node: process.version }
  if (args.includes('--anonymiser')) {
    const { note, ...scores } = await anonymiserScores()
    report.anonymiser = { ...scores, timing: await withServer(() => anonymiserTimings(note)) }
    console.log(anonymiserLines(report.anonymiser).join('\n'))
    return
  }
  const { note, ...anonymiserFigures } = await anonymiserScores()
  await withServer(async () => {
    // `--bytes`: a quick look at the first screens' files while working on their size.
    console.log(`Every way in: first screen${args.includes('--bytes') ? '' : ', Lighthouse mobile (3 runs each)'}…`)
    report.waysIn = await measureWaysIn(!args.includes('--bytes') && !args.includes('--no-lighthouse'))
    report.firstScreen = report.waysIn.find(way => way.path === FIRST_SCREEN).firstScreen
    report.precache = precache()
    if (args.includes('--bytes')) return
    console.log('Quick-exit timings…')
    report.exit = await exitTimings(10)
    console.log('Dossier unlock…')
    report.unlock = await unlockTimings(5)
    console.log('Anonymiser…')
    report.anonymiser = { ...anonymiserFigures, timing: await anonymiserTimings(note) }
  })
  if (args.includes('--bytes')) {
    for (const way of report.waysIn) {
      console.log(`${way.name}: ${way.path}`)
      for (const [phase, bytes] of [['before first paint', way.firstScreen.beforePaint], ['takeover', way.firstScreen.takeover]]) {
        for (const file of bytes.files) console.log(`  ${kb(gz(readFileSync(join(root, 'dist', file)))).padStart(8)}  ${file}`)
        console.log(`  ${kb(bytes.total).padStart(8)}  ${phase}`)
      }
    }
    console.log(`precache ${kb(report.precache.raw)} raw`)
    return
  }
  // A third language with as many keys: its messages must load lazily, never on the first screen.
  const extra = join(root, 'locales/zz.json')
  copyFileSync(join(root, 'locales/en.json'), extra)
  try {
    console.log('Building with a third language…')
    build()
    await withServer(async () => {
      report.firstScreenWithThirdLocale = await firstScreen()
    })
  }
  finally {
    rmSync(extra)
    build()
  }
  report.thirdLocaleDelta = report.firstScreenWithThirdLocale.total - report.firstScreen.total

  mkdirSync(join(root, '.bench'), { recursive: true })
  writeFileSync(join(root, '.bench/latest.json'), `${JSON.stringify(report, null, 2)}\n`)
  const table = render(report)
  console.log(`\n${table}\n\n${anonymiserLines(report.anonymiser).join('\n')}`)
  if (args.includes('--readme')) {
    const readme = join(root, 'README.md')
    const text = readFileSync(readme, 'utf8')
    const block = `<!-- bench:start -->\n${table}\n<!-- bench:end -->`
    writeFileSync(readme, text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block))
  }
}

const bytesCell = b => `${kb(b.total)} (HTML ${kb(b.html)}, CSS ${kb(b.css)}, JS ${kb(b.js)})`

function render(r) {
  const rows = [
    [`Before first paint at \`${FIRST_SCREEN}\` (gzip): HTML + CSS + JS`, bytesCell(r.firstScreen.beforePaint), '≤ 15 KB'],
    [`Takeover at \`${FIRST_SCREEN}\` (gzip): what the app loads after the paint`, bytesCell(r.firstScreen.takeover), '≤ 100 KB'],
    ['Both, with a third language added', `${kb(r.firstScreenWithThirdLocale.total)} (${r.thirdLocaleDelta >= 0 ? '+' : ''}${r.thirdLocaleDelta} bytes)`, 'no growth'],
    ['Precached in total', `${kb(r.precache.raw)} raw, ${kb(r.precache.gzip)} gzip, ${r.precache.files} files`, '≤ 1.5 MB'],
  ]
  rows.push(
    ...['tap', 'shift'].map(how => [
      `Quick exit by ${how === 'tap' ? 'tap' : 'Shift×3'}: overlay painted / navigation started / pagehide (median of ${r.exit.runs})`,
      `${r.exit[how].overlayPaintedMs.toFixed(1)} ms / ${r.exit[how].navigationStartedMs.toFixed(1)} ms / ${r.exit[how].pagehideMs.toFixed(1)} ms`,
      '≤ 16 ms / ≤ 50 ms / —',
    ]),
  )
  rows.push(['Dossier unlock, tap to entries (PBKDF2-SHA-256, 600 000 iterations)', `${r.unlock.medianMs} ms (median of ${r.unlock.runs})`, '< 1 s'])
  const a = r.anonymiser
  const lowest = all => Object.entries(all.kinds).sort((x, y) => x[1].recall - y[1].recall)[0]
  const [lowKind, low] = lowest(a.all)
  rows.push(
    [`Anonymiser, ${a.all.notes} synthetic notes: identifiers removed (lowest kind) / public words kept`, `${a.all.recall.toFixed(3)} (${lowKind} ${low.recall.toFixed(2)}) / ${a.all.publicKept.toFixed(3)}`, '≥ 0.95 (each ≥ 0.9) / ≥ 0.95'],
    ...(a.heldOut ? [[`Anonymiser, ${a.heldOut.notes} held-out notes never tuned on (docs/anonymiser.md): removed (lowest kind) / kept`, `${a.heldOut.recall.toFixed(3)} (${lowest(a.heldOut)[0]} ${lowest(a.heldOut)[1].recall.toFixed(2)}) / ${a.heldOut.publicKept.toFixed(3)}`, '≥ 0.95 (each ≥ 0.9) / ≥ 0.95']] : []),
    [`Anonymiser, ${a.timing.chars}-character note: click to cleaned note (median of ${a.timing.runs})`, `${a.timing.medianMs.toFixed(1)} ms`, '≤ 50 ms'],
  )
  return [`Measured ${r.date} on this project's machine (${r.machine}, Node ${r.node}), served by nginx with`
    + ' deploy/eclaircie.conf (gzip), to a browser that prefers French.', '',
  '| What | Measured | Target |', '|---|---|---|', ...rows.map(row => `| ${row.join(' | ')} |`), '',
  `Every way in: the bytes asked for before the first paint and for the takeover (gzip), and Lighthouse mobile (median of ${r.waysIn[0]?.lighthouse?.runs ?? 5} runs).`, '',
  renderWaysIn(r.waysIn)].join('\n')
}

/** The anonymiser's figures kind by kind, printed after the table. */
function anonymiserLines(a) {
  const pct = x => x.toFixed(3)
  return [
    `Anonymiser on ${a.all.notes} notes (${a.all.identifiers} identifiers, ${a.all.publicWords} public words): removed ${pct(a.all.recall)}, public words kept ${pct(a.all.publicKept)}, precision ${pct(a.all.precision)}, same kind ${pct(a.all.sameKind)}`,
    ...Object.entries(a.all.kinds).map(([kind, k]) => `  ${kind.padEnd(10)} removed ${pct(k.recall)} of ${k.expected}${a.heldOut ? `   held out: ${a.heldOut.kinds[kind] ? `${pct(a.heldOut.kinds[kind].recall)} of ${a.heldOut.kinds[kind].expected}` : '—'}` : ''}`),
    ...(a.heldOut ? [`Held out (${a.heldOut.notes} notes, never tuned on): removed ${pct(a.heldOut.recall)}, kept ${pct(a.heldOut.publicKept)}, precision ${pct(a.heldOut.precision)}`] : ['No held-out round wired in: every note above is tuned on.']),
    `${a.timing.chars}-character note, click to cleaned note: ${a.timing.medianMs.toFixed(1)} ms (median of ${a.timing.runs})`,
  ]
}

await main()
