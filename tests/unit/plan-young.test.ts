// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { helplines } from '@/content/helplines'
import { isOpen, openState } from '@/content/opening'
import type { HelplineId } from '@/content/types'
import { encode } from '@/tree/code'
import { contactFor } from '@/tree/contact'
import { allPaths } from '@/tree/enumerate'
import { firstThings, introFor } from '@/tree/first'
import { factsOf } from '@/tree/graph'
import { mayBeMinor, read, voiceOf } from '@/tree/reading'
import { plan, YOUNG_NOW } from '@/tree/rules'
import { situationGuide, stepFacts } from '@/tree/steps'
import type { Facts, Step } from '@/tree/types'

/**
 * Plans for someone who may be a minor (an unknown age included), written for a 13-year-old (issue 22,
 * TREE.md): "tu", at most seven steps before "Plus tard", about 900 words at most with every step
 * unfolded, no article numbers, source footers or legal vocabulary, "parle à un adulte de confiance"
 * among the first three actions, and what the school can do when images went round a group.
 */
type Messages = { [key: string]: string | string[] | Messages }
const messages = { fr: JSON.parse(readFileSync('locales/fr.json', 'utf8')) as Messages, en: JSON.parse(readFileSync('locales/en.json', 'utf8')) as Messages }
type Lang = keyof typeof messages
const get = (lang: Lang, key: string): string | string[] => {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], messages[lang])
  if (value === undefined) throw new Error(`${key} is missing in ${lang}`)
  return value as string | string[]
}
const text = (lang: Lang, key: string, values: Record<string, string | number> = {}) =>
  String(get(lang, key)).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? '9 h'))
const lines = (lang: Lang, key: string) => [get(lang, key)].flat()

const paths = allPaths().map(answers => ({ code: encode(answers), facts: factsOf(answers), steps: plan(factsOf(answers)) }))
const young = paths.filter(p => mayBeMinor(p.facts))
const day = new Date('2026-12-09T14:00:00Z')
const night = new Date('2026-12-09T00:00:00Z')

/** What a card says: its name, its buttons, its hours and, with a clock, whether it is open. */
function card(lang: Lang, id: HelplineId, at: Date, brief: boolean): string[] {
  const line = helplines[id]
  const state = line.hours.kind === 'always' ? undefined : openState(line.hours, at)
  return [
    text(lang, `helplines.${id}.name`),
    ...(brief ? [text(lang, `helplines.${id}.brief`)] : []),
    ...(line.tel ? [text(lang, 'helplines.call', { number: line.display! })] : []),
    ...(line.sms ? [text(lang, 'helplines.sms', { number: line.display! })] : []),
    ...(line.chat ? [text(lang, `helplines.${id}.action`)] : []),
    text(lang, `helplines.hours.${line.hours.kind}`),
    ...(state ? [text(lang, state.open ? 'open.now' : 'open.closedToday')] : []),
  ]
}
const link = (lang: Lang, id: HelplineId) => {
  const line = helplines[id]
  return line.tel ? `${line.display} (${text(lang, `helplines.${id}.name`)})` : text(lang, `helplines.${id}.name`)
}

/** Every word the plan page shows, every step unfolded (views/PlanView.vue, FirstThings, PlanStep). */
function pageText(lang: Lang, facts: Facts, steps: Step[], at: Date): string[] {
  const root = 'plan.tu'
  const { actions, distress } = firstThings(facts, steps)
  const contact = contactFor(facts, id => isOpen(helplines[id].hours, at))
  const out = [
    text(lang, `${root}.heading`), text(lang, `${root}.intro.${introFor(facts)}`), ...(read(facts).sent ? [text(lang, `${root}.sent`)] : []),
    text(lang, `${root}.first.heading`), ...actions.map(id => text(lang, steps.find(s => s.id === id)!.title)),
    text(lang, `${root}.first.contact`), ...card(lang, contact.main, at, true),
    ...(contact.also.length ? [text(lang, `${root}.first.also`), ...contact.also.map(id => link(lang, id))] : []),
    ...(contact.forAll.length ? [text(lang, `${root}.first.forAll`), ...contact.forAll.map(id => link(lang, id))] : []),
    ...contact.later.flatMap(id => [text(lang, `${root}.first.later`), link(lang, id), text(lang, `helplines.hours.${helplines[id].hours.kind}`)]),
    ...(distress ? [text(lang, `${root}.first.distress`), link(lang, 'suicide3114')] : []),
    ...(situationGuide(facts) ? [text(lang, `${root}.situationGuide`)] : []),
    text(lang, `${root}.allSteps`), 'Aucune étape faite.', text(lang, `${root}.tapToOpen`),
    ...(steps.some(s => s.later) ? [text(lang, `${root}.later`), text(lang, `${root}.laterIntro`)] : []),
    text(lang, 'plan.print'), text(lang, 'plan.edit'), text(lang, 'plan.restart'), text(lang, 'plan.about'),
  ]
  steps.forEach((step, i) => {
    out.push(String(i + 1), text(lang, step.title), ...step.why.map(key => text(lang, key)), ...step.how.flatMap(key => lines(lang, key)))
    for (const id of step.helplines) out.push(...card(lang, id, at, false))
    if (stepFacts[step.id].guide) out.push(text(lang, 'plan.guide'))
    if (step.id === 'emergency') out.push(text(lang, 'plan.emergencyScreen'))
    for (const id of stepFacts[step.id].links ?? []) out.push(text(lang, `links.${id}`))
    out.push(text(lang, 'plan.done'))
  })
  return out
}
const words = (parts: string[]) => parts.join(' ').split(/\s+/).filter(w => /\p{L}|\d/u.test(w)).length

