/** A module's exports, by name. */
export type Exports = Record<string, unknown>

/** A fact of src/content/ (an entry with a `checkedOn`), named by its module and id. */
export interface Fact {
  module: string
  id: string
  fact: { checkedOn: string, dated?: 'year' | 'olderCopy', secondary?: true, toCheck?: true, [field: string]: unknown }
}

export function loadFacts(...others: string[]): Promise<{ modules: Record<string, Exports>, others: Exports[] }>
export function factsIn(modules: Record<string, Exports>): Fact[]
export function table(head: string[], rows: (string | number)[][]): string
export function commandLine<T extends { help: boolean }>(parse: (argv: string[]) => T, usage: string, argv?: string[]): T | undefined
