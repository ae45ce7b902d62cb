import { afterEach, describe, expect, it } from 'vitest'
import { exitNow, HIDE_CLASS, hideOverlay, onExitWipe, OVERLAY_CLASS } from '@/quick-exit/exit'

describe('the exit sequence', () => {
  afterEach(() => {
    hideOverlay()
    sessionStorage.clear()
  })

  it('hides the page under an alert overlay, wipes, then replaces the location — in that order', () => {
    const order: string[] = []
    sessionStorage.setItem('answers', 'something')
    const stop = onExitWipe(() => order.push(`wipe (overlay ${document.querySelector(`.${OVERLAY_CLASS}`) ? 'shown' : 'missing'})`))
    exitNow('https://example.org/', 'Chargement.', (url) => {
      order.push(`replace ${url} (session ${JSON.stringify(Object.entries(sessionStorage))})`)
    })
    stop()
    // Nothing is kept but the count of this tab's exits (quick-exit/guard.ts).
    expect(order).toEqual(['wipe (overlay shown)', 'replace https://example.org/ (session [["eclaircie.left","1"]])'])
    const overlay = document.querySelector(`.${OVERLAY_CLASS}`)
    expect(overlay?.getAttribute('role')).toBe('alert')
    expect(overlay?.textContent).toBe('Chargement.')
    expect(document.documentElement.classList.contains(HIDE_CLASS)).toBe(true)
  })

  it('still leaves when a wiper fails', () => {
    const stop = onExitWipe(() => {
      throw new Error('broken')
    })
    let left = ''
    exitNow('https://example.org/', 'x', url => (left = url))
    stop()
    expect(left).toBe('https://example.org/')
  })

  it('counts every exit of the tab, and keeps the count when the session is wiped', () => {
    exitNow('https://example.org/', 'x', () => {})
    sessionStorage.setItem('answers', 'something')
    exitNow('https://example.org/', 'x', () => {})
    expect(Object.entries(sessionStorage)).toEqual([['eclaircie.left', '2']])
  })
})
