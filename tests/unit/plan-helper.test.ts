// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { helplines } from '@/content/helplines'
import { isOpen } from '@/content/opening'
import type { HelplineId } from '@/content/types'
import { answersFor, situationFacts, situationIds } from '@/support/situations'
import { decode, encode, HELPER, personCode, VERSION } from '@/tree/code'
import { contactFor } from '@/tree/contact'
import { HELPER as HELPER_DIGIT } from '@/tree/digits'
import { allPaths } from '@/tree/enumerate'
import { firstThings } from '@/tree/first'
import { factsOf } from '@/tree/graph'
import { mayBeMinor, read, voiceOf } from '@/tree/reading'
import { plan } from '@/tree/rules'
import { stepFacts } from '@/tree/steps'
import type { Answer } from '@/tree/types'

/**
 * The path for the adult who helps (issue 26): a parent, a friend, a teacher answers the same questions
 * about the person helped, and gets a plan in "vous" about them, under the same invariants as the
 * person's own plan. Every path is walked.
 */
type Messages = { [key: string]: string | string[] | Messages }
const messages = { fr: JSON.parse(readFileSync('locales/fr.json', 'utf8')) as Messages, en: JSON.parse(readFileSync('locales/en.json', 'utf8')) as Messages }
const lines = (lang: 'fr' | 'en', key: string): string[] => {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], messages[lang])
  if (value === undefined) throw new Error(`${key} is missing in ${lang}`)
  return [value as string | string[]].flat()
}

const paths = allPaths().map((answers) => {
  const facts = factsOf(answers)
  return { answers, facts, code: encode(answers, true), steps: plan(facts, true) }
})
const ids = (p: (typeof paths)[number]) => p.steps.map(s => s.id)
const day = new Date('2026-12-09T14:00:00Z')
const night = new Date('2026-12-09T00:00:00Z')
const openAt = (at: Date) => (id: HelplineId) => isOpen(helplines[id].hours, at)

describe('the plan code of a helper', () => {
  it('is the person\'s answers behind the helper\'s digit, and reads back as a helper\'s, on every path', () => {
    expect(HELPER).toBe(HELPER_DIGIT)
    expect(HELPER).not.toBe(VERSION)
    for (const { answers, code } of paths) {
      expect(code).toBe(HELPER + encode(answers).slice(1))
      expect(decode(code)).toEqual({ ok: true, answers, complete: true, helper: true })
    }
  })

  it('leaves every code written before it as it was: the person\'s, with the same plan', () => {
    for (const { answers, facts } of paths) {
      const decoded = decode(encode(answers))
      expect(decoded).toEqual({ ok: true, answers, complete: true, helper: false })
      expect(plan(facts).every(s => !s.title.startsWith('plan.helper.'))).toBe(true)
    }
    // Support workers' links, as sent before the helper's path existed.
    for (const id of situationIds) {
      const code = encode(answersFor(id))
      expect(code.startsWith(VERSION), id).toBe(true)
      const decoded = decode(code)
      expect(decoded.ok && !decoded.helper && factsOf(decoded.answers), id).toEqual(situationFacts(id))
    }
    expect(decode('124233')).toMatchObject({ ok: true, complete: true, helper: false })
    expect(decode('9000')).toEqual({ ok: false, reason: 'outdated' })
  })

  it('gives the person\'s own plan with the danger question left to them, every other answer kept', () => {
    for (const { answers, code } of paths) {
      const own = personCode(answers)
      const decoded = decode(own)
      expect(own.startsWith(VERSION)).toBe(true)
      expect(decoded.ok && decoded.helper).toBe(false)
      const expected: Answer[] = answers.map(a => (a.question === 'danger' ? { question: 'danger', option: 'unsure' } : a))
      expect(decoded.ok && decoded.answers, code).toEqual(expected)
      // When the helper did not know about danger either, the two codes are one digit apart.
      if (answers[0]?.option === 'unsure') expect(own.slice(1)).toBe(code.slice(1))
    }
  })

  it('needs at most 7 answers, danger first, as the person\'s path', () => {
    for (const { answers } of paths) {
      expect(answers.length).toBeLessThanOrEqual(7)
      expect(answers[0]?.question).toBe('danger')
    }
  })
})

