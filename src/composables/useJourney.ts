import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { encode, VERSION } from '@/tree/code'
import { factsOf, next, prune, sequence } from '@/tree/graph'
import type { Answer, QuestionId } from '@/tree/types'
import { useLocalePath } from './useLocalePath'
import { usePlan } from './usePlan'

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
  // No code yet: the path starts with no answers (a code of the version digit alone).
  const { decoded, answers } = usePlan(() => code.value || VERSION)
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
  const selected = computed(() => answers.value[current.value]?.option)

  function choose(option: string) {
    const q = question.value
    if (!q) return
    const chosen: Answer = { question: q, option }
    const updated = editing.value
      ? prune(answers.value.map(a => (a.question === q ? chosen : a)))
      : [...answers.value, chosen]
    const nextCode = encode(updated)
    if (q === 'danger' && option === 'yes' && !editing.value) {
      // Safety first: the emergency numbers, with a way back into the path once safe.
      return router.replace({ path: paths.page('emergency'), query: { suite: nextCode } })
    }
    const done = next(updated) === null
    return router.replace(paths.withCode(done ? 'review' : 'path', nextCode))
  }

  function previous() {
    if (editing.value) return router.replace(paths.withCode('review', code.value))
    if (answers.value.length === 0) return router.replace(paths.page('home'))
    return router.replace(paths.withCode('path', encode(answers.value.slice(0, -1))))
  }

  return { code, decoded, answers, question, editing, position, total, selected, choose, previous }
}
