import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Locator, type Page, test } from '@playwright/test'
import { guides } from '../../src/content/guides'
import { linkList, links } from '../../src/content/links'
import { DB_NAME } from '../../src/dossier/idb'
import { guidePages, guidePath, staticPath } from '../../src/router/paths'
import { stepFacts } from '../../src/tree/steps'
import { expectNoAxeViolations, msg, open, openStep, planHeading, planTitles } from './helpers'

const guideIds = Object.keys(guidePages) as (keyof typeof guidePages)[]

test.describe('from a plan to a guide and back', () => {
  // Threatened by an ex: a guide for the situation, and steps with guides of their own.
  const PLAN = '/fr/plan/11010021'
  const scrolled = (page: Page) => page.evaluate(() => document.getElementById('page')!.scrollTop)
  /** Where a step is on the screen: the same place again means the same view, whatever came above. */
  const at = async (step: Locator) => (await step.boundingBox())!.y
  // A tap where the link is, without the test tool scrolling the page to it first.
  const tap = (link: Locator) => link.evaluate(a => (a as HTMLElement).click())

  /** Opens the plan, ticks and opens a step that has a guide, and returns that step and how far down it is. */
  async function tickAStep(page: Page) {
    await open(page, PLAN)
    await planTitles(page, 'fr')
    const step = page.locator('.step', { has: page.locator('.step__guide') }).nth(1)
    await openStep(step)
    await step.getByRole('checkbox').check()
    await step.locator('.step__guide a').scrollIntoViewIfNeeded()
    return { step, scroll: await scrolled(page), y: await at(step) }
  }

  async function expectBackOnThePlan(page: Page, step: Locator, y: number) {
    await expect(page).toHaveURL(PLAN)
    await planTitles(page, 'fr')
    await expect(step.getByRole('checkbox')).toBeChecked()
    await expect(step.locator('details')).toHaveAttribute('open', '')
    await expect.poll(() => at(step)).toBeGreaterThan(y - 5)
    expect(await at(step)).toBeLessThan(y + 5)
  }

  test('"Revenir à votre plan" leads back to that plan, its ticks, its open step and the place in it', async ({ page }) => {
    await page.goto('about:blank')
    const { step, scroll, y } = await tickAStep(page)
    expect(scroll).toBeGreaterThan(100)
    await tap(step.locator('.step__guide a'))
    await expect(page.locator('main h1')).not.toHaveText(planHeading('fr'))
    const back = page.getByRole('link', { name: msg('fr', 'app.backToPlan') })
    await expect(back).toHaveAttribute('href', PLAN)
    // Leaving the plan added one entry, so that Back works too; moving on from the guide adds none.
    const entries = await page.evaluate(() => history.length)
    await page.getByRole('link', { name: msg('fr', 'app.helplinesLink') }).first().click()
    await expect(page.locator('main h1')).toHaveText(msg('fr', 'helplines.heading'))
    expect(await page.evaluate(() => history.length)).toBe(entries)
    await back.click()
    await expectBackOnThePlan(page, step, y)
    // The link went back in history rather than forward: Back now leaves the app, as from any plan.
    await page.goBack()
    await expect(page).toHaveURL('about:blank')
  })

  test('the browser\'s Back does the same', async ({ page }) => {
    const { step, y } = await tickAStep(page)
    await tap(page.locator('.step__guide a').nth(1))
    await expect(page.getByRole('link', { name: msg('fr', 'app.backToPlan') })).toBeVisible()
    await page.goBack()
    await expectBackOnThePlan(page, step, y)
  })

  test.describe('offline', () => {
    // The service worker is what serves them (playwright.config.ts blocks it elsewhere).
    test.use({ serviceWorkers: 'allow' })
    test('offline, after one visit, by the link and by Back', async ({ page, context }) => {
      await open(page, '/fr')
      await page.evaluate(() => navigator.serviceWorker.ready)
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
      const { step, y } = await tickAStep(page)
      await context.setOffline(true)
      await tap(step.locator('.step__guide a'))
      await page.getByRole('link', { name: msg('fr', 'app.backToPlan') }).click()
      await expectBackOnThePlan(page, step, y)
      await tap(page.locator('.step__guide a').nth(1))
      await expect(page.getByRole('link', { name: msg('fr', 'app.backToPlan') })).toBeVisible()
      await page.goBack()
      await expectBackOnThePlan(page, step, y)
    })
  })

  test('every guide and tool, opened in the same tab later on, offers the way back to that plan', async ({ page }) => {
    await tickAStep(page)
    await tap(page.locator('.step__guide a').nth(1))
    for (const id of guideIds) {
      await open(page, guidePath(id, 'fr'))
      await expect(page.getByRole('link', { name: msg('fr', 'app.backToPlan') }), id).toHaveAttribute('href', PLAN)
    }
    // A tab that never left a plan offers nothing of the kind.
    const other = await page.context().newPage()
    await open(other, guidePath('find', 'fr'))
    await expect(other.locator('main h1')).toBeVisible()
    await expect(other.getByRole('link', { name: msg('fr', 'app.backToPlan') })).toHaveCount(0)
  })

  test('a plan in "tu" is offered back as "ton plan"', async ({ page }) => {
    // A 14-year-old's plan: its steps' guides say "Revenir à ton plan", in the plan's own voice.
    const young = '/fr/plan/1110101'
    await open(page, young)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'plan.tu.heading'))
    await planTitles(page, 'fr')
    await tap(page.locator('.step__guide a').first())
    await expect(page.getByRole('link', { name: msg('fr', 'app.backToPlanTu') })).toHaveAttribute('href', young)
    await expect(page.getByRole('link', { name: msg('fr', 'app.backToPlan') })).toHaveCount(0)
  })
})