describe('a helper\'s plan, on every path', () => {
  it('speaks to the helper, in "vous", about the person, every line from its own text', () => {
    for (const { facts, steps, code } of paths) {
      expect(voiceOf(facts, true)).toBe('helper')
      for (const key of steps.flatMap(s => [s.title, ...s.how, ...s.why])) expect(key.startsWith('plan.helper.'), `${code} ${key}`).toBe(true)
    }
    const keys = new Set(paths.flatMap(p => p.steps.flatMap(s => [s.title, ...s.how, ...s.why])))
    for (const key of keys) {
      for (const line of lines('fr', key)) expect(line, key).not.toMatch(/(?<!\p{L})(tu|toi|ton|ta|tes|te)(?!\p{L})/iu)
    }
  })

  it('never offers StopNCII for images that may have been taken before 18, and offers Take It Down wherever images of the person exist', () => {
    for (const p of paths) {
      const r = read(p.facts)
      if (mayBeMinor(p.facts)) expect(ids(p), p.code).not.toContain('stopncii')
      expect(ids(p).includes('takeitdown'), p.code).toBe(r.young && r.imagesOfThem && !r.noImages)
      if (ids(p).includes('stopncii')) expect(r.adult && r.hasCopy, p.code).toBe(true)
    }
  })

  it('never suggests a search by image, and for a possible minor leaves the finding to specialists', () => {
    for (const p of paths) {
      expect(ids(p), p.code).not.toContain('findWhere')
      expect(p.steps.some(s => stepFacts[s.id].guide === 'find'), p.code).toBe(false)
      const r = read(p.facts)
      expect(ids(p).includes('askHelpFinding'), p.code).toBe(r.young && r.online)
    }
    expect(lines('fr', 'plan.helper.step.askHelpFinding.how')[0]).toMatch(/Ne cherchez pas l’image/)
  })

  it('shows no penalty on a possible minor\'s case, and cites to the helper only the law on keeping or forwarding images and on the complaint', () => {
    for (const p of paths) {
      if (!mayBeMinor(p.facts)) continue
      for (const step of p.steps) {
        expect(step.penalties, p.code).toBe(false)
        expect(step.law.every(l => l === 'cp227-23' || l === 'cpp15-3'), `${p.code} ${step.id}`).toBe(true)
      }
    }
  })

  it('says not to look at, copy or forward the images, keep the evidence without them, and that keeping a minor\'s images is itself an offence', () => {
    for (const p of paths) {
      const r = read(p.facts)
      const evidence = p.steps.find(s => s.id === (r.young ? 'evidenceMinor' : 'evidence'))
      expect(evidence, p.code).toBeDefined()
      expect(evidence!.how.some(k => k.endsWith('.minorImages')), p.code).toBe(r.young && r.imagesOfThem)
      if (r.young && r.imagesOfThem) expect(evidence!.law).toEqual(['cp227-23'])
    }
    for (const lang of ['fr', 'en'] as const) {
      for (const id of ['evidence', 'evidenceMinor']) {
        const text = lines(lang, `plan.helper.step.${id}.how`).join(' ')
        expect(text).toMatch(lang === 'fr' ? /ne les transférez à personne/i : /forward them to nobody/i)
        expect(text).not.toMatch(/faites une capture|take a screenshot of the image/i)
      }
    }
  })

  it('opens with safety, then "it is not their fault" among the first three actions, then what not to do with the author', () => {
    for (const p of paths) {
      const order = ids(p)
      expect(order.indexOf('noBlame'), p.code).toBe(p.facts.danger === 'no' ? 0 : 1)
      expect(firstThings(p.facts, p.steps).actions.slice(0, 3), p.code).toContain('noBlame')
      const r = read(p.facts)
      const author = order.find(id => id === 'firstHours' || id === 'firstHoursClose' || id === 'noConfront')
      if (r.situation === 'unsure') expect(author, p.code).toBeUndefined()
      else expect(order.indexOf(author!), p.code).toBe(order.indexOf('noBlame') + 1)
      if (r.close) expect(author, p.code).toBe('firstHoursClose')
    }
  })

  it('says what the school can do only when images of a possible minor may have gone round a group or a class', () => {
    for (const p of paths) {
      const r = read(p.facts)
      expect(ids(p).includes('school'), p.code).toBe(r.young && r.inGroup)
    }
  })

  it('says a parent can file the complaint for a minor, and an adult\'s own complaint is needed for their intimate images', () => {
    for (const p of paths) {
      const complaint = p.steps.find(s => s.id === 'complaint')
      const r = read(p.facts)
      expect(Boolean(complaint), p.code).toBe(r.situation !== 'unsure' && !r.worriedOnly)
      if (!complaint) continue
      expect(complaint.how.some(k => k.endsWith('.young')), p.code).toBe(r.young)
      if (complaint.how.some(k => k.endsWith('.adultImages'))) expect(r.adult, p.code).toBe(true)
    }
  })

  it('offers the police chat, how to talk with the person, a line for those around them, and self-care last, with the suicide line', () => {
    for (const p of paths) {
      const order = ids(p)
      expect(order, p.code).toContain('policeChat')
      expect(order, p.code).toContain('talkWith')
      expect(order.at(-1), p.code).toBe('selfCare')
      expect(p.steps.at(-1)?.helplines).toEqual(['suicide3114'])
      expect(order.some(id => id === 'helplineYoung' || id === 'helpline116006'), p.code).toBe(true)
      for (const step of p.steps) expect(step.reasons.length, `${p.code} ${step.id}`).toBeGreaterThan(0)
    }
  })

  it('never gives a possible minor\'s helper the women\'s line, nor France Victimes for a known minor, nor the mass-scam comfort', () => {
    for (const p of paths) {
      const r = read(p.facts)
      if (r.young) expect(ids(p), p.code).not.toContain('helpline3919')
      if (r.minor) expect(ids(p), p.code).not.toContain('helpline116006')
      expect(p.steps.some(s => s.how.some(k => k.endsWith('.scam'))), p.code).toBe(false)
    }
  })

  it('puts the emergency step first for anyone who may be in danger', () => {
    for (const p of paths) expect(ids(p)[0] === 'emergency', p.code).toBe(p.facts.danger !== 'no')
  })
})

