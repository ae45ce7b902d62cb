import { expect, type Page, test } from '@playwright/test'
import type { Locale } from '../../src/i18n/locales'
import { codePath, guidePages, guidePath, sheetPath, staticPages, staticPath } from '../../src/router/paths'
import { msg, open } from './helpers'

// The exit button must never cover text or a control (an accidental tap there exits and erases the
// work), on any screen, at any scroll position, on a small phone and with the text twice as large, and
// it must stay under the thumb. Every screen is opened, everything folded is unfolded, and each way
// the page scrolls is walked from top to bottom; at each stop, every point of the button is hit-tested
// for what lies under it. Written against no layout in particular: the window scrolling under a
// floating button fails it (tried on the layout of 2026-12-05), a bar the page never scrolls under
// passes it.

const PLAN = '1111010'
const screens = (lang: Locale) => [
  ...(Object.keys(staticPages) as (keyof typeof staticPages)[]).map(page => staticPath(page, lang)),
  sheetPath(1, lang),
  codePath('path', lang),
  codePath('path', lang, '11'),
  codePath('review', lang, PLAN),
  codePath('plan', lang, PLAN),
  ...(Object.keys(guidePages) as (keyof typeof guidePages)[]).map(page => guidePath(page, lang)),
  `/${lang}/ailleurs`,
]

/** Phone sizes, and the text at twice its size (as a browser's text size setting does: rem and em grow). */
const setups = [
  { width: 390, height: 844, text: 1 },
  { width: 320, height: 640, text: 1 },
  { width: 390, height: 844, text: 2 },
  { width: 320, height: 640, text: 2 },
]

interface Stop { scroller: string, top: number, covered: string[], button: { top: number, bottom: number, left: number, right: number, width: number, height: number } }

/**
 * Walks every scrolling box of the page (the window included) from top to bottom, a third of its
 * height at a time, and lists at each stop what is under the exit button: a control, or a text whose
 * glyphs' box contains a point of the button. Only points where the button itself is on top count
 * (not the transparent corners of a rounded button).
 */
