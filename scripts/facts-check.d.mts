import type { Fact } from './facts-data.mjs'

export interface Use {
  /** Module, id and field: `links.stopncii.url`. */
  where: string
  /** The fact's source, marked as research material. */
  secondary: boolean
}

export interface Gathered {
  url: string
  uses: Use[]
  /** Only research sources use this address. */
  secondary: boolean
}

export interface Hop {
  url: string
  status: number
  /** Where it sent, as a whole address. */
  location: string
}

export interface Checked {
  url: string
  /** The last answer's status; null on an error. */
  status: number | null
  chain: Hop[]
  final: string
  language: string
  error: string | null
}

export type Judged = Gathered & Checked & { look: string[] }

export function gatherUrls(facts: Fact[]): Gathered[]
export function checkUrl(url: string, options?: { timeout?: number }): Promise<Checked>
export function needsLook(result: Checked & { secondary?: boolean }): string[]
export function renderTable(results: Judged[]): string
export function exitCode(results: { look: string[] }[]): 0 | 1
