import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, type Page, test } from '@playwright/test'
import { staticPath } from '../../src/router/paths'
import { expectNoAxeViolations, msg, open, openStep } from './helpers'

const PASS = 'cerise nuage tambour lanterne'
const DOSSIER = staticPath('dossier', 'fr')
const m = (key: string) => msg('fr', `dossier.${key}`)

async function create(page: Page) {
  await open(page, DOSSIER)
  await page.getByRole('button', { name: m('intro.start') }).click()
  await page.locator('#new-passphrase').fill(PASS)
  await page.locator('#confirm-passphrase').fill(PASS)
  await page.getByRole('button', { name: m('create.submit') }).click()
  await expect(page.getByRole('button', { name: m('lock.button') })).toBeVisible({ timeout: 15_000 })
}

async function addEntry(page: Page, kind: 'place' | 'report' | 'contact' | 'note', fill: Record<string, string>) {
  await page.getByRole('button', { name: m('entries.add'), exact: true }).click()
  await page.getByRole('radio', { name: new RegExp(`^${m(`kinds.${kind}`)}`) }).check()
  for (const [id, value] of Object.entries(fill)) await page.locator(`#${id}`).fill(value)
  await page.getByRole('button', { name: m('entries.save'), exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: m('entries.saved') })).toHaveCount(1)
}

const texts = {
  place: 'https://exemple.invalid/page-vue',
  report: 'REF-ABC-778899',
  contact: 'Association du quartier',
  note: 'Penser à rappeler jeudi',
}

async function addOneOfEach(page: Page) {
  await addEntry(page, 'place', { 'e-address': texts.place })
  await addEntry(page, 'report', { 'e-whereDetail': 'Réseau exemple', 'e-reference': texts.report })
  await addEntry(page, 'contact', { 'e-who': texts.contact })
  await addEntry(page, 'note', { 'e-text': texts.note })
}

async function unlock(page: Page, passphrase = PASS) {
  await page.locator('#passphrase').fill(passphrase)
  await page.getByRole('button', { name: m('unlock.submit') }).click()
}

async function rawStoredValues(page: Page): Promise<string> {
  return page.evaluate(() => new Promise<string>((resolve, reject) => {
    const request = indexedDB.open('eclaircie-notes')
    request.onerror = () => reject(request.error)
    request.onsuccess = () => {
      const db = request.result
      const all = db.transaction('notes').objectStore('notes').getAll()
      all.onsuccess = () => resolve(JSON.stringify(all.result))
    }
  }))
}

test('creates a dossier, keeps one entry of each kind encrypted, and shows them again after locking and reloading', async ({ page }) => {
  await create(page)
  await addOneOfEach(page)
  for (const text of Object.values(texts)) await expect(page.getByText(text)).toBeVisible()

  const raw = await rawStoredValues(page)
  expect(raw.length).toBeGreaterThan(100)
  for (const text of [...Object.values(texts), 'Réseau exemple']) expect(raw).not.toContain(text)

  await page.getByRole('button', { name: m('lock.button') }).click()
  await expect(page.getByText(texts.note)).toHaveCount(0)
  await page.reload()
  await expect(page.locator('html.js')).toHaveCount(1)
  await unlock(page, 'pas la bonne phrase')
  await expect(page.getByRole('alert')).toHaveText(m('errors.wrongPassphrase'))
  await unlock(page)
  for (const text of Object.values(texts)) await expect(page.getByText(text)).toBeVisible()
})

test('locks itself after the idle time, back to the page anybody sees', async ({ page }) => {
  await page.clock.install()
  await create(page)
  await addEntry(page, 'note', { 'e-text': texts.note })
  await page.clock.fastForward('04:00')
  await expect(page.getByText(texts.note)).toBeVisible()
  await page.clock.fastForward('01:30')
  // Nothing says it was locked (that would say there is one): the introduction and the open form.
  await expect(page.getByRole('button', { name: m('intro.start') })).toBeVisible()
  await expect(page.getByRole('heading', { name: m('unlock.title') })).toBeVisible()
  await expect(page.getByText(texts.note)).toHaveCount(0)
})

test('the quick exit locks it: coming back shows the page anybody sees', async ({ page }) => {
  await page.context().route('https://meteofrance.com/**', route => route.fulfill({ body: 'ok' }))
  await create(page)
  await addEntry(page, 'note', { 'e-text': texts.note })
  await page.getByRole('link', { name: /Sortie d’urgence/ }).click()
  await page.waitForURL('https://meteofrance.com/')
  await open(page, DOSSIER)
  await expect(page.getByRole('heading', { name: m('unlock.title') })).toBeVisible()
  await expect(page.getByRole('button', { name: m('intro.start') })).toBeVisible()
  await expect(page.getByText(texts.note)).toHaveCount(0)
})