function walk(): Stop[] {
  const button = document.querySelector('.quick-exit__button')!
  const controls = 'a, button, input, select, textarea, summary, label, [tabindex]'
  const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`
  const textAt = (el: Element, x: number, y: number) => [...el.childNodes].some((node) => {
    if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) return false
    const range = document.createRange()
    range.selectNodeContents(node)
    return [...range.getClientRects()].some(r => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)
  })
  const under = () => {
    const box = button.getBoundingClientRect()
    const found = new Set<string>()
    for (let x = box.left + 1; x < box.right; x += 4) {
      for (let y = box.top + 1; y < box.bottom; y += 4) {
        const stack = document.elementsFromPoint(x, y)
        if (!stack[0] || !button.contains(stack[0])) continue
        for (const el of stack) {
          if (el.closest('.quick-exit')) continue
          if (el.matches(controls) || textAt(el, x, y)) found.add(describe(el))
        }
      }
    }
    return found
  }
  const root = document.scrollingElement!
  const scrollers = [root, ...[...document.querySelectorAll('body *')].filter((el) => {
    const overflow = getComputedStyle(el).overflowY
    return (overflow === 'auto' || overflow === 'scroll') && el.clientHeight > 150
  })]
  const stops: Stop[] = []
  for (const scroller of scrollers) {
    const max = scroller.scrollHeight - scroller.clientHeight
    const step = Math.max(40, Math.floor(scroller.clientHeight / 3))
    for (let top = 0; ; top = Math.min(max, top + step)) {
      scroller.scrollTop = top
      const box = button.getBoundingClientRect()
      stops.push({
        scroller: scroller === root ? 'window' : describe(scroller).slice(0, 30),
        top: scroller.scrollTop,
        covered: [...under()],
        button: { top: box.top, bottom: box.bottom, left: box.left, right: box.right, width: box.width, height: box.height },
      })
      if (top >= max) break
    }
    scroller.scrollTop = 0
  }
  return stops
}

/** Unfolds what a person can unfold (plan steps, "more" sections), so their content is walked too. */
async function unfold(page: Page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach(d => (d.open = true)))
}

async function checkEverySetup(page: Page, where: string) {
  const problems: string[] = []
  for (const { width, height, text } of setups) {
    await page.setViewportSize({ width, height })
    await page.evaluate((size) => {
      let style = document.getElementById('test-text-size')
      if (!style) {
        style = document.createElement('style')
        style.id = 'test-text-size'
        document.head.append(style)
      }
      style.textContent = size === 1 ? '' : `html { font-size: ${size * 100}% !important; }`
    }, text)
    await unfold(page)
    const setup = `${width} × ${height}, text × ${text}`
    const stops = await page.evaluate(walk)
    expect(stops.length, `${where}, ${setup}: a scrolling box`).toBeGreaterThan(0)
    for (const stop of stops) {
      const b = stop.button
      for (const thing of stop.covered) problems.push(`${where}, ${setup}, ${stop.scroller} at ${stop.top}px: ${thing}`)
      // In sight, big enough for a finger, and under the thumb: in the bottom quarter, on the right.
      if (b.top < 0 || b.bottom > height + 0.5 || b.width < 44 || b.height < 44 || b.bottom < height * 0.75 || b.right < width / 2) {
        problems.push(`${where}, ${setup}, ${stop.scroller} at ${stop.top}px: the button is at ${JSON.stringify(b)}`)
      }
    }
  }
  expect(problems).toEqual([])
}

async function openScreen(page: Page, path: string) {
  await open(page, path)
  await expect(page.locator('main h1')).toBeVisible()
  if (path.includes('/plan/')) await expect(page.locator('.plan__steps')).toHaveAttribute('aria-busy', 'false')
}

test.describe('the exit button never covers text or a control, at any scroll position, and stays under the thumb', () => {
  for (const path of screens('fr')) {
    test(`on ${path}`, async ({ page }) => {
      await openScreen(page, path)
      await checkEverySetup(page, path)
    })
  }

  // English text is often longer or shorter: the screens where that moves controls the most.
  for (const path of [codePath('plan', 'en', PLAN), codePath('review', 'en', PLAN), guidePath('letter', 'en'), staticPath('anonymiser', 'en'), staticPath('dossier', 'en')]) {
    test(`on ${path}`, async ({ page }) => {
      await openScreen(page, path)
      await checkEverySetup(page, path)
    })
  }

  test('on the takedown letter with its letter written, and on the anonymiser with a cleaned note', async ({ page }) => {
    await openScreen(page, guidePath('letter', 'fr'))
    await page.getByLabel(msg('fr', 'letter.form.urls.label')).fill('https://exemple.org/a\nhttps://exemple.org/b')
    await page.getByLabel(msg('fr', 'letter.form.foundOn.label')).fill('2026-11-01')
    await page.getByRole('button', { name: msg('fr', 'letter.form.build') }).click()
    await expect(page.locator('.letter__text')).toBeVisible()
    await checkEverySetup(page, 'the written letter')

    await openScreen(page, staticPath('anonymiser', 'fr'))
    await page.getByLabel(msg('fr', 'support.anonymiser.label')).fill('Signalé par Manon Girard, du lycée Victor-Hugo de Poitiers. Son compte : manon.grd.')
    await page.getByRole('button', { name: msg('fr', 'support.anonymiser.find') }).click()
    await expect(page.locator('.anonymiser__result')).toBeVisible()
    await checkEverySetup(page, 'the cleaned note')
  })

  test('on an open dossier with a note', async ({ page }) => {
    const pass = 'cerise nuage tambour lanterne'
    await openScreen(page, staticPath('dossier', 'fr'))
    await page.getByRole('button', { name: msg('fr', 'dossier.intro.start') }).click()
    await page.locator('#new-passphrase').fill(pass)
    await page.locator('#confirm-passphrase').fill(pass)
    await page.getByRole('button', { name: msg('fr', 'dossier.create.submit') }).click()
    await expect(page.getByRole('button', { name: msg('fr', 'dossier.lock.button') })).toBeVisible({ timeout: 15_000 })
    await page.getByRole('button', { name: msg('fr', 'dossier.entries.add'), exact: true }).click()
    await checkEverySetup(page, 'the open dossier, adding an entry')
  })
})
