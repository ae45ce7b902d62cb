import { mount, RouterLinkStub } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PlanStep from '@/components/plan/PlanStep.vue'
import { helplines } from '@/content/helplines'
import { links } from '@/content/links'
import { plan } from '@/tree/rules'
import type { Facts, Step, StepId } from '@/tree/types'
import { fr, plugins } from './setup'

const adultShared: Facts = { danger: 'no', situation: 'shared', ageAtImages: 'adult', author: 'stranger', where: 'website', haveCopy: 'yes' }
const stepOf = (facts: Facts, id: StepId): Step => {
  const step = plan(facts).find(s => s.id === id)
  if (!step) throw new Error(`no ${id} step for these facts`)
  return step
}
const mountStep = (step: Step, done = false) =>
  mount(PlanStep, {
    props: { step, n: 3, done },
    global: { plugins: plugins(), stubs: { RouterLink: RouterLinkStub } },
  })

describe('PlanStep', () => {
  it('keeps its title and reason in sight and folds its details one tap away, in a native disclosure', () => {
    const wrapper = mountStep(stepOf(adultShared, 'stopncii'))
    const details = wrapper.get('details')
    expect(details.attributes('open')).toBeUndefined()
    const summary = details.get('summary')
    expect(summary.get('h2').text()).toBe(fr.plan.step.stopncii.title)
    expect(summary.get('.step__why').text()).toContain(fr.plan.reason.adult)
    expect(summary.find('.step__how').exists()).toBe(false)
    expect(details.get('.step__body').find('.step__how').exists()).toBe(true)
    expect(wrapper.get('li').attributes('id')).toBe('step-stopncii')
  })

  it('shows its title, why it applies, and how to do it', () => {
    const wrapper = mountStep(stepOf(adultShared, 'stopncii'))
    expect(wrapper.get('h2').text()).toBe(fr.plan.step.stopncii.title)
    expect(wrapper.get('.step__why').text()).toContain(fr.plan.reason.adult)
    expect(wrapper.get('.step__why').text()).toContain(fr.plan.reason.haveCopy)
    expect(wrapper.findAll('.step__how li')).toHaveLength(fr.plan.step.stopncii.how.length)
  })

  it('adds the lines that hold only for these facts', () => {
    const threatened: Facts = { danger: 'no', situation: 'threatened', ageAtImages: 'adult', author: 'stranger', demand: 'money', paid: 'no', haveCopy: 'no' }
    const items = mountStep(stepOf(threatened, 'firstHours')).findAll('.step__how li').map(li => li.text())
    expect(items).toEqual([...fr.plan.step.firstHours.how, ...fr.plan.step.firstHours.scam])
    const byUnknown = mountStep(stepOf({ ...threatened, author: 'unknown' }, 'firstHours')).text()
    for (const line of fr.plan.step.firstHours.scam) expect(byUnknown).not.toContain(line)
  })

  it('links to the official service, safely, saying how fresh the fact is', () => {
    const link = mountStep(stepOf(adultShared, 'stopncii')).get(`a[href="${links.stopncii.url}"]`)
    expect(link.attributes('rel')).toBe('noopener noreferrer')
    expect(mountStep(stepOf(adultShared, 'stopncii')).text()).toContain('relevé en 2026')
  })

  it('puts a helpline one tap away, and its chat', () => {
    const young: Facts = { danger: 'no', situation: 'shared', ageAtImages: 'under18', author: 'stranger', where: 'social', haveCopy: 'no' }
    const step = mountStep(stepOf(young, 'trustedAdult'))
    expect(step.find(`a[href="tel:${helplines.enfance3018.tel}"]`).exists()).toBe(true)
    expect(step.find(`a[href="${links.enfance3018Web.url}"]`).attributes('rel')).toBe('noopener noreferrer')
  })

  it('speaks to someone who may be a minor in "tu", with no source footer in a plan written for them', () => {
    const young: Facts = { danger: 'no', situation: 'threatened', ageAtImages: 'under18', author: 'stranger', demand: 'images', haveCopy: 'yes' }
    const wrapper = mount(PlanStep, {
      props: { step: stepOf(young, 'takeitdown'), n: 4, done: false, bare: true },
      global: { plugins: plugins(), stubs: { RouterLink: RouterLinkStub } },
    })
    expect(wrapper.get('h2').text()).toBe(fr.plan.tu.step.takeitdown.title)
    expect(wrapper.get('.step__why').text()).toContain(fr.plan.tu.reason.minor)
    expect(wrapper.find('.fact-date').exists()).toBe(false)
    expect(wrapper.find('.law-ref').exists()).toBe(false)
  })

  it('cites the law with the penalty from the facts, and the copy its text was read in', () => {
    const text = mountStep(stepOf(adultShared, 'notYourFault')).get('.law-ref').text()
    expect(text).toMatch(/Code pénal, article 226-2-1\. Jusqu’à 2\u00a0ans de prison/)
    expect(text).toContain('texte lu dans une version de 2023')
  })

  it('gives the higher maximum of the usual online case', () => {
    const fake: Facts = { ...adultShared, situation: 'fake' }
    expect(mountStep(stepOf(fake, 'fakeIsOffence')).get('.law-ref').text()).toMatch(/Jusqu’à 3\sans et 75\s000\s€ quand c’est fait en ligne/)
  })

  it('shows no law and no penalty at all to someone who may be under 18', () => {
    const young: Facts = { danger: 'no', situation: 'pressured', ageAtImages: 'unsure', author: 'stranger', sentAlready: 'no' }
    const step = stepOf(young, 'pressure')
    expect(step.penalties).toBe(false)
    const text = mountStep(step).text()
    expect(mountStep(step).find('.law-ref').exists()).toBe(false)
    expect(text).not.toMatch(/article|Jusqu’à|prison|amende/)
  })

  it('tells when the step is done and reports ticks', async () => {
    const wrapper = mountStep(stepOf(adultShared, 'stopncii'), true)
    expect(wrapper.classes()).toContain('step--done')
    await wrapper.get('input[type="checkbox"]').setValue(false)
    expect(wrapper.emitted('toggle')).toEqual([[false]])
  })
})
