/**
 * Keyboard scrolling for a page that scrolls inside an element rather than the window (the app's
 * #page, so that nothing slides under the exit bar: styles/main.css). A browser scrolls the element
 * around the focus, or the one last clicked; with the focus on <body> and no click yet (a page just
 * opened), Chromium scrolls the window, which does not move here. Only then are the usual keys
 * applied to the element: everywhere else the browser's own scrolling stays untouched.
 */
export function scrollWithKeys(scroller: () => HTMLElement | null): () => void {
  const onKeydown = (event: KeyboardEvent) => {
    const target = event.target
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
    if (target !== document.body && target !== document.documentElement) return
    const element = scroller()
    if (!element) return
    const page = element.clientHeight * 0.875
    const by: Record<string, number> = {
      'ArrowDown': 40, 'ArrowUp': -40, 'PageDown': page, 'PageUp': -page, ' ': event.shiftKey ? -page : page,
      'Home': -element.scrollHeight, 'End': element.scrollHeight,
    }
    const top = by[event.key]
    if (top === undefined) return
    event.preventDefault()
    element.scrollBy({ top })
  }
  document.addEventListener('keydown', onKeydown)
  return () => document.removeEventListener('keydown', onKeydown)
}
