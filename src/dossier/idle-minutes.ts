/**
 * How long the open dossier waits without activity before it locks itself, in minutes. Apart from
 * the idle lock (idle-lock.ts) because the settings, on the first screen, check the stored choice
 * against the same bounds: this file must stay free of imports.
 */
export const IDLE_DEFAULT_MINUTES = 5
export const IDLE_MIN_MINUTES = 1
export const IDLE_MAX_MINUTES = 30

/** A whole number of minutes within the bounds; the default for anything that is not a number. */
export function clampIdleMinutes(value: number): number {
  if (!Number.isFinite(value)) return IDLE_DEFAULT_MINUTES
  return Math.min(IDLE_MAX_MINUTES, Math.max(IDLE_MIN_MINUTES, Math.round(value)))
}
