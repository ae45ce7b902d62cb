import { expect, type Page, test } from '@playwright/test'
import { planCode, situationIds } from '../../src/support/situations'
import { encode } from '../../src/tree/code'
import type { Answer, QuestionId } from '../../src/tree/types'
import { expectNoAxeViolations, firstScreenBottom, type Lang, msg, open, openStep, planTitles } from './helpers'
import { people } from './people'

// A plan read on a phone, as a frightened person reads it: "D'abord" on the first screen, the whole
// plan folded within three screens, details one tap away, hours and "open now" from the clock.
const SCREEN = { width: 390, height: 844 }
test.use({ viewport: SCREEN })

// Instants in UTC; Paris is UTC+1 in December. 4 December 2026 is a Friday.
const NIGHT = new Date('2026-12-04T00:00:00Z') // 1 a.m. in Paris: 3018 and 116 006 are closed
const AFTERNOON = new Date('2026-12-04T14:00:00Z') // 3 p.m. in Paris: every line is open

const codeOf = (answers: [string, string][]) =>
  encode(answers.map(([question, option]): Answer => ({ question: question as QuestionId, option })))

/**
 * Opens a plan as on a first visit, then dismisses the first-visit notice, as the person would. On that
 * first visit, the notice shown, the call button of "D'abord" is on the first screen already (issue 23).
 */
async function openPlan(page: Page, lang: Lang, code: string, at: Date) {
  await page.clock.setFixedTime(at)
  await open(page, `/${lang}/plan/${code}`)
  await expect(page.locator('.first-visit')).toBeVisible()
  const call = page.locator('.first-things .helpline__actions a').first()
  await expect(call).toBeVisible()
  const box = (await call.boundingBox())!
  expect(box.y + box.height, 'bottom of the call button, the first-visit notice shown').toBeLessThanOrEqual(await firstScreenBottom(page))
  await page.getByRole('button', { name: msg(lang, 'notice.dismiss') }).click()
  await planTitles(page, lang)
  await page.evaluate(() => document.getElementById('page')?.scrollTo(0, 0))
}

const plans = [
  ...people.map(p => ({ who: p.who, lang: p.lang, code: codeOf(p.answers) })),
  ...situationIds.map(id => ({ who: `the support worker's plan for ${id}`, lang: 'fr' as const, code: planCode(id) })),
]

test.describe('every plan, on a 390 × 844 phone', () => {
  for (const { who, lang, code } of plans) {
    for (const [when, at] of [['at 1 a.m.', NIGHT], ['at 3 p.m.', AFTERNOON]] as const) {
      test(`shows "D'abord" whole on the first screen and fits three screens folded: ${who}, ${when}`, async ({ page }) => {
        await openPlan(page, lang, code, at)
        const first = page.getByRole('region', { name: msg(lang, 'plan.first.heading') })
        await expect(first.locator('a[href^="tel:"]').first()).toBeVisible()
        await expect(first.locator('.helpline__hours')).toBeVisible()
        const box = (await first.boundingBox())!
        expect(box.y).toBeGreaterThanOrEqual(0)
        expect(box.y + box.height, 'bottom of "D\'abord"').toBeLessThanOrEqual(await firstScreenBottom(page))
        const plan = (await page.locator('.plan').boundingBox())!
        expect(plan.height, 'height of the folded plan').toBeLessThanOrEqual(3 * SCREEN.height)
        // Folded: every title and its reason in sight, no details.
        await expect(page.locator('.step__why').first()).toBeVisible()
        await expect(page.locator('.step__how').first()).toBeHidden()
      })
    }
  }
})

