import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page } from '@playwright/test'
import en from '../../locales/en.json' with { type: 'json' }
import fr from '../../locales/fr.json' with { type: 'json' }

export const messages = { fr, en }
export type Lang = keyof typeof messages

/** A message by dotted key, as the app shows it (no placeholders filled). */
export function msg(lang: Lang, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages[lang])
  if (typeof value !== 'string') throw new Error(`No message ${lang}:${key}`)
  return value
}

/** Runs axe with the WCAG 2.2 AA rule set and fails on any violation, listing them. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const summary = results.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
}

/** Answers the current question by the visible label of the option. */
export async function answer(page: Page, lang: Lang, question: string, option: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(lang, `tree.${question}.question`))
  await page.getByRole('button', { name: msg(lang, `tree.${question}.option.${option}`) }).click()
}

/** The titles of the plan's steps, in order, once the plan has drawn them all (it draws a few per task). */
export async function planTitles(page: Page, lang: Lang): Promise<string[]> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(lang, 'plan.heading'))
  await expect(page.locator('.plan__steps')).toHaveAttribute('aria-busy', 'false')
  return page.locator('.step__title').allTextContents()
}

/** Opens a plan step's details (one tap on its title), as a person would. */
export async function openStep(step: Locator) {
  await step.locator('summary').click()
  await expect(step.locator('details')).toHaveAttribute('open', '')
}

export function stepTitle(lang: Lang, step: string) {
  return msg(lang, `plan.step.${step}.title`)
}

/**
 * Opens a page and waits until the app has taken it over: on pre-rendered pages, links and buttons
 * are plain HTML until then, and a test acting earlier would test the no-JavaScript fallback.
 */
export async function open(page: Page, path: string) {
  const response = await page.goto(path)
  await expect(page.locator('html.js')).toHaveCount(1)
  return response
}

/**
 * The bottom of what is in sight before any scrolling: the top of the exit bar on a phone. The page
 * scrolls in its own box above that bar (src/styles/main.css), so anything lower is out of sight.
 */
export async function firstScreenBottom(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementById('page')?.getBoundingClientRect().bottom ?? innerHeight)
}
