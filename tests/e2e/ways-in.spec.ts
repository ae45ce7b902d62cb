import { expect, type Page, test } from '@playwright/test'
import { planCode, situationIds } from '../../src/support/situations'
import { msg, open, openStep, planTitles } from './helpers'

interface Seen {
  path: string
  /** The paint entries the document had when it was left (none: it never showed anything). */
  paints: string[]
  /** Its heading was in the page while the page could be seen. */
  headingShown: boolean
  /** The tab's history length when the document started. */
  entries: number
  /** At its first contentful paint: the page's language and main heading. */
  firstPaint?: { lang: string, heading: string }
}

/**
 * Records, for every document the tab loads, what it painted: its first contentful paint (language
 * and heading at that moment), whether its heading was ever in a visible page, and its paint entries
 * when it is left. Kept in sessionStorage, which survives the tab's navigations.
 */
async function watchPaints(page: Page) {
  await page.addInitScript(() => {
    const seen: Seen = { path: location.pathname, paints: [], headingShown: false, entries: history.length }
    const save = () => {
      const all = JSON.parse(sessionStorage.getItem('probe:documents') ?? '[]') as Seen[]
      sessionStorage.setItem('probe:documents', JSON.stringify([...all.filter(s => s !== null && s.path !== seen.path), seen]))
    }
    new MutationObserver(() => {
      if (document.querySelector('main h1') && !document.documentElement.hidden) seen.headingShown = true
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] })
    new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return
      seen.firstPaint = { lang: document.documentElement.lang, heading: document.querySelector('main h1')?.textContent ?? '' }
      save()
    }).observe({ type: 'paint', buffered: true })
    addEventListener('pagehide', () => {
      seen.paints = performance.getEntriesByType('paint').map(e => e.name)
      save()
    })
  })
  return () => page.evaluate(() => JSON.parse(sessionStorage.getItem('probe:documents') ?? '[]') as Seen[])
}

test.describe('the bare address, in a browser that prefers English', () => {
  test.use({ locale: 'en-GB' })

  test('goes to /en before anything is painted, without adding a history entry', async ({ page }) => {
    const documents = await watchPaints(page)
    // On a slow connection /en takes a while to come: `/` is parsed, and could paint, meanwhile.
    await page.route('**/en', async (route) => {
      await new Promise(resolve => setTimeout(resolve, 1000))
      await route.continue()
    })
    await open(page, '/')
    await expect(page).toHaveURL(/\/en$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'home.heading'))
    await expect.poll(async () => (await documents()).map(d => d.path)).toEqual(['/', '/en'])
    const [bare, english] = await documents()
    expect(bare!.paints).toEqual([])
    expect(bare!.headingShown).toBe(false)
    expect(bare!.firstPaint).toBeUndefined()
    expect(english!.firstPaint).toEqual({ lang: 'en', heading: msg('en', 'home.heading') })
    // /en took the place of `/` in history: Back leaves the app.
    expect(await page.evaluate(() => history.length)).toBe(bare!.entries)
    await expect(page).toHaveTitle(msg('en', 'title.home'))
  })
})

test.describe('the bare address, in a browser that prefers French', () => {
  test.use({ locale: 'fr-FR' })

  test('paints the French home page at once, from its own pre-rendered HTML', async ({ page }) => {
    const documents = await watchPaints(page)
    const response = await open(page, '/')
    expect(response?.status()).toBe(200)
    expect(await response?.text()).toContain('data-server-rendered="true"')
    await expect.poll(async () => (await documents())[0]?.firstPaint).toEqual({ lang: 'fr', heading: msg('fr', 'home.heading') })
    const [bare, ...others] = await documents()
    expect(others).toEqual([])
    // The app then names the page /fr, in place.
    await expect(page).toHaveURL(/\/fr$/)
    expect(await page.evaluate(() => history.length)).toBe(bare!.entries)
    await expect(page).toHaveTitle(msg('fr', 'title.home'))
  })
})

test.describe('a browser whose languages name neither French nor English first', () => {
  test.use({ locale: 'de-DE' })

  test('stays on the French home page', async ({ page }) => {
    await open(page, '/')
    await expect(page).toHaveURL(/\/fr$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'home.heading'))
  })
})

test.describe('a support worker\'s plan link', () => {
  const code = planCode(situationIds[0]!)

  for (const lang of ['fr', 'en'] as const) {
    test(`is pre-rendered in ${lang}, and the app takes it over`, async ({ page }) => {
      // The steps as the server sent them are marked (an expando the app cannot see) when parsed.
      await page.addInitScript(() => {
        new MutationObserver(() => document.querySelectorAll('.step').forEach(el => Object.assign(el, { fromServer: true })))
          .observe(document, { childList: true, subtree: true })
      })
      const errors: string[] = []
      page.on('console', message => void (message.type() === 'error' && errors.push(message.text())))
      const response = await page.goto(`/${lang}/plan/${code}`)
      const html = await response!.text()
      expect(html).toContain('data-server-rendered="true"')
      expect(html).toContain(`<html lang="${lang}">`)
      expect(html).toContain(msg(lang, 'plan.heading'))
      await expect(page.locator('html.js')).toHaveCount(1)
      const titles = await planTitles(page, lang)
      expect(titles.length).toBeGreaterThan(3)
      // Taken over, not drawn again: the same elements, now the app's own.
      expect(await page.locator('.step').evaluateAll(steps => steps.every(el => 'fromServer' in el))).toBe(true)
      const count = page.locator('.plan__count [role="status"]')
      await expect(count).toHaveText(msg(lang, 'plan.doneCount').split(' | ')[0]!)
      await openStep(page.locator('.step').first())
      await page.locator('.step__done input').first().check()
      await expect(count).toContainText(String(titles.length))
      expect(errors).toEqual([])
    })
  }

  test('any other plan code gets the app shell, which draws the plan', async ({ page }) => {
    const other = '1102230'
    expect(situationIds.map(planCode)).not.toContain(other)
    const response = await open(page, `/fr/plan/${other}`)
    expect(response?.status()).toBe(200)
    expect(await response!.text()).not.toContain('data-server-rendered')
    expect((await planTitles(page, 'fr')).length).toBeGreaterThan(3)
  })

  // src/boot/early/shell-preload.ts: the shell asks for the plan's view, rules and text at once.
  test('the app shell asks for what a plan code needs without waiting for the app to start', async ({ page }) => {
    // The framework is held back: the app cannot start, so only the shell's first script can ask.
    let release = () => {}
    const held = new Promise<void>(resolve => (release = resolve))
    await page.route(/\/assets\/framework-[\w-]+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    const asked: string[] = []
    page.on('request', request => void asked.push(new URL(request.url()).pathname))
    await page.goto('/fr/plan/1102230', { waitUntil: 'commit' })
    await expect.poll(() => asked.filter(path => /\/(PlanView|usePlan|code)-[\w-]+\.js$|\/locale-fr\.main\.js$/.test(path)).length).toBe(4)
    expect(asked).toEqual(expect.arrayContaining([expect.stringMatching(/\/PlanView-[\w-]+\.css$/)]))
    release()
    await expect(page.locator('main h1')).toHaveText(msg('fr', 'plan.heading'))
    // Any other address the shell answers (an unknown page) asks for nothing more.
    asked.length = 0
    await page.goto('/fr/nulle-part')
    await expect(page.locator('main h1')).toHaveText(msg('fr', 'notFound.heading'))
    expect(asked.filter(path => /PlanView|usePlan/.test(path))).toEqual([])
  })
})
