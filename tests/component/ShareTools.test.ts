import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ShareTools from '@/components/support/ShareTools.vue'
import { fr, plugins } from './setup'

const link = 'https://eclaircie.example/fr/plan/1202230'
const mountTools = () => mount(ShareTools, { props: { link, message: 'Éclaircie' }, global: { plugins: plugins() } })

describe('ShareTools', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('shows the link itself, to read or type', () => {
    expect(mountTools().get('.share__link code').text()).toBe(link)
  })

  it('copies the link and says so to screen readers', async () => {
    const writeText = vi.fn(async () => {})
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const wrapper = mountTools()
    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(link)
    expect(wrapper.get('[role="status"]').text()).toBe(fr.support.copied)
  })

  it('says nothing was copied when the browser refuses', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } })
    const wrapper = mountTools()
    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toBe('')
  })

  it('offers the system share sheet only where there is one, with the neutral message', async () => {
    expect(mountTools().findAll('button').map(b => b.text())).not.toContain(fr.support.share)
    const share = vi.fn(async () => {})
    vi.stubGlobal('navigator', { ...navigator, share })
    const wrapper = mountTools()
    await flushPromises()
    const button = wrapper.findAll('button').find(b => b.text() === fr.support.share)!
    await button.trigger('click')
    expect(share).toHaveBeenCalledWith({ text: 'Éclaircie', url: link })
  })

  it('draws the QR code on the device and says whether it is shown', async () => {
    const wrapper = mountTools()
    const toggle = wrapper.findAll('button').find(b => b.text() === fr.support.qr)!
    expect(toggle.attributes('aria-expanded')).toBe('false')
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    const svg = wrapper.get('.share__qr--shown svg')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.get('title').text()).toBe(fr.support.qrAlt)
  })

  it('draws no QR code for a link that is not yet a full address (while pre-rendering)', () => {
    const wrapper = mount(ShareTools, { props: { link: '/fr/plan/1202230', message: '' }, global: { plugins: plugins() } })
    expect(wrapper.find('.share__qr').exists()).toBe(false)
  })
})
