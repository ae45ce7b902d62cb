import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { createAppI18n, loadParts } from '@/i18n'
import { appI18n, en, fr } from './setup'

describe('the app\'s plural rules', () => {
  it('counts 0 and 1 as singular in French', () => {
    const { t } = appI18n('fr').global
    expect([0, 1, 2].map(n => t('law.years', { n }, n))).toEqual(['0\u00a0an', '1\u00a0an', '2\u00a0ans'])
  })

  it('counts only 1 as singular in English', () => {
    const { t } = appI18n('en').global
    expect([0, 1, 2].map(n => t('law.years', { n }, n))).toEqual(['0\u00a0years', '1\u00a0year', '2\u00a0years'])
  })

  it('uses the zero form where a message has three', () => {
    const { t } = appI18n('fr').global
    expect(t('plan.doneCount', { count: 0, total: 5 }, 0)).toBe('Aucune étape faite.')
    expect(t('plan.doneCount', { count: 1, total: 5 }, 1)).toBe('1 étape faite sur 5.')
  })
})

describe('message parts', () => {
  it('adds each part beside those already there, for the screens drawn after it', async () => {
    const i18n = createAppI18n()
    const messages = i18n.global
    await loadParts(messages, 'fr', ['core'])
    expect(messages.t('plan.heading')).toBe('plan.heading')

    await loadParts(messages, 'fr', ['main', 'pwa'])
    const wrapper = mount(defineComponent({ setup: () => () => h('p', `${messages.t('app.name')} / ${messages.t('plan.heading')}`) }), { global: { plugins: [i18n] } })
    expect(wrapper.text()).toBe(`${fr.app.name} / ${fr.plan.heading}`)
    expect(messages.t('update.later')).toBe(fr.update.later)
    // Every top-level key of the language ends up there, from whichever part holds it, whole.
    await loadParts(messages, 'fr', ['questions', 'guides', 'support', 'dossier'])
    expect(Object.keys(messages.getLocaleMessage('fr')).sort()).toEqual(Object.keys(fr).sort())
    expect(messages.t('dossier.title')).toBe(fr.dossier.title)
    // English is a language of its own: its core part brings none of the French text.
    await loadParts(messages, 'en', ['core'])
    expect(Object.keys(messages.getLocaleMessage('en')).sort()).toEqual(['app', 'home', 'notice', 'quickExit', 'title'])
    expect(messages.t('app.name', {}, { locale: 'en' })).toBe(en.app.name)
  })
})
