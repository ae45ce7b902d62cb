import { expect, test } from '@playwright/test'
import { sheetPath, staticPath } from '../../src/router/paths'
import { answersFor, sheetNumber, situationIds } from '../../src/support/situations'
import { answer, expectNoAxeViolations, msg, open, planHeading, planTitles, stepTitle, untilOfflineReady } from './helpers'

const forbidden = /sextor|nude|deepfake|\bviol|rape|intime|intimate|chantage|blackmail|porn|revenge|sexu|abus|menace|threat|victim/i
const sheets = situationIds.map((_, i) => i + 1)

async function linkOf(page: import('@playwright/test').Page, n: number, lang: 'fr' | 'en', linkLang: 'fr' | 'en', opened = false) {
  if (!opened) await open(page, sheetPath(n, lang))
  await page.getByRole('radio', { name: msg(lang, `support.linkLanguage.${linkLang}`) }).check()
  const shown = page.locator('.share__link code')
  await expect(shown).toContainText(`/${linkLang}/`)
  const link = (await shown.textContent())!.trim()
  expect(link.startsWith(`${new URL(page.url()).origin}/`)).toBe(true)
  return link
}

test('the support area is reachable from the home page', async ({ page }) => {
  await open(page, '/fr')
  await page.getByRole('link', { name: msg('fr', 'app.supportLink') }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'support.heading'))
  await expect(page.locator('.situation-list a')).toHaveCount(situationIds.length + 2)
})

test.describe('every situation\'s links, French and English', () => {
  for (const n of sheets) {
    test(`situation ${n} opens its plan in a fresh browser, in either language, with a neutral title, address and preview`, async ({ page, browser }) => {
      await open(page, sheetPath(n, 'fr'))
      for (const linkLang of ['fr', 'en'] as const) {
        // Both links from the same sheet, one after the other.
        const link = await linkOf(page, n, 'fr', linkLang, true)
        const fresh = await browser.newContext()
        const other = await fresh.newPage()
        await other.goto(link)
        await expect(other.getByRole('heading', { level: 1 })).toHaveText(planHeading(linkLang))
        await expect(other.locator('html')).toHaveAttribute('lang', linkLang)
        expect(await other.title()).not.toMatch(forbidden)
        expect(new URL(other.url()).pathname).not.toMatch(forbidden)
        for (const meta of await other.locator('meta[property^="og:"], meta[name="description"]').evaluateAll(ms => ms.map(m => m.getAttribute('content') ?? ''))) {
          expect(meta).not.toMatch(forbidden)
        }
        await fresh.close()
      }
    })
  }
})

test('a link from a support worker answers nothing for the person: the danger question waits for them', async ({ page, browser }) => {
  const link = await linkOf(page, 12, 'fr', 'fr')
  // The emergency step's title in this plan's own voice ("tu" for a young person's situation).
  const twelve = situationIds.find(id => sheetNumber(id) === 12)!
  const emergency = stepTitle('fr', 'emergency', answersFor(twelve).map(a => [a.question, a.option] as const))
  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await open(other, link)
  expect((await planTitles(other, 'fr'))[0]).toBe(emergency)
  await other.getByRole('link', { name: msg('fr', 'plan.edit') }).click()
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'review.heading'))
  await expect(other.getByText(msg('fr', 'review.prepared'))).toBeVisible()
  const danger = other.locator('.review__item').first()
  await expect(danger).toContainText(msg('fr', 'review.notAnswered'))
  await expect(danger).not.toContainText(msg('fr', 'tree.danger.option.no'))
  await expect(danger).not.toContainText(msg('fr', 'tree.danger.option.unsure'))
  await danger.getByRole('link', { name: msg('fr', 'review.answerLabel').replace('{question}', msg('fr', 'tree.danger.short')) }).click()
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'tree.danger.question'))
  await expect(other.locator('[aria-pressed="true"]')).toHaveCount(0)
  await answer(other, 'fr', 'danger', 'no')
  // Now answered by the person: shown as theirs, and the plan no longer needs the emergency step.
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'review.heading'))
  await expect(other.getByText(msg('fr', 'review.prepared'))).toHaveCount(0)
  await expect(other.locator('.review__item').first()).toContainText(msg('fr', 'tree.danger.option.no'))
  await other.getByRole('link', { name: msg('fr', 'review.seePlan') }).click()
  expect(await planTitles(other, 'fr')).not.toContain(emergency)
  await fresh.close()
})

