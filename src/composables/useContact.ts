import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { useNow } from '@/composables/useNow'
import { helplines } from '@/content/helplines'
import { isOpen } from '@/content/opening'
import { contactFor } from '@/tree/contact'
import type { Facts } from '@/tree/types'

/**
 * "Qui joindre" for these facts at this hour (tree/contact.ts), from the device's clock in Paris time.
 * Until the clock is read (a pre-rendered page, and the first render that must match it), only the
 * lines open day and night count as open, so the button is one that answers whatever the hour.
 */
export function useContact(facts: MaybeRefOrGetter<Facts>) {
  const now = useNow()
  return computed(() => {
    const at = now.value
    return contactFor(toValue(facts), id => (at ? isOpen(helplines[id].hours, at) : helplines[id].hours.kind === 'always'))
  })
}
