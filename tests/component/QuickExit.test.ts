import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import QuickExit from '@/components/quick-exit/QuickExit.vue'
import { defaultExit, exits } from '@/content/exits'
import { HIDE_CLASS, onExitWipe } from '@/quick-exit/exit'
import { createAppRouter } from '@/router'
import { fr, plugins } from './setup'

// Leaving for real would end the test: the last step of the exit (location.replace) is recorded instead.
const { leftFor } = vi.hoisted(() => ({ leftFor: [] as string[] }))
vi.mock('@/quick-exit/exit', async (actual) => {
  const exit = await actual<typeof import('@/quick-exit/exit')>()
  return {
    ...exit,
    exitNow: (url: string, text: string) => exit.exitNow(url, text, to => leftFor.push(to)),
    leaveNow: (url: string, text: string) => exit.leaveNow(url, text, to => leftFor.push(to)),
  }
})

const shift = () => document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }))

const mounted: VueWrapper[] = []
async function mountExit() {
  const router = createAppRouter(createMemoryHistory())
  await router.push('/fr/numeros')
  const wrapper = mount(QuickExit, { global: { plugins: [...plugins(), router] }, attachTo: document.body })
  mounted.push(wrapper)
  return { wrapper, router }
}

describe('QuickExit', () => {
  beforeEach(() => {
    leftFor.length = 0
    sessionStorage.clear()
  })
  afterEach(() => {
    mounted.splice(0).forEach(wrapper => wrapper.unmount())
    document.body.innerHTML = ''
    document.documentElement.className = ''
  })

  it('is a real link to the neutral destination, twice: the button and the skip link', async () => {
    const { wrapper } = await mountExit()
    const links = wrapper.findAll('a')
    expect(links).toHaveLength(2)
    for (const link of links) {
      expect(link.attributes('href')).toBe(exits[defaultExit].url)
      // No Referer for the destination, and nothing for a search engine to follow.
      expect(link.attributes('rel')).toBe('nofollow noreferrer')
    }
    expect(wrapper.get('.quick-exit__button').text()).toContain(fr.quickExit.label)
    expect(wrapper.get('.quick-exit__button .visually-hidden').text()).toBe(fr.quickExit.emergency)
    expect(wrapper.get('.quick-exit__skip').text()).toBe(fr.quickExit.skip)
  })

  it('counts Shift presses out loud, and leaves on the third', async () => {
    const { wrapper } = await mountExit()
    const status = wrapper.get('[role="status"]')
    expect(status.text()).toBe('')
    shift()
    await flushPromises()
    expect(status.text()).toBe(fr.quickExit.pressTwoMore)
    expect(wrapper.findAll('.quick-exit__light--on')).toHaveLength(1)
    shift()
    await flushPromises()
    expect(status.text()).toBe(fr.quickExit.pressOneMore)
    expect(leftFor).toEqual([])
    shift()
    expect(leftFor).toEqual([exits[defaultExit].url])
    expect(document.documentElement.classList.contains(HIDE_CLASS)).toBe(true)
  })

  it('says the exit was cancelled when another key breaks the sequence', async () => {
    const { wrapper } = await mountExit()
    shift()
    document.dispatchEvent(new KeyboardEvent('keyup', { key: 'a', bubbles: true }))
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toBe(fr.quickExit.expired)
    expect(wrapper.find('.quick-exit__indicator').exists()).toBe(false)
    expect(leftFor).toEqual([])
  })

  it('hides the page and wipes the session before leaving by tap', async () => {
    const { wrapper } = await mountExit()
    const wiped = vi.fn()
    const stop = onExitWipe(wiped)
    sessionStorage.setItem('eclaircie.done', '{}')
    await wrapper.get('.quick-exit__button').trigger('click')
    expect(wiped).toHaveBeenCalledOnce()
    // Nothing is left but the tab's count of exits (quick-exit/guard.ts).
    expect(Object.entries(sessionStorage)).toEqual([['eclaircie.left', '1']])
    expect(document.querySelector('.exit-overlay')?.textContent).toBe(fr.quickExit.loading)
    expect(leftFor).toEqual([exits[defaultExit].url])
    stop()
  })

  it('keeps a page restored from the back-forward cache as it was, unless it was shown before an exit', async () => {
    const { router } = await mountExit()
    await router.replace('/fr/urgence')
    // The test browser's PageTransitionEvent ignores `persisted`: the event says it the way a restored page does.
    const restore = () => window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }))
    history.replaceState({ ...history.state, left: 0 }, '')
    restore()
    await flushPromises()
    expect(leftFor).toEqual([])
    expect(router.currentRoute.value.path).toBe('/fr/urgence')
    expect(document.documentElement.classList.contains(HIDE_CLASS)).toBe(false)
    // The tab has left by the exit since this entry was made: covered, and gone to the destination.
    sessionStorage.setItem('eclaircie.left', '1')
    restore()
    expect(leftFor).toEqual([exits[defaultExit].url])
    expect(document.documentElement.classList.contains(HIDE_CLASS)).toBe(true)
  })
})