test.describe('offline', () => {
  // The service worker is what serves them (playwright.config.ts blocks it elsewhere).
  test.use({ serviceWorkers: 'allow' })
  test('every situation\'s link opens offline once the app has been visited', async ({ page, context }) => {
    const links = []
    for (const n of sheets) links.push(await linkOf(page, n, 'fr', n % 2 ? 'fr' : 'en'))
    await untilOfflineReady(page)
    await context.setOffline(true)
    for (const [i, link] of links.entries()) {
      await page.goto(link)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(planHeading(i % 2 ? 'en' : 'fr'))
    }
  })
})

test.describe('copying', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })
  test('copies the link and says so to screen readers', async ({ page }) => {
    const link = await linkOf(page, 1, 'fr', 'fr')
    await page.getByRole('button', { name: msg('fr', 'support.copy') }).click()
    await expect(page.getByRole('status').filter({ hasText: msg('fr', 'support.copied') })).toHaveCount(1)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link)
  })
})

test('shows a QR code drawn on the page, without any request elsewhere', async ({ page, baseURL }) => {
  const elsewhere: string[] = []
  page.on('request', r => !r.url().startsWith(baseURL!) && elsewhere.push(r.url()))
  await open(page, sheetPath(3, 'fr'))
  await page.getByRole('button', { name: msg('fr', 'support.qr') }).click()
  await expect(page.locator('.share__qr svg[role="img"]')).toBeVisible()
  expect(elsewhere).toEqual([])
})

for (const lang of ['fr', 'en'] as const) {
  test(`each ${lang} sheet prints on one A4 page`, async ({ page }) => {
    for (const n of sheets) {
      await open(page, sheetPath(n, lang))
      await page.emulateMedia({ media: 'print' })
      await expect(page.locator('.share__qr svg')).toBeVisible()
      // The sheet goes home with the person: its printed title names nothing about the situation.
      await expect(page.locator('h1')).toBeHidden()
      await expect(page.locator('.sheet__print-title')).toHaveText(`${msg(lang, 'app.name')} — ${msg(lang, 'support.sheet.title')}`)
      const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1')
      const pages = (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length
      expect(pages, `${lang} sheet ${n}`).toBe(1)
      await page.emulateMedia({ media: 'screen' })
    }
  })
}

test('the anonymiser flags identifiers and gives back a cleaned note', async ({ page }) => {
  await open(page, staticPath('anonymiser', 'fr'))
  await page.getByLabel(msg('fr', 'support.anonymiser.label')).fill(
    'Contexte : le compte @exemple_faux a posté le lien discord.gg/exempleFaux le 03/11/2026. Les messages arrivent surtout vers 22h. Contact : faux@example.invalid.',
  )
  await page.getByRole('button', { name: msg('fr', 'support.anonymiser.find') }).click()
  const result = page.locator('.anonymiser__result')
  await expect(result).not.toContainText('@exemple_faux')
  await expect(result).not.toContainText('discord.gg/exempleFaux')
  await expect(result).not.toContainText('faux@example.invalid')
  await expect(result).toContainText('vers 22h')
  // Putting one finding back takes two taps: "Remettre…", then the button that names it (tests/e2e/anonymiser.spec.ts).
  const row = page.locator('.anonymiser-findings__list li').filter({ hasText: '@exemple_faux' })
  await row.getByRole('button').click()
  await row.locator('.anonymiser-findings__restore').click()
  await expect(result).toContainText('@exemple_faux')
})

test.describe('accessibility of the support area (axe)', () => {
  const pages = [
    ...['fr', 'en'].flatMap(l => [staticPath('support', l as 'fr'), staticPath('practice', l as 'fr'), staticPath('anonymiser', l as 'fr')]),
    ...sheets.map(n => sheetPath(n, 'fr')), sheetPath(1, 'en'), sheetPath(12, 'en'),
  ]
  for (const path of pages) {
    test(`finds no violation on ${path}`, async ({ page }) => {
      await open(page, path)
      await expectNoAxeViolations(page)
    })
  }
})
