/** Runs `work` once the browser has nothing more urgent to do (soon after, where it cannot say). */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work())
  else setTimeout(work, 200)
}
