import type { Answer } from './types'
import { HELPER, VERSION } from './digits'
import { next, questions } from './graph'

export { HELPER, VERSION }

/**
 * Answers travel in the address as a short code: one version digit, then one base-36 character per
 * answer (the option's position in its question). The code says nothing about the abuse, so it can
 * sit in history or a shared link, and the plan needs no storage to be reloaded or opened offline.
 * Bump VERSION (and HELPER with it) whenever questions or option order change: older codes are then
 * recognised as outdated instead of being misread.
 *
 * The first digit also says who answers. `VERSION` ("1…"): the person, about themself. `HELPER` ("2…"):
 * someone who helps them (a parent, a friend, a teacher), about the person helped; the answers that
 * follow are the same characters, so a helper's plan and the person's own plan are one digit apart
 * (`personCode`). Every code written before the helper's path still reads as the same plan.
 */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'

export type Decoded =
  | { ok: true, answers: Answer[], complete: boolean, helper: boolean }
  | { ok: false, reason: 'outdated' | 'malformed' }

export function encode(answers: readonly Answer[], helper = false): string {
  let code = helper ? HELPER : VERSION
  for (const { question, option } of answers) {
    const index = questions[question].options.findIndex(o => o.id === option)
    if (index < 0) throw new Error(`encode: "${option}" is not an answer to ${question}`)
    code += DIGITS[index]
  }
  return code
}

export function decode(code: string): Decoded {
  if (!/^[0-9a-z]+$/.test(code)) return { ok: false, reason: 'malformed' }
  if (code[0] !== VERSION && code[0] !== HELPER) return { ok: false, reason: 'outdated' }
  const answers: Answer[] = []
  for (const char of code.slice(1)) {
    const question = next(answers)
    const option = question && questions[question].options[DIGITS.indexOf(char)]
    if (!question || !option) return { ok: false, reason: 'malformed' }
    answers.push({ question, option: option.id })
  }
  return { ok: true, answers, complete: next(answers) === null, helper: code[0] === HELPER }
}

/**
 * The person's own plan, from a helper's answers: what the helper sends them or shows them. The danger
 * question is theirs to answer, so it reads "je ne sais pas" (as in a support worker's link, whose
 * mark the link carries too: composables/usePrepared.ts); every other answer is kept as it is.
 */
export function personCode(answers: readonly Answer[]): string {
  return encode(answers.map(a => (a.question === 'danger' ? { question: 'danger', option: 'unsure' } : a)))
}
