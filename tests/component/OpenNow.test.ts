import { enableAutoUnmount, mount } from '@vue/test-utils'
import { createSSRApp, h, nextTick } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { afterEach, describe, expect, it, vi } from 'vitest'
import HelplineCard from '@/components/facts/HelplineCard.vue'
import { en, fr, plugins } from './setup'

const at = (instant: string) => vi.setSystemTime(new Date(instant))
/** A card as the browser shows it once mounted (the clock is read then). */
async function card(id: 'enfance3018' | 'femmes3919' | 'cfcv', locale: 'fr' | 'en' = 'fr') {
  const wrapper = mount(HelplineCard, { props: { id, compact: true }, global: { plugins: plugins(locale) } })
  await nextTick()
  return wrapper
}

describe('HelplineCard, with its hours and whether it is open now', () => {
  enableAutoUnmount(afterEach)
  afterEach(() => {
    vi.useRealTimers()
  })

  it('says 3018 is closed at 1 a.m. in Paris, opens at 9, and offers the lines open now, one tap each', async () => {
    vi.useFakeTimers()
    at('2026-12-04T00:00:00Z')
    const wrapper = await card('enfance3018')
    expect(wrapper.get('.helpline__hours').text()).toBe(fr.helplines.hours.daily.replace('{from}', '9\u00a0h').replace('{to}', '23\u00a0h'))
    expect(wrapper.get('.open-now__state').text()).toBe(fr.open.closedToday.replace('{at}', '9\u00a0h'))
    expect(wrapper.findAll('.open-now__meanwhile a').map(a => a.attributes('href'))).toEqual(['tel:119', 'https://masecurite.interieur.gouv.fr'])
    // Emergencies are said apart, never offered as a listening line (review I1).
    expect(wrapper.findAll('.open-now__danger a').map(a => a.attributes('href'))).toEqual(['tel:17', 'sms:114'])
  })

  it('says 3018 is open until 23 h in the afternoon, with nothing else offered', async () => {
    vi.useFakeTimers()
    at('2026-12-04T14:00:00Z')
    const wrapper = await card('enfance3018')
    expect(wrapper.get('.open-now__state').text()).toBe(fr.open.now.replace('{until}', '23\u00a0h'))
    expect(wrapper.find('.open-now__meanwhile').exists()).toBe(false)
  })

  it('follows the clock: a page left open overnight shows the morning\'s state', async () => {
    vi.useFakeTimers()
    at('2026-12-04T07:58:00Z')
    const wrapper = await card('enfance3018')
    expect(wrapper.get('.open-now__state').text()).toBe(fr.open.closedToday.replace('{at}', '9\u00a0h'))
    await vi.advanceTimersByTimeAsync(3 * 60_000)
    expect(wrapper.get('.open-now__state').text()).toBe(fr.open.now.replace('{until}', '23\u00a0h'))
  })

  it('names the day it opens, in the app\'s language', async () => {
    vi.useFakeTimers()
    at('2026-12-05T11:00:00Z') // a Saturday
    expect((await card('cfcv', 'en')).get('.open-now__state').text()).toBe(en.open.closedOn.replace('{day}', 'Monday').replace('{at}', '10am'))
  })

  it('says nothing of "open now" for a line open day and night: its hours say it', async () => {
    const wrapper = await card('femmes3919')
    expect(wrapper.get('.helpline__hours').text()).toBe(fr.helplines.hours.always)
    expect(wrapper.find('.open-now').exists()).toBe(false)
  })

  it('renders hours but no "open" or "closed" on the server: a pre-rendered page must not carry the build\'s time', async () => {
    const app = createSSRApp({ render: () => h(HelplineCard, { id: 'enfance3018', compact: true }) })
    for (const plugin of plugins()) app.use(plugin)
    const html = await renderToString(app)
    expect(html).toContain('helpline__hours')
    expect(html).not.toContain('open-now')
  })
})
