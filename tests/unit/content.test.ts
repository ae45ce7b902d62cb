// @vitest-environment node
import { describe, it, expect } from 'vitest'
import { factSheet, inSheet, language, withoutScheme } from './sheet-urls'
import { helplines } from '../../src/content/helplines'
import { law } from '../../src/content/law'
import { links } from '../../src/content/links'
import { platforms } from '../../src/content/platforms'
import { freshness, oldest } from '../../src/content/freshness'
import type { Sourced } from '../../src/content/types'

/** Every number written in the sheet ("0 800 05 95 95", "116 006", "17"…), as digits only. */
const sheetNumbers = new Set(
  ((factSheet ?? '').match(/\d(?:[\d\u00a0 ]*\d)?/g) ?? []).map(n => n.replace(/\D/g, '')),
)

const helplineEntries = Object.entries(helplines)
const linkEntries = Object.entries(links)
const lawEntries = Object.entries(law)
const allSourced: [string, Sourced][] = [...helplineEntries, ...linkEntries, ...lawEntries, ...Object.entries(platforms)]

const channelLinks = Object.values(helplines).flatMap(h => h.channels.map(c => c.link))
const mailAddresses = channelLinks.filter(l => l.startsWith('mailto:')).map(l => l.slice('mailto:'.length))
const allUrls = [...Object.values(links).map(l => l.url), ...allSourced.map(([, s]) => s.source)]
const dialled = Object.values(helplines).flatMap(h => [h.tel, h.sms, h.abroad?.tel.replace('+', '')].filter(n => n !== undefined))

