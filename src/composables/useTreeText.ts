import { type MaybeRefOrGetter, toValue } from 'vue'
import { useI18n } from 'petite-vue-i18n'
import type { QuestionId } from '@/tree/types'
import { useHasMessage } from './useHasMessage'

/**
 * A question's words, for the person or for someone who helps them. A helper is asked the same
 * questions about the person helped (`tree.<q>.helper.question`, "La personne est-elle en danger en
 * ce moment ?"); where a helper's wording is not written (an answer with no "je" in it), the person's
 * is the same for both.
 */
export function useTreeText(helper: MaybeRefOrGetter<boolean>) {
  const { t } = useI18n()
  const te = useHasMessage()
  const key = (id: QuestionId, part: string) => {
    const own = `tree.${id}.helper.${part}`
    return toValue(helper) && te(own) ? own : `tree.${id}.${part}`
  }
  return {
    /** The text of `tree.<id>.<part>` (`question`, `why`, `short`, `option.<o>`, `hint.<o>`) in the path's voice. */
    text: (id: QuestionId, part: string): string => t(key(id, part)),
    has: (id: QuestionId, part: string): boolean => te(key(id, part)),
  }
}
