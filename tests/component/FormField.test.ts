import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import FormField from '@/components/forms/FormField.vue'

const field = (props: Record<string, unknown>) => mount(FormField, {
  props: { id: 'f', label: 'Adresse', ...props },
  slots: { default: (attrs: Record<string, unknown>) => h('input', { ...attrs, type: 'text' }) },
})

describe('FormField', () => {
  it('labels the control and links its hint', () => {
    const wrapper = field({ hint: 'Copiez-la depuis le navigateur.' })
    expect(wrapper.get('label').attributes('for')).toBe('f')
    const input = wrapper.get('input')
    expect(input.attributes('id')).toBe('f')
    expect(input.classes()).toContain('field__input')
    expect(input.attributes('aria-describedby')).toBe('f-hint')
    expect(wrapper.get('#f-hint').text()).toBe('Copiez-la depuis le navigateur.')
    expect(input.attributes('aria-invalid')).toBeUndefined()
  })

  it('shows each error, links it to the control and marks the control invalid', () => {
    const wrapper = field({ hint: 'Aide', error: ['Première erreur', 'Seconde erreur'] })
    const input = wrapper.get('input')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toBe('f-hint f-error-0 f-error-1')
    expect(wrapper.findAll('.field__error').map(e => e.text())).toEqual(['Première erreur', 'Seconde erreur'])
  })

  it('takes a single error message too, and nothing when it is empty', () => {
    expect(field({ error: 'Obligatoire' }).get('input').attributes('aria-describedby')).toBe('f-error-0')
    const none = field({ error: '' }).get('input')
    expect(none.attributes('aria-describedby')).toBeUndefined()
    expect(none.attributes('aria-invalid')).toBeUndefined()
  })
})
