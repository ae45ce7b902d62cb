// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { helplines } from '@/content/helplines'
import { law } from '@/content/law'
import { decode, encode } from '@/tree/code'
import { factsOf, next, prune, questionIds, questions, sequence } from '@/tree/graph'
import { allPaths } from '@/tree/enumerate'
import { firstThings } from '@/tree/first'
import { mayBeMinor, read } from '@/tree/reading'
import { guides } from '@/content/guides'
import { plan } from '@/tree/rules'
import { guidePages } from '@/router/paths'
import { situationGuide, stepFacts } from '@/tree/steps'
import type { Answer, Facts, StepId } from '@/tree/types'

type Messages = { [key: string]: string | string[] | Messages }
const messages = (lang: 'fr' | 'en') => JSON.parse(readFileSync(join(process.cwd(), 'locales', `${lang}.json`), 'utf8')) as Messages
const locales = { fr: messages('fr'), en: messages('en') }
/** The lines a list key holds in a language: what the person would read. */
const linesOf = (lang: 'fr' | 'en', key: string) => {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], locales[lang])
  if (!Array.isArray(value)) throw new Error(`${key} is not a list in ${lang}.json`)
  return value as string[]
}

const paths = allPaths()
const planned = paths.map((answers) => {
  const facts = factsOf(answers)
  const full = plan(facts)
  return { answers, facts, full, steps: full.map(s => s.id) }
})
const has = (steps: StepId[], id: StepId) => steps.includes(id)
const helplineSteps = (Object.keys(stepFacts) as StepId[]).filter(id => stepFacts[id].helplines?.length)
const where = (pred: (f: Facts) => boolean) => planned.filter(p => pred(p.facts))

describe('the path', () => {
  it('has hundreds of distinct complete paths, all enumerated', () => {
    expect(paths.length).toBeGreaterThan(300)
    expect(new Set(paths.map(a => encode(a))).size).toBe(paths.length)
  })

  it('asks about danger first, always', () => {
    expect(next([])).toBe('danger')
    for (const answers of paths) expect(answers[0]?.question).toBe('danger')
  })

  it('never needs more than 7 answers to reach a plan', () => {
    const longest = Math.max(...paths.map(a => a.length))
    expect(longest).toBeLessThanOrEqual(7)
    expect(longest).toBe(7)
  })

  it('offers "je ne sais pas" on every question', () => {
    for (const id of questionIds) {
      const unsure = questions[id].options.filter(o => o.unsure)
      expect(unsure, id).toHaveLength(1)
      expect(questions[id].options.at(-1)?.unsure, id).toBe(true)
    }
  })

  it('uses every question somewhere', () => {
    const asked = new Set(paths.flatMap(a => a.map(x => x.question)))
    expect([...asked].sort()).toEqual([...questionIds].sort())
  })

  it('has no dead end: every partial path has a next question or a plan', () => {
    for (const answers of paths) {
      for (let i = 0; i <= answers.length; i++) {
        const q = next(answers.slice(0, i))
        if (i < answers.length) expect(q).toBe(answers[i]?.question)
        else expect(q).toBeNull()
      }
      expect(plan(factsOf(answers)).length).toBeGreaterThan(2)
    }
  })

  it('goes back one question by dropping the last answer', () => {
    for (const answers of paths) {
      const back = answers.slice(0, -1)
      expect(next(back)).toBe(answers.at(-1)?.question)
    }
  })

  it.each([
    ['threatened', ['danger', 'situation', 'ageAtImages', 'author', 'demand', 'haveCopy']],
    ['shared', ['danger', 'situation', 'ageAtImages', 'author', 'where', 'haveCopy']],
    ['fake', ['danger', 'situation', 'ageAtImages', 'author', 'where', 'haveCopy']],
    ['received', ['danger', 'situation', 'ageNow', 'channel', 'author']],
    ['filmed', ['danger', 'situation', 'ageAtImages', 'author', 'where']],
    ['pressured', ['danger', 'situation', 'ageAtImages', 'author', 'sentAlready']],
    ['worried', ['danger', 'situation', 'ageAtImages', 'author', 'threatenedToo', 'haveCopy']],
    ['unsure', ['danger', 'situation']],
  ] as const)('gives "%s" a branch of its own', (situation, expected) => {
    expect(sequence({ situation })).toEqual(expected)
  })

  it('asks whether money was paid only when money was demanded', () => {
    expect(sequence({ situation: 'threatened', demand: 'money' })).toContain('paid')
    expect(sequence({ situation: 'threatened', demand: 'images' })).not.toContain('paid')
  })

  it('continues a worried person who was threatened as a threatened one', () => {
    expect(sequence({ situation: 'worried', threatenedToo: 'yes', demand: 'money' }))
      .toEqual(['danger', 'situation', 'ageAtImages', 'author', 'threatenedToo', 'demand', 'paid'])
  })
})

