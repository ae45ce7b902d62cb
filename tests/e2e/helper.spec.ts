import { type BrowserContext, expect, type Page, test } from '@playwright/test'
import { helplines } from '../../src/content/helplines'
import { links } from '../../src/content/links'
import type { HelplineId } from '../../src/content/types'
import { encode, HELPER, personCode } from '../../src/tree/code'
import type { Answer, QuestionId } from '../../src/tree/types'
import { expectNoAxeViolations, firstScreenBottom, messages, msg, open, type Lang } from './helpers'

// The path for the adult who helps (issue 26), walked on a 390 × 844 phone from the home page to the
// helper's plan, online and offline: a parent of a 15-year-old whose images went round the class, and
// a friend of an adult blackmailed for money by someone met online. Titles are read from the helper's
// own text (plan.helper.*), so this spec does not depend on the person's step keys.
const SCREEN = { width: 390, height: 844 }
test.use({ viewport: SCREEN })

// Instants in UTC; Paris is UTC+1 in December. 4 December 2026 is a Friday.
const NIGHT = new Date('2026-12-04T00:00:00Z') // 1 a.m. in Paris: 3018 is closed
const AFTERNOON = new Date('2026-12-04T14:00:00Z') // 3 p.m. in Paris: every line is open

/** A message if it exists: a helper's wording is written only where it differs from the person's. */
function has(lang: Lang, key: string): boolean {
  return typeof key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages[lang]) === 'string'
}
const helperText = (lang: Lang, q: string, part: string) =>
  msg(lang, has(lang, `tree.${q}.helper.${part}`) ? `tree.${q}.helper.${part}` : `tree.${q}.${part}`)
const title = (lang: Lang, step: string, variant = 'title') => msg(lang, `plan.helper.step.${step}.${variant}`)

interface Helper {
  who: string
  lang: Lang
  /** From the home page's button, or from the link under the first question. */
  way: 'home' | 'question'
  answers: [QuestionId, string][]
  at: Date
  /** The lines "D'abord" must offer at that hour, one tap each (a number or a chat). */
  lines: HelplineId[]
  steps: [string, string?][]
  never: string[]
  /** The heading of the person's own plan: "tu" for a possible minor, "vous" for an adult. */
  own: string
}

const helpers: Helper[] = [
  {
    who: 'a parent of a 15-year-old whose images went round the class, at 1 a.m.',
    lang: 'fr',
    way: 'home',
    answers: [['danger', 'no'], ['situation', 'shared'], ['ageAtImages', 'under18'], ['author', 'known'], ['where', 'social'], ['haveCopy', 'no']],
    at: NIGHT,
    lines: ['enfance119', 'espaceMineurs'],
    steps: [['noBlame'], ['noConfront'], ['evidenceMinor'], ['takeitdown'], ['school'], ['askHelpFinding'], ['complaint'], ['helplineYoung'], ['selfCare']],
    never: ['stopncii', 'findWhere', 'helpline3919'],
    own: 'plan.tu.heading',
  },
  {
    who: 'a friend of an adult blackmailed for money by someone met online, at 3 p.m.',
    lang: 'en',
    way: 'question',
    answers: [['danger', 'no'], ['situation', 'threatened'], ['ageAtImages', 'adult'], ['author', 'stranger'], ['demand', 'money'], ['paid', 'no'], ['haveCopy', 'no']],
    at: AFTERNOON,
    lines: ['pnav', 'cyber17'],
    steps: [['noBlame'], ['firstHours'], ['evidence'], ['thesee'], ['policeChat'], ['talkWith'], ['helpline116006'], ['selfCare']],
    never: ['stopncii', 'school', 'noConfront'],
    own: 'plan.heading',
  },
]

async function visitOnce(page: Page) {
  await page.goto('/fr')
  await expect(page.locator('main h1')).toBeVisible()
  await page.evaluate(() => navigator.serviceWorker.ready)
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
}

async function goOffline(context: BrowserContext) {
  await context.setOffline(true)
}

