import 'fake-indexeddb/auto'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import AddToDossier from '@/components/dossier/AddToDossier.vue'
import { type EntryBody, useDossier } from '@/composables/useDossier'
import { useSettings } from '@/composables/useSettings'
import { wipeSession } from '@/quick-exit/exit'
import { fr, plugins } from './setup'

// The real dossier (WebCrypto, IndexedDB in memory), with a low iteration count to keep the test fast.
vi.mock('@/dossier', async (actual) => {
  const module = await actual<typeof import('@/dossier')>()
  return { ...module, dossier: module.createDossier({ kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 1_000 } }) }
})

const passphrase = 'marelle citron lanterne'
const note: EntryBody = { kind: 'note', text: 'Étape du plan : signaler le compte', date: '2026-03-06' }
const dossier = useDossier()
const mounted: VueWrapper[] = []

function mountButton(entry: () => EntryBody = () => note, label?: string) {
  const wrapper = mount(AddToDossier, { props: { entry, label }, global: { plugins: plugins() } })
  mounted.push(wrapper)
  return wrapper
}

const texts = () => dossier.latestFirst.value.map(({ entry }) => (entry.kind === 'note' ? entry.text : entry.kind))

describe('AddToDossier', () => {
  beforeEach(async () => {
    await dossier.destroy()
  })
  afterEach(() => {
    mounted.splice(0).forEach(wrapper => wrapper.unmount())
    dossier.lock()
  })

  it('says nothing at all while no dossier is open: none, or a locked one', async () => {
    expect(mountButton().find('button').exists()).toBe(false)
    await dossier.create(passphrase, 5)
    dossier.lock()
    const wrapper = mountButton()
    expect(wrapper.find('button').exists()).toBe(false)
    expect(wrapper.find('[role="status"]').exists()).toBe(false)
  })

  it('adds the entry to the open dossier, saved encrypted, and says so', async () => {
    await dossier.create(passphrase, 5)
    const wrapper = mountButton(() => note, 'Signaler le compte')
    const button = wrapper.get('button')
    expect(button.text()).toBe(`${fr.dossierAdd.button} : Signaler le compte`)
    expect(button.get('.visually-hidden').text()).toBe(': Signaler le compte')
    expect(wrapper.get('[role="status"]').text()).toBe('')

    await button.trigger('click')
    await vi.waitFor(() => expect(wrapper.get('[role="status"]').text()).toBe(fr.dossierAdd.done))
    expect(texts()).toEqual([note.text])

    // Stored, not only shown: it is there again after locking and opening.
    dossier.lock()
    await dossier.unlock(passphrase, 5)
    expect(texts()).toEqual([note.text])
  })

  it('says when it could not add, and keeps what was already there', async () => {
    await dossier.create(passphrase, 5)
    await dossier.add(note)
    const wrapper = mountButton(() => ({ ...note, text: '   ' }))
    await wrapper.get('button').trigger('click')
    await vi.waitFor(() => expect(wrapper.get('[role="status"]').text()).toBe(fr.dossierAdd.failed))
    expect(texts()).toEqual([note.text])
  })

  it('goes away as soon as the quick exit locks the dossier', async () => {
    await dossier.create(passphrase, 5)
    const wrapper = mountButton()
    expect(wrapper.find('button').exists()).toBe(true)
    wipeSession()
    await flushPromises()
    expect(wrapper.find('button').exists()).toBe(false)
    // Closed, as for anybody: nothing says a dossier is there (src/dossier/README.md, "Deniable").
    await dossier.refresh()
    expect(dossier.status.value).toBe('closed')
  })

  it('goes away when everything on the device is erased from the settings, entries forgotten too', async () => {
    await dossier.create(passphrase, 5)
    await dossier.add(note)
    const wrapper = mountButton()
    await useSettings().eraseAll()
    await flushPromises()
    expect(wrapper.find('button').exists()).toBe(false)
    expect(dossier.latestFirst.value).toEqual([])
    await dossier.refresh()
    expect(dossier.status.value).toBe('closed')
  })
})
