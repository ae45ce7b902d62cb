import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { listenForExitShortcut, TIMEOUT } from '@/quick-exit/shortcut'

const keyup = (target: EventTarget, key: string, shiftKey = false) =>
  target.dispatchEvent(new KeyboardEvent('keyup', { key, shiftKey, bubbles: true }))

describe('Shift pressed three times', () => {
  let events: string[]
  let stop: () => void

  beforeEach(() => {
    vi.useFakeTimers()
    events = []
    stop = listenForExitShortcut({
      onPress: count => events.push(`press ${count}`),
      onExpire: () => events.push('expired'),
      onClear: () => events.push('cleared'),
      onExit: () => events.push('exit'),
    })
  })
  afterEach(() => {
    stop()
    vi.useRealTimers()
  })

  it('announces "2 more" after one press and "1 more" after two', () => {
    keyup(document, 'Shift')
    expect(events).toEqual(['press 1'])
    keyup(document, 'Shift')
    expect(events).toEqual(['press 1', 'press 2'])
  })

  it('exits on the third press', () => {
    for (let i = 0; i < 3; i++) keyup(document, 'Shift')
    expect(events).toEqual(['press 1', 'press 2', 'exit'])
  })

  it('gives up to 5 seconds between presses, not for the whole sequence', () => {
    keyup(document, 'Shift')
    vi.advanceTimersByTime(TIMEOUT - 100)
    keyup(document, 'Shift')
    vi.advanceTimersByTime(TIMEOUT - 100)
    keyup(document, 'Shift')
    expect(events).toEqual(['press 1', 'press 2', 'exit'])
  })

  it('expires after 5 seconds without a press, then clears the message', () => {
    keyup(document, 'Shift')
    vi.advanceTimersByTime(TIMEOUT)
    expect(events).toEqual(['press 1', 'expired'])
    keyup(document, 'Shift')
    keyup(document, 'Shift')
    expect(events).toEqual(['press 1', 'expired', 'press 1', 'press 2'])
  })

  it('clears the "expired" message 5 seconds later', () => {
    keyup(document, 'Shift')
    vi.advanceTimersByTime(TIMEOUT)
    vi.advanceTimersByTime(TIMEOUT)
    expect(events).toEqual(['press 1', 'expired', 'cleared'])
  })

  it('ignores the Shift that ends a chord such as Shift+A', () => {
    keyup(document, 'A', true)
    keyup(document, 'Shift')
    expect(events).toEqual([])
    keyup(document, 'Shift')
    keyup(document, 'Shift')
    expect(events).toEqual(['press 1', 'press 2'])
  })

  it('is reset by another key', () => {
    keyup(document, 'Shift')
    keyup(document, 'Shift')
    keyup(document, 'b')
    keyup(document, 'Shift')
    expect(events).toEqual(['press 1', 'press 2', 'expired', 'press 1'])
  })

  it('does nothing for other keys when no sequence is running', () => {
    keyup(document, 'a')
    keyup(document, 'Enter')
    expect(events).toEqual([])
  })

  it('works while typing in a field', () => {
    const input = document.createElement('input')
    document.body.appendChild(input)
    input.focus()
    for (let i = 0; i < 3; i++) keyup(input, 'Shift')
    expect(events).toEqual(['press 1', 'press 2', 'exit'])
    input.remove()
  })

  it('still counts when the page stops the key event from bubbling', () => {
    const input = document.createElement('input')
    input.addEventListener('keyup', e => e.stopPropagation())
    document.body.appendChild(input)
    for (let i = 0; i < 3; i++) keyup(input, 'Shift')
    expect(events.at(-1)).toBe('exit')
    input.remove()
  })
})
