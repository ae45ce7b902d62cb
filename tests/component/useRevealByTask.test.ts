import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApp, createSSRApp, defineComponent, h, nextTick, ref } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { useRevealByTask } from '@/composables/useRevealByTask'

/** A list drawn with useRevealByTask: `<ol aria-busy>` of `<li>`s. */
function list(items: () => string[]) {
  return defineComponent(() => {
    const { shown, done } = useRevealByTask(items)
    return () => h('ol', { 'aria-busy': !done.value }, shown.value.map(item => h('li', { key: item }, item)))
  })
}

const texts = (root: Element) => [...root.querySelectorAll('li')].map(li => li.textContent)
const busy = (root: Element) => root.querySelector('ol')!.getAttribute('aria-busy')
const six = ['a', 'b', 'c', 'd', 'e', 'f']

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

/** Lets one queued task run, then Vue's update. */
async function nextTask() {
  vi.advanceTimersToNextTimer()
  await nextTick()
}

describe('useRevealByTask', () => {
  it('draws the first items with the page, then one more in each following task', async () => {
    vi.useFakeTimers()
    const root = document.createElement('div')
    createApp(list(() => six)).mount(root)
    expect(texts(root)).toEqual(['a', 'b'])
    expect(busy(root)).toBe('true')
    for (let n = 3; n <= 6; n++) {
      await nextTask()
      expect(texts(root)).toEqual(six.slice(0, n))
    }
    expect(busy(root)).toBe('false')
    // And it stops there (an endless chain of tasks would make this throw).
    await vi.runAllTimersAsync()
    expect(texts(root)).toEqual(six)
  })

  it('starts again, a little at a time, when the list changes', async () => {
    vi.useFakeTimers()
    const items = ref(six)
    const root = document.createElement('div')
    createApp(list(() => items.value)).mount(root)
    await vi.runAllTimersAsync()
    expect(texts(root)).toEqual(six)
    items.value = ['x', 'y', 'z']
    await nextTick()
    expect(texts(root)).toEqual(['x', 'y'])
    await nextTask()
    expect(texts(root)).toEqual(['x', 'y', 'z'])
    expect(busy(root)).toBe('false')
  })

  it('takes a pre-rendered list over whole, keeping its elements', async () => {
    const html = await renderToString(createSSRApp(list(() => six)))
    expect(html).toContain('aria-busy="false"')
    const root = document.createElement('div')
    root.innerHTML = html
    document.body.append(root)
    const before = [...root.querySelectorAll('li')]
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    createSSRApp(list(() => six)).mount(root)
    expect(texts(root)).toEqual(six)
    expect([...root.querySelectorAll('li')]).toEqual(before)
    expect(busy(root)).toBe('false')
    expect([...warn.mock.calls, ...error.mock.calls].flat().join(' ')).not.toMatch(/mismatch/i)
  })
})
