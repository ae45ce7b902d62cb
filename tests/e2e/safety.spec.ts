import { expect, type Page, test } from '@playwright/test'
import { answer, expectNoAxeViolations, msg, open, planHeading } from './helpers'

const DESTINATION = 'https://meteofrance.com/'

/** The destination is outside this machine's reach: answer it locally and record what it was sent. */
async function fakeDestination(page: Page) {
  const requests: { url: string, referer: string | undefined }[] = []
  await page.context().route('https://meteofrance.com/**', async (route) => {
    requests.push({ url: route.request().url(), referer: await route.request().headerValue('referer') ?? undefined })
    await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Météo</title><h1>Météo</h1>' })
  })
  return requests
}

/**
 * Records, at the moment the page is left, whether the overlay was already covering it and what the
 * session still held. Written to localStorage (which the exit leaves alone), read back afterwards.
 */
async function watchLeaving(page: Page) {
  await page.addInitScript(() => {
    addEventListener('pagehide', () => {
      const overlay = document.querySelector('.exit-overlay')
      const covered = overlay !== null && getComputedStyle(overlay).display === 'block'
        && [...document.body.children].every(el => el === overlay || getComputedStyle(el).display === 'none')
      localStorage.setItem('probe:pagehide', `covered=${covered} session=${sessionStorage.length}`)
    })
  })
  return async () => {
    await page.goto('/robots.txt')
    return page.evaluate(() => localStorage.getItem('probe:pagehide'))
  }
}

/** Waits until the app has taken over the page (before that, links are plain links). */
async function appReady(page: Page) {
  await expect(page.locator('html.js')).toHaveCount(1)
}

async function toPlan(page: Page) {
  await open(page, '/fr')
  await page.getByRole('link', { name: msg('fr', 'home.start') }).click()
  await answer(page, 'fr', 'danger', 'no')
  await answer(page, 'fr', 'situation', 'unsure')
  await page.getByRole('link', { name: msg('fr', 'review.seePlan') }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(planHeading('fr'))
}

const places: [string, (page: Page) => Promise<void>][] = [
  ['a question', async (page) => {
    await page.goto('/fr/parcours/11')
    await expect(page.locator('.question')).toBeVisible()
    await appReady(page)
  }],
  ['a plan', toPlan],
  ['a guide', async (page) => {
    await page.goto('/fr/discretion')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'tracks.heading'))
    await appReady(page)
  }],
]

const triggers: [string, (page: Page) => Promise<void>][] = [
  ['a tap on the button', page => page.getByRole('link', { name: /Sortie d’urgence/ }).click()],
  ['Shift pressed three times', async (page) => {
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift')
  }],
  ['the skip link', async (page) => {
    // A keyboard user reaches it first from the top of the page.
    await page.reload()
    await appReady(page)
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: msg('fr', 'quickExit.skip') })).toBeFocused()
    await page.keyboard.press('Enter')
  }],
]

for (const [place, goThere] of places) {
  for (const [how, trigger] of triggers) {
    test(`leaves ${place} by ${how}: covered first, nothing kept, no referrer, history replaced`, async ({ page }) => {
      const requests = await fakeDestination(page)
      const leftAs = await watchLeaving(page)
      await goThere(page)
      await page.evaluate(() => sessionStorage.setItem('probe', 'x'))
      const length = await page.evaluate(() => history.length)

      await trigger(page)
      await page.waitForURL(DESTINATION)

      expect(requests).toHaveLength(1)
      expect(requests[0]?.referer).toBeUndefined()
      expect(await page.evaluate(() => history.length)).toBe(length)
      expect(await leftAs()).toBe('covered=true session=0')
    })
  }
}

test('Back after an exit never shows a question, an answer or a plan', async ({ page }) => {
  await fakeDestination(page)
  await page.goto('about:blank')
  await toPlan(page)
  await page.getByRole('link', { name: /Sortie d’urgence/ }).click()
  await page.waitForURL(DESTINATION)
  await page.goBack()
  expect(page.url()).toBe('about:blank')
})

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false })
  test('the button still leads to the destination', async ({ page }) => {
    const requests = await fakeDestination(page)
    await page.goto('/fr')
    await page.getByRole('link', { name: /Sortie d’urgence/ }).click()
    await page.waitForURL(DESTINATION)
    expect(requests[0]?.referer).toBeUndefined()
  })
})

test('shows how many Shift presses are left, in the current language', async ({ page }) => {
  await page.goto('/en/path/11')
  await expect(page.locator('.question')).toBeVisible()
  const status = page.locator('.quick-exit [role="status"]')
  await page.keyboard.press('Shift')
  await expect(status).toHaveText(msg('en', 'quickExit.pressTwoMore'))
  await expect(page.locator('.quick-exit__light--on')).toHaveCount(1)
  await page.keyboard.press('Shift')
  await expect(status).toHaveText(msg('en', 'quickExit.pressOneMore'))
  await page.keyboard.press('a')
  await expect(status).toHaveText(msg('en', 'quickExit.expired'))
})

