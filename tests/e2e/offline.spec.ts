import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, expect, type Page, test } from '@playwright/test'
import { codePath, guidePages, guidePath } from '../../src/router/paths'
import { planCode } from '../../src/support/situations'
import { answer, msg, planTitles, stepTitle, untilOfflineReady } from './helpers'
import { ports } from './ports'
import { serve } from './static-server'

// Service workers are what these tests are about (playwright.config.ts blocks them elsewhere).
test.use({ serviceWorkers: 'allow' })

/** One online visit, then wait until the service worker controls the page (its precache is complete). */
async function visitOnce(page: Page, path = '/fr') {
  await page.goto(path)
  await expect(page.locator('main h1')).toBeVisible()
  await untilOfflineReady(page)
}

async function goOffline(context: BrowserContext) {
  await context.setOffline(true)
}

test.describe('offline, after one visit', () => {
  test('reloads the page with no network', async ({ page, context }) => {
    await visitOnce(page)
    await goOffline(context)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'home.heading'))
    await expect(page.getByRole('status').filter({ hasText: msg('fr', 'offline.notice') })).toBeVisible()
  })

  const people: { lang: 'fr' | 'en', answers: [string, string][], step: string }[] = [
    { lang: 'fr', answers: [['danger', 'no'], ['situation', 'threatened'], ['ageAtImages', 'under18'], ['author', 'stranger'], ['demand', 'images'], ['haveCopy', 'no']], step: 'takeitdown' },
    { lang: 'fr', answers: [['danger', 'no'], ['situation', 'fake'], ['ageAtImages', 'adult'], ['author', 'known'], ['where', 'website'], ['haveCopy', 'yes']], step: 'fakeIsOffence' },
    { lang: 'en', answers: [['danger', 'no'], ['situation', 'received'], ['ageNow', 'under18'], ['channel', 'nearby'], ['author', 'unknown']], step: 'nearbyOnTheSpot' },
  ]
  for (const [i, person] of people.entries()) {
    test(`walks person ${i + 1} through the whole path to a plan with no network`, async ({ page, context }) => {
      await visitOnce(page)
      await goOffline(context)
      await page.goto(`/${person.lang}`)
      await page.getByRole('link', { name: msg(person.lang, 'home.start') }).click()
      for (const [q, o] of person.answers) await answer(page, person.lang, q, o)
      await page.getByRole('link', { name: msg(person.lang, 'review.seePlan') }).click()
      expect(await planTitles(page, person.lang)).toContain(stepTitle(person.lang, person.step, person.answers))
      await expect(page.locator('a[href^="tel:"]').first()).toBeVisible()
    })
  }

  test('opens a plan from its address, typed while offline', async ({ page, context }) => {
    await visitOnce(page)
    await goOffline(context)
    const response = await page.goto('/fr/plan/1102230')
    expect(response?.fromServiceWorker()).toBe(true)
    expect((await planTitles(page, 'fr')).length).toBeGreaterThan(3)
  })

  test.describe('in a browser that prefers French', () => {
    test.use({ locale: 'fr-FR' })

    test('opens the bare address from its pre-rendered page, and a support worker\'s plan link from the shell', async ({ page, context }) => {
      await visitOnce(page)
      await goOffline(context)
      const bare = await page.goto('/')
      expect(bare?.fromServiceWorker()).toBe(true)
      await expect(page.locator('#app[data-server-rendered]')).toHaveCount(1)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'home.heading'))
      // Pre-rendered plan links are for a first visit; they are not precached (vite.config.ts).
      const link = await page.goto(codePath('plan', 'en', planCode('threatened')))
      expect(link?.fromServiceWorker()).toBe(true)
      await expect(page.locator('#app:not([data-server-rendered])')).toHaveCount(1)
      expect((await planTitles(page, 'en')).length).toBeGreaterThan(3)
    })
  })

  test('opens every page and every guide, in both languages, and switches language', async ({ page, context }) => {
    await visitOnce(page)
    await goOffline(context)
    const guides = (Object.keys(guidePages) as (keyof typeof guidePages)[]).flatMap(id => [guidePath(id, 'fr'), guidePath(id, 'en')])
    for (const path of ['/fr/urgence', '/fr/numeros', '/fr/discretion', '/fr/reglages', '/en', '/en/emergency', '/en/numbers', '/en/privacy', '/en/settings', ...guides]) {
      const response = await page.goto(path)
      expect(response?.fromServiceWorker(), path).toBe(true)
      await expect(page.locator('main h1'), path).toBeVisible()
    }
    await page.goto('/fr/numeros')
    await expect(page.locator('a[href^="tel:"]').first()).toBeVisible()
    await page.getByRole('link', { name: msg('fr', 'app.switchToLabel') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'helplines.heading'))
  })

  test('shows the not-found page for an unknown address', async ({ page, context }) => {
    await visitOnce(page)
    await goOffline(context)
    await page.goto('/fr/nulle-part')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'notFound.heading'))
  })
})

