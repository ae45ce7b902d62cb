import type { Answer } from './types'
import { next, questions } from './graph'

/** Every complete list of answers the path can produce, found by walking each option at each step. */
export function allPaths(): Answer[][] {
  const done: Answer[][] = []
  const walk = (answers: Answer[]) => {
    const q = next(answers)
    if (q === null) {
      done.push(answers)
      return
    }
    for (const option of questions[q].options) walk([...answers, { question: q, option: option.id }])
  }
  walk([])
  return done
}