test('a page restored from the back-forward cache shows the neutral home', async ({ page }) => {
  await toPlan(page)
  // Chromium decides itself when to use the cache; the event it fires on restore is what we handle.
  await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'home.heading'))
  await expect(page).toHaveURL(/\/fr$/)
  await expect(page.locator('.exit-overlay')).toHaveCount(0)
})

test('the first-visit notice explains the exit, can be dismissed, and comes back after an exit', async ({ page }) => {
  await fakeDestination(page)
  await open(page, '/fr')
  const notice = page.getByRole('region', { name: msg('fr', 'notice.title') })
  await expect(notice).toBeVisible()
  await expect(notice.getByRole('link', { name: msg('fr', 'notice.more') })).toBeVisible()
  await notice.getByRole('button', { name: msg('fr', 'notice.dismiss') }).click()
  await expect(notice).toBeHidden()
  await page.reload()
  await expect(page.locator('html.js')).toHaveCount(1)
  await expect(notice).toBeHidden()
  await page.getByRole('link', { name: /Sortie d’urgence/ }).click()
  await page.waitForURL(DESTINATION)
  await open(page, '/fr')
  await expect(page.getByRole('region', { name: msg('fr', 'notice.title') })).toBeVisible()
})

test('the exit destination can be changed in the settings', async ({ page }) => {
  await page.context().route('https://fr.wikipedia.org/**', route => route.fulfill({ body: 'wiki' }))
  await open(page, '/fr/reglages')
  await page.getByRole('radio', { name: /Wikipédia/ }).check()
  await open(page, '/fr/parcours')
  await page.getByRole('link', { name: /Sortie d’urgence/ }).click()
  await page.waitForURL('https://fr.wikipedia.org/')
})

test.describe('neutral surfaces', () => {
  // Words that would name the abuse on a lock screen, in a tab, in history or in a link preview.
  const forbidden = /sextor|nude|nudes|deepfake|\bviol|rape|intime|intimate|chantage|blackmail|porn|revenge|sexu|sexe|abus|harc[eè]lement|vengeance|menace|threat|victim/i
  const routes = [
    '/', '/fr', '/fr/urgence', '/fr/numeros', '/fr/discretion', '/fr/reglages', '/fr/parcours', '/fr/parcours/110',
    '/fr/reponses/1102230', '/fr/plan/1102230', '/fr/plan/1zz', '/fr/ailleurs',
    '/en', '/en/emergency', '/en/numbers', '/en/privacy', '/en/settings', '/en/path', '/en/path/110',
    '/en/answers/1102230', '/en/plan/1102230', '/en/plan/1zz', '/en/elsewhere',
  ]
  for (const route of routes) {
    test(`${route} has a neutral title, address and preview`, async ({ page }) => {
      await page.goto(route)
      await expect(page.locator('main h1')).toBeVisible()
      expect(await page.title()).not.toMatch(forbidden)
      expect(new URL(page.url()).pathname).not.toMatch(forbidden)
      const preview = await page.locator('meta[property^="og:"], meta[name="description"]').evaluateAll(
        metas => metas.map(m => m.getAttribute('content') ?? ''),
      )
      expect(preview.length).toBeGreaterThan(0)
      for (const text of preview) expect(text).not.toMatch(forbidden)
    })
  }

  test('the manifest has a neutral name', async ({ request }) => {
    const manifest = await (await request.get('/manifest.webmanifest')).json()
    for (const field of [manifest.name, manifest.short_name, manifest.description]) expect(field).not.toMatch(forbidden)
  })
})

test('walking the whole app sends no request to any other origin', async ({ page, baseURL }) => {
  const elsewhere: string[] = []
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) elsewhere.push(r.url())
  })
  for (const path of ['/fr', '/fr/urgence', '/fr/numeros', '/fr/discretion', '/fr/reglages', '/en/numbers']) {
    await page.goto(path)
    await expect(page.locator('main h1')).toBeVisible()
  }
  await toPlan(page)
  await page.goto('/fr/plan/1102230')
  await expect(page.locator('.step').first()).toBeVisible()
  expect(elsewhere).toEqual([])
})

test('the security policy allows this origin only and no inline script', async ({ page }) => {
  const violations: string[] = []
  page.on('console', m => m.type() === 'error' && violations.push(m.text()))
  const response = await page.goto('/fr')
  const csp = response?.headers()['content-security-policy'] ?? ''
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe-inline')
  expect(response?.headers()['referrer-policy']).toBe('no-referrer')
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("default-src 'self'")
  expect(await page.locator('script:not([src])').count()).toBe(0)
  await toPlan(page)
  expect(violations).toEqual([])
})

test.describe('accessibility of the safety pages (axe)', () => {
  for (const path of ['/fr/discretion', '/en/privacy', '/fr/reglages', '/en/settings']) {
    test(`finds no violation on ${path}`, async ({ page }) => {
      await page.goto(path)
      await expect(page.locator('main h1')).toBeVisible()
      await expectNoAxeViolations(page)
    })
  }
})