describe('a plan for someone who may be a minor', () => {
  it('is spoken in "tu", and an adult\'s in "vous", every line from its own voice', () => {
    expect(young.length).toBeGreaterThan(1000)
    for (const { facts, steps, code } of paths) {
      const tu = voiceOf(facts) === 'tu'
      expect(tu, code).toBe(mayBeMinor(facts))
      for (const key of steps.flatMap(s => [s.title, ...s.how, ...s.why])) expect(key.startsWith('plan.tu.'), `${code} ${key}`).toBe(tu)
    }
  })

  it('shows at most seven steps before "Plus tard", self-care last', () => {
    for (const { steps, code } of young) {
      const now = steps.filter(s => !s.later)
      expect(now.length, code).toBeLessThanOrEqual(YOUNG_NOW)
      // "Plus tard" comes after: no step of "now" after a later one.
      expect(steps.findIndex(s => s.later) === -1 || steps.slice(steps.findIndex(s => s.later)).every(s => s.later), code).toBe(true)
      expect(steps.at(-1)?.id).toBe('selfCare')
    }
    for (const { steps } of paths.filter(p => !mayBeMinor(p.facts))) expect(steps.some(s => s.later)).toBe(false)
  })

  it.each(['fr', 'en'] as const)('holds at most 900 words with every step unfolded, by day and at night (%s)', (lang) => {
    let longest = { n: 0, code: '' }
    for (const { facts, steps, code } of young) {
      for (const at of [day, night]) {
        const n = words(pageText(lang, facts, steps, at))
        if (n > longest.n) longest = { n, code }
      }
    }
    expect(longest.n, `longest: ${longest.code}`).toBeLessThanOrEqual(900)
    // Some 3,000 pages of text: allowed the time a busy machine needs (the count, not its speed, is tested).
  }, 60_000)

  it('puts "parle à un adulte de confiance" among the first three actions', () => {
    for (const { facts, steps, code } of young) {
      expect(firstThings(facts, steps).actions.slice(0, 3), code).toContain('trustedAdult')
    }
  })

  it('cites no law and no penalty, and uses no legal vocabulary a 13-year-old would not know', () => {
    const legal = /\b(article|procureur|récépissé|RGPD|GDPR|code pénal|criminal code|juridiction|juge|judge|hébergeur|commissariat|brigade|ordonnance|infraction|offence|prosecutor)\b/i
    const keys = new Set(young.flatMap(p => p.steps.flatMap(s => [s.title, ...s.how, ...s.why])))
    for (const lang of ['fr', 'en'] as const) {
      for (const key of keys) for (const line of lines(lang, key)) expect(line, `${lang} ${key}`).not.toMatch(legal)
    }
    for (const { steps } of young) {
      for (const step of steps) {
        expect(step.law).toEqual([])
        expect(step.penalties).toBe(false)
      }
    }
  })

  it('says what the school or a trusted adult can do when images may have gone round a group', () => {
    for (const { facts, steps, code } of young) {
      expect(steps.some(s => s.id === 'school'), code).toBe(read(facts).inGroup)
    }
  })

  it('never tells anyone to write to an author who threatens or presses them, nor to someone met online', () => {
    for (const { facts, steps, code } of paths) {
      const r = read(facts)
      const asks = steps.some(s => s.how.some(key => key.endsWith('.askDeletion')))
      if (asks) expect(r.remote || r.maybeThreatened || r.pressured, code).toBe(false)
    }
  })

  it('opens with a line that fits: never "every step can wait" to someone facing a deadline, a spreading image or danger', () => {
    for (const { facts, code } of paths) {
      const r = read(facts)
      const urgent = facts.danger !== 'no' || r.maybeThreatened || r.pressured || r.online || facts.paid === 'yes' || facts.paid === 'unsure'
      expect(introFor(facts) === 'calm', code).toBe(!urgent)
    }
    for (const lang of ['fr', 'en'] as const) {
      for (const kind of ['danger', 'threat', 'pressure', 'spread', 'safety']) {
        expect(text(lang, `plan.intro.${kind}`)).not.toMatch(/chaque étape peut attendre|each step can wait/)
        expect(text(lang, `plan.tu.intro.${kind}`)).not.toMatch(/chaque étape peut attendre|each step can wait/)
      }
      // "Ce n'est pas ta faute" opens every plan in "tu".
      for (const kind of ['danger', 'threat', 'pressure', 'spread', 'safety', 'calm']) expect(text(lang, `plan.tu.intro.${kind}`)).toMatch(/^(Ce n’est pas ta faute|It is not your fault)\./)
    }
  })
})
