// @vitest-environment node
import { describe, it, expect } from 'vitest'
// Read through Vite's ?raw import rather than node:fs: tsconfig.app.json gives tests no Node types.
import factSheet from '../../../shared/facts/facts-fr.md?raw'
import { helplines } from '../../src/content/helplines'
import { law } from '../../src/content/law'
import { links } from '../../src/content/links'
import type { Sourced } from '../../src/content/types'

/** Every number written in the sheet ("0 800 05 95 95", "116 006", "17"…), as digits only. */
const sheetNumbers = new Set(
  (factSheet.match(/\d(?:[\d\u00a0 ]*\d)?/g) ?? []).map((n) => n.replace(/\D/g, '')),
)

/** Host and path (and query) without scheme or trailing slash, as the sheet may write a bare domain. */
const withoutScheme = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '')

const helplineEntries = Object.entries(helplines)
const linkEntries = Object.entries(links)
const lawEntries = Object.entries(law)
const allSourced: [string, Sourced][] = [...helplineEntries, ...linkEntries, ...lawEntries]

const channelLinks = Object.values(helplines).flatMap((h) => h.channels.map((c) => c.link))
const mailAddresses = channelLinks.filter((l) => l.startsWith('mailto:')).map((l) => l.slice('mailto:'.length))
const allUrls = [...Object.values(links).map((l) => l.url), ...allSourced.map(([, s]) => s.source)]
const dialled = Object.values(helplines).flatMap((h) => [h.tel, h.sms, h.abroad?.tel.replace('+', '')].filter((n) => n !== undefined))

describe('facts data modules', () => {
  it('file every helpline, link and law article under its own id', () => {
    for (const [key, entry] of [...helplineEntries, ...linkEntries, ...lawEntries]) {
      expect(entry.id).toBe(key)
    }
  })

  it('use https for every link and every source', () => {
    for (const url of allUrls) expect(url).toMatch(/^https:\/\/[^/\s]+\.[a-z]{2,}/)
  })

  it('give each fact a real ISO date of last check that is not in the future', () => {
    // The latest time zone is 14 hours ahead of UTC: a date is in the future only if it has begun nowhere yet.
    const latestTodayAnywhere = Date.now() + 14 * 3600 * 1000
    for (const [, { lastVerified }] of allSourced) {
      expect(lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      const day = new Date(`${lastVerified}T00:00:00Z`)
      expect(day.toISOString().slice(0, 10)).toBe(lastVerified)
      expect(day.getTime()).toBeLessThanOrEqual(latestTodayAnywhere)
    }
  })

  it('keep phone and SMS numbers as digits only, matching the number shown', () => {
    for (const helpline of Object.values(helplines)) {
      const number = helpline.tel ?? helpline.sms
      expect(number, `${helpline.id} has a number to call or text`).toBeDefined()
      for (const digits of [helpline.tel, helpline.sms]) {
        if (digits !== undefined) expect(digits).toMatch(/^\d+$/)
      }
      expect(helpline.display.replace(/\s/g, '')).toBe(number)
    }
  })

  it('write numbers from abroad in international form, matching the number shown', () => {
    for (const { abroad } of Object.values(helplines)) {
      if (!abroad) continue
      expect(abroad.tel).toMatch(/^\+\d+$/)
      expect(abroad.display.replace(/\s/g, '')).toBe(abroad.tel)
    }
  })

  it('point every helpline channel to a known link or an e-mail address', () => {
    const linkIds = new Set(Object.keys(links))
    for (const link of channelLinks) {
      if (link.startsWith('mailto:')) expect(link).toMatch(/^mailto:[^@\s]+@[^@\s]+\.[a-z]{2,}$/)
      else expect(linkIds.has(link), `${link} is a LinkId`).toBe(true)
    }
  })

  it('list 17, 112, 15 and 114 as emergency numbers, with 114 reachable by SMS only', () => {
    const emergency = Object.values(helplines).filter((h) => h.groups.includes('emergency'))
    expect(emergency.map((h) => h.display).sort()).toEqual(['112', '114', '15', '17'])
    expect(helplines.sms114.sms).toBe('114')
    expect(helplines.sms114.tel).toBeUndefined()
  })

  it('only use phone numbers written in the fact sheet', () => {
    for (const number of dialled) expect(sheetNumbers.has(number), `${number} is in the sheet`).toBe(true)
  })

  it('only use URLs and e-mail addresses written in the fact sheet', () => {
    for (const url of allUrls) expect(factSheet.includes(withoutScheme(url)), `${url} is in the sheet`).toBe(true)
    for (const address of mailAddresses) expect(factSheet.includes(address), `${address} is in the sheet`).toBe(true)
  })

  it('keep each fact once: no two links share a URL and no two helplines share a number', () => {
    const urls = Object.values(links).map((l) => withoutScheme(l.url))
    expect(new Set(urls).size).toBe(urls.length)
    expect(new Set(dialled).size).toBe(dialled.length)
  })
})