test('a backup restores every entry on a fresh browser; a damaged file leaves the dossier intact', async ({ page, browser }) => {
  await create(page)
  await addOneOfEach(page)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: m('backup.export') }).click()])
  expect(download.suggestedFilename()).toMatch(/^eclaircie-\d{4}-\d{2}-\d{2}\.json$/)
  const file = join(tmpdir(), download.suggestedFilename())
  await download.saveAs(file)

  page.on('dialog', d => d.accept())
  await page.getByRole('button', { name: m('destroy.button') }).click()
  await expect(page.getByRole('button', { name: m('intro.start') })).toBeVisible()

  const fresh = await (await browser.newContext()).newPage()
  fresh.on('dialog', d => d.accept())
  await open(fresh, DOSSIER)
  await fresh.getByLabel(m('backup.choose')).setInputFiles(file)
  await fresh.locator('#restore-passphrase').fill(PASS)
  await fresh.getByRole('button', { name: m('backup.restoreYes') }).click()
  for (const text of Object.values(texts)) await expect(fresh.getByText(text)).toBeVisible({ timeout: 15_000 })

  const damaged = join(tmpdir(), 'damaged.json')
  writeFileSync(damaged, readFileSync(file, 'utf8').slice(0, 200))
  await fresh.getByLabel(m('backup.choose')).setInputFiles(damaged)
  await fresh.locator('#restore-passphrase').fill(PASS)
  await fresh.getByRole('button', { name: m('backup.restoreYes') }).click()
  await expect(fresh.getByRole('alert')).toHaveText(m('backup.errors.damaged'))
  await fresh.reload()
  await expect(fresh.locator('html.js')).toHaveCount(1)
  await unlock(fresh)
  for (const text of Object.values(texts)) await expect(fresh.getByText(text)).toBeVisible()
})

test('a full storage says so, and loses nothing already saved', async ({ page }) => {
  // What a browser does when its quota is reached: the write's transaction aborts with a
  // QuotaExceededError. Reproduced here on demand, the moment a value is put.
  await page.addInitScript(() => {
    const flags = window as unknown as { storageFull?: boolean }
    const put = IDBObjectStore.prototype.put
    const error = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'error')!
    const full = new WeakSet<IDBTransaction>()
    Object.defineProperty(IDBTransaction.prototype, 'error', {
      get(this: IDBTransaction) {
        return full.has(this) ? new DOMException('Quota exceeded', 'QuotaExceededError') : error.get!.call(this)
      },
    })
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      const request = put.apply(this, args)
      if (flags.storageFull) {
        full.add(this.transaction)
        this.transaction.abort()
      }
      return request
    }
  })
  await create(page)
  await addEntry(page, 'note', { 'e-text': texts.note })
  await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = true))
  await page.getByRole('button', { name: m('entries.add'), exact: true }).click()
  await page.getByRole('radio', { name: new RegExp(`^${m('kinds.contact')}`) }).check()
  await page.locator('#e-who').fill('Ne sera pas gardé')
  await page.getByRole('button', { name: m('entries.save'), exact: true }).click()
  await expect(page.getByRole('alert')).toHaveText(m('errors.storageFull'))
  await page.reload()
  await expect(page.locator('html.js')).toHaveCount(1)
  await unlock(page)
  await expect(page.getByText(texts.note)).toBeVisible()
})

