/** What every detector shares: the finding type, regular-expression pieces, words and their keys. */
import type { Lexicon } from './lexicon'

export type FindingKind = 'name' | 'place' | 'handle' | 'username' | 'space' | 'platformId' | 'reference' | 'iban' | 'plate' | 'wallet' | 'ip' | 'link' | 'email' | 'phone' | 'dateTime' | 'quote'

export const findingKinds: readonly FindingKind[] = [
  'name', 'place', 'handle', 'username', 'space', 'platformId', 'reference', 'iban', 'plate', 'wallet', 'ip', 'link', 'email', 'phone', 'dateTime', 'quote',
]

export interface Finding {
  kind: FindingKind
  start: number
  end: number
  text: string
  /** Hidden by doubt: not known to be public, but not known to identify anyone either (detectors/doubt.ts). */
  doubt?: true
}

export type Detector = (note: string, lexicon: Lexicon) => Finding[]

// JavaScript's \b only knows ASCII letters: "nommé" would never end on a boundary.
export const W = '\\p{L}\\p{N}_'
export const SP = '[ \\t\\u00a0\\u202f]'

export function finding(note: string, kind: FindingKind, start: number, end: number): Finding {
  return { kind, start, end, text: note.slice(start, end) }
}

export function each(re: RegExp, note: string, accept: (m: RegExpExecArray) => Finding | undefined): Finding[] {
  const out: Finding[] = []
  for (const m of note.matchAll(re)) {
    const found = accept(m)
    if (found) out.push(found)
  }
  return out
}

/** How a word is looked up in the lists: lower case, no accents, spaces as hyphens (as scripts/make-anonymiser-data.mjs writes them). */
export function key(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, '\'').replace(/\s+/g, '-')
}

export interface Word { text: string, start: number, end: number }

// A word, with its inner hyphens and apostrophes ("Villeneuve-d'Ascq"); an elided article before it
// ("d'Arras", "l'IUT") and an English possessive after it ("Aisha's") are left out.
const wordRe = /\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*/gu
const elisionRe = /^(?:[dlDLjJnNsScC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\p{L})/u
const possessiveRe = /['’]s$/u

export function words(note: string): Word[] {
  const out: Word[] = []
  for (const m of note.matchAll(wordRe)) {
    let start = m.index
    let text = m[0]
    const elided = elisionRe.exec(text)
    if (elided) {
      start += elided[0].length
      text = text.slice(elided[0].length)
    }
    if (possessiveRe.test(text) && text.length > 3) text = text.slice(0, -2)
    out.push({ text, start, end: start + text.length })
  }
  return out
}

export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word)

/** A title before a person's name: "Mme", "Mr", "Dr", "Maître". */
export const isTitle = (word: string) => /^(?:M|Mme|Mlle|Mr|Mrs|Ms|Miss|Dr|Me|Madame|Monsieur|Mademoiselle|Maître|Maitre)$/u.test(word)
/** PHAROS, CPE, HR: initials and acronyms, never taken for names or places. */
export const isAcronym = (word: string) => word.length >= 2 && !/\p{Ll}/u.test(word)

/** Only spaces (no punctuation, no line break) between two offsets. */
export const onlySpaces = (note: string, from: number, to: number) => /^[ \t\u00a0\u202f]*$/u.test(note.slice(from, to))

/** Whether the text just before `start` (same line, spaces aside) ends with one of the cues. */
export function after(note: string, start: number, cues: RegExp): boolean {
  const line = note.slice(Math.max(0, start - 48), start).split('\n').at(-1) ?? ''
  return cues.test(line.replace(/[ \t\u00a0\u202f]+$/u, ''))
}

/** A case-insensitive alternative of words, for patterns that must stay case-sensitive elsewhere
 * (under the i flag, \p{Lu} also matches lower case). */
export function anyCase(list: string[]): string {
  return `(?:${list.map(w => `[${w[0]!.toLowerCase()}${w[0]!.toUpperCase()}]${w.slice(1)}|${w.toUpperCase()}`).join('|')})`
}
