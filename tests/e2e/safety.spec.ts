import { expect, type Page, test } from '@playwright/test'
import { guidePath, staticPath } from '../../src/router/paths'
import { encode } from '../../src/tree/code'
import type { Answer, QuestionId } from '../../src/tree/types'
import { answer, expectNoAxeViolations, messages, msg, open, planHeading } from './helpers'

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
 * session still held (only the tab's count of exits may stay: src/quick-exit/guard.ts). Written to
 * localStorage (which the exit leaves alone), read back afterwards.
 */
async function watchLeaving(page: Page) {
  await page.addInitScript(() => {
    addEventListener('pagehide', () => {
      const overlay = document.querySelector('.exit-overlay')
      const covered = overlay !== null && getComputedStyle(overlay).display === 'block'
        && [...document.body.children].every(el => el === overlay || getComputedStyle(el).display === 'none')
      localStorage.setItem('probe:pagehide', `covered=${covered} session=${Object.keys(sessionStorage).join(',')}`)
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
      expect(await leftAs()).toBe('covered=true session=eclaircie.left')
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

/**
 * Records every page of the app that has anything to show once loaded: its address, and whether its
 * content was visible. An entry the guard leaves is hidden before its body is parsed and gone before
 * it has loaded: it records nothing, or `hidden`. Kept in localStorage (the exit leaves it alone).
 */
async function watchShown(page: Page) {
  await page.addInitScript(() => {
    addEventListener('load', () => requestAnimationFrame(() => {
      if (location.hostname !== 'localhost') return
      const html = document.documentElement
      const shown = !html.hidden && !html.classList.contains('exit-hide-content') && (document.querySelector('main')?.textContent ?? '').trim() !== ''
      localStorage.setItem('probe:shown', `${localStorage.getItem('probe:shown') ?? ''}${location.pathname}=${shown ? 'shown' : 'hidden'};`)
    }))
  })
  return {
    forget: () => page.evaluate(() => localStorage.removeItem('probe:shown')),
    read: async () => {
      await page.goto('/robots.txt')
      return page.evaluate(() => localStorage.getItem('probe:shown') ?? '')
    },
  }
}

async function leaveByButton(page: Page) {
  await page.getByRole('link', { name: /Sortie d’urgence/ }).click()
  await page.waitForURL(DESTINATION)
}

/** Back from the destination: wherever it lands, the tab must end on the destination again or before the app. */
async function backFromDestination(page: Page) {
  await page.goBack({ waitUntil: 'commit' })
  await expect.poll(() => page.url()).not.toMatch(/localhost.*\/(fr|en)\//)
}

test.describe('Back after an exit never shows the app, whatever the tab held before', () => {
  test('an earlier visit in the same tab (the reported case: the first-hours guide)', async ({ page }) => {
    await fakeDestination(page)
    const shown = await watchShown(page)
    await page.goto('about:blank')
    // The first visit: a guide; then the person comes back later by typing the address, in the same tab.
    await open(page, guidePath('sextortion', 'fr'))
    await open(page, '/fr')
    await shown.forget()
    await leaveByButton(page)
    // Back leads to the first visit's entry: it leaves again, at once, for the destination.
    await backFromDestination(page)
    await expect.poll(() => page.url()).toBe(DESTINATION)
    await page.goBack({ waitUntil: 'commit' })
    await expect.poll(() => page.url()).toBe('about:blank')
    expect(await shown.read()).not.toContain('=shown')
  })

  test('an earlier visit reloaded, then another visit', async ({ page }) => {
    await fakeDestination(page)
    const shown = await watchShown(page)
    await page.goto('about:blank')
    await open(page, '/fr/plan/1102230')
    await page.reload()
    await expect(page.locator('html.js')).toHaveCount(1)
    await open(page, '/fr/numeros')
    await shown.forget()
    await leaveByButton(page)
    await backFromDestination(page)
    expect(page.url()).toBe(DESTINATION)
    expect(await shown.read()).not.toContain('=shown')
  })

  test('a guide opened from a plan: Back after leaving the guide does not show the plan', async ({ page }) => {
    await fakeDestination(page)
    const shown = await watchShown(page)
    await page.goto('about:blank')
    // Threatened by an ex: the plan links the guide for the situation.
    await open(page, '/fr/plan/11010021')
    await page.locator('.plan__guide a').click()
    await expect(page.getByRole('link', { name: msg('fr', 'app.backToPlan') })).toBeVisible()
    await shown.forget()
    await leaveByButton(page)
    await backFromDestination(page)
    expect(page.url()).toBe(DESTINATION)
    await page.goBack({ waitUntil: 'commit' })
    await expect.poll(() => page.url()).toBe('about:blank')
    expect(await shown.read()).not.toContain('=shown')
  })

  test('a page restored from the back-forward cache after an exit leaves at once; one restored after an ordinary visit elsewhere stays as it was', async ({ page }) => {
    await fakeDestination(page)
    await toPlan(page)
    const url = page.url()
    // Chromium decides itself when to use the cache (and Playwright turns it off): the event a
    // restored page receives is what the app handles. First, a page left for another site and restored:
    // the person's place is kept.
    await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(planHeading('fr'))
    expect(page.url()).toBe(url)
    await expect(page.locator('.exit-overlay')).toHaveCount(0)
    // Then the same page, as if the tab had left by the exit since it was shown (another entry's exit).
    await page.evaluate(() => {
      sessionStorage.setItem('eclaircie.left', String(Number(sessionStorage.getItem('eclaircie.left') ?? 0) + 1))
      dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }))
    })
    await page.waitForURL(DESTINATION)
  })
})

test.describe('the first-visit notice', () => {
  test('takes one line, opens to explain the exit, and once understood stays away in this browser, an exit included', async ({ page, context }) => {
    await fakeDestination(page)
    await open(page, '/fr')
    const notice = page.getByRole('region', { name: msg('fr', 'notice.title') })
    await expect(notice).toBeVisible()
    // One line: the title on a single line, "Compris" beside it, nothing else.
    const box = (await notice.boundingBox())!
    const title = (await notice.locator('summary').boundingBox())!
    const button = (await notice.getByRole('button', { name: msg('fr', 'notice.dismiss') }).boundingBox())!
    const titleLines = await notice.locator('summary').evaluate((summary) => {
      const range = document.createRange()
      range.selectNodeContents(summary)
      return new Set([...range.getClientRects()].map(r => Math.round(r.bottom))).size
    })
    expect(titleLines).toBe(1)
    expect(box.height).toBeLessThanOrEqual(button.height + 8)
    expect(title.y + title.height).toBeLessThanOrEqual(button.y + button.height + 1)
    // Everything it said before is one tap away.
    await notice.locator('summary').click()
    await expect(notice.getByText(msg('fr', 'notice.limits'))).toBeVisible()
    await expect(notice.getByRole('link', { name: msg('fr', 'notice.more') })).toBeVisible()
    await notice.getByRole('button', { name: msg('fr', 'notice.dismiss') }).click()
    await expect(notice).toBeHidden()
    // What is kept says nothing about anybody: one bare value.
    expect(await page.evaluate(() => localStorage.getItem('eclaircie.notice'))).toBe('true')
    await page.reload()
    await expect(page.locator('html.js')).toHaveCount(1)
    await expect(notice).toBeHidden()
    await leaveByButton(page)
    await open(page, '/fr/plan/1102230')
    await expect(page.locator('.first-visit')).toBeHidden()
    // Another tab of the same browser, and a pre-rendered page: hidden before its first paint.
    const other = await context.newPage()
    await other.goto('/fr/numeros')
    await expect(other.locator('html.notice-seen')).toHaveCount(1)
    await expect(other.locator('.first-visit')).toBeHidden()
  })

  test('comes back after "Tout effacer" in the settings', async ({ page }) => {
    await open(page, '/fr')
    await page.getByRole('button', { name: msg('fr', 'notice.dismiss') }).click()
    page.on('dialog', dialog => dialog.accept())
    await open(page, staticPath('settings', 'fr'))
    await page.getByRole('button', { name: msg('fr', 'settings.erase.button') }).click()
    await expect(page.getByText(msg('fr', 'settings.erase.done'))).toBeVisible()
    await open(page, '/fr')
    await expect(page.getByRole('region', { name: msg('fr', 'notice.title') })).toBeVisible()
  })

  // On a first visit, the call button of "D'abord" stays on the first screen of every plan, at night and
  // by day: checked on every plan by tests/e2e/plan.spec.ts, before the notice is dismissed.
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

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' })
  test('walking the whole app sends no request to any other origin', async ({ page, baseURL }) => {
    const elsewhere: string[] = []
    // The context sees the service worker's requests too (its precache), not only the page's.
    page.context().on('request', (r) => {
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

test.describe('a phone someone else checks', () => {
  const plan = (answers: [QuestionId, string][]) => `/fr/plan/${encode(answers.map(([question, option]) => ({ question, option }) as Answer))}`
  const byHerEx = plan([['danger', 'no'], ['situation', 'threatened'], ['ageAtImages', 'adult'], ['author', 'partner'], ['demand', 'money'], ['paid', 'unsure'], ['haveCopy', 'no']])
  const byAStranger = plan([['danger', 'no'], ['situation', 'threatened'], ['ageAtImages', 'adult'], ['author', 'stranger'], ['demand', 'money'], ['paid', 'no'], ['haveCopy', 'yes']])
  const traces = (page: Page) => page.locator('.phone-traces')

  test('a plan about an ex says, right above its call and SMS buttons, what stays in the phone and how to leave less', async ({ page }) => {
    await open(page, byHerEx)
    const first = page.locator('.first-things')
    const notice = first.locator('.phone-traces')
    await expect(notice.locator('summary')).toHaveText(msg('fr', 'phone.traces.title'))
    const call = first.locator('.button--call').first()
    await expect(call).toBeVisible()
    const noticeBox = (await notice.boundingBox())!
    const callBox = (await call.boundingBox())!
    // Beside the buttons: on the line just above the card that holds them, nothing else between.
    expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(callBox.y)
    const nextHoldsTheCall = await notice.evaluate((el) => {
      let block: Element | null = el
      while (block && !block.nextElementSibling) block = block.parentElement
      return block?.nextElementSibling?.querySelector('a[href^="tel:"], a[href^="sms:"]') !== null
    })
    expect(nextHoldsTheCall).toBe(true)
    await notice.locator('summary').click()
    for (const line of messages.fr.phone.traces.lines) await expect(notice.getByText(line)).toBeVisible()
    await expect(notice.getByRole('link', { name: msg('fr', 'app.tracksLink') })).toBeVisible()
  })

  test('a plan about a stranger online does not carry it', async ({ page }) => {
    await open(page, byAStranger)
    await expect(page.locator('.first-things .button--call').first()).toBeVisible()
    await expect(page.locator('.plan__steps')).toHaveAttribute('aria-busy', 'false')
    await expect(traces(page)).toHaveCount(0)
  })

  test('the emergency numbers and the sextortion guide’s section on someone known carry it, beside the call buttons', async ({ page }) => {
    await open(page, staticPath('emergency', 'fr'))
    await expect(traces(page)).toHaveCount(1)
    await open(page, guidePath('sextortion', 'fr'))
    const list = page.locator('.helpline-list').filter({ has: page.locator('.phone-traces') })
    await expect(list).toHaveCount(1)
    await expect(list.locator('a[href^="tel:"]').first()).toBeVisible()
    await expect(traces(page)).toHaveCount(1)
    // A guide about finding where images are has no such line, and no such notice.
    await open(page, guidePath('find', 'fr'))
    await expect(page.locator('h1')).toBeVisible()
    await expect(traces(page)).toHaveCount(0)
  })
})
