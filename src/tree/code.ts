import type { Answer } from './types'
import { next, questions } from './graph'

/**
 * Answers travel in the address as a short code: one version digit, then one base-36 character per
 * answer (the option's position in its question). The code says nothing about the abuse, so it can
 * sit in history or a shared link, and the plan needs no storage to be reloaded or opened offline.
 * Bump VERSION whenever questions or option order change: older codes are then recognised as
 * outdated instead of being misread.
 */
export const VERSION = '1'
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'

export type Decoded =
  | { ok: true, answers: Answer[], complete: boolean }
  | { ok: false, reason: 'outdated' | 'malformed' }

export function encode(answers: readonly Answer[]): string {
  let code = VERSION
  for (const { question, option } of answers) {
    const index = questions[question].options.findIndex(o => o.id === option)
    if (index < 0) throw new Error(`encode: "${option}" is not an answer to ${question}`)
    code += DIGITS[index]
  }
  return code
}

export function decode(code: string): Decoded {
  if (!/^[0-9a-z]+$/.test(code)) return { ok: false, reason: 'malformed' }
  if (code[0] !== VERSION) return { ok: false, reason: 'outdated' }
  const answers: Answer[] = []
  for (const char of code.slice(1)) {
    const question = next(answers)
    const option = question && questions[question].options[DIGITS.indexOf(char)]
    if (!question || !option) return { ok: false, reason: 'malformed' }
    answers.push({ question, option: option.id })
  }
  return { ok: true, answers, complete: next(answers) === null }
}
