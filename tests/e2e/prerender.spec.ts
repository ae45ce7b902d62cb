import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { defaultExit, exits } from '../../src/content/exits'
import { htmlFile } from '../../build/prerender'
import { NOT_FOUND, SHELL } from '../../build/serving'
import type { Locale } from '../../src/i18n/locales'
import { codePath } from '../../src/router/paths'
import { prerenderedPaths } from '../../src/router/prerendered'
import { planCode, situationIds } from '../../src/support/situations'
import { msg, planHeading } from './helpers'

// Pre-rendered pages must be usable before, and without, any JavaScript: the person may be on a
// phone whose scripts fail, or may need the quick exit before the app has started.
const exitUrl = exits[defaultExit].url
const built = (path: string) => readFileSync(join('dist', htmlFile(path)), 'utf8')

test.describe('built files', () => {
  test.use({ javaScriptEnabled: false })

  for (const lang of ['fr', 'en'] as Locale[]) {
    test(`the ${lang} home page carries its heading, the start link and the quick exit`, async ({ page }) => {
      const html = built(`/${lang}`)
      expect(html).toContain(`<html lang="${lang}">`)
      expect(html).toContain('data-server-rendered="true"')
      await page.setContent(html)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(lang, 'home.heading'))
      await expect(page.getByRole('link', { name: msg(lang, 'home.start') })).toHaveAttribute('href', codePath('path', lang))
      await expect(page.getByRole('link', { name: new RegExp(msg(lang, 'quickExit.label')) }).first()).toHaveAttribute('href', exitUrl)
      await expect(page).toHaveTitle(msg(lang, 'title.home'))
    })
  }

  test('`/` is the French home page, sent elsewhere before it paints only by its first script', async ({ page }) => {
    const html = built('/')
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain('data-server-rendered="true"')
    // The quick exit's guard first (src/quick-exit/guard.ts), then the language.
    expect(html).toMatch(/Content-Security-Policy"[^>]*>\s*<script src="\/assets\/first-[\w-]+\.js"><\/script>\s*<script src="\/assets\/lang-[\w-]+\.js"><\/script>/)
    await page.setContent(html)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'home.heading'))
    await expect(page.getByRole('link', { name: msg('fr', 'app.switchToLabel') })).toHaveAttribute('href', '/en')
    await expect(page).toHaveTitle(msg('fr', 'title.home'))
    expect(html).toContain('<meta property="og:title" content="Éclaircie">')
  })

  test('the app shell is its own file: the quick exit and a choice of language, nothing pre-rendered', () => {
    const shell = readFileSync(join('dist', SHELL), 'utf8')
    expect(shell).not.toContain('data-server-rendered')
    expect(shell).toContain(`href="${exitUrl}"`)
    expect(shell).toContain('<noscript>')
    expect(shell).not.toContain('/assets/lang-')
    // The quick exit's guard runs before anything else, in the shell as on every page.
    expect(shell).toMatch(/Content-Security-Policy"[^>]*>\s*<script src="\/assets\/first-[\w-]+\.js"><\/script>/)
    // The same shell for static hosts that answer 404.html to unknown addresses (docs/deploy.md).
    expect(readFileSync(join('dist', NOT_FOUND), 'utf8')).toBe(shell)
  })

  test('the plan of every situation of the support index is pre-rendered, in both languages', () => {
    const paths = prerenderedPaths()
    for (const id of situationIds) {
      for (const lang of ['fr', 'en'] as Locale[]) {
        const path = codePath('plan', lang, planCode(id))
        expect(paths, id).toContain(path)
        expect(built(path), id).toMatch(planHeading(lang, false))
      }
    }
  })

  test('every pre-rendered page exists, with a heading, the quick exit and a neutral title', async ({ page }) => {
    const paths = prerenderedPaths()
    expect(paths.length).toBeGreaterThan(60)
    for (const path of paths) {
      const html = built(path)
      expect(html, path).toContain(`href="${exitUrl}"`)
      expect(html, path).toMatch(/<h1[\s>]/)
      const title = html.match(/<title>([^<]*)<\/title>/)?.[1]
      expect(title, path).toMatch(/^Éclaircie( — [\p{L} ]+)?$/u)
    }
    await page.setContent(built('/fr/urgence'))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'emergency.heading'))
  })
})

// src/boot/early/start-after-paint.ts: the text first, then the app, which still takes the page over.
test.describe('a pre-rendered page paints before it asks for its app', () => {
  for (const path of ['/fr', codePath('plan', 'fr', planCode(situationIds[0]!))]) {
    test(`at ${path}`, async ({ page }) => {
      await page.goto(path)
      await expect(page.locator('html')).toHaveClass(/\bjs\b/)
      const { paint, scripts } = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        scripts: performance.getEntriesByType('resource').filter(e => /\/assets\/(index|framework)-[\w-]+\.js$/.test(e.name)).map(e => e.startTime),
      }))
      expect(paint).toBeGreaterThan(0)
      expect(scripts).toHaveLength(2)
      for (const start of scripts) expect(start).toBeGreaterThanOrEqual(paint!)
    })
  }

  test('it lists every module the app needs to take it over, so none waits for another to arrive', async ({ page }) => {
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.documentElement?.classList.contains('js')) return
        ;(window as { takenOverAt?: number }).takenOverAt = performance.now()
        observer.disconnect()
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['class'] })
    })
    await page.goto(codePath('plan', 'fr', planCode(situationIds[0]!)))
    await expect(page.locator('html')).toHaveClass(/\bjs\b/)
    const { listed, loaded } = await page.evaluate(() => {
      const starter = document.querySelector('script[data-app]')!
      const takenOverAt = (window as { takenOverAt?: number }).takenOverAt!
      return {
        listed: [starter.getAttribute('data-app'), ...starter.getAttribute('data-preload')!.split(' ')],
        loaded: performance.getEntriesByType('resource').filter(e => e.startTime <= takenOverAt && e.name.endsWith('.js'))
          .map(e => new URL(e.name).pathname).filter(path => !path.includes('/start-') && !path.includes('/first-')),
      }
    })
    // The plan's own view, its rules and its text are among them.
    expect(loaded).toEqual(expect.arrayContaining([expect.stringMatching(/PlanView-/), expect.stringMatching(/usePlan-/), '/assets/locale-fr.main.js']))
    expect(loaded.filter(path => !listed.includes(path))).toEqual([])
  })
})

test.describe('in a browser with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false })

  test('the home page shows its heading, and its links lead on', async ({ page }) => {
    await page.goto('/fr')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'home.heading'))
    await expect(page.getByRole('link', { name: /Sortie d’urgence/ })).toHaveAttribute('href', exitUrl)
    await page.locator('.app-header__emergency').click()
    await expect(page).toHaveURL(/\/fr\/urgence$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'emergency.heading'))
    await expect(page.locator('a[href^="tel:"]').first()).toBeVisible()
  })
})
