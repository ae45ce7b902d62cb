import { mount, RouterLinkStub } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PlanStep from '@/components/plan/PlanStep.vue'
import { helplines } from '@/content/helplines'
import { links } from '@/content/links'
import { fr, plugins } from './setup'

const mountStep = (id: 'stopncii' | 'helpline3018' | 'notYourFault', done = false) =>
  mount(PlanStep, {
    props: { step: { id, reasons: ['adult', 'haveCopy'] }, n: 3, done },
    global: { plugins: plugins(), stubs: { RouterLink: RouterLinkStub } },
  })

describe('PlanStep', () => {
  it('shows its title, why it applies, and how to do it', () => {
    const wrapper = mountStep('stopncii')
    expect(wrapper.get('h2').text()).toBe(fr.plan.step.stopncii.title)
    expect(wrapper.get('.step__why').text()).toContain(fr.plan.reason.adult)
    expect(wrapper.get('.step__why').text()).toContain(fr.plan.reason.haveCopy)
    expect(wrapper.findAll('.step__how li')).toHaveLength(fr.plan.step.stopncii.how.length)
  })

  it('links to the official service, safely, with its verification date', () => {
    const link = mountStep('stopncii').get(`a[href="${links.stopncii.url}"]`)
    expect(link.attributes('rel')).toBe('noopener noreferrer')
    expect(mountStep('stopncii').text()).toContain('vérifié le')
  })

  it('puts a helpline one tap away', () => {
    expect(mountStep('helpline3018').find(`a[href="tel:${helplines.enfance3018.tel}"]`).exists()).toBe(true)
  })

  it('cites the law with the penalty from the facts', () => {
    expect(mountStep('notYourFault').get('.law-ref').text()).toMatch(/Code pénal, article 226-2-1\. Jusqu’à 2\u00a0ans de prison/)
  })

  it('tells when the step is done and reports ticks', async () => {
    const wrapper = mountStep('stopncii', true)
    expect(wrapper.classes()).toContain('step--done')
    await wrapper.get('input[type="checkbox"]').setValue(false)
    expect(wrapper.emitted('toggle')).toEqual([[false]])
  })
})