/** From the home page to the helper's plan, answering every question in the helper's words. */
async function walk(page: Page, h: Helper, axe: boolean) {
  const { lang } = h
  await page.clock.setFixedTime(h.at)
  await open(page, `/${lang}`)
  const notice = page.getByRole('button', { name: msg(lang, 'notice.dismiss') })
  if (await notice.isVisible()) await notice.click()
  if (h.way === 'home') {
    // The person's own way in stays first; the helper's is a second button below it.
    const start = page.getByRole('link', { name: msg(lang, 'home.start') })
    const mine = page.getByRole('link', { name: msg(lang, 'home.helper') })
    expect((await start.boundingBox())!.y).toBeLessThan((await mine.boundingBox())!.y)
    if (axe) await expectNoAxeViolations(page)
    await mine.click()
  }
  else {
    await page.getByRole('link', { name: msg(lang, 'home.start') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(lang, 'tree.danger.question'))
    await page.getByRole('link', { name: msg(lang, 'path.forSomeone') }).click()
  }
  await expect(page).toHaveURL(new RegExp(`/${lang}/[a-z]+/${HELPER}$`))
  for (const [i, [q, o]] of h.answers.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(helperText(lang, q, 'question'))
    await expect(page.getByText(msg(lang, 'path.helperNotice'))).toBeVisible()
    if (axe && i === 0) await expectNoAxeViolations(page)
    // By its label alone: an answer's name also holds its example, where it has one.
    await page.getByRole('button').filter({ has: page.locator('.answer__label').getByText(helperText(lang, q, `option.${o}`), { exact: true }) }).click()
  }
  await expect(page.getByText(msg(lang, 'review.helperIntro'))).toBeVisible()
  if (axe) await expectNoAxeViolations(page)
  await page.getByRole('link', { name: msg(lang, 'review.seePlan') }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(lang, 'plan.helper.heading'))
  await expect(page.locator('.plan__steps').first()).toHaveAttribute('aria-busy', 'false')
}

const answersOf = (h: Helper) => h.answers.map(([question, option]): Answer => ({ question, option }))

for (const network of ['online', 'offline'] as const) {
  test.describe(`the adult who helps, ${network}`, () => {
    // Offline, the service worker serves the app (playwright.config.ts blocks it unless a test asks).
    if (network === 'offline') test.use({ serviceWorkers: 'allow' })
    for (const h of helpers) {
      test(`walks ${h.who} from the home page to a plan for helping, and to the person's own plan`, async ({ page, context }) => {
        // Online, axe runs on five screens along the way: allowed the time a busy machine needs.
        test.slow(network === 'online')
        const { lang } = h
        if (network === 'offline') {
          await visitOnce(page)
          await goOffline(context)
        }
        await walk(page, h, network === 'online')
        await expect(page).toHaveURL(new RegExp(`/${lang}/plan/${encode(answersOf(h), true)}$`))
        // Neutral: the tab's title names nothing.
        await expect(page).toHaveTitle(msg(lang, 'title.plan'))

        // "D'abord", whole on the first screen: "it is not their fault" first, and the contact that fits the person at this hour.
        await page.evaluate(() => scrollTo(0, 0))
        const first = page.getByRole('region', { name: msg(lang, 'plan.helper.first.heading') })
        await expect(first.locator('li').first()).toHaveText(title(lang, 'noBlame'))
        for (const id of h.lines) {
          const line = helplines[id]
          await expect(first.locator(`a[href="${line.tel ? `tel:${line.tel}` : links[line.chat!].url}"]`).first(), id).toBeVisible()
        }
        // Online, as in plan.spec.ts (offline, the notice that says so takes a line above it).
        if (network === 'online') {
          const box = (await first.boundingBox())!
          expect(box.y + box.height, 'bottom of "D\'abord"').toBeLessThanOrEqual(await firstScreenBottom(page))
        }

        // The steps, in the helper's words, in order; never a step the person's age rules out.
        const titles = await page.locator('.step__title').allTextContents()
        const expected = h.steps.map(([id, variant]) => title(lang, id, variant))
        expect(titles.filter(t => expected.includes(t))).toEqual(expected)
        for (const id of h.never) {
          for (const key of ['title', 'titleSend']) {
            if (has(lang, `plan.helper.step.${id}.${key}`)) expect(titles).not.toContain(title(lang, id, key))
          }
        }
        // The quick exit is there, as on every page.
        await expect(page.locator('.quick-exit__button')).toBeVisible()
        if (network === 'online') await expectNoAxeViolations(page)

        // The person's own plan: a neutral link, marked so the danger question is left to them.
        const own = personCode(answersOf(h))
        const share = page.getByRole('region', { name: msg(lang, 'plan.helper.share.heading') })
        await expect(share.locator('code')).toHaveText(new RegExp(`/${lang}/plan/${own}\\?lien=1$`))
        await share.getByRole('link', { name: msg(lang, 'plan.helper.share.open') }).click()
        await expect(page).toHaveURL(new RegExp(`/${lang}/plan/${own}\\?lien=1$`))
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(lang, h.own))
        await expect(page.getByRole('region', { name: msg(lang, 'plan.helper.share.heading') })).toHaveCount(0)
        if (network === 'online') await expectNoAxeViolations(page)
      })
    }
  })
}

test('a helper\'s "danger: yes" leads to the emergency page first, with the way back into the helper\'s path', async ({ page }) => {
  await open(page, `/fr/parcours/${HELPER}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'tree.danger.helper.question'))
  await page.getByRole('button', { name: msg('fr', 'tree.danger.helper.option.yes') }).click()
  await expect(page).toHaveURL(new RegExp(`/fr/urgence\\?suite=${HELPER}0$`))
  await expect(page.locator('a[href="tel:17"]').first()).toBeVisible()
  await page.getByRole('link', { name: msg('fr', 'emergency.continue') }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'tree.situation.helper.question'))
  await expect(page).toHaveURL(new RegExp(`/fr/parcours/${HELPER}0$`))
})
