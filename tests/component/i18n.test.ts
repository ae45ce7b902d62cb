import { describe, expect, it } from 'vitest'
import { appI18n } from './setup'

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
