import type { Fact } from './facts-data.mjs'

export interface Due {
  module: string
  id: string
  checkedOn: string
  /** Days from `checkedOn` to today. */
  age: number
  /** What the date stands for, in words; null for a fact read on the day it gives. */
  dated: string | null
  toCheck: boolean
}

export function dueFacts(facts: Fact[], options: { today: string, days?: number }): Due[]
