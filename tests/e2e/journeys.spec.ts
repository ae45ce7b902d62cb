import { expect, test } from '@playwright/test'
import { answer, everyTitle, expectNoAxeViolations, type Lang, messages, msg, openStep, planHeading, planTitles, stepTitle } from './helpers'
import { people } from './people'

/** A list of lines by dotted key, as the app shows them. */
const lines = (lang: Lang, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages[lang]) as string[]

for (const person of people) {
  test(`walks ${person.who} to their plan`, async ({ page }) => {
    const { lang } = person
    await page.goto(`/${lang}`)
    await page.getByRole('link', { name: msg(lang, 'home.start') }).click()
    for (const [question, option] of person.answers) await answer(page, lang, question, option)

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(lang, 'review.heading'))
    await expect(page.getByRole('link', { name: msg(lang, 'review.edit') })).toHaveCount(person.answers.length)
    await page.getByRole('link', { name: msg(lang, 'review.seePlan') }).click()

    // Titles as the tree names them for this person (their voice, their case's variant).
    const title = (step: string) => stepTitle(lang, step, person.answers)
    const titles = await planTitles(page, lang)
    for (const step of person.expects) expect(titles).toContain(title(step))
    for (const step of person.never) for (const other of everyTitle(lang, step)) expect(titles).not.toContain(other)
    if (person.first) expect(titles[0]).toBe(title(person.first))
    for (const step of person.top ?? []) expect(titles.slice(0, 3)).toContain(title(step))
    expect(titles.at(-1)).toBe(title('selfCare'))
    const steps = page.locator('.plan')
    for (const key of person.shows ?? []) for (const line of lines(lang, key)) await expect(steps).toContainText(line)
    for (const key of person.hides ?? []) for (const line of lines(lang, key)) await expect(steps).not.toContainText(line)
    if (person.noPenalty) await expect(steps).not.toContainText('prison')
    // Every plan has a helpline one tap away, and self-care the suicide prevention line.
    expect(await page.locator('main a[href^="tel:"]').count()).toBeGreaterThan(0)
    await openStep(page.locator('.step').last())
    await expect(page.locator('.step').last().locator('a[href="tel:3114"]')).toBeVisible()
  })
}

test('leaves one history entry for the whole path', async ({ page }) => {
  await page.goto('/fr')
  await page.getByRole('link', { name: msg('fr', 'home.start') }).click()
  const before = await page.evaluate(() => history.length)
  await answer(page, 'fr', 'danger', 'no')
  await answer(page, 'fr', 'situation', 'unsure')
  await page.getByRole('link', { name: msg('fr', 'review.seePlan') }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(planHeading('fr'))
  expect(await page.evaluate(() => history.length)).toBe(before)
})

test('goes back one question with "Question précédente"', async ({ page }) => {
  await page.goto('/fr/parcours')
  await answer(page, 'fr', 'danger', 'no')
  await answer(page, 'fr', 'situation', 'shared')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'tree.ageAtImages.question'))
  await page.getByRole('button', { name: msg('fr', 'path.previous') }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'tree.situation.question'))
})

test('shows the emergency numbers first when the person is in danger, then lets them continue', async ({ page }) => {
  await page.goto('/fr/parcours')
  await answer(page, 'fr', 'danger', 'yes')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'emergency.heading'))
  for (const number of ['17', '112', '15', '18', '3114']) await expect(page.locator(`main a[href="tel:${number}"]`)).toBeVisible()
  await expect(page.locator('a[href="sms:114"]')).toBeVisible()
  await page.getByRole('link', { name: msg('fr', 'emergency.continue') }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'tree.situation.question'))
})

test('changes one answer from the review and keeps the others that still apply', async ({ page }) => {
  await page.goto('/fr/parcours')
  for (const [q, o] of [['danger', 'no'], ['situation', 'filmed'], ['ageAtImages', 'adult'], ['author', 'known'], ['where', 'social']] as const) {
    await answer(page, 'fr', q, o)
  }
  await page.getByRole('link', { name: msg('fr', 'review.editLabel').replace('{question}', msg('fr', 'tree.where.short')) }).click()
  await answer(page, 'fr', 'where', 'website')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'review.heading'))
  await expect(page.getByText(msg('fr', 'tree.where.option.website'))).toBeVisible()
  await expect(page.getByText(msg('fr', 'tree.author.option.known'))).toBeVisible()
})