describe('changing an answer', () => {
  it('keeps the answers still on the new branch and drops the others', () => {
    const answers: Answer[] = [
      { question: 'danger', option: 'no' },
      { question: 'situation', option: 'shared' },
      { question: 'ageAtImages', option: 'adult' },
      { question: 'author', option: 'partner' },
      { question: 'where', option: 'website' },
      { question: 'haveCopy', option: 'yes' },
    ]
    const changed = answers.map(a => a.question === 'situation' ? { ...a, option: 'filmed' } : a)
    expect(prune(changed).map(a => a.question)).toEqual(['danger', 'situation', 'ageAtImages', 'author', 'where'])
  })
})

describe('the plan code', () => {
  it('round-trips every path', () => {
    for (const answers of paths) {
      const decoded = decode(encode(answers))
      expect(decoded).toEqual({ ok: true, answers, complete: true, helper: false })
    }
  })

  it('is short and neutral: a digit and letters only', () => {
    for (const answers of paths) expect(encode(answers)).toMatch(/^1[0-9a-z]{1,7}$/)
  })

  it('reads a partial path as incomplete', () => {
    expect(decode('11')).toEqual({ ok: true, answers: [{ question: 'danger', option: 'no' }], complete: false, helper: false })
    expect(decode('1')).toEqual({ ok: true, answers: [], complete: false, helper: false })
  })

  it.each([
    ['9000', 'outdated'],
    ['1z', 'malformed'],
    ['10000000000', 'malformed'],
    ['1-2', 'malformed'],
    ['', 'malformed'],
    ['../etc', 'malformed'],
  ])('recognises "%s" as %s', (code, reason) => {
    expect(decode(code)).toEqual({ ok: false, reason })
  })
})

