import { describe, expect, it } from 'vitest'
import { decode, encode } from '@/tree/code'
import { factsOf, next, prune, questionIds, questions, sequence } from '@/tree/graph'
import { allPaths } from '@/tree/enumerate'
import { plan } from '@/tree/rules'
import { guidePages } from '@/router/paths'
import { situationGuide, stepFacts } from '@/tree/steps'
import type { Answer, Facts, StepId } from '@/tree/types'

const paths = allPaths()
const planned = paths.map(answers => ({ answers, facts: factsOf(answers), steps: plan(factsOf(answers)).map(s => s.id) }))
const has = (steps: StepId[], id: StepId) => steps.includes(id)
const helplineSteps = (Object.keys(stepFacts) as StepId[]).filter(id => stepFacts[id].helplines?.length)
const where = (pred: (f: Facts) => boolean) => planned.filter(p => pred(p.facts))

describe('the path', () => {
  it('has hundreds of distinct complete paths, all enumerated', () => {
    expect(paths.length).toBeGreaterThan(300)
    expect(new Set(paths.map(encode)).size).toBe(paths.length)
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
      expect(decoded).toEqual({ ok: true, answers, complete: true })
    }
  })

  it('is short and neutral: a digit and letters only', () => {
    for (const answers of paths) expect(encode(answers)).toMatch(/^1[0-9a-z]{1,7}$/)
  })

  it('reads a partial path as incomplete', () => {
    expect(decode('11')).toEqual({ ok: true, answers: [{ question: 'danger', option: 'no' }], complete: false })
    expect(decode('1')).toEqual({ ok: true, answers: [], complete: false })
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

  it('puts "do not pay, stop replying, keep everything" first for blackmail (after emergency only)', () => {
    const blackmail = where(f => f.situation === 'threatened' || f.threatenedToo === 'yes')
    expect(blackmail.length).toBeGreaterThan(50)
    for (const { steps, facts } of blackmail) {
      expect(steps.indexOf('firstHours')).toBe(facts.danger === 'no' ? 0 : 1)
    }
  })

  it('never offers StopNCII for images taken before 18, and always offers Take It Down, the youth line and PHAROS', () => {
    const minors = where(f => f.ageAtImages === 'under18')
    expect(minors.length).toBeGreaterThan(50)
    for (const { steps } of minors) {
      expect(steps).not.toContain('stopncii')
      expect(steps).not.toContain('evidence')
      expect(steps).not.toContain('findWhere')
      for (const id of ['takeitdown', 'helpline3018', 'pharos', 'evidenceMinor'] as const) expect(steps).toContain(id)
    }
  })

  it('treats an unknown age as possibly under 18: Take It Down, never StopNCII alone', () => {
    for (const { steps } of where(f => f.ageAtImages === 'unsure')) {
      expect(steps).not.toContain('stopncii')
      expect(steps).toContain('takeitdown')
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

  it('offers the line for women facing violence when the author is a partner or ex', () => {
    for (const { steps } of where(f => f.author === 'partner')) expect(steps).toContain('helpline3919')
  })

  it('gives deepfakes and unwanted images steps of their own', () => {
    for (const { steps } of where(f => f.situation === 'fake')) expect(steps).toContain('fakeIsOffence')
    for (const { steps } of where(f => f.situation === 'received')) expect(steps).toContain('unwantedImages')
    for (const { steps } of where(f => f.situation === 'received' && f.channel === 'nearby')) expect(steps).toContain('nearbyOnTheSpot')
  })

  it('sends adults blackmailed for money by a stranger online to THESEE', () => {
    const cases = where(f => f.situation === 'threatened' && f.ageAtImages === 'adult' && f.author === 'stranger' && f.demand === 'money')
    expect(cases.length).toBeGreaterThan(0)
    for (const { steps } of cases) expect(steps).toContain('thesee')
    for (const { steps } of where(f => f.ageAtImages !== 'adult')) expect(steps).not.toContain('thesee')
  })

  it('always offers the police chat, reassurance first and self-care last', () => {
    for (const { steps } of planned) {
      expect(steps).toContain('policeChat')
      expect(steps).toContain('notYourFault')
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

  it('uses every step in some plan', () => {
    const used = new Set(planned.flatMap(p => p.steps))
    expect([...used].sort()).toEqual(Object.keys(stepFacts).sort())
  })
})