test.describe('every guide', () => {
  for (const lang of ['fr', 'en'] as const) {
    for (const id of guideIds) {
      test(`${id} opens in ${lang}, with a content warning where it describes abuse, and passes axe`, async ({ page }) => {
        await open(page, guidePath(id, lang))
        await expect(page.locator('main h1')).toBeVisible()
        const warning = page.getByText(msg(lang, 'guide.warning'))
        if (id in guides && guides[id as keyof typeof guides].warning) await expect(warning).toBeVisible()
        else await expect(warning).toHaveCount(0)
        await expectNoAxeViolations(page)
      })
    }
  }
})

test('each plan step links to the guide that serves it', async ({ page }) => {
  // An adult, images shared on a website by an ex: the plan uses most guides.
  await open(page, '/fr/plan/1111010')
  await expect(page.locator('.step').first()).toBeVisible()
  for (const step of await page.locator('.step').all()) {
    const id = (await step.getAttribute('id'))!.replace('step-', '') as keyof typeof stepFacts
    const guide = stepFacts[id].guide
    if (!guide) continue
    await openStep(step)
    await expect(step.locator(`a[href="${guidePath(guide, 'fr')}"]`)).toBeVisible()
  }
  await page.locator(`a[href="${guidePath('find', 'fr')}"]`).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'guide.find.title'))
})

test('a plan for images taken before 18 links to the minor-safe advice only', async ({ page }) => {
  await open(page, '/fr/plan/1110010')
  await expect(page.locator('.step').first()).toBeVisible()
  await expect(page.locator(`a[href="${guidePath('evidenceYoung', 'fr')}"]`)).not.toHaveCount(0)
  await expect(page.locator(`a[href="${guidePath('find', 'fr')}"]`)).toHaveCount(0)
  await expect(page.locator(`a[href="${guidePath('evidence', 'fr')}"]`)).toHaveCount(0)
})

test('the deepfake guide goes by the age the fake shows, with Take It Down, and no guide shows a penalty beside advice for minors', async ({ page }) => {
  await open(page, guidePath('deepfakes', 'fr'))
  const remove = page.locator('section', { has: page.locator('#section-remove') })
  await expect(remove.locator(`a[href="${links.takeItDown.url}"]`)).toBeVisible()
  await expect(remove.locator(`a[href="${links.stopncii.url}"]`)).toBeVisible()
  await open(page, guidePath('cyberflashing', 'fr'))
  const minorsArticle = page.locator('.law-ref', { hasText: '227-24' })
  await expect(minorsArticle).toBeVisible()
  await expect(minorsArticle).not.toContainText('prison')
  await open(page, guidePath('evidenceYoung', 'fr'))
  await expect(page.locator('main')).not.toContainText('prison')
})

test('the age chooser leads to the right service', async ({ page }) => {
  await open(page, guidePath('stopSpread', 'fr'))
  await page.getByRole('radio', { name: msg('fr', 'guide.chooser.option.under18') }).check()
  await expect(page.getByText(msg('fr', 'guide.chooser.result.under18'))).toBeVisible()
  await expect(page.locator('.chooser .external-link > a[href^="https://takeitdown"]')).toBeVisible()
  await page.getByRole('radio', { name: msg('fr', 'guide.chooser.option.adult') }).check()
  await expect(page.locator('.chooser .external-link > a[href^="https://stopncii"]')).toBeVisible()
})

