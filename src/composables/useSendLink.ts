import { onMounted, ref } from 'vue'

/**
 * Copying a link (announced to screen readers through `status`) and handing it to the system's share
 * sheet where there is one: the support sheets' tools and a helper's "Son plan à elle". The text sent
 * with the link is the caller's, and names nothing about the situation.
 */
export function useSendLink(link: () => string, message: () => string, copied: () => string) {
  const status = ref('')
  // Known only in the browser: pre-rendered pages draw no share button.
  const canShare = ref(false)
  onMounted(() => (canShare.value = typeof navigator.share === 'function'))

  async function copy() {
    try {
      await navigator.clipboard.writeText(link())
      status.value = copied()
    }
    catch {
      status.value = ''
    }
  }

  async function share() {
    try {
      await navigator.share({ text: message(), url: link() })
    }
    catch {
      // Cancelled by the person, or refused by the browser: nothing to do.
    }
  }

  return { status, canShare, copy, share }
}
