/**
 * The one way the app gives the browser a turn between two pieces of start-up work
 * (src/boot/README.md): the rest runs in a new task, so that a tap waiting on a slow phone is answered
 * in between. A 0 ms timer, as every browser has it. (`scheduler.yield()` would resume ahead of the
 * other tasks waiting; the start-up was measured with timers, so moving to it is a change to measure.)
 *
 * @returns a function that cancels the work if it has not run yet
 */
export function inNextTask(work: () => void): () => void {
  const timer = setTimeout(work)
  return () => clearTimeout(timer)
}

/** Resolves in a later task (inNextTask). */
export function nextTask(): Promise<void> {
  return new Promise(resolve => void inNextTask(resolve))
}

/** Runs `work` once the browser has nothing more urgent to do (soon after, where it cannot say). */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work())
  else setTimeout(work, 200)
}
