// Draws the PNG icons from public/icon.svg with Debian's Chromium (run once: node scripts/make-icons.mjs).
// The maskable icon keeps the drawing inside the central safe zone (80 %) on a full-bleed background.
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'

const svg = readFileSync(new URL('../public/icon.svg', import.meta.url), 'utf8')
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage()
const icons = [
  { file: 'icon-192.png', size: 192, inset: 0 },
  { file: 'icon-512.png', size: 512, inset: 0 },
  { file: 'icon-maskable-512.png', size: 512, inset: 0.1 },
  { file: 'apple-touch-icon.png', size: 180, inset: 0.06 },
]
for (const { file, size, inset } of icons) {
  await page.setViewportSize({ width: size, height: size })
  const pad = Math.round(size * inset)
  await page.setContent(`<body style="margin:0;background:#dcebf3;width:${size}px;height:${size}px">
    <div style="position:absolute;inset:${pad}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`)
  await page.screenshot({ path: new URL(`../public/${file}`, import.meta.url).pathname, omitBackground: false })
}
await browser.close()
