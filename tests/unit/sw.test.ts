import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

let options: { onNeedRefresh?: () => Promise<void> | void } = {}
vi.mock('virtual:pwa-register', () => ({
  registerSW: (given: typeof options) => {
    options = given
    return async () => {}
  },
}))

/** A stand-in for the browser's registration, whose waiting worker the test swaps. */
const registration: { waiting: object | null } = { waiting: null }

describe('update prompt', () => {
  beforeEach(() => {
    vi.resetModules()
    vi.stubGlobal('navigator', { serviceWorker: { getRegistration: async () => registration } })
  })
  afterEach(() => vi.unstubAllGlobals())

  it('offers a new version, and does not offer it again once declined, even if announced twice', async () => {
    const sw = await import('@/pwa/register')
    await sw.registerServiceWorker()
    const versionB = {}
    registration.waiting = versionB
    await options.onNeedRefresh?.()
    expect(sw.needRefresh.value).toBe(true)

    sw.declineUpdate()
    expect(sw.needRefresh.value).toBe(false)
    // workbox-window announces the same worker again ("installed", then "waiting").
    await options.onNeedRefresh?.()
    expect(sw.needRefresh.value).toBe(false)

    // A newer version is offered again.
    registration.waiting = {}
    await options.onNeedRefresh?.()
    expect(sw.needRefresh.value).toBe(true)
  })
})
