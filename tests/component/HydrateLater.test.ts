import { describe, expect, it, vi } from 'vitest'
import { createApp, createSSRApp, defineComponent, h, ref } from 'vue'
import { renderToString } from 'vue/server-renderer'

/** A page with a counter button inside a part taken over later, and one outside. */
async function page() {
  const { default: HydrateLater, whenHydrated } = await import('@/components/app/HydrateLater')
  const clicks = ref(0)
  const Button = defineComponent(() => () => h('button', { class: 'later', onClick: () => clicks.value++ }, 'later'))
  const Root = defineComponent(() => () => [h('h1', 'page'), h(HydrateLater, null, { default: () => h(Button) })])
  return { Root, clicks, whenHydrated }
}

describe('HydrateLater', () => {
  it('takes its part of a pre-rendered page over in a later task, keeping the same elements', async () => {
    vi.resetModules()
    const server = await page()
    const html = await renderToString(createSSRApp(server.Root))
    expect(html).toContain('<button class="later">later</button>')

    vi.resetModules()
    const { Root, clicks, whenHydrated } = await page()
    const root = document.createElement('div')
    root.innerHTML = html
    document.body.append(root)
    const button = root.querySelector('button')!
    createSSRApp(Root).mount(root)

    // Right after mounting, the part is still the pre-rendered HTML: not taken over yet.
    button.click()
    expect(clicks.value).toBe(0)
    let done = false
    void whenHydrated().then(() => (done = true))
    await Promise.resolve()
    expect(done).toBe(false)

    await whenHydrated()
    expect(root.querySelector('button')).toBe(button)
    button.click()
    expect(clicks.value).toBe(1)
    root.remove()
  })

  it('is a plain wrapper when the page is drawn in the browser', async () => {
    vi.resetModules()
    const { Root, clicks, whenHydrated } = await page()
    const root = document.createElement('div')
    createApp(Root).mount(root)
    await whenHydrated()
    root.querySelector('button')!.click()
    expect(clicks.value).toBe(1)
  })
})
