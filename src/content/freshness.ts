import type { IsoDate, Sourced } from './types'

/**
 * How fresh a fact is, as the app words it next to the fact: read at its source on a given day, noted
 * when the fact sheet was first compiled (the year only: the sheet gives no day), or a law text read in
 * an older copy of the code. Text: `app.verified`, `fact.noted`, `fact.olderCopy` in locales/.
 */
export type Freshness =
  | { key: 'app.verified', date: IsoDate }
  | { key: 'fact.noted' | 'fact.olderCopy', year: string }

export function freshness(fact: Pick<Sourced, 'checkedOn' | 'dated'>): Freshness {
  const year = fact.checkedOn.slice(0, 4)
  switch (fact.dated) {
    case 'year': return { key: 'fact.noted', year }
    case 'olderCopy': return { key: 'fact.olderCopy', year }
    default: return { key: 'app.verified', date: fact.checkedOn }
  }
}

/** The oldest of these facts: a sheet listing several facts under one date shows this one's. */
export function oldest<T extends Pick<Sourced, 'checkedOn'>>(facts: readonly T[]): T | undefined {
  return facts.reduce<T | undefined>((old, f) => (!old || f.checkedOn < old.checkedOn ? f : old), undefined)
}
