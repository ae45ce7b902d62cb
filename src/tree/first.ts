import { read } from './reading'
import { countsAsAction } from './rules'
import type { Facts, Step, StepId } from './types'

/**
 * "D'abord": what a frightened person reads before anything else at the top of their plan. The three
 * actions that matter most now (here), and the one contact that fits the person at this hour
 * (contact.ts). The actions are taken from the plan itself, in its order, so they can never say
 * something the steps below do not.
 */
export interface FirstThings {
  /** Three steps (fewer only if the plan has fewer actions), in the plan's order. */
  actions: StepId[]
  /**
   * "Si tout devient trop lourd…", with the suicide prevention line: beside the contact on every plan where
   * someone threatens or presses the person, or where images spread (TREE.md).
   */
  distress: boolean
}

export function firstThings(facts: Facts, steps: readonly Step[]): FirstThings {
  const actions = steps.filter(step => !step.later && countsAsAction(step.id, steps)).slice(0, 3).map(step => step.id)
  const r = read(facts)
  return { actions, distress: r.maybeThreatened || r.pressured || r.spread }
}

/**
 * The plan's opening line, which must never say "every step can wait" to someone facing a deadline,
 * a spreading image or danger (review I7). Text: `plan.intro.<kind>` (and `plan.tu.intro.<kind>`).
 */
export type IntroKind = 'danger' | 'threat' | 'pressure' | 'spread' | 'safety' | 'calm'

export function introFor(facts: Facts): IntroKind {
  const r = read(facts)
  if (facts.danger === 'yes') return 'danger'
  if (r.maybeThreatened || facts.paid === 'yes' || facts.paid === 'unsure') return 'threat'
  if (r.pressured) return 'pressure'
  if (r.online) return 'spread'
  if (facts.danger === 'unsure') return 'safety'
  return 'calm'
}
