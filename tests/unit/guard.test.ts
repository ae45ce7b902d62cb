import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it } from 'vitest'
import { firstScript, type FirstScriptKeys } from '@/boot/early/exit-guard'
import { storageKeys } from '@/lib/storage'
import { madeBeforeAnExit, STAMP, stampEntry } from '@/quick-exit/guard'

const destinations = { weather: 'https://meteo.example/', encyclopedia: 'https://wiki.example/' }

/** The first script alone, its arguments written in: it may use nothing else. */
function firstScriptSource(destinations: Record<string, string>, fallback: string): string {
  const keys: FirstScriptKeys = { left: storageKeys.left, settings: storageKeys.settings, notice: storageKeys.notice }
  const args = [keys, STAMP, destinations, fallback].map(value => JSON.stringify(value)).join(',')
  return `(${firstScript.toString()})(${args})\n`
}

/** Runs the page's first script on a stand-in for the browser, as it starts a page. */
function runFirstScript(options: { left?: unknown, state?: unknown, type?: string, settings?: unknown, notice?: unknown }) {
  const session = new Map<string, string>()
  const local = new Map<string, string>()
  if (options.left !== undefined) session.set('eclaircie.left', JSON.stringify(options.left))
  if (options.settings !== undefined) local.set('eclaircie.settings', JSON.stringify(options.settings))
  if (options.notice !== undefined) local.set('eclaircie.notice', JSON.stringify(options.notice))
  const store = (map: Map<string, string>) => ({ getItem: (key: string) => map.get(key) ?? null })
  const classes = new Set<string>()
  const html = { hidden: false, classList: { add: (name: string) => classes.add(name) } }
  const replaced: string[] = []
  const listeners: ((event: { persisted: boolean }) => void)[] = []
  const window = { localStorage: store(local), sessionStorage: store(session) }
  runInNewContext(firstScriptSource(destinations, destinations.weather), {
    window,
    document: { documentElement: html },
    history: { state: options.state ?? null },
    performance: { getEntriesByType: () => [{ type: options.type ?? 'navigate' }] },
    location: { replace: (url: string) => replaced.push(url) },
    addEventListener: (_: string, listener: (event: { persisted: boolean }) => void) => listeners.push(listener),
  })
  return { replaced, hidden: () => html.hidden, classes, restore: () => listeners.forEach(l => l({ persisted: true })) }
}

describe('an entry made before the last exit', () => {
  const cases: [state: unknown, left: number, before: boolean][] = [
    [null, 0, false],
    [{ [STAMP]: 0 }, 0, false],
    [null, 1, true],
    [{ back: '/fr' }, 1, true],
    [{ [STAMP]: 0 }, 1, true],
    [{ [STAMP]: 1 }, 1, false],
    [{ [STAMP]: 2 }, 1, false],
    [{ [STAMP]: 1 }, 2, true],
    [{ [STAMP]: '1' }, 1, true],
    ['text', 1, true],
  ]

  it.each(cases)('state %j, %i exits so far: made before an exit = %s', (state, left, before) => {
    expect(madeBeforeAnExit(state, left)).toBe(before)
  })

  it.each(cases)('the page\'s first script agrees, reached by Back: state %j, %i exits', (state, left, before) => {
    const page = runFirstScript({ state, left, type: 'back_forward' })
    expect(page.replaced).toEqual(before ? [destinations.weather] : [])
    expect(page.hidden()).toBe(before)
  })

  it.each(cases)('…and restored from the back-forward cache: state %j, %i exits', (state, left, before) => {
    const page = runFirstScript({ state, left, type: 'navigate' })
    expect(page.replaced).toEqual([])
    page.restore()
    expect(page.replaced).toEqual(before ? [destinations.weather] : [])
  })

  it('is left alone when the page was opened afresh or reloaded: a new entry, or the one in front', () => {
    for (const type of ['navigate', 'reload']) expect(runFirstScript({ left: 3, type }).replaced).toEqual([])
  })

  it('goes where the settings say, and to the default for anything it does not know', () => {
    expect(runFirstScript({ left: 1, type: 'back_forward', settings: { exit: 'encyclopedia' } }).replaced).toEqual([destinations.encyclopedia])
    expect(runFirstScript({ left: 1, type: 'back_forward', settings: { exit: 'toString' } }).replaced).toEqual([destinations.weather])
    expect(runFirstScript({ left: 1, type: 'back_forward', settings: 'broken' }).replaced).toEqual([destinations.weather])
  })

  it('hides the first-visit notice before the first paint once it was understood, and only then', () => {
    expect(runFirstScript({ notice: true }).classes).toEqual(new Set(['notice-seen']))
    expect(runFirstScript({ notice: 'yes' }).classes).toEqual(new Set())
    expect(runFirstScript({}).classes).toEqual(new Set())
  })
})

describe('stamping an entry', () => {
  afterEach(() => {
    sessionStorage.clear()
    history.replaceState(null, '')
  })

  it('writes the count of exits so far into the entry, and keeps what the router keeps there', () => {
    sessionStorage.setItem('eclaircie.left', '2')
    history.replaceState({ back: '/fr', position: 3 }, '')
    stampEntry()
    expect(history.state).toEqual({ back: '/fr', position: 3, [STAMP]: 2 })
  })

  it('never changes the count an entry already carries', () => {
    history.replaceState({ [STAMP]: 0 }, '')
    sessionStorage.setItem('eclaircie.left', '1')
    stampEntry()
    expect(history.state).toEqual({ [STAMP]: 0 })
  })
})