test('reloads a plan from its address alone', async ({ page, context }) => {
  await page.goto('/fr/plan/1102230')
  const titles = await planTitles(page, 'fr')
  const fresh = await context.newPage()
  await fresh.goto('/fr/plan/1102230')
  expect(await planTitles(fresh, 'fr')).toEqual(titles)
  await fresh.reload()
  expect(await planTitles(fresh, 'fr')).toEqual(titles)
})

test('keeps the "fait" ticks for the session', async ({ page }) => {
  await page.goto('/fr/plan/117')
  await openStep(page.locator('.step').first())
  const first = page.getByRole('checkbox').first()
  await first.check()
  await page.reload()
  // Ticked steps say so on their title, folded or not.
  await expect(page.locator('.step').first().locator('.step__done-mark')).toBeVisible()
  await expect(page.locator('.step__done input').first()).toBeChecked()
})

test.describe('broken plan addresses', () => {
  for (const [code, reason] of [['9xyz', 'outdated'], ['1zz', 'malformed'], ['110', 'incomplete']] as const) {
    test(`explains a ${reason} code kindly and offers a new start`, async ({ page }) => {
      await page.goto(`/fr/plan/${code}`)
      await expect(page.getByText(msg('fr', `path.invalid.${reason}`))).toBeVisible()
      await expect(page.getByRole('link', { name: msg('fr', 'path.invalid.restart') })).toBeVisible()
    })
  }
})

test('prints a plan without the app around it', async ({ page }) => {
  await page.goto('/fr/plan/1102230')
  await planTitles(page, 'fr')
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.app-header')).toBeHidden()
  await expect(page.locator('.app-footer')).toBeHidden()
  await expect(page.getByRole('button', { name: msg('fr', 'plan.print') })).toBeHidden()
  await expect(page.locator('.step').first()).toBeVisible()
  const pdf = await page.pdf({ format: 'A4' })
  expect(pdf.byteLength).toBeGreaterThan(1000)
})

test('answers an unknown address with a friendly page that leads home', async ({ page }) => {
  await page.goto('/fr/nulle-part')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'notFound.heading'))
  await page.getByRole('link', { name: msg('fr', 'notFound.home') }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'home.heading'))
})

test('switches language on the same page and sets <html lang>', async ({ page }) => {
  await page.goto('/fr/plan/1102230')
  await planTitles(page, 'fr')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await page.getByRole('link', { name: msg('fr', 'app.switchToLabel') }).click()
  await expect(page).toHaveURL(/\/en\/plan\/1102230$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(planHeading('en'))
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test.describe('the root address', () => {
  test.describe('with a French browser', () => {
    test.use({ locale: 'fr-FR' })
    test('opens in French', async ({ page }) => {
      await page.goto('/')
      await expect(page).toHaveURL(/\/fr$/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'home.heading'))
    })
  })
  test.describe('with a browser in another language', () => {
    test.use({ locale: 'de-DE' })
    test('opens in French', async ({ page }) => {
      await page.goto('/')
      await expect(page).toHaveURL(/\/fr$/)
    })
  })
  test.describe('with an English browser', () => {
    test.use({ locale: 'en-GB' })
    test('opens in English', async ({ page }) => {
      await page.goto('/')
      await expect(page).toHaveURL(/\/en$/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'home.heading'))
    })
  })
})

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const lang of ['fr', 'en'] as const) {
    const pages = lang === 'fr'
      ? ['/fr', '/fr/urgence', '/fr/numeros', '/fr/parcours', '/fr/reponses/1102230', '/fr/plan/1102230', '/fr/plan/1zz', '/fr/introuvable']
      : ['/en', '/en/emergency', '/en/numbers', '/en/path', '/en/answers/1102230', '/en/plan/1102230', '/en/plan/1zz', '/en/nowhere']
    for (const path of pages) {
      test(`finds no violation on ${path}`, async ({ page }) => {
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expectNoAxeViolations(page)
      })
    }
  }

  // One path per question: together they reach every question in the tree. One test each, so that
  // each fits its time budget on a busy machine.
  for (const code of ['1', '11', '110', '1100', '11000', '110000', '110001', '11100', '113', '1130', '11500', '11600']) {
    test(`finds no violation on the question screen /fr/parcours/${code}`, async ({ page }) => {
      await page.goto(`/fr/parcours/${code}`)
      await expect(page.locator('.question')).toBeVisible()
      await expectNoAxeViolations(page)
    })
  }
})