describe('plan invariants, on every path', () => {
  it('offers at least one one-tap helpline in every plan', () => {
    for (const { steps, answers } of planned) {
      expect(steps.some(s => helplineSteps.includes(s)), encode(answers)).toBe(true)
    }
  })

  it('starts with the emergency step when the person is in danger', () => {
    for (const { steps } of where(f => f.danger === 'yes')) expect(steps[0]).toBe('emergency')
    for (const { steps } of where(f => f.danger === 'no')) expect(steps).not.toContain('emergency')
  })

  it('puts the first-hours step first for blackmail, or a possible one (after emergency only)', () => {
    const blackmail = where(f => f.situation === 'threatened' || f.threatenedToo === 'yes' || f.threatenedToo === 'unsure')
    expect(blackmail.length).toBeGreaterThan(50)
    for (const { steps, facts } of blackmail) {
      const first = steps.findIndex(s => s === 'firstHours' || s === 'firstHoursClose')
      expect(first, JSON.stringify(facts)).toBe(facts.danger === 'no' ? 0 : 1)
    }
  })

  it('gives someone threatened or pressured by a partner, an ex or someone known the safety-first step, never the stranger one', () => {
    const close = where(f => (f.author === 'partner' || f.author === 'known')
      && (f.situation === 'threatened' || f.situation === 'pressured' || (f.threatenedToo !== undefined && f.threatenedToo !== 'no')))
    expect(close.length).toBeGreaterThan(50)
    for (const { steps } of close) {
      expect(steps).toContain('firstHoursClose')
      expect(steps).not.toContain('firstHours')
    }
    for (const { steps, facts } of where(f => f.author !== 'partner' && f.author !== 'known')) {
      expect(steps, JSON.stringify(facts)).not.toContain('firstHoursClose')
    }
  })

  it('never shows the mass-scam comfort but to an adult asked for money by someone met only online', () => {
    for (const { full, facts } of planned) {
      const scam = full.some(s => s.how.includes('plan.step.firstHours.scam'))
      expect(scam, JSON.stringify(facts)).toBe(facts.ageAtImages === 'adult' && facts.author === 'stranger' && facts.demand === 'money')
    }
    for (const lang of ['fr', 'en'] as const) {
      // Nothing else a plan shows speaks of a scam sent to many people, or of images rarely published.
      const shown = new Set(planned.flatMap(p => p.full.flatMap(s => s.how)).filter(key => key !== 'plan.step.firstHours.scam'))
      const lines = [...shown].flatMap(key => linesOf(lang, key))
      // (Service-Public's page for THESEE is called « Arnaque sur internet »: a page's name, not a comfort.)
      const said = lines.map(line => line.replace(/«\s*Arnaque sur internet\s*»/, ''))
      expect(said.filter(line => /arnaque|scam|beaucoup de personnes|many people|rarement|rarely/i.test(line))).toEqual([])
    }
  })

  it('puts the line for women facing violence among the first three steps of an adult\'s plan facing a partner or someone close, and never in a possible minor\'s plan but as a later line', () => {
    const partners = where(f => f.author === 'partner' && mayBeMinor(f) === false && read(f).worriedOnly === false)
    expect(partners.length).toBeGreaterThan(50)
    for (const { steps, facts } of partners) {
      expect(steps.indexOf('helpline3919'), JSON.stringify(facts)).toBeGreaterThanOrEqual(0)
      expect(steps.indexOf('helpline3919'), JSON.stringify(facts)).toBeLessThan(3)
    }
    for (const { full, facts } of where(f => mayBeMinor(f))) {
      const found = full.filter(s => s.helplines.includes('femmes3919') || s.id === 'helpline3919')
      if (facts.ageAtImages === 'under18' || facts.ageNow === 'under18') expect(found, JSON.stringify(facts)).toEqual([])
      for (const step of found) expect(step.later, JSON.stringify(facts)).toBe(true)
    }
  })

  it('offers the protection order only to an adult facing violence or danger from a partner or ex (review I2)', () => {
    for (const { steps, facts } of planned) {
      const r = read(facts)
      const violence = r.maybeThreatened || r.pressured || r.spread || facts.danger === 'yes'
      expect(steps.includes('protectionOrder'), JSON.stringify(facts)).toBe(r.adult && r.partner && violence)
    }
  })

  it('never shows a penalty on a plan for someone who may be under 18, an unknown age included', () => {
    for (const { full, facts } of planned) {
      const possiblyMinor = (facts.situation === 'received' ? facts.ageNow : facts.ageAtImages) !== 'adult'
      expect(mayBeMinor(facts)).toBe(possiblyMinor)
      for (const step of full) expect(step.penalties, `${step.id} ${JSON.stringify(facts)}`).toBe(!possiblyMinor)
    }
    // Articles that protect minors carry no penalty at all, so no page can show one.
    for (const id of ['cp227-23', 'cp227-23-1', 'cp227-22-2', 'cp227-24'] as const) expect(law[id].penalty, id).toBeUndefined()
  })

  it('cites only law that applies to the person', () => {
    for (const { full, facts } of planned) {
      for (const step of full) {
        for (const id of step.law) expect(stepFacts[step.id].law ?? [], step.id).toContain(id)
      }
      const cited = full.flatMap(s => s.law)
      // No article at all in a plan written for someone who may be a minor; 226-6 (complaint needed)
      // only for adults' intimate images.
      if (mayBeMinor(facts)) expect(cited, JSON.stringify(facts)).toEqual([])
      const adultImages = facts.ageAtImages === 'adult' && (facts.situation === 'shared' || facts.situation === 'filmed')
      expect(cited.includes('cp226-6'), JSON.stringify(facts)).toBe(adultImages)
      const complaint = full.find(s => s.id === 'complaint')
      if (complaint) expect(complaint.how.includes('plan.step.complaint.adultImages')).toBe(adultImages)
    }
  })

  it('reads "je ne sais pas" about a threat as a possible threat, and about a payment or a demand as a possible payment', () => {
    const unsureThreat = where(f => f.threatenedToo === 'unsure')
    expect(unsureThreat.length).toBeGreaterThan(10)
    for (const { steps } of unsureThreat) {
      expect(steps.some(s => s === 'firstHours' || s === 'firstHoursClose')).toBe(true)
      expect(steps).toContain('complaint')
    }
    const unsurePaid = planned.filter(p => p.facts.paid === 'unsure')
    expect(unsurePaid.length).toBeGreaterThan(10)
    for (const { full } of unsurePaid) expect(full.find(s => s.id === 'moneySent')?.reasons).toEqual(['paidUnsure'])
    const unsureDemand = where(f => f.demand === 'unsure')
    expect(unsureDemand.length).toBeGreaterThan(10)
    for (const { full } of unsureDemand) expect(full.find(s => s.id === 'moneySent')?.reasons).toEqual(['demandUnsure'])
    for (const { steps } of where(f => f.paid === 'no' || (f.paid === undefined && f.demand !== 'unsure'))) expect(steps).not.toContain('moneySent')
  })

  it('gives every helpline a plan shows its hours, and self-care the suicide prevention line', () => {
    for (const { steps } of planned) {
      for (const id of steps.flatMap(s => stepFacts[s].helplines ?? [])) expect(helplines[id].hours, id).toBeDefined()
    }
    expect(stepFacts.selfCare.helplines).toContain('suicide3114')
  })

  it('never offers StopNCII for images taken before 18, and offers Take It Down when images exist, e-Enfance through a trusted adult, and PHAROS only where it fits', () => {
    const minors = where(f => f.ageAtImages === 'under18')
    expect(minors.length).toBeGreaterThan(50)
    for (const { steps, full, facts } of minors) {
      expect(steps).not.toContain('stopncii')
      expect(steps).not.toContain('evidence')
      expect(steps).not.toContain('findWhere')
      for (const id of ['trustedAdult', 'evidenceMinor'] as const) expect(steps).toContain(id)
      expect(full.find(s => s.id === 'trustedAdult')?.helplines).toContain('enfance3018')
      // Pushed to send images and none sent: there is no image to block.
      const r = read(facts)
      expect(steps.includes('takeitdown'), JSON.stringify(facts)).toBe(!r.noImages)
      // PHAROS takes public content and approaches by strangers online, never private matters with
      // someone known (review I3); images online are reported through the step that names it.
      const pharos = steps.includes('pharos') || steps.includes('askHelpFinding')
      expect(pharos, JSON.stringify(facts)).toBe(r.online || r.remote)
    }
  })

  it('tells anyone without a copy not to fetch one for Take It Down', () => {
    for (const { full, facts } of planned) {
      const step = full.find(s => s.id === 'takeitdown')
      if (step) expect(step.how.includes('plan.tu.step.takeitdown.noCopy'), JSON.stringify(facts)).toBe(facts.haveCopy !== 'yes')
    }
  })

  it('offers PHAROS to minors who receive sexual images from someone met online or unknown', () => {
    const cases = where(f => f.situation === 'received' && f.ageNow === 'under18' && f.channel !== 'nearby'
      && (f.author === 'stranger' || f.author === 'unknown'))
    expect(cases.length).toBeGreaterThan(0)
    for (const { steps } of cases) expect(steps).toContain('pharos')
    for (const { steps } of where(f => f.situation === 'received' && f.ageNow === 'adult')) expect(steps).not.toContain('pharos')
    for (const { steps } of where(f => f.situation === 'received' && f.author !== 'stranger' && f.author !== 'unknown')) expect(steps).not.toContain('pharos')
  })

  it('offers an adult the right to erasure, with the CNIL, wherever images are on a site or network and no letter is offered', () => {
    for (const { steps, facts } of where(f => !mayBeMinor(f))) {
      const online = ['shared', 'fake', 'filmed'].includes(facts.situation ?? '') && (facts.where === 'social' || facts.where === 'website')
      expect(steps.includes('letter') || steps.includes('erasure'), JSON.stringify(facts)).toBe(online)
      expect(steps.includes('letter') && steps.includes('erasure')).toBe(false)
    }
    expect(stepFacts.erasure.links).toEqual(['cnilErasureGuide', 'cnilComplaint'])
    expect(stepFacts.letter.links).toContain('cnilComplaint')
  })

  it('treats an unknown age as possibly under 18: Take It Down, never StopNCII alone', () => {
    for (const { steps, facts } of where(f => f.ageAtImages === 'unsure')) {
      expect(steps).not.toContain('stopncii')
      expect(steps.includes('takeitdown')).toBe(!(facts.situation === 'pressured' && facts.sentAlready === 'no'))
      expect(steps).toContain('evidenceMinor')
    }
  })

  it('gives the minor-safe evidence advice whenever the age is not known to be adult', () => {
    for (const { steps, facts } of planned) {
      const age = facts.situation === 'received' ? facts.ageNow : facts.ageAtImages
      expect(has(steps, 'evidence')).toBe(age === 'adult')
      expect(has(steps, 'evidenceMinor')).toBe(age !== 'adult')
    }
  })

  it('offers StopNCII with its limits to adults who hold a copy', () => {
    const holders = where(f => f.ageAtImages === 'adult' && f.haveCopy === 'yes')
    expect(holders.length).toBeGreaterThan(20)
    for (const { steps } of holders) expect(steps).toContain('stopncii')
    for (const { steps } of where(f => f.haveCopy === 'no' && f.situation !== 'worried')) expect(steps).not.toContain('stopncii')
  })

  it('says a possible minor\'s erasure right where images are online, in the step that gets them removed', () => {
    for (const { full, facts } of where(f => mayBeMinor(f))) {
      expect(full.some(s => s.id === 'askHelpFinding'), JSON.stringify(facts)).toBe(read(facts).online)
      expect(full.some(s => s.id === 'erasure' || s.id === 'letter')).toBe(false)
    }
  })

  it('gives deepfakes and unwanted images steps of their own', () => {
    for (const { steps } of where(f => f.situation === 'fake')) expect(steps).toContain('fakeIsOffence')
    for (const { steps } of where(f => f.situation !== 'fake')) expect(steps).not.toContain('fakeIsOffence')
    for (const { steps } of where(f => f.situation === 'received')) expect(steps).toContain('unwantedImages')
    for (const { steps } of where(f => f.situation === 'received' && f.channel === 'nearby')) expect(steps).toContain('nearbyOnTheSpot')
  })

  it('sends adults blackmailed for money by a stranger online, or by someone unknown, to THESEE', () => {
    const cases = where(f => f.situation === 'threatened' && f.ageAtImages === 'adult' && (f.author === 'stranger' || f.author === 'unknown') && f.demand === 'money')
    expect(cases.length).toBeGreaterThan(0)
    for (const { steps } of cases) expect(steps).toContain('thesee')
    for (const { steps } of where(f => f.author === 'partner' || f.author === 'known')) expect(steps).not.toContain('thesee')
    for (const { steps } of where(f => f.ageAtImages !== 'adult')) expect(steps).not.toContain('thesee')
  })

  it('offers the scam line (Info Escroqueries) beside THESEE only, so only to those adults', () => {
    expect(stepFacts.thesee.helplines).toContain('infoEscroqueries')
    const elsewhere = Object.entries(stepFacts).filter(([id, spec]) => id !== 'thesee' && spec.helplines?.includes('infoEscroqueries'))
    expect(elsewhere.map(([id]) => id)).toEqual([])
  })

  it('always offers the police chat, reassurance first and self-care last', () => {
    for (const { steps, facts } of planned) {
      expect(steps).toContain('policeChat')
      // A plan in "tu" says it in its first line (plan.tu.intro.*, tested in plan-young.test.ts).
      if (!mayBeMinor(facts)) expect(steps).toContain('notYourFault')
      expect(steps.at(-1)).toBe('selfCare')
      expect(new Set(steps).size).toBe(steps.length)
    }
  })

  it('gives a reason for every step', () => {
    for (const { facts } of planned) {
      for (const step of plan(facts)) expect(step.reasons.length).toBeGreaterThan(0)
    }
  })

  it('links plans for images taken before 18, or of unknown age, only to the minor-safe guides', () => {
    for (const { steps, facts } of where(f => f.ageAtImages !== 'adult' && f.ageNow !== 'adult')) {
      const linked = steps.map(id => stepFacts[id].guide)
      expect(linked, JSON.stringify(facts)).not.toContain('find')
      expect(linked, JSON.stringify(facts)).not.toContain('evidence')
      expect(linked).toContain('evidenceYoung')
    }
  })

  it('links every guide from some plan step, or from the plan of its situation', () => {
    const linked = new Set<string>([
      ...Object.values(stepFacts).map(f => f.guide).filter(g => g !== undefined),
      ...planned.map(p => situationGuide(p.facts)).filter(g => g !== undefined),
    ])
    expect([...linked].sort()).toEqual(Object.keys(guidePages).sort())
  })

  it('uses every step in some plan, a helper\'s plan included', () => {
    const used = new Set([...planned.flatMap(p => p.steps), ...planned.flatMap(p => plan(p.facts, true).map(s => s.id))])
    expect([...used].sort()).toEqual(Object.keys(stepFacts).sort())
  })
})

