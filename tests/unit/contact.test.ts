// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { helplines } from '@/content/helplines'
import { isOpen } from '@/content/opening'
import type { HelplineId } from '@/content/types'
import { encode } from '@/tree/code'
import { type Contact, contactFor, contactLines, contactRow } from '@/tree/contact'
import { allPaths } from '@/tree/enumerate'
import { factsOf } from '@/tree/graph'
import { read } from '@/tree/reading'
import { plan } from '@/tree/rules'
import type { Facts } from '@/tree/types'

/**
 * "Qui joindre" (TREE.md, decided 2026-12-05), on every path, at a day hour and a night hour in Paris:
 * Wednesday 9 December 2026 at 15:00 and at 01:00 (UTC+1 in winter).
 */
const day = new Date('2026-12-09T14:00:00Z')
const night = new Date('2026-12-09T00:00:00Z')
const openAt = (at: Date) => (id: HelplineId) => isOpen(helplines[id].hours, at)
const paths = allPaths().map(answers => ({ code: encode(answers), facts: factsOf(answers) }))
const lines = (c: Contact) => [c.main, ...c.also, ...c.forAll]

describe.each([['by day', day], ['at night', night]] as const)('the contact %s', (_when, at) => {
  const contacts = paths.map(p => ({ ...p, contact: contactFor(p.facts, openAt(at)) }))
  const who = (p: { code: string, facts: Facts }) => `${p.code} ${JSON.stringify(p.facts)}`

  it('is a line open at that hour, on every path: the big button never calls a closed line', () => {
    for (const p of contacts) {
      for (const id of lines(p.contact)) expect(isOpen(helplines[id].hours, at), `${id} for ${who(p)}`).toBe(true)
      for (const id of p.contact.later) expect(isOpen(helplines[id].hours, at), `${id} later for ${who(p)}`).toBe(false)
    }
  })

  it('is the police for anyone in danger now, at any age', () => {
    for (const p of contacts.filter(p => p.facts.danger === 'yes')) {
      expect(p.contact.main, who(p)).toBe('police17')
      expect(p.contact.also).toContain('sms114')
    }
  })

  it('is e-Enfance by day for anyone who may be a minor, and the children\'s line with the police\'s chat for under-18s at night; never a line for adults, nor for women only', () => {
    // The unsure situation asks no age: its own row (the police's chat) is tested below.
    const young = contacts.filter(p => p.facts.danger !== 'yes' && p.facts.situation !== 'unsure' && read(p.facts).young)
    expect(young.length).toBeGreaterThan(500)
    for (const p of young) {
      if (at === day) expect(p.contact.main, who(p)).toBe('enfance3018')
      else {
        expect(p.contact.main, who(p)).toBe('enfance119')
        expect(p.contact.also).toContain('espaceMineurs')
        expect(p.contact.later, who(p)).toEqual(['enfance3018'])
      }
      for (const never of ['femmes3919', 'victimes116006', 'cfcv']) expect(lines(p.contact), who(p)).not.toContain(never)
      // Nor the protection order, anywhere in the plan.
      expect(plan(p.facts).map(s => s.id), who(p)).not.toContain('protectionOrder')
    }
  })

  it('is the women\'s line for an adult a partner or someone known threatens, with a line for everyone beside it', () => {
    const close = contacts.filter(p => p.facts.danger !== 'yes' && read(p.facts).adult && read(p.facts).close)
    expect(close.length).toBeGreaterThan(50)
    for (const p of close) {
      expect(p.contact.main, who(p)).toBe('femmes3919')
      expect(p.contact.forAll, who(p)).toEqual(at === day ? ['victimes116006', 'pnav'] : ['pnav'])
    }
  })

  it('is the police\'s chat and 17Cyber for an adult blackmailed or pressed by someone met only online', () => {
    for (const p of contacts.filter(p => p.facts.danger !== 'yes' && read(p.facts).adult && read(p.facts).remote
      && (read(p.facts).maybeThreatened || read(p.facts).pressured))) {
      expect([p.contact.main, ...p.contact.also], who(p)).toEqual(['pnav', 'cyber17'])
    }
  })

  it('is France Victimes by day for an adult whose images spread, the line for sexual violence first for filming, the police\'s chat at night', () => {
    for (const p of contacts.filter(p => contactRow(p.facts) === 'victim' || contactRow(p.facts) === 'filmed')) {
      expect(read(p.facts).adult, who(p)).toBe(true)
      if (at === night) expect(p.contact.main, who(p)).toBe('pnav')
      else if (p.facts.situation === 'filmed') expect(p.contact.main, who(p)).toBe('cfcv')
      else expect(p.contact.main, who(p)).toBe('victimes116006')
    }
  })

  it('is the police\'s chat, for anyone, when nothing is clear yet, with e-Enfance and France Victimes when open', () => {
    for (const p of contacts.filter(p => p.facts.situation === 'unsure' && p.facts.danger !== 'yes')) {
      expect(p.contact.main).toBe('pnav')
      expect(p.contact.also).toEqual(at === day ? ['enfance3018', 'victimes116006'] : [])
    }
  })
})

describe('the contact rows', () => {
  it('end with a line open day and night, at every quarter of an hour of a week', () => {
    const start = Date.UTC(2026, 11, 7) // a Monday
    for (const [row, { day: dayLines, night: nightLines = dayLines }] of Object.entries(contactLines)) {
      for (let t = 0; t < 7 * 24 * 4; t++) {
        const at = new Date(start + t * 15 * 60_000)
        const open = [...dayLines, ...nightLines].filter(openAt(at))
        expect(open.length, `${row} at ${at.toISOString()}`).toBeGreaterThan(0)
      }
    }
  })

  it('before the clock is read, offer only lines open day and night', () => {
    const always = (id: HelplineId) => helplines[id].hours.kind === 'always'
    for (const p of paths) {
      const contact = contactFor(p.facts, always)
      for (const id of lines(contact)) expect(helplines[id].hours.kind, `${id} for ${p.code}`).toBe('always')
    }
  })
})
