import type { Answer, Facts, Question, QuestionId } from './types'

const sure = <T extends string>(...ids: T[]) => ids.map(id => ({ id }))
const unsure = <T extends string>(id: T) => ({ id, unsure: true as const })

/**
 * Every question, with its answers in display order. The last answer of each is the
 * "je ne sais pas / je préfère ne pas répondre" one: it always maps to the safest reading.
 */
export const questions: { [Q in QuestionId]: Question<Q> } = {
  danger: { id: 'danger', options: [...sure('yes', 'no'), unsure('unsure')] },
  situation: {
    id: 'situation',
    options: [
      ...sure('threatened', 'shared', 'fake', 'received', 'filmed', 'pressured', 'worried'),
      unsure('unsure'),
    ],
  },
  ageAtImages: { id: 'ageAtImages', options: [...sure('under18', 'adult'), unsure('unsure')] },
  ageNow: { id: 'ageNow', options: [...sure('under18', 'adult'), unsure('unsure')] },
  author: { id: 'author', options: [...sure('partner', 'known', 'stranger'), unsure('unknown')] },
  demand: { id: 'demand', options: [...sure('money', 'images', 'other', 'none'), unsure('unsure')] },
  paid: { id: 'paid', options: [...sure('yes', 'no'), unsure('unsure')] },
  where: { id: 'where', options: [...sure('social', 'website', 'notYet'), unsure('unknown')] },
  haveCopy: { id: 'haveCopy', options: [...sure('yes', 'no'), unsure('unsure')] },
  channel: { id: 'channel', options: [...sure('nearby', 'messaging', 'other'), unsure('unsure')] },
  sentAlready: { id: 'sentAlready', options: [...sure('yes', 'no'), unsure('unsure')] },
  threatenedToo: { id: 'threatenedToo', options: [...sure('yes', 'no'), unsure('unsure')] },
}

export const questionIds = Object.keys(questions) as QuestionId[]

/** Turns ordered answers into facts (later answers to the same question win). */
export function factsOf(answers: readonly Answer[]): Facts {
  const facts: Record<string, string> = {}
  for (const { question, option } of answers) facts[question] = option
  return facts as Facts
}

/**
 * The questions asked for what is known so far, in order. Danger always comes first; then the
 * situation decides the branch. Each branch asks only what changes the plan, so no path is longer
 * than 7 answers (the longest: worried → threatened with a money demand).
 */
export function sequence(f: Facts): QuestionId[] {
  const asked: QuestionId[] = ['danger', 'situation']
  switch (f.situation) {
    case 'threatened':
      asked.push('ageAtImages', 'author', 'demand')
      if (f.demand === 'money') asked.push('paid')
      asked.push('haveCopy')
      break
    case 'shared':
    case 'fake':
      asked.push('ageAtImages', 'author', 'where', 'haveCopy')
      break
    case 'filmed':
      asked.push('ageAtImages', 'author', 'where')
      break
    case 'received':
      asked.push('ageNow', 'channel', 'author')
      break
    case 'pressured':
      asked.push('ageAtImages', 'author', 'sentAlready')
      if (f.sentAlready === 'yes' || f.sentAlready === 'unsure') asked.push('haveCopy')
      break
    case 'worried':
      asked.push('ageAtImages', 'author', 'threatenedToo')
      // A threat turns worry into blackmail: continue as a threatened person would. They sent the
      // image themself, so "do you have a copy" is read as "maybe" rather than asked (7 answers at most).
      if (f.threatenedToo === 'yes') {
        asked.push('demand')
        if (f.demand === 'money') asked.push('paid')
      }
      else {
        asked.push('haveCopy')
      }
      break
    case 'unsure':
    case undefined:
      break
  }
  return asked
}

/** The next question to ask, or null when the answers are enough for a plan. */
export function next(answers: readonly Answer[]): QuestionId | null {
  const facts = factsOf(answers)
  return sequence(facts).find(q => facts[q] === undefined) ?? null
}

/**
 * Keeps only the answers still on the path once `answers` have been changed: after "Modifier",
 * answers to questions the new branch no longer asks are dropped, the others are kept in order.
 */
export function prune(answers: readonly Answer[]): Answer[] {
  const kept: Answer[] = []
  for (;;) {
    const q = next(kept)
    if (q === null) return kept
    const answer = answers.find(a => a.question === q)
    if (!answer) return kept
    kept.push(answer)
  }
}
