import { expect, type Page, test } from '@playwright/test'
import { staticPath } from '../../src/router/paths'
import { expectNoAxeViolations, msg, open, untilOfflineReady } from './helpers'

// The anonymiser's own files: the word lists, the phone library and the IBAN check (src/anonymiser/lexicon.ts).
const anonymiserFiles = /\/assets\/(?:names|towns|words|phone|iban)-[\w-]+\.js$/

const note = `Signalé par Manon Girard, élève au lycée Victor-Hugo de Poitiers. Son snap : manon.grd.
Le compte tiktok petitlapin_22 a posté depuis l'IP 203.0.113.42, serveur « Les Reines du 59 ».
Il écrit aussi depuis un numéro belge : 0470 98 76 54. Appel au 3018 avec elle, article 226-2-1 évoqué.`

async function anonymise(page: Page, text: string) {
  await page.getByLabel(msg('fr', 'support.anonymiser.label')).fill(text)
  // The button waits for the word lists: a click acts once they are ready.
  await page.getByRole('button', { name: msg('fr', 'support.anonymiser.find') }).click()
  return page.locator('.anonymiser__result')
}

test('the anonymiser removes names, places, pseudonyms, an IP, a server and a foreign number, and keeps public words, with no request elsewhere', async ({ page, baseURL }) => {
  const elsewhere: string[] = []
  page.on('request', r => !r.url().startsWith(baseURL!) && !r.url().startsWith('data:') && elsewhere.push(r.url()))
  await open(page, staticPath('anonymiser', 'fr'))
  const result = await anonymise(page, note)
  for (const gone of ['Manon Girard', 'Victor-Hugo', 'Poitiers', 'manon.grd', 'petitlapin_22', '203.0.113.42', 'Reines du 59', '0470 98 76 54']) {
    await expect(result).not.toContainText(gone)
  }
  for (const kept of ['3018', 'article 226-2-1', 'tiktok']) await expect(result).toContainText(kept)
  await expect(page.locator('.anonymiser-findings__list li').filter({ hasText: msg('fr', 'support.anonymiser.kind.name') })).toHaveCount(1)
  expect(elsewhere).toEqual([])
})

test('lists what was hidden by doubt apart from what was hidden for sure', async ({ page }) => {
  await open(page, staticPath('anonymiser', 'fr'))
  const result = await anonymise(page, 'Signalé par Manon Girard. Son employeur au Phở Sài Gòn la connaît. Appel au 3018.')
  const doubtful = page.getByRole('region', { name: msg('fr', 'support.anonymiser.doubtTitle').split(' | ')[1]! })
  const certain = page.getByRole('region', { name: msg('fr', 'support.anonymiser.sureTitle').split(' | ')[1]! })
  await expect(doubtful.locator('li')).toHaveCount(1)
  await expect(doubtful.locator('li')).toContainText('Phở Sài Gòn')
  await expect(certain.locator('li')).toHaveCount(1)
  await expect(certain.locator('li')).toContainText('Manon Girard')
  // Both are hidden until put back.
  await expect(result).not.toContainText('Phở Sài Gòn')
  await expect(result).not.toContainText('Manon Girard')
  await expect(result).toContainText('3018')
})

test('puts a real value back only after two taps on two different buttons; a mis-tap or a double tap never does; hiding it again is one tap', async ({ page }) => {
  await open(page, staticPath('anonymiser', 'fr'))
  const result = await anonymise(page, note)
  const row = page.locator('.anonymiser-findings__list li').filter({ hasText: 'Manon Girard' })
  const ask = row.getByRole('button', { name: `${msg('fr', 'support.anonymiser.restore')} : Manon Girard` })
  // One tap opens a line that says what will appear; nothing appears yet.
  await ask.click()
  const warning = msg('fr', 'support.anonymiser.restoreWarning').replace('{text}', 'Manon Girard')
  await expect(row).toContainText(warning)
  await expect(result).not.toContainText('Manon Girard')
  // A second tap in the same place cancels: a double tap puts nothing back.
  await row.getByRole('button', { name: `${msg('fr', 'support.anonymiser.restoreCancel')} : Manon Girard` }).click()
  await expect(row).not.toContainText(warning)
  await expect(result).not.toContainText('Manon Girard')
  await ask.dblclick()
  await expect(result).not.toContainText('Manon Girard')
  await expect(row).not.toContainText(warning)
  // Only the confirming button, which names the value, puts it back, and the page says it is shown.
  await ask.click()
  await row.getByRole('button', { name: msg('fr', 'support.anonymiser.restoreConfirm').replace('{text}', 'Manon Girard') }).click()
  await expect(result).toContainText('Manon Girard')
  await expect(result.locator('mark')).toHaveText('Manon Girard')
  await expect(page.locator('.anonymiser__shown-list')).toContainText('Manon Girard')
  await expect(result).not.toContainText('manon.grd')
  // The result screen, with a value shown and another's confirmation open, passes axe.
  await page.locator('.anonymiser-findings__list li').filter({ hasText: 'manon.grd' }).getByRole('button').click()
  await expectNoAxeViolations(page)
  // One tap hides it again.
  await row.getByRole('button', { name: `${msg('fr', 'support.anonymiser.hideAgain')} : Manon Girard` }).click()
  await expect(result).not.toContainText('Manon Girard')
  await expect(page.locator('.anonymiser__shown-list')).toHaveCount(0)
})

test('the first screen loads none of the anonymiser\'s word lists or phone library; its page does', async ({ browser }) => {
  // Without the service worker, which precaches everything once the app has started: only what the
  // pages themselves fetch is listed.
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  const loaded: string[] = []
  page.on('request', r => loaded.push(new URL(r.url()).pathname))
  await open(page, '/fr')
  await page.waitForLoadState('networkidle')
  expect(loaded.filter(path => anonymiserFiles.test(path))).toEqual([])
  expect(loaded.some(path => /AnonymiserView/.test(path))).toBe(false)
  await open(page, staticPath('anonymiser', 'fr'))
  await expect(page.getByRole('button', { name: msg('fr', 'support.anonymiser.find') })).toBeEnabled()
  expect(loaded.filter(path => anonymiserFiles.test(path))).toHaveLength(5)
  await context.close()
})

test('says the tool is getting ready until its lists have loaded', async ({ page }) => {
  let release!: () => void
  const held = new Promise<void>(resolve => (release = resolve))
  await page.route(anonymiserFiles, async (route) => {
    await held
    await route.continue()
  })
  await open(page, staticPath('anonymiser', 'fr'))
  const button = page.getByRole('button', { name: msg('fr', 'support.anonymiser.find') })
  await expect(page.getByRole('status').filter({ hasText: msg('fr', 'support.anonymiser.preparing') })).toBeVisible()
  await expect(button).toBeDisabled()
  release()
  await expect(button).toBeEnabled()
  await expect(page.getByText(msg('fr', 'support.anonymiser.preparing'))).toHaveCount(0)
})

test.describe('offline', () => {
  // The service worker is what serves it (playwright.config.ts blocks it elsewhere).
  test.use({ serviceWorkers: 'allow' })
  test('works offline once the app has been visited', async ({ page, context }) => {
    await open(page, '/fr')
    await untilOfflineReady(page)
    await context.setOffline(true)
    await open(page, staticPath('anonymiser', 'fr'))
    const result = await anonymise(page, note)
    await expect(result).not.toContainText('Manon Girard')
    await expect(result).not.toContainText('0470 98 76 54')
  })
})
