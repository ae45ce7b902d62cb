import type { Sourced } from './types'

/**
 * Where the quick exit goes: common sites that show nothing personal, need no login and look ordinary
 * in history (the GOV.UK criteria, via the fact sheet's "Destinations neutres").
 */
export type ExitId = 'weather' | 'encyclopedia' | 'search'

export interface ExitDestination extends Sourced {
  id: ExitId
  url: `https://${string}`
  /** The site's own name, shown as is in both languages. */
  name: string
}

export const exits: Record<ExitId, ExitDestination> = {
  // The default: the French national weather service, as France Victimes' « Mémo de vie » does.
  weather: { id: 'weather', name: 'Météo-France', url: 'https://meteofrance.com/', source: 'https://meteofrance.com/', checkedOn: '2026-02-11', dated: 'year', confidence: 'likely' },
  encyclopedia: { id: 'encyclopedia', name: 'Wikipédia', url: 'https://fr.wikipedia.org/', source: 'https://fr.wikipedia.org/', checkedOn: '2026-02-11', dated: 'year', confidence: 'likely' },
  // Neutral, but its search box may show earlier searches on a shared device: said in the settings.
  search: { id: 'search', name: 'Qwant', url: 'https://www.qwant.com/', source: 'https://www.qwant.com/', checkedOn: '2026-02-11', dated: 'year', confidence: 'likely' },
}

export const defaultExit: ExitId = 'weather'

export function isExitId(value: unknown): value is ExitId {
  return typeof value === 'string' && value in exits
}
