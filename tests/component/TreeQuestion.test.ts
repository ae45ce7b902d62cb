import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TreeQuestion from '@/components/tree/TreeQuestion.vue'
import { fr, plugins } from './setup'

describe('TreeQuestion', () => {
  it('shows the question as the page heading', () => {
    const wrapper = mount(TreeQuestion, { props: { id: 'ageAtImages' }, global: { plugins: plugins() } })
    expect(wrapper.get('h1').text()).toBe(fr.tree.ageAtImages.question)
  })

  it('offers every answer as a button, with "je ne sais pas" set apart last', () => {
    const wrapper = mount(TreeQuestion, { props: { id: 'ageAtImages' }, global: { plugins: plugins() } })
    const labels = wrapper.findAll('button').map(b => b.get('.answer__label').text())
    expect(labels).toEqual([fr.tree.ageAtImages.option.under18, fr.tree.ageAtImages.option.adult, fr.tree.ageAtImages.option.unsure])
    expect(wrapper.findAll('.question__options--unsure button')).toHaveLength(1)
  })

  it('asks a helper about the person helped, in words of their own, and keeps the person\'s where they are the same', () => {
    const wrapper = mount(TreeQuestion, { props: { id: 'danger', helper: true }, global: { plugins: plugins() } })
    expect(wrapper.get('h1').text()).toBe(fr.tree.danger.helper.question)
    expect(wrapper.get('details').text()).toContain(fr.tree.danger.helper.why)
    expect(wrapper.findAll('.answer__label').map(l => l.text())).toEqual([fr.tree.danger.helper.option.yes, fr.tree.danger.helper.option.no, fr.tree.danger.helper.option.unsure])
    // No helper's wording for this answer: the person's is the same for both.
    const demand = mount(TreeQuestion, { props: { id: 'demand', helper: true }, global: { plugins: plugins() } })
    expect(demand.get('h1').text()).toBe(fr.tree.demand.helper.question)
    expect(demand.findAll('.answer__label')[0]!.text()).toBe(fr.tree.demand.option.money)
  })

  it('explains why the question is asked', () => {
    const wrapper = mount(TreeQuestion, { props: { id: 'author' }, global: { plugins: plugins() } })
    expect(wrapper.get('details').text()).toContain(fr.tree.author.why)
  })

  it('shows an example under each situation', () => {
    const wrapper = mount(TreeQuestion, { props: { id: 'situation' }, global: { plugins: plugins() } })
    expect(wrapper.findAll('.answer__hint')).toHaveLength(8)
  })

  it('emits the chosen answer', async () => {
    const wrapper = mount(TreeQuestion, { props: { id: 'danger' }, global: { plugins: plugins() } })
    await wrapper.findAll('button')[1]!.trigger('click')
    expect(wrapper.emitted('choose')).toEqual([['no']])
  })

  it('marks the current answer as pressed when it is being changed', () => {
    const wrapper = mount(TreeQuestion, { props: { id: 'danger', selected: 'no' }, global: { plugins: plugins() } })
    expect(wrapper.findAll('button').map(b => b.attributes('aria-pressed'))).toEqual(['false', 'true', 'false'])
  })
})