test('the summary prints the entries on A4 pages, with a neutral title', async ({ page }) => {
  await create(page)
  await addOneOfEach(page)
  await page.getByRole('link', { name: m('summary.title') }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m('summary.title'))
  expect(await page.title()).toBe(msg('fr', 'title.summary'))
  await page.emulateMedia({ media: 'print' })
  for (const text of [texts.place, texts.report, texts.contact]) await expect(page.getByText(text)).toBeVisible()
  await expect(page.locator('.app-header')).toBeHidden()
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1')
  expect((pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBeGreaterThanOrEqual(1)
})

// One page per test, so that each fits its time budget on a busy machine.
test.describe('accessibility of the dossier pages (axe)', () => {
  test('finds no violation on the introduction', async ({ page }) => {
    await open(page, DOSSIER)
    await expect(page.getByRole('button', { name: m('intro.start') })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('finds no violation on the creation form, its strength meter shown', async ({ page }) => {
    await open(page, DOSSIER)
    await page.getByRole('button', { name: m('intro.start') }).click()
    await page.locator('#new-passphrase').fill(PASS)
    await expect(page.getByText(m('passphrase.strength.strongHint'))).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('finds no violation when unlocked, with one entry of each kind', async ({ page }) => {
    await create(page)
    await addOneOfEach(page)
    await expectNoAxeViolations(page)
  })

  test('finds no violation on the summary', async ({ page }) => {
    await create(page)
    await addOneOfEach(page)
    await page.getByRole('link', { name: m('summary.title') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m('summary.title'))
    await expectNoAxeViolations(page)
  })

  test('finds no violation when closed with a dossier kept, in English', async ({ page }) => {
    await create(page)
    // A new page load holds no key: the dossier shows closed.
    await open(page, staticPath('dossier', 'en'))
    await expect(page.getByRole('heading', { name: msg('en', 'dossier.unlock.title') })).toBeVisible()
    await expectNoAxeViolations(page)
  })
})

/** Moves inside the app without reloading it (a reload would lock the dossier, as it should). */
async function goInside(page: Page, path: string) {
  await page.evaluate((to) => {
    history.pushState(history.state, '', to)
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }))
  }, path)
  await expect(page).toHaveURL(new RegExp(`${path}$`))
}

test('plan steps, the places list and the letter offer "Ajouter au dossier" only while it is open', async ({ page }) => {
  await open(page, '/fr/plan/1111010')
  await expect(page.locator('.step').first()).toBeVisible()
  await expect(page.getByRole('button', { name: new RegExp(msg('fr', 'dossierAdd.button')) })).toHaveCount(0)

  await create(page)
  await goInside(page, '/fr/plan/1111010')
  const first = page.locator('.step').first()
  const title = (await first.locator('h2').textContent())!
  await openStep(first)
  await first.getByRole('button', { name: new RegExp(msg('fr', 'dossierAdd.button')) }).click()
  await expect(first.getByRole('status')).toHaveText(msg('fr', 'dossierAdd.done'))

  await goInside(page, '/fr/guide/recherche')
  await page.getByLabel(msg('fr', 'guide.places.label')).fill('https://exemple.invalid/trouve')
  await page.getByRole('button', { name: msg('fr', 'guide.places.add') }).click()
  await page.locator('.places__list').getByRole('button', { name: new RegExp(msg('fr', 'dossierAdd.button')) }).click()

  await goInside(page, '/fr/guide/lettre')
  await page.getByLabel(msg('fr', 'letter.form.urls.label')).fill('https://exemple.invalid/a')
  await page.getByLabel(msg('fr', 'letter.form.foundOn.label')).fill('2026-11-01')
  await page.getByLabel(msg('fr', 'letter.form.recipientName.label')).fill('Hébergeur exemple')
  await page.getByRole('button', { name: msg('fr', 'letter.form.build') }).click()
  await page.locator('.letter__actions').getByRole('button', { name: msg('fr', 'dossierAdd.button') }).click()
  await expect(page.locator('.letter__actions').getByRole('status')).toHaveText(msg('fr', 'dossierAdd.done'))

  await goInside(page, DOSSIER)
  await expect(page.getByText(msg('fr', 'dossierAdd.stepNote').replace('{title}', title))).toBeVisible()
  await expect(page.getByText('https://exemple.invalid/trouve')).toBeVisible()
  await expect(page.getByText(/Hébergeur exemple/)).toBeVisible()
})

/**
 * What a fresh visit shows, page by page: the text on screen, the title, the number of buttons and
 * links. Someone holding the phone sees exactly this.
 */
async function whatAnyoneSees(page: Page) {
  const seen: string[] = []
  for (const path of ['/fr', DOSSIER, staticPath('summary', 'fr'), staticPath('settings', 'fr'), '/fr/plan/1111010']) {
    await open(page, path)
    // Each page as it settles: the dossier page once it knows it is closed, a plan once every step is in.
    if (path === DOSSIER) await expect(page.getByRole('heading', { name: m('unlock.title') })).toBeVisible()
    if (path.includes('/plan/')) await expect(page.locator('.plan__steps')).toHaveAttribute('aria-busy', 'false')
    seen.push(await page.evaluate(() => [
      document.title,
      document.body.innerText,
      document.querySelectorAll('button, a[href], [role=status], [role=alert], .badge').length,
    ].join('\n')))
  }
  // A passphrase that opens nothing gets one answer, dossier or not.
  await open(page, DOSSIER)
  await unlock(page, 'pas la bonne phrase')
  await expect(page.getByRole('alert')).toBeVisible({ timeout: 15_000 })
  seen.push(await page.getByRole('alert').innerText())
  return seen
}

test('a saved dossier shows nowhere until its passphrase opens it: a fresh visit looks the same as with none', async ({ page, browser }) => {
  // Several real key derivations (600 000 rounds each, on purpose): CPU-bound, so a busy machine running
  // two browsers needs more than the default time. Nothing here waits for a time.
  test.slow()
  const other = await (await browser.newContext()).newPage()
  const withNone = await whatAnyoneSees(other)

  await create(page)
  await addEntry(page, 'note', { 'e-text': texts.note })
  const fresh = await page.context().newPage()
  const withOne = await whatAnyoneSees(fresh)
  expect(withOne).toEqual(withNone)
  for (const text of withOne) expect(text).not.toContain(texts.note)

  // The way the person chose: the passphrase, typed on the dossier page.
  await open(fresh, DOSSIER)
  await unlock(fresh)
  await expect(fresh.getByText(texts.note)).toBeVisible({ timeout: 15_000 })
  await other.context().close()
})
