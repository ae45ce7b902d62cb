import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { useJourney } from '@/composables/useJourney'
import { encode, HELPER } from '@/tree/code'
import { next } from '@/tree/graph'
import type { Answer } from '@/tree/types'
import { plugins } from './setup'

type Journey = ReturnType<typeof useJourney>

/** The path, opened at an address: the journey as the question screen sees it, and the router. */
async function openAt(address: string) {
  let journey!: Journey
  const Probe = defineComponent(() => {
    journey = useJourney()
    return () => null
  })
  // Every address draws the probe; its own routes are what the composable reads (`:code`).
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/fr/parcours/:code?', component: Probe }, { path: '/:any(.*)*', component: Probe }],
  })
  await router.push(address)
  await router.isReady()
  mount(RouterView, { global: { plugins: [...plugins('fr'), router] } })
  return { journey: () => journey, router, where: () => router.currentRoute.value.fullPath }
}

const answers = (...pairs: [string, string][]): Answer[] => pairs.map(([question, option]) => ({ question, option }) as Answer)
const code = (...pairs: [string, string][]) => encode(answers(...pairs))

describe('useJourney, the path\'s state machine', () => {
  it('starts at the danger question and moves on to the next one with the answer in the address', async () => {
    const path = await openAt('/fr/parcours')
    expect(path.journey().question.value).toBe('danger')
    await path.journey().choose('no')
    expect(path.where()).toBe(`/fr/parcours/${code(['danger', 'no'])}`)
    expect(path.journey().question.value).toBe(next(answers(['danger', 'no'])))
  })

  it('sends "danger: yes" to the emergency page, with the way back into the path', async () => {
    const path = await openAt('/fr/parcours')
    await path.journey().choose('yes')
    expect(path.where()).toBe(`/fr/urgence?suite=${code(['danger', 'yes'])}`)
  })

  it('does not send a person editing their own danger answer to the emergency page', async () => {
    const given = code(['danger', 'no'], ['situation', 'worried'])
    const path = await openAt(`/fr/parcours/${given}?modifier=danger`)
    expect(path.journey().editing.value).toBe('danger')
    await path.journey().choose('yes')
    expect(path.where()).not.toMatch(/^\/fr\/urgence/)
    expect(path.where()).toMatch(new RegExp(`^/fr/(parcours|reponses)/${code(['danger', 'yes'], ['situation', 'worried'])}`))
  })

  it('does, on a support worker\'s prepared link: that danger answer was never the person\'s', async () => {
    const given = code(['danger', 'unsure'], ['situation', 'worried'])
    const path = await openAt(`/fr/parcours/${given}?modifier=danger&lien=1`)
    expect(path.journey().selected.value).toBeUndefined()
    await path.journey().choose('yes')
    expect(path.where()).toMatch(/^\/fr\/urgence\?suite=/)
  })

  it('drops the answers of a branch left when an earlier answer is edited', async () => {
    const given = answers(['danger', 'no'], ['situation', 'received'], ['ageNow', 'adult'])
    const path = await openAt(`/fr/parcours/${encode(given)}?modifier=situation`)
    await path.journey().choose('worried')
    const now = path.journey().answers.value.map(a => a.question)
    expect(now).toEqual(['danger', 'situation'])
    expect(path.journey().answers.value[1]!.option).toBe('worried')
  })

  it('goes back one question, and from the first one to the home page', async () => {
    const path = await openAt(`/fr/parcours/${code(['danger', 'no'], ['situation', 'worried'])}`)
    await path.journey().previous()
    expect(path.where()).toBe(`/fr/parcours/${code(['danger', 'no'])}`)
    await path.journey().previous()
    expect(path.where()).toBe(`/fr/parcours/${encode([])}`)
    await path.journey().previous()
    expect(path.where()).toBe('/fr')
  })

  it('keeps a helper\'s digit on every move: forward, to the emergency page, and back', async () => {
    const path = await openAt(`/fr/parcours/${HELPER}`)
    expect(path.journey().helper.value).toBe(true)
    expect(path.journey().question.value).toBe('danger')
    await path.journey().choose('no')
    expect(path.where()).toBe(`/fr/parcours/${encode(answers(['danger', 'no']), true)}`)
    await path.journey().choose('worried')
    await path.journey().previous()
    expect(path.where()).toBe(`/fr/parcours/${encode(answers(['danger', 'no']), true)}`)
    const other = await openAt(`/fr/parcours/${HELPER}`)
    await other.journey().choose('yes')
    expect(other.where()).toBe(`/fr/urgence?suite=${encode(answers(['danger', 'yes']), true)}`)
  })

  it('offers the other way in from the first question: for someone else, or for oneself', async () => {
    expect((await openAt('/fr/parcours')).journey().otherWay.value).toBe(`/fr/parcours/${HELPER}`)
    expect((await openAt(`/fr/parcours/${HELPER}`)).journey().otherWay.value).toBe(`/fr/parcours/${encode([])}`)
  })
})
