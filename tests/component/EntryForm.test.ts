import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import EntryForm from '@/components/dossier/EntryForm.vue'
import type { EntryBody, EntryError } from '@/composables/useDossier'
import { today } from '@/lib/day'
import { fr, plugins } from './setup'

const mountForm = (props: { initial?: EntryBody, errors?: EntryError[] } = {}) =>
  mount(EntryForm, { props, global: { plugins: plugins() } })

/** The ids of the entry's fields the form shows, in order (the kind radios have none). */
const fieldIds = (wrapper: ReturnType<typeof mountForm>) =>
  wrapper.findAll('input, select, textarea').map(field => field.attributes('id') ?? '').filter(id => id.startsWith('e-'))

/** The label a field is read with. */
const labelOf = (wrapper: ReturnType<typeof mountForm>, id: string) =>
  wrapper.get(`label[for="${id}"] .field__label`).text()

async function choose(wrapper: ReturnType<typeof mountForm>, kind: string) {
  await wrapper.get(`input[name="entry-kind"][value="${kind}"]`).setValue(true)
}

const saved = (wrapper: ReturnType<typeof mountForm>) => wrapper.emitted('save')?.at(-1)?.[0]

describe('EntryForm', () => {
  it('offers the four kinds of entry, each with its hint, and starts with a place', () => {
    const wrapper = mountForm()
    expect(wrapper.get('legend').text()).toBe(fr.dossier.entries.add)
    const choices = wrapper.findAll('label.choice').filter(label => label.find('input[name="entry-kind"]').exists())
    expect(choices.map(label => label.text())).toEqual(
      (['place', 'report', 'contact', 'note'] as const).map(kind => `${fr.dossier.kinds[kind]}${fr.dossier.kindHints[kind]}`),
    )
    expect((wrapper.get('input[value="place"]').element as HTMLInputElement).checked).toBe(true)
  })

  it('asks where the images were, the day (today by default), what was there, and whether a trace was kept', async () => {
    const wrapper = mountForm()
    expect(fieldIds(wrapper)).toEqual(['e-address', 'e-foundOn', 'e-what', 'e-evidence'])
    expect(labelOf(wrapper, 'e-address')).toBe(fr.dossier.form.place.address)
    expect(wrapper.get('#e-address-hint').text()).toBe(fr.dossier.form.place.addressHint)
    expect((wrapper.get('#e-foundOn').element as HTMLInputElement).value).toBe(today())
    expect(wrapper.get('#e-foundOn').attributes('type')).toBe('date')
    expect(wrapper.find('input[type="file"]').exists()).toBe(false)

    await wrapper.get('#e-address').setValue('https://exemple.invalid/galerie')
    await wrapper.get('#e-what').setValue('Deux photos')
    await wrapper.get('#e-evidence').setValue(true)
    await wrapper.get('form').trigger('submit')
    expect(saved(wrapper)).toEqual({
      kind: 'place', address: 'https://exemple.invalid/galerie', foundOn: today(), what: 'Deux photos', evidenceCaptured: true,
    })
  })

  it('asks where a report went, when, its number, where it stands and when to check back', async () => {
    const wrapper = mountForm()
    await choose(wrapper, 'report')
    expect(fieldIds(wrapper)).toEqual(['e-where', 'e-whereDetail', 'e-date', 'e-reference', 'e-status', 'e-followUp'])
    expect(labelOf(wrapper, 'e-where')).toBe(fr.dossier.form.report.where)
    expect(wrapper.findAll('#e-where option').map(option => option.text())).toEqual(Object.values(fr.dossier.where))
    expect(wrapper.findAll('#e-status option').map(option => option.text())).toEqual(Object.values(fr.dossier.status))

    await wrapper.get('#e-where').setValue('other')
    await wrapper.get('#e-whereDetail').setValue('Commissariat du quartier')
    await wrapper.get('#e-date').setValue('2026-03-02')
    await wrapper.get('#e-reference').setValue('PLAINTE-42')
    await wrapper.get('#e-status').setValue('acknowledged')
    await wrapper.get('form').trigger('submit')
    // No follow-up day given: the entry has none, not an empty one.
    expect(saved(wrapper)).toEqual({
      kind: 'report', where: 'other', whereDetail: 'Commissariat du quartier', date: '2026-03-02', reference: 'PLAINTE-42', status: 'acknowledged',
    })
    await wrapper.get('#e-followUp').setValue('2026-03-20')
    await wrapper.get('form').trigger('submit')
    expect(saved(wrapper)).toMatchObject({ kind: 'report', followUp: '2026-03-20' })
  })

  it('asks who a contact was with, when, and what was agreed', async () => {
    const wrapper = mountForm()
    await choose(wrapper, 'contact')
    expect(fieldIds(wrapper)).toEqual(['e-who', 'e-cdate', 'e-agreed'])
    expect(labelOf(wrapper, 'e-who')).toBe(fr.dossier.form.contact.who)
    await wrapper.get('#e-who').setValue('Une avocate')
    await wrapper.get('#e-cdate').setValue('2026-03-05')
    await wrapper.get('#e-agreed').setValue('Rendez-vous jeudi')
    await wrapper.get('form').trigger('submit')
    expect(saved(wrapper)).toEqual({ kind: 'contact', who: 'Une avocate', date: '2026-03-05', agreed: 'Rendez-vous jeudi' })
  })

  it('takes a free note with its day', async () => {
    const wrapper = mountForm()
    await choose(wrapper, 'note')
    expect(fieldIds(wrapper)).toEqual(['e-text', 'e-ndate'])
    expect(labelOf(wrapper, 'e-text')).toBe(fr.dossier.form.note.text)
    await wrapper.get('#e-text').setValue('Penser au récépissé')
    await wrapper.get('form').trigger('submit')
    expect(saved(wrapper)).toEqual({ kind: 'note', text: 'Penser au récépissé', date: today() })
  })

  it('keeps what was typed when the kind changes', async () => {
    const wrapper = mountForm()
    await choose(wrapper, 'note')
    await wrapper.get('#e-text').setValue('Brouillon')
    await choose(wrapper, 'contact')
    await choose(wrapper, 'note')
    expect((wrapper.get('#e-text').element as HTMLTextAreaElement).value).toBe('Brouillon')
  })

  it('announces each error with its field: marked invalid, and read with it', () => {
    const wrapper = mountForm({ errors: [{ field: 'address', code: 'missing' }, { field: 'foundOn', code: 'future' }, { field: 'what', code: 'tooLong', max: 20_000 }] })
    const expected = {
      'e-address': fr.dossier.validation.missing,
      'e-foundOn': fr.dossier.validation.future,
      'e-what': fr.dossier.validation.tooLong.replace('{max}', '20000'),
    }
    for (const [id, message] of Object.entries(expected)) {
      const field = wrapper.get(`#${id}`)
      expect(field.attributes('aria-invalid'), id).toBe('true')
      expect(field.attributes('aria-describedby')?.split(' '), id).toContain(`${id}-error-0`)
      expect(wrapper.get(`#${id}-error-0`).text()).toBe(message)
    }
    expect(wrapper.get('#e-evidence').attributes('aria-invalid')).toBeUndefined()
  })

  it('shows a date error on whichever kind is shown', async () => {
    const wrapper = mountForm({ errors: [{ field: 'date', code: 'invalid' }] })
    for (const [kind, id] of [['report', 'e-date'], ['contact', 'e-cdate'], ['note', 'e-ndate']] as const) {
      await choose(wrapper, kind)
      expect(wrapper.get(`#${id}`).attributes('aria-invalid'), kind).toBe('true')
      expect(wrapper.get(`#${id}-error-0`).text()).toBe(fr.dossier.validation.invalid)
    }
  })

  it('changes an entry without offering another kind, and can be left without saving', async () => {
    const initial: EntryBody = { kind: 'contact', who: 'Une association', date: '2026-02-01', agreed: '' }
    const wrapper = mountForm({ initial })
    expect(wrapper.find('input[name="entry-kind"]').exists()).toBe(false)
    expect((wrapper.get('#e-who').element as HTMLInputElement).value).toBe('Une association')
    await wrapper.get('#e-agreed').setValue('Rappel lundi')
    await wrapper.get('form').trigger('submit')
    expect(saved(wrapper)).toEqual({ ...initial, agreed: 'Rappel lundi' })
    await wrapper.findAll('button').find(button => button.text() === fr.dossier.entries.cancel)!.trigger('click')
    expect(wrapper.emitted('cancel')).toHaveLength(1)
  })
})
