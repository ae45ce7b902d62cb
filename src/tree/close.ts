import type { Facts } from './types'

/**
 * Whether a plan concerns someone close: a partner or an ex, someone the person knows (family,
 * school, work, the people around them), or a danger now, which may be in the same home (the danger
 * question does not ask where, so an uncertain answer counts too). Such a person's phone may be
 * checked by the one who hurts them: the plan then says, beside its call and SMS buttons, what a
 * call or a text leaves in the phone (components/traces/PhoneTraces.vue).
 */
export function concernsSomeoneClose(facts: Facts): boolean {
  return facts.author === 'partner' || facts.author === 'known' || facts.danger === 'yes' || facts.danger === 'unsure'
}
