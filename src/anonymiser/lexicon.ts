/**
 * The anonymiser's word lists, its phone-number library and its IBAN check, loaded only by the anonymiser page (a dynamic
 * import, so they are chunks of their own, precached by the service worker and absent from every other
 * page). Sources and licences: docs/anonymiser.md.
 */
import type { CountryCode, PhoneNumber } from 'libphonenumber-js/min'

/** How a word is also used: 0 only as a name, 1 also a rare word ("lea"), 2 also a common word ("rose"). */
export type Ambiguity = 0 | 1 | 2

export interface Lexicon {
  givenNames: Map<string, Ambiguity>
  surnames: Set<string>
  /** French communes; 2 when the name is also a common word (Nice, Tours, Orange). */
  towns: Map<string, Ambiguity>
  /** The most words a town name has ("Saint-Rémy-de-Provence"), to bound the look-up. */
  townWords: number
  parsePhone: (text: string, country?: CountryCode) => PhoneNumber | undefined
  /** Frequent French and English words that are in a dictionary: a capitalised word that is none of them may be a name. */
  common: Set<string>
  /** Countries' names in French and English, keyed without spaces or hyphens ("vietnam", "royaumeuni"). */
  countries: Set<string>
  /** Whether an IBAN written without spaces passes its country's length and its check digits. */
  validIban: (compact: string) => boolean
}

/** Undoes the front coding of scripts/make-anonymiser-data.mjs: each entry is the length it shares with the one before, then the rest. */
export function decode(coded: string): string[] {
  const out: string[] = []
  let previous = ''
  for (const m of coded.matchAll(/(\d)(\D*)/g)) {
    previous = previous.slice(0, Number(m[1])) + m[2]
    out.push(previous)
  }
  return out
}

function graded(lists: [string, Ambiguity][]): Map<string, Ambiguity> {
  const out = new Map<string, Ambiguity>()
  for (const [coded, grade] of lists) for (const word of decode(coded)) out.set(word, grade)
  return out
}

let loading: Promise<Lexicon> | undefined

/** Loads the lists once per page; every later call gets the same lexicon. */
export function loadLexicon(): Promise<Lexicon> {
  loading ??= Promise.all([import('./data/names'), import('./data/towns'), import('./data/words'), import('./phone'), import('./iban')])
    .then(([names, places, words, phones, iban]): Lexicon => {
      const towns = graded([[places.towns, 0], [places.townsCommonWords, 2]])
      return {
        givenNames: graded([[names.givenNames, 0], [names.givenNamesRareWords, 1], [names.givenNamesCommonWords, 2]]),
        surnames: new Set(decode(names.surnames)),
        towns,
        townWords: Math.max(...[...towns.keys()].map(t => t.split('-').length)),
        parsePhone: (text, country) => phones.parsePhoneNumberFromString(text, country),
        common: new Set(decode(words.commonWords)),
        countries: new Set(decode(words.countries)),
        validIban: compact => iban.isValidIBAN(compact),
      }
    })
    .catch((error: unknown) => {
      loading = undefined
      throw error
    })
  return loading
}