describe('facts data modules', () => {
  it('use https for every link and every source', () => {
    for (const url of allUrls) expect(url).toMatch(/^https:\/\/[^/\s]+\.[a-z]{2,}/)
  })

  it('give each fact a real ISO date of reading that is not in the future', () => {
    // The latest time zone is 14 hours ahead of UTC: a date is in the future only if it has begun nowhere yet.
    const latestTodayAnywhere = Date.now() + 14 * 3600 * 1000
    for (const [, { checkedOn }] of allSourced) {
      expect(checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      const day = new Date(`${checkedOn}T00:00:00Z`)
      expect(day.toISOString().slice(0, 10)).toBe(checkedOn)
      expect(day.getTime()).toBeLessThanOrEqual(latestTodayAnywhere)
    }
  })

  it('date each fact by its own reading at the source, as the sheet records it', () => {
    // The sheet re-read 3018, 119 and Take It Down on 2026-11-21 and added items on 2026-11-28; it gives
    // no day for the rest, read when it was first compiled (shown by year), or for law read in old copies.
    const readOn = (day: string) => allSourced.filter(([, f]) => f.checkedOn === day && !f.dated).map(([id]) => id).sort()
    expect(readOn('2026-11-21')).toEqual(['allo119', 'enfance119', 'enfance3018', 'enfance3018Web', 'takeItDown'])
    expect(readOn('2026-11-28')).toEqual(['cciv515-9', 'cpp40-4-1', 'dsa16', 'lil51', 'pompiers18', 'suicide3114', 'web3114'])
    // The sheet's section of 2026-12-05, checked that day against stored copies of official pages.
    expect(readOn('2026-12-05')).toEqual(['espaceMineurs', 'espaceMineurs', 'infoEscroqueries'])
    for (const [id, fact] of allSourced) {
      if (fact.dated === 'year') expect(fact.checkedOn, id).toBe('2026-02-11')
      if (fact.dated === 'olderCopy') expect(fact.checkedOn < '2026-01-01', `${id} is dated by its copy, not by a 2026 check`).toBe(true)
      if (!fact.dated) expect(['2026-11-21', '2026-11-28', '2026-12-05'], id).toContain(fact.checkedOn)
    }
  })

  it('never date a Code pénal article by a check the sheet did not make', () => {
    for (const article of Object.values(law).filter(a => a.code === 'codePenal')) {
      expect(article.dated, article.id).toBe('olderCopy')
      expect(freshness(article).key).toBe('fact.olderCopy')
    }
  })

  it('word the date by what it stands for, and pick the oldest of several', () => {
    expect(freshness(helplines.enfance3018)).toEqual({ key: 'app.verified', date: '2026-11-21' })
    expect(freshness(helplines.femmes3919)).toEqual({ key: 'fact.noted', year: '2026' })
    expect(freshness(law['cp226-2-1'])).toEqual({ key: 'fact.olderCopy', year: '2023' })
    expect(oldest([helplines.enfance3018, helplines.femmes3919, helplines.suicide3114])).toBe(helplines.femmes3919)
    expect(oldest([])).toBeUndefined()
  })

  it('recognise a language part in an address, and nothing else', () => {
    for (const segment of ['kn', 'it', 'ta-IN', 'en-us', 'sv-se', 'fr']) expect(language(segment), segment).toBeDefined()
    for (const segment of ['hc', 'oj', 'us-tida', 'answer', 'fiches-reflexes', 'nancy']) expect(language(segment), segment).toBeUndefined()
  })

  it('show as a "Source" link only official or first-party pages, in French or with no language', () => {
    const shown = [
      ...Object.values(links).map(l => l.url),
      ...allSourced.filter(([, f]) => !f.secondary).map(([, f]) => f.source),
    ]
    for (const address of shown) {
      const url = new URL(address)
      for (const segment of url.pathname.split('/').filter(Boolean)) {
        const lang = language(segment)
        expect(lang === undefined || lang === 'fr', `${address}: language segment "${segment}"`).toBe(true)
      }
      for (const param of ['lang', 'hl', 'locale']) {
        const value = url.searchParams.get(param)
        expect(value === null || value.startsWith('fr'), `${address}: ${param}=${value}`).toBe(true)
      }
    }
    // News, blogs, tool reviews and copies stay research sources: none of them is shown as a link.
    const research = /usatoday|free-ai|news-round|stickers\.wiki|cuiogeo|neowin|lessor\.org|streetpress|kohenavocats|ac-aix-marseille|efl\.fr|eu-digital-services-act/
    for (const [id, fact] of allSourced) if (research.test(fact.source)) expect(fact.secondary, id).toBe(true)
  })

  it('give every helpline its hours, so every helpline shown can say when it is open', () => {
    for (const helpline of Object.values(helplines)) {
      expect(['always', 'daily', 'weekdays'], helpline.id).toContain(helpline.hours.kind)
      if (helpline.hours.kind !== 'always') expect(helpline.hours.from < helpline.hours.to, helpline.id).toBe(true)
    }
  })

  it('keep phone and SMS numbers as digits only, matching the number shown', () => {
    for (const helpline of Object.values(helplines)) {
      const number = helpline.tel ?? helpline.sms
      expect(number ?? helpline.chat, `${helpline.id} has a number to call or text, or a chat`).toBeDefined()
      for (const digits of [helpline.tel, helpline.sms]) {
        if (digits !== undefined) expect(digits).toMatch(/^\d+$/)
      }
      // A number is shown exactly when there is one to dial.
      expect(helpline.display?.replace(/\s/g, ''), helpline.id).toBe(number)
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

  it('list 17, 112, 15, 18 and 114 as emergency numbers, with 114 reachable by SMS only, and 3114 day and night', () => {
    const emergency = Object.values(helplines).filter(h => h.groups.includes('emergency'))
    expect(emergency.map(h => h.display).sort()).toEqual(['112', '114', '15', '17', '18'])
    expect(helplines.suicide3114.hours).toEqual({ kind: 'always' })
    expect(helplines.sms114.sms).toBe('114')
    expect(helplines.sms114.tel).toBeUndefined()
  })

  it.skipIf(!factSheet)('only use phone numbers written in the fact sheet', () => {
    for (const number of dialled) expect(sheetNumbers.has(number), `${number} is in the sheet`).toBe(true)
  })

  it.skipIf(!factSheet)('only use URLs and e-mail addresses written in the fact sheet', () => {
    for (const url of allUrls) expect(inSheet(url), `${url} is in the sheet`).toBe(true)
    for (const address of mailAddresses) expect(factSheet!.includes(address), `${address} is in the sheet`).toBe(true)
  })

  it('keep each fact once: no two links share a URL and no two helplines share a number', () => {
    const urls = Object.values(links).map(l => withoutScheme(l.url))
    expect(new Set(urls).size).toBe(urls.length)
    expect(new Set(dialled).size).toBe(dialled.length)
  })
})