test.describe('opening hours, from the device clock in Paris time', () => {
  // Who "D'abord" puts on the button, by person and hour (TREE.md, "Qui joindre"; the rule is
  // tree/contact.ts, unit-tested on every path): always a line open at that hour, and for someone who
  // may be a minor, never the women's line.
  const teen = codeOf([['danger', 'no'], ['situation', 'shared'], ['ageAtImages', 'under18'], ['author', 'known'], ['where', 'social'], ['haveCopy', 'no']])
  const unknownAge = codeOf([['danger', 'no'], ['situation', 'shared'], ['ageAtImages', 'unsure'], ['author', 'partner'], ['where', 'social'], ['haveCopy', 'yes']])
  const partner = codeOf(people[1]!.answers)
  const cases = [
    { who: 'a 15-year-old whose images went round', code: teen, night: 'tel:119', also: 'espaceMineurs', day: 'tel:3018', never: 'tel:3919' },
    { who: 'someone unsure of their age in the images, shared by a partner', code: unknownAge, night: 'tel:119', also: 'espaceMineurs', day: 'tel:3018', never: 'tel:3919' },
    { who: 'an adult blackmailed by her ex', code: partner, night: 'tel:3919', day: 'tel:3919' },
  ]
  for (const { who, code, night, also, day, never } of cases) {
    for (const [when, at, href] of [['1 a.m.', NIGHT, night], ['3 p.m.', AFTERNOON, day]] as const) {
      test(`at ${when}, ${who} sees on the first screen a line open now: ${href}`, async ({ page }) => {
        await openPlan(page, 'fr', code, at)
        const first = page.getByRole('region', { name: msg('fr', 'plan.first.heading') })
        const card = first.locator('.helpline').first()
        const button = card.locator(`a[href="${href}"]`)
        await expect(button).toBeVisible()
        expect((await button.boundingBox())!.y + 44, 'the call button is on the first screen').toBeLessThanOrEqual(SCREEN.height)
        // Open now: a line with hours says so; a line open day and night says "24 h sur 24" instead.
        await expect(card.locator('.open-now__state--closed')).toHaveCount(0)
        const always = msg('fr', 'helplines.hours.always')
        if (href === 'tel:3018') await expect(card.locator('.open-now__state--open')).toHaveCount(1)
        else await expect(card.locator('.helpline__hours')).toHaveText(always)
        if (never) await expect(page.locator(`main a[href="${never}"]`)).toHaveCount(0)
        if (also && at === NIGHT) {
          // The police's chat for under-18s, open day and night, one tap away; e-Enfance said with its hours.
          await expect(first.getByRole('link', { name: msg('fr', `helplines.${also}.name`) })).toBeVisible()
          await expect(first.locator('a[href="tel:3018"]')).toBeVisible()
          await expect(first).toContainText(msg('fr', 'plan.tu.first.later'))
        }
      })
    }
  }

  test('on a Saturday, the sexual-violence line says it opens on Monday', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-05T11:00:00Z'))
    await open(page, '/en/numbers')
    await expect(page.locator('.helpline', { hasText: msg('en', 'helplines.cfcv.name') }))
      .toContainText(msg('en', 'open.closedOn').replace('{day}', 'Monday').replace('{at}', '10am'))
  })

  test('a pre-rendered plan never carries the build\'s "open" or "closed": the browser works it out', async ({ page }) => {
    const response = await page.request.get(`/fr/plan/${planCode(situationIds[0]!)}`)
    const html = await response.text()
    expect(html).toContain('helpline__hours')
    expect(html).not.toContain('open-now')
  })
})

test.describe('the steps, folded', () => {
  const partner = codeOf(people[1]!.answers)

  test('a "D\'abord" line opens its step and takes the focus there, the address and history unchanged', async ({ page }) => {
    await openPlan(page, 'fr', partner, AFTERNOON)
    const url = page.url()
    const entries = await page.evaluate(() => history.length)
    const line = page.getByRole('region', { name: msg('fr', 'plan.first.heading') }).getByRole('link').first()
    const title = await line.textContent()
    await line.click()
    const step = page.locator('.step', { has: page.getByRole('heading', { name: title!.trim() }) })
    await expect(step.locator('details')).toHaveAttribute('open', '')
    await expect(step.locator('summary')).toBeFocused()
    await expect(step.locator('.step__how')).toBeVisible()
    expect(page.url()).toBe(url)
    expect(await page.evaluate(() => history.length)).toBe(entries)
  })

  test('a step opens and closes with the keyboard', async ({ page }) => {
    await openPlan(page, 'fr', partner, AFTERNOON)
    const step = page.locator('.step').nth(1)
    await step.locator('summary').focus()
    await page.keyboard.press('Enter')
    await expect(step.locator('.step__how')).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(step.locator('.step__how')).toBeHidden()
  })

  test('prints every step unfolded, and leaves the screen as it was', async ({ page }) => {
    await openPlan(page, 'fr', partner, AFTERNOON)
    // Printing from the browser's menu: the page opens every step first, and folds them back after.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')))
    await expect(page.locator('.step details:not([open])')).toHaveCount(0)
    await page.evaluate(() => dispatchEvent(new Event('afterprint')))
    await expect(page.locator('.step details[open]')).toHaveCount(0)
    // And the print style sheet alone shows the details, whatever the browser told the page.
    await page.emulateMedia({ media: 'print' })
    for (const how of await page.locator('.step__how').all()) await expect(how).toBeVisible()
    await expect(page.locator('.open-now')).toBeHidden()
  })

  test('finds no accessibility violation with a step open, at night', async ({ page }) => {
    await openPlan(page, 'fr', codeOf(people[2]!.answers), NIGHT)
    await openStep(page.locator('.step').first())
    await expectNoAxeViolations(page)
  })
})
