import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { encode, HELPER, VERSION } from '@/tree/code'
import { factsOf, next, prune, sequence } from '@/tree/graph'
import type { Answer, QuestionId } from '@/tree/types'
import { useLocalePath } from './useLocalePath'
import { usePlan } from './usePlan'
import { isPrepared, preparedMark } from './usePrepared'

/**
 * The guided path, read from the address: `/fr/parcours/<code>` where the code holds the answers
 * so far. Every move uses router.replace, so a whole visit leaves one history entry and the quick
 * exit's location.replace() can remove even that one (see docs/history.md).
 */
export function useJourney() {
  const route = useRoute()
  const router = useRouter()
  const paths = useLocalePath()

  const code = computed(() => (typeof route.params.code === 'string' ? route.params.code : ''))
  // No code yet: the path starts with no answers (a code of the version digit alone). A code starting
  // with the helper's digit is answered by someone who helps the person, about them: every move keeps it.
  const { decoded, answers, helper } = usePlan(() => code.value || VERSION)
  const editing = computed<QuestionId | null>(() => {
    const q = route.query.modifier
    return typeof q === 'string' && answers.value.some(a => a.question === q) ? (q as QuestionId) : null
  })
  const question = computed<QuestionId | null>(() => editing.value ?? next(answers.value))
  const current = computed(() => {
    const q = question.value
    return q ? answers.value.findIndex(a => a.question === q) : -1
  })
  const position = computed(() => (current.value >= 0 ? current.value + 1 : answers.value.length + 1))
  // Until the situation is known, the length of the path is not: most branches ask about six questions.
  const total = computed(() => {
    const facts = factsOf(answers.value)
    return Math.max(facts.situation ? sequence(facts).length : 6, position.value)
  })
  // A link prepared by a support worker: its danger answer was not given by the person, so it is never
  // shown as theirs, and answering "yes" opens the emergency screen as on a first visit.
  const prepared = computed(() => isPrepared(route.query))
  const selected = computed(() => (prepared.value && question.value === 'danger' ? undefined : answers.value[current.value]?.option))
  const mark = (q: QuestionId | null) => (prepared.value && q !== 'danger' ? { ...preparedMark } : {})

  function choose(option: string) {
    const q = question.value
    if (!q) return
    const chosen: Answer = { question: q, option }
    const updated = editing.value
      ? prune(answers.value.map(a => (a.question === q ? chosen : a)))
      : [...answers.value, chosen]
    const nextCode = encode(updated, helper.value)
    if (q === 'danger' && option === 'yes' && (!editing.value || prepared.value)) {
      // Safety first: the emergency numbers, with a way back into the path once safe.
      return router.replace({ path: paths.page('emergency'), query: { suite: nextCode } })
    }
    const done = next(updated) === null
    return router.replace({ path: paths.withCode(done ? 'review' : 'path', nextCode), query: mark(q) })
  }

  function previous() {
    if (editing.value) return router.replace({ path: paths.withCode('review', code.value), query: mark(null) })
    if (answers.value.length === 0) return router.replace(paths.page('home'))
    return router.replace(paths.withCode('path', encode(answers.value.slice(0, -1), helper.value)))
  }

  /** The other way in, from the first question: for someone else (the helper's path), or for oneself. */
  const otherWay = computed(() => paths.withCode('path', helper.value ? VERSION : HELPER))

  return { code, decoded, answers, helper, question, editing, position, total, selected, choose, previous, otherWay }
}