describe('"D\'abord", at the top of every plan', () => {
  const notActions: StepId[] = ['notYourFault', 'fakeIsOffence', 'selfCare', 'helpline3919', 'helplineCfcv', 'helpline116006', 'otherLines']

  it('gives three actions (fewer only when the plan has fewer), in the plan\'s order, taken from its own steps', () => {
    for (const { facts, full, steps } of planned) {
      const { actions } = firstThings(facts, full)
      expect(actions.length, JSON.stringify(facts)).toBeLessThanOrEqual(3)
      expect(actions.length).toBeGreaterThanOrEqual(2)
      const at = actions.map(id => steps.indexOf(id))
      expect(at.every(i => i >= 0)).toBe(true)
      expect([...at].sort((a, b) => a - b)).toEqual(at)
      for (const id of actions) expect(notActions).not.toContain(id)
      for (const id of actions) expect(full.find(s => s.id === id)?.later, id).toBeUndefined()
    }
  })

  it('lists one line for two steps that say the same first thing (review m4)', () => {
    for (const { facts, full } of planned) {
      const { actions } = firstThings(facts, full)
      expect(actions.includes('emergency') && actions.includes('firstHoursClose'), JSON.stringify(facts)).toBe(false)
      expect(actions.includes('unwantedImages') && actions.includes('removePlatform'), JSON.stringify(facts)).toBe(false)
    }
  })

  it('puts safety first: the emergency step for anyone who may be in danger, the first-hours step for blackmail', () => {
    for (const { facts, full } of planned) {
      const { actions } = firstThings(facts, full)
      if (facts.danger !== 'no') expect(actions[0]).toBe('emergency')
      const blackmail = full.find(s => s.id === 'firstHours' || (s.id === 'firstHoursClose' && facts.danger === 'no'))
      if (blackmail) expect(actions.slice(0, 2), JSON.stringify(facts)).toContain(blackmail.id)
    }
  })

  it('offers the 3114 beside the contact wherever someone threatens or presses the person, or images spread', () => {
    for (const { facts, full } of planned) {
      const r = read(facts)
      expect(firstThings(facts, full).distress, JSON.stringify(facts)).toBe(r.maybeThreatened || r.pressured || r.spread)
    }
  })
})

