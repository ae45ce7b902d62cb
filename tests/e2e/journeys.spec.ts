import { expect, test } from '@playwright/test'
import { answer, expectNoAxeViolations, type Lang, messages, msg, planTitles, stepTitle } from './helpers'

/** A list of lines by dotted key, as the app shows them. */
const lines = (lang: Lang, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages[lang]) as string[]

interface Person {
  who: string
  lang: Lang
  answers: [question: string, option: string][]
  expects: string[]
  never: string[]
  first?: string
  /** Steps among the first three: what the person reads first. */
  top?: string[]
  /** Lists of lines (locale keys) that must, or must not, appear in the plan. */
  shows?: string[]
  hides?: string[]
  /** The person may be under 18: no penalty anywhere in the plan. */
  noPenalty?: true
}

// Five people in French and one in English, each reaching a plan made for them.
const people: Person[] = [
  {
    who: 'an adult blackmailed for money by a stranger online, who has not paid',
    lang: 'fr',
    answers: [['danger', 'no'], ['situation', 'threatened'], ['ageAtImages', 'adult'], ['author', 'stranger'], ['demand', 'money'], ['paid', 'no'], ['haveCopy', 'yes']],
    first: 'firstHours',
    expects: ['firstHours', 'stopncii', 'thesee', 'helpline116006'],
    never: ['takeitdown', 'firstHoursClose', 'moneySent', 'protectionOrder'],
    shows: ['plan.step.firstHours.stranger'],
  },
  {
    who: 'an adult blackmailed for money by her ex, who would rather not say whether she paid',
    lang: 'fr',
    answers: [['danger', 'no'], ['situation', 'threatened'], ['ageAtImages', 'adult'], ['author', 'partner'], ['demand', 'money'], ['paid', 'unsure'], ['haveCopy', 'no']],
    first: 'firstHoursClose',
    top: ['firstHoursClose', 'helpline3919'],
    expects: ['moneySent', 'protectionOrder', 'complaint', 'policeChat'],
    never: ['firstHours', 'thesee', 'stopncii'],
    hides: ['plan.step.firstHours.stranger'],
  },
  {
    who: 'a teenager blackmailed by someone met online, who is not sure of being in danger',
    lang: 'fr',
    answers: [['danger', 'unsure'], ['situation', 'threatened'], ['ageAtImages', 'under18'], ['author', 'stranger'], ['demand', 'images'], ['haveCopy', 'unsure']],
    first: 'emergency',
    top: ['emergency', 'firstHours'],
    expects: ['takeitdown', 'pharos', 'helpline3018', 'evidenceMinor', 'complaint'],
    never: ['stopncii', 'thesee'],
    noPenalty: true,
  },
  {
    who: 'a teenager whose images, taken at 15, were posted on social media by a classmate',
    lang: 'fr',
    answers: [['danger', 'no'], ['situation', 'shared'], ['ageAtImages', 'under18'], ['author', 'known'], ['where', 'social'], ['haveCopy', 'no']],
    expects: ['takeitdown', 'pharos', 'helpline3018', 'evidenceMinor', 'askHelpFinding', 'erasure'],
    never: ['stopncii', 'evidence', 'findWhere', 'letter'],
    shows: ['plan.step.takeitdown.noCopy', 'plan.step.erasure.young'],
    noPenalty: true,
  },
  {
    who: 'a woman whose ex posted a sexual deepfake of her on a website',
    lang: 'fr',
    answers: [['danger', 'no'], ['situation', 'fake'], ['ageAtImages', 'adult'], ['author', 'partner'], ['where', 'website'], ['haveCopy', 'yes']],
    first: 'helpline3919',
    expects: ['fakeIsOffence', 'stopncii', 'removeSearch', 'letter', 'helpline3919', 'protectionOrder'],
    never: ['takeitdown', 'firstHours'],
  },
  {
    who: 'someone who received unwanted images by AirDrop on the metro',
    lang: 'fr',
    answers: [['danger', 'no'], ['situation', 'received'], ['ageNow', 'adult'], ['channel', 'nearby'], ['author', 'stranger']],
    expects: ['unwantedImages', 'nearbyOnTheSpot', 'helpline116006'],
    never: ['stopncii', 'takeitdown'],
  },
  {
    who: 'someone unsure of everything',
    lang: 'fr',
    answers: [['danger', 'unsure'], ['situation', 'unsure']],
    first: 'emergency',
    expects: ['policeChat', 'helpline3018', 'helpline116006', 'selfCare'],
    never: ['stopncii'],
  },
  {
    who: 'a young person in English, pressured to send images and unsure of their age in them',
    lang: 'en',
    answers: [['danger', 'no'], ['situation', 'pressured'], ['ageAtImages', 'unsure'], ['author', 'stranger'], ['sentAlready', 'yes'], ['haveCopy', 'unsure']],
    expects: ['pressure', 'takeitdown', 'prevent', 'helpline3018', 'helplineCfcv'],
    never: ['stopncii'],
  },
]

for (const person of people) {
  test(`walks ${person.who} to their plan`, async ({ page }) => {
    const { lang } = person
    await page.goto(`/${lang}`)
    await page.getByRole('link', { name: msg(lang, 'home.start') }).click()
    for (const [question, option] of person.answers) await answer(page, lang, question, option)

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(lang, 'review.heading'))
    await expect(page.getByRole('link', { name: msg(lang, 'review.edit') })).toHaveCount(person.answers.length)
    await page.getByRole('link', { name: msg(lang, 'review.seePlan') }).click()

    const titles = await planTitles(page, lang)
    for (const step of person.expects) expect(titles).toContain(stepTitle(lang, step))
    for (const step of person.never) expect(titles).not.toContain(stepTitle(lang, step))
    if (person.first) expect(titles[0]).toBe(stepTitle(lang, person.first))
    for (const step of person.top ?? []) expect(titles.slice(0, 3)).toContain(stepTitle(lang, step))
    expect(titles.at(-1)).toBe(stepTitle(lang, 'selfCare'))
    const steps = page.locator('.plan__steps')
    for (const key of person.shows ?? []) for (const line of lines(lang, key)) await expect(steps).toContainText(line)
    for (const key of person.hides ?? []) for (const line of lines(lang, key)) await expect(steps).not.toContainText(line)
    if (person.noPenalty) await expect(steps).not.toContainText('prison')
    // Every plan has a helpline one tap away, and self-care the suicide prevention line.
    expect(await page.locator('main a[href^="tel:"]').count()).toBeGreaterThan(0)
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
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'plan.heading'))
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
  const first = page.getByRole('checkbox').first()
  await first.check()
  await page.reload()
  await expect(page.getByRole('checkbox').first()).toBeChecked()
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
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'plan.heading'))
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
