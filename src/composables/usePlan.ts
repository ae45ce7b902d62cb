import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { decode, personCode } from '@/tree/code'
import { firstThings, introFor } from '@/tree/first'
import { factsOf } from '@/tree/graph'
import { plan } from '@/tree/rules'
import { read, voiceOf } from '@/tree/reading'
import { situationGuide, textRoot } from '@/tree/steps'

/**
 * A plan, from the neutral code in its address: the decoded answers, the facts they give, the steps
 * that apply and the guide written for the situation as a whole. The one place screens turn a code
 * into a plan (the plan page, the review, the emergency screen's way back, the support sheets).
 * A code that cannot be read, or whose answers stop before the plan, gives no steps.
 */
export function usePlan(code: MaybeRefOrGetter<string>) {
  const decoded = computed(() => decode(toValue(code)))
  const answers = computed(() => (decoded.value.ok ? decoded.value.answers : []))
  const complete = computed(() => decoded.value.ok && decoded.value.complete)
  /** Answered by someone who helps the person (a code starting with the helper's digit, tree/code.ts). */
  const helper = computed(() => decoded.value.ok && decoded.value.helper)
  const facts = computed(() => factsOf(answers.value))
  const steps = computed(() => (complete.value ? plan(facts.value, helper.value) : []))
  const guide = computed(() => (decoded.value.ok ? situationGuide(facts.value) : undefined))
  /** Every helpline the plan offers, once each, in the order the steps offer them. */
  const helplines = computed(() => [...new Set(steps.value.flatMap(step => step.helplines))])
  /** "D'abord": the three actions that matter most now (the contact comes with the clock: useContact). */
  const first = computed(() => firstThings(facts.value, steps.value))
  /** "vous", "tu" for someone who may be a minor, or the helper's; and the opening line that fits the case. */
  const voice = computed(() => voiceOf(facts.value, helper.value))
  const intro = computed(() => introFor(facts.value))
  /** Where the plan page's text lives for that voice: `plan`, `plan.tu` or `plan.helper`. */
  const root = computed(() => textRoot(voice.value))
  /** They sent the image themself: a plan in "tu" says at once that this is no consent to its sharing. */
  const sent = computed(() => read(facts.value).sent)
  /** A helper's plan: the code of the person's own plan, to send them or show them. */
  const forPerson = computed(() => (helper.value && complete.value ? personCode(answers.value) : ''))
  return { decoded, answers, complete, helper, facts, steps, guide, helplines, first, voice, root, intro, sent, forPerson }
}
