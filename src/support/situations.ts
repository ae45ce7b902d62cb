import { encode } from '../tree/code'
import { prune } from '../tree/graph'
import type { Answer, Facts } from '../tree/types'

/**
 * The support-worker index: each branch of the tree, and the plans most often needed for young
 * people and adults. Each is a typical set of answers, so its link opens a real plan (which the person
 * can then adjust with "Modifier mes réponses"). Unknown details are answered "je ne sais pas", which
 * the plan reads the safe way. Nobody answers the danger question for the person: it is read as
 * unsure (the plan keeps the emergency step first), and the link carries `preparedMark` (composables/usePrepared.ts)
 * so the review screen says it has not been answered and leaves it to them.
 */
export type SituationId =
  | 'threatened' | 'shared' | 'fake' | 'received' | 'filmed' | 'pressured' | 'worried' | 'unsure'
  | 'youngThreatened' | 'youngShared' | 'adultThreatenedMoney' | 'adultSharedByEx'

type Typical = { [Q in keyof Facts]?: NonNullable<Facts[Q]> }

const typical: Record<SituationId, Typical> = {
  threatened: { situation: 'threatened', ageAtImages: 'unsure', author: 'unknown', demand: 'unsure', haveCopy: 'unsure' },
  shared: { situation: 'shared', ageAtImages: 'unsure', author: 'unknown', where: 'unknown', haveCopy: 'unsure' },
  fake: { situation: 'fake', ageAtImages: 'unsure', author: 'unknown', where: 'unknown', haveCopy: 'unsure' },
  received: { situation: 'received', ageNow: 'unsure', channel: 'unsure', author: 'unknown' },
  filmed: { situation: 'filmed', ageAtImages: 'unsure', author: 'unknown', where: 'unknown' },
  pressured: { situation: 'pressured', ageAtImages: 'unsure', author: 'unknown', sentAlready: 'unsure', haveCopy: 'unsure' },
  worried: { situation: 'worried', ageAtImages: 'unsure', author: 'unknown', threatenedToo: 'unsure', haveCopy: 'unsure' },
  unsure: { situation: 'unsure' },
  youngThreatened: { situation: 'threatened', ageAtImages: 'under18', author: 'stranger', demand: 'images', haveCopy: 'unsure' },
  youngShared: { situation: 'shared', ageAtImages: 'under18', author: 'known', where: 'social', haveCopy: 'unsure' },
  adultThreatenedMoney: { situation: 'threatened', ageAtImages: 'adult', author: 'stranger', demand: 'money', paid: 'no', haveCopy: 'yes' },
  adultSharedByEx: { situation: 'shared', ageAtImages: 'adult', author: 'partner', where: 'unknown', haveCopy: 'yes' },
}

export const situationIds = Object.keys(typical) as SituationId[]

/** The index as the support page shows it: every branch, then the plans most often needed by age. */
export const situationGroups: { key: 'all' | 'young' | 'adult', ids: SituationId[] }[] = [
  { key: 'all', ids: ['threatened', 'shared', 'fake', 'received', 'filmed', 'pressured', 'worried', 'unsure'] },
  { key: 'young', ids: ['youngThreatened', 'youngShared'] },
  { key: 'adult', ids: ['adultThreatenedMoney', 'adultSharedByEx'] },
]

/** A situation's number in the index: its support sheet's address (1 to the number of situations). */
export function sheetNumber(id: SituationId): number {
  return situationIds.indexOf(id) + 1
}

/**
 * The answers, in the order the path itself asks them (danger first, read as unsure: nobody answers it
 * for them). The tree orders them (graph.prune): a plan code keeps only each answer's position in its
 * question, read back in the tree's order, so an order of our own could decode to another plan.
 */
export function answersFor(id: SituationId): Answer[] {
  return orderedAnswers(situationFacts(id))
}

/** The facts a situation's link stands for: its typical answers, and danger read as unsure. */
export function situationFacts(id: SituationId): Facts {
  return { danger: 'unsure', ...typical[id] }
}

/** Facts as the answers the path would have gathered, in its own order. */
export function orderedAnswers(facts: Facts): Answer[] {
  return prune(Object.entries(facts).map(([question, option]) => ({ question: question as keyof Facts, option: option as string })))
}

export function planCode(id: SituationId): string {
  return encode(answersFor(id))
}