test('places found can be noted for this tab, and removed', async ({ page }) => {
  await open(page, guidePath('find', 'fr'))
  await page.getByLabel(msg('fr', 'guide.places.label')).fill('https://exemple.org/page')
  await page.getByRole('button', { name: msg('fr', 'guide.places.add') }).click()
  await expect(page.locator('.places__list li')).toHaveCount(1)
  await page.reload()
  await expect(page.locator('.places__list li')).toHaveCount(1)
  await page.locator('.places__list button').click()
  await expect(page.getByText(msg('fr', 'guide.places.empty'))).toBeVisible()
})

test('the removal directory can be searched', async ({ page }) => {
  await open(page, guidePath('removal', 'fr'))
  const all = await page.locator('.platform').count()
  expect(all).toBeGreaterThan(10)
  await page.getByLabel(msg('fr', 'platform.search.label')).fill('disc')
  await expect(page.locator('.platform')).toHaveCount(1)
  await expect(page.locator('.platform h2')).toHaveText('Discord')
  // What to have ready and what to expect are listed for it.
  await expect(page.locator('.platform li')).not.toHaveCount(0)
  expect(await page.locator('.platform ul').nth(1).locator('li').count()).toBeGreaterThan(0)
  await page.getByLabel(msg('fr', 'platform.search.label')).fill('zzzz')
  await expect(page.getByText(msg('fr', 'platform.search.empty'))).toBeVisible()
})

test.describe('the takedown letter', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('explains mistakes kindly, then writes a letter that can be copied', async ({ page }) => {
    await open(page, guidePath('letter', 'fr'))
    await page.getByLabel(msg('fr', 'letter.form.urls.label')).fill('pas une adresse')
    await page.getByRole('button', { name: msg('fr', 'letter.form.build') }).click()
    const summary = page.getByRole('alert')
    await expect(summary).toBeFocused()
    await expect(summary).toContainText(msg('fr', 'letter.error.summary'))
    await expect(summary).toContainText(msg('fr', 'letter.error.foundOn.missing'))

    await page.getByLabel(msg('fr', 'letter.form.urls.label')).fill('https://exemple.org/a\nhttps://exemple.org/b')
    await page.getByLabel(msg('fr', 'letter.form.foundOn.label')).fill('2026-11-01')
    await page.getByRole('radio', { name: msg('fr', 'letter.form.recipient.host') }).check()
    await page.getByRole('button', { name: msg('fr', 'letter.form.build') }).click()
    const letter = page.locator('.letter__text')
    await expect(letter).toBeFocused()
    await expect(letter).toContainText('https://exemple.org/b')
    await expect(letter).toContainText('226-2-1')
    await page.getByRole('button', { name: msg('fr', 'letter.form.copy') }).click()
    await expect(page.getByRole('status').filter({ hasText: msg('fr', 'letter.form.copied') })).toHaveCount(1)
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toContain('https://exemple.org/a')
    await expect(page.locator('a[href^="mailto:"]')).toHaveAttribute('href', /^mailto:\?subject=/)
  })

  test('makes a DSA notice only with a name and an e-mail address, and says so when they are missing', async ({ page }) => {
    await open(page, guidePath('letter', 'fr'))
    await page.getByLabel(msg('fr', 'letter.form.urls.label')).fill('https://exemple.org/a')
    await page.getByLabel(msg('fr', 'letter.form.foundOn.label')).fill('2026-11-01')
    await page.getByRole('button', { name: msg('fr', 'letter.form.build') }).click()
    const letter = page.locator('.letter__text')
    await expect(letter).toContainText(msg('fr', 'letter.closing'))
    await expect(letter).not.toContainText(msg('fr', 'letter.ground.goodFaith'))
    await expect(page.getByText(msg('fr', 'letter.dsaMissing'))).toBeVisible()

    await page.getByLabel(msg('fr', 'letter.form.name.label')).fill('Camille Martin')
    await page.getByLabel(msg('fr', 'letter.form.contact.label')).fill('camille@exemple.fr')
    await page.getByRole('button', { name: msg('fr', 'letter.form.build') }).click()
    await expect(letter).toContainText(msg('fr', 'letter.ground.goodFaith'))
    await expect(page.getByText(msg('fr', 'letter.dsaMissing'))).toHaveCount(0)

    // A search engine is not a hosting service: no DSA notice, whatever is given.
    await page.getByRole('radio', { name: msg('fr', 'letter.form.recipient.searchEngine') }).check()
    await page.getByRole('button', { name: msg('fr', 'letter.form.build') }).click()
    await expect(letter).toContainText(msg('fr', 'letter.request.searchEngine'))
    await expect(letter).not.toContainText('DSA')
    await expect(page.getByText(msg('fr', 'letter.dsaMissing'))).toHaveCount(0)
  })

  test('says a minor\'s images were reported only when the person ticks it', async ({ page }) => {
    await open(page, guidePath('letter', 'fr'))
    await page.getByLabel(msg('fr', 'letter.form.urls.label')).fill('https://exemple.org/a')
    await page.getByLabel(msg('fr', 'letter.form.foundOn.label')).fill('2026-11-01')
    await page.getByRole('radio', { name: msg('fr', 'letter.form.kind.minor') }).check()
    await page.getByRole('button', { name: msg('fr', 'letter.form.build') }).click()
    const letter = page.locator('.letter__text')
    await expect(letter).not.toContainText(msg('fr', 'letter.reported'))
    await page.getByRole('checkbox', { name: msg('fr', 'letter.form.reported.label') }).check()
    await page.getByRole('button', { name: msg('fr', 'letter.form.build') }).click()
    await expect(letter).toContainText(msg('fr', 'letter.reported'))
  })

  test('adds the DMCA part only when the person took the picture, with a warning', async ({ page }) => {
    await open(page, guidePath('letter', 'en'))
    await page.getByLabel(msg('en', 'letter.form.urls.label')).fill('https://example.org/a')
    await page.getByLabel(msg('en', 'letter.form.foundOn.label')).fill('2026-11-01')
    await page.getByRole('radio', { name: msg('en', 'letter.form.authorIsMe.yes') }).check()
    await expect(page.getByText(msg('en', 'letter.dmcaWarning')).first()).toBeVisible()
    await page.getByRole('radio', { name: msg('en', 'letter.form.kind.minor') }).check()
    await expect(page.getByRole('radio', { name: msg('en', 'letter.form.authorIsMe.yes') })).toHaveCount(0)
    await expect(page.getByText(msg('en', 'letter.dmcaWarning'))).toHaveCount(0)
  })
})