test.describe('control: with service workers blocked', () => {
  test.use({ serviceWorkers: 'block' })
  test('the same offline reload fails, so the precache is what does the work', async ({ page, context }) => {
    await page.goto('/fr')
    await expect(page.locator('main h1')).toBeVisible()
    await goOffline(context)
    await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/)
  })
})

/** Build A is the one in dist/; build B is the same app with a changed service worker. */
function twoBuilds() {
  const a = mkdtempSync(join(tmpdir(), 'build-a-'))
  const b = mkdtempSync(join(tmpdir(), 'build-b-'))
  cpSync('dist', a, { recursive: true })
  cpSync('dist', b, { recursive: true })
  writeFileSync(join(b, 'sw.js'), `${readFileSync(join(b, 'sw.js'), 'utf8')}\n// build B\n`)
  return { a, b }
}

test.describe('updates', () => {
  test('asks before updating, and keeps the current question and answers', async ({ page }) => {
    const { a, b } = twoBuilds()
    const server = await serve(ports.updateA, a)
    try {
      await visitOnce(page, `http://127.0.0.1:${ports.updateA}/fr/parcours/1101`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'tree.author.question'))
      server.deploy(b)
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update())
      const prompt = page.getByRole('status').filter({ hasText: msg('fr', 'update.title') })
      await expect(prompt).toBeVisible()
      await page.evaluate(() => ((window as unknown as Record<string, number>).beforeUpdate = 1))
      await prompt.getByRole('button', { name: msg('fr', 'update.accept') }).click()
      // The page reloads under the new version: the marker is gone and nothing waits any more.
      // (An evaluation that meets the reload itself fails: that counts as "not yet".)
      await expect.poll(() => page.evaluate(() => 'beforeUpdate' in window).catch(() => true), { timeout: 15_000 }).toBe(false)
      await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null).catch(() => 'unknown')).toBeNull()
      await expect(page).toHaveURL(`http://127.0.0.1:${ports.updateA}/fr/parcours/1101`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'tree.author.question'))
      await page.getByRole('button', { name: msg('fr', 'path.previous') }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'tree.ageAtImages.question'))
    }
    finally {
      await server.close()
    }
  })

  test('declining keeps the current version working', async ({ page }) => {
    const { a, b } = twoBuilds()
    const server = await serve(ports.updateB, a)
    try {
      await visitOnce(page, `http://127.0.0.1:${ports.updateB}/fr/parcours/11`)
      server.deploy(b)
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update())
      const prompt = page.getByRole('status').filter({ hasText: msg('fr', 'update.title') })
      await prompt.getByRole('button', { name: msg('fr', 'update.later') }).click()
      await expect(prompt).toBeHidden()
      await answer(page, 'fr', 'situation', 'shared')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'tree.ageAtImages.question'))
    }
    finally {
      await server.close()
    }
  })
})
