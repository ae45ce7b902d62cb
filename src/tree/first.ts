import type { HelplineId } from '../content/types'
import type { Facts, Step, StepId } from './types'

/**
 * "D'abord": what a frightened person reads before anything else at the top of their plan. The three
 * actions that matter most now, and the one contact that fits them. Both are taken from the plan
 * itself, in its order, so they can never say something the steps below do not.
 */
export interface FirstThings {
  /** Three steps (fewer only if the plan has fewer actions), in the plan's order. */
  actions: StepId[]
  contact: HelplineId
}

/**
 * Steps that are not an action to take now: reassurance and information (the plan keeps them), the
 * helplines (the contact stands for them) and self-care (for later, and last in every plan).
 */
const notAnAction = new Set<StepId>([
  'notYourFault', 'fakeIsOffence', 'selfCare',
  'helpline3018', 'helpline3919', 'helpline119', 'helplineCfcv', 'helpline116006',
])

const helplineSteps: Partial<Record<StepId, HelplineId>> = {
  helpline3018: 'enfance3018',
  helpline3919: 'femmes3919',
  helpline119: 'enfance119',
  helplineCfcv: 'cfcv',
  helpline116006: 'victimes116006',
}

export function firstThings(facts: Facts, steps: readonly Step[]): FirstThings {
  const actions = steps.filter(step => !notAnAction.has(step.id)).slice(0, 3).map(step => step.id)
  // In danger now: the police first. Otherwise the first line the plan offers for this person (the
  // rules put the one that fits first: the women's line for a partner, e-Enfance for a minor…).
  const offered = steps.map(step => helplineSteps[step.id]).find(id => id !== undefined)
  // Every plan offers a helpline (tested on every path); the police stay the fallback all the same.
  const contact = facts.danger === 'yes' || !offered ? 'police17' : offered
  return { actions, contact }
}