test('every external link is https, comes from the facts modules, and carries rel="noopener noreferrer"', async ({ page }) => {
  const known = new Set<string>(linkList.map(l => l.url))
  const pages = ['/fr/numeros', '/fr/plan/1111010', '/fr/plan/1110010', '/fr/plan/1102230', ...guideIds.map(id => guidePath(id, 'fr'))]
  let checked = 0
  for (const path of pages) {
    await open(page, path)
    await expect(page.locator('main h1')).toBeVisible()
    const links = await page.locator('main a[href^="http"]').evaluateAll(as => as.map(a => ({
      href: a.getAttribute('href')!, rel: a.getAttribute('rel') ?? '', source: a.closest('.fact-date') !== null,
    })))
    for (const link of links) {
      expect(link.href, path).toMatch(/^https:\/\//)
      expect(link.rel.split(' ').sort(), link.href).toEqual(expect.arrayContaining(['noopener', 'noreferrer']))
      // Links to official services are from links.ts; the others are the sources of those facts.
      if (!link.source) expect(known.has(link.href), `${link.href} on ${path}`).toBe(true)
      checked++
    }
  }
  expect(checked).toBeGreaterThan(50)
})

test.describe('the dossier\'s code (crypto, storage)', () => {
  // Without the service worker, which precaches every chunk once the app has started: only what the
  // pages themselves load is read. The database's name is a string the minifier keeps as it is.
  test.use({ serviceWorkers: 'block' })

  /**
   * The text of every script the page loads, read from dist/ (which the test server serves): a
   * response's own body is gone once the page has moved on to the next address.
   */
  function watchScripts(page: Page) {
    const paths: string[] = []
    page.on('request', r => r.resourceType() === 'script' && paths.push(new URL(r.url()).pathname))
    return async () => {
      await page.waitForLoadState('networkidle')
      return paths.map(path => ({ path, text: readFileSync(join('dist', path), 'utf8') }))
    }
  }

  // Both carry the "Ajouter au dossier" buttons, which show only while a dossier is open: until
  // then nothing of the dossier but its small composable (useDossier) should load.
  test('is not loaded by a plan or a guide', async ({ page }) => {
    const scripts = watchScripts(page)
    await open(page, '/fr/plan/1111010')
    await expect(page.locator('.step').first()).toBeVisible()
    await open(page, guidePath('find', 'fr'))
    await expect(page.locator('main h1')).toBeVisible()
    const loaded = await scripts()
    expect(loaded.length).toBeGreaterThan(3)
    expect(loaded.filter(({ text }) => text.includes(DB_NAME)).map(({ path }) => path)).toEqual([])
  })

  test('is loaded by the dossier page (so the check above can fail)', async ({ page }) => {
    const scripts = watchScripts(page)
    await open(page, staticPath('dossier', 'fr'))
    expect((await scripts()).some(({ text }) => text.includes(DB_NAME))).toBe(true)
  })
})