describe('the guides a plan links to', () => {
  const guideLines = (lang: 'fr' | 'en', id: keyof typeof guides) =>
    guides[id].sections.flatMap(section => linesOf(lang, `guide.${id}.section.${section.id}.lines`))

  it('say the mass-scam comfort only in the sextortion guide\'s section for people met online only, after the one for someone known', () => {
    for (const lang of ['fr', 'en'] as const) {
      const scam = /souvent une arnaque|often a scam|beaucoup de monde|many people|rarement publiées|rarely published/i
      for (const id of Object.keys(guides) as (keyof typeof guides)[]) {
        for (const section of guides[id].sections) {
          const lines = linesOf(lang, `guide.${id}.section.${section.id}.lines`).filter(line => scam.test(line))
          if (id === 'sextortion' && section.id === 'strangerOnline') expect(lines.length).toBeGreaterThan(0)
          else expect(lines, `${lang} ${id}.${section.id}`).toEqual([])
        }
      }
      const order = guides.sextortion.sections.map(s => s.id)
      expect(order.indexOf('someoneYouKnow')).toBeLessThan(order.indexOf('strangerOnline'))
      expect(guideLines(lang, 'sextortion').length).toBeGreaterThan(10)
    }
  })

  it('cite 227-24 only in a section written for people under 18', () => {
    expect(guides.cyberflashing.sections.find(s => s.id === 'lawYoung')?.law).toEqual(['cp227-24'])
    for (const guide of Object.values(guides)) {
      for (const section of guide.sections) {
        if (section.law?.includes('cp227-24')) expect(section.id, guide.id).toMatch(/Young$/)
      }
    }
  })
})
