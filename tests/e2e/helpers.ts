import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page } from '@playwright/test'
import en from '../../locales/en.json' with { type: 'json' }
import fr from '../../locales/fr.json' with { type: 'json' }
import { factsOf } from '../../src/tree/graph'
import { voiceOf } from '../../src/tree/reading'
import { plan } from '../../src/tree/rules'
import { titleFor } from '../../src/tree/steps'
import type { Answer, QuestionId, StepId } from '../../src/tree/types'

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

/** The plan's heading, in either voice: "Votre plan", or "Ton plan" for someone who may be a minor. */
export const planHeading = (lang: Lang, whole = true) => {
  const either = `(${msg(lang, 'plan.heading')}|${msg(lang, 'plan.tu.heading')})`
  return new RegExp(whole ? `^${either}$` : either)
}

/** The titles of the plan's steps, in order, once the plan has drawn them all (it draws a few per task). */
export async function planTitles(page: Page, lang: Lang): Promise<string[]> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(planHeading(lang))
  // One list, or two for someone who may be a minor (the steps for now, then "Plus tard").
  const lists = page.locator('.plan__steps')
  await expect(lists.first()).toHaveAttribute('aria-busy', 'false')
  await expect(lists.last()).toHaveAttribute('aria-busy', 'false')
  return page.locator('.step__title').allTextContents()
}

/** Opens a plan step's details (one tap on its title), as a person would. */
export async function openStep(step: Locator) {
  await step.locator('summary').click()
  await expect(step.locator('details')).toHaveAttribute('open', '')
}

export type Answers = readonly (readonly [question: string, option: string])[]

/** The facts, steps and voice the app's own rules give for these answers (src/tree, no Vue). */
export function planFor(answers: Answers) {
  const facts = factsOf(answers.map(([question, option]): Answer => ({ question: question as QuestionId, option })))
  return { facts, steps: plan(facts), voice: voiceOf(facts) }
}

/**
 * A step's title as the person's plan shows it: the key the tree picks for these answers (its voice,
 * its variant for the case). Without answers, the title of an adult's plan.
 */
export function stepTitle(lang: Lang, step: string, answers?: Answers) {
  if (!answers) return msg(lang, `plan.step.${step}.title`)
  const { facts, voice } = planFor(answers)
  return msg(lang, titleFor(step as StepId, facts, voice))
}

/** Every title a step can have, in either voice and any variant: what a plan must not show when the step is left out. */
export function everyTitle(lang: Lang, step: string): string[] {
  const plan = (messages[lang] as { plan: { step: Record<string, object>, tu: { step: Record<string, object> } } }).plan
  return [plan.step[step], plan.tu.step[step]].flatMap(texts => Object.entries(texts ?? {})
    .filter(([key, value]) => key.startsWith('title') && typeof value === 'string').map(([, value]) => value as string))
}

/**
 * Waits until the service worker is active and controls this page (it claims open pages once it has
 * precached the app), so that the app works offline from here on. On a busy machine the precache can
 * take longer than an assertion's few seconds: this waits for the state, within the test's own time.
 */
export async function untilOfflineReady(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready)
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
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