describe('"D\'abord" in a helper\'s plan', () => {
  it('offers the same contact as the person\'s own plan for the same answers, at every hour', () => {
    const factsOfCode = (code: string) => {
      const decoded = decode(code)
      return decoded.ok ? factsOf(decoded.answers) : {}
    }
    for (const at of [day, night]) {
      for (const p of paths) expect(contactFor(factsOfCode(p.code), openAt(at)), p.code).toEqual(contactFor(factsOfCode(encode(p.answers)), openAt(at)))
    }
  })

  it('gives a parent of a 15-year-old whose images went round the class e-Enfance by day, the children\'s line and the police\'s space for minors at night', () => {
    const facts = factsOf([
      { question: 'danger', option: 'no' }, { question: 'situation', option: 'shared' }, { question: 'ageAtImages', option: 'under18' },
      { question: 'author', option: 'known' }, { question: 'where', option: 'social' }, { question: 'haveCopy', option: 'no' },
    ])
    expect(contactFor(facts, openAt(day)).main).toBe('enfance3018')
    const atNight = contactFor(facts, openAt(night))
    expect([atNight.main, ...atNight.also]).toEqual(['enfance119', 'espaceMineurs'])
    const steps = plan(facts, true).map(s => s.id)
    expect(steps).toEqual(expect.arrayContaining(['noBlame', 'noConfront', 'evidenceMinor', 'takeitdown', 'removePlatform', 'school', 'askHelpFinding', 'complaint', 'helplineYoung']))
    expect(firstThings(facts, plan(facts, true)).actions).toEqual(['noBlame', 'noConfront', 'evidenceMinor'])
  })

  it('gives a friend of an adult blackmailed for money online the police\'s chat, THESEE and no StopNCII without a copy', () => {
    const facts = factsOf([
      { question: 'danger', option: 'no' }, { question: 'situation', option: 'threatened' }, { question: 'ageAtImages', option: 'adult' },
      { question: 'author', option: 'stranger' }, { question: 'demand', option: 'money' }, { question: 'paid', option: 'no' },
      { question: 'haveCopy', option: 'no' },
    ])
    expect(contactFor(facts, openAt(night)).main).toBe('pnav')
    const steps = plan(facts, true).map(s => s.id)
    expect(steps.slice(0, 2)).toEqual(['noBlame', 'firstHours'])
    expect(steps).toContain('thesee')
    expect(steps).not.toContain('stopncii')
    expect(steps).not.toContain('noConfront')
  })
})
