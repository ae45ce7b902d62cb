/**
 * Finds what could identify a person, a place or a space in a case note (names, towns, schools,
 * workplaces, handles and pseudonyms, server names, IDs, IP addresses, links, e-mail addresses, phone
 * numbers in any country's format, exact dates, quoted messages), so a support worker or a volunteer
 * moderator can share the note without exposing anyone. Pure functions: the note never leaves the
 * page. The word lists and the phone library come from `loadLexicon()` (lexicon.ts), which only the
 * anonymiser page loads.
 *
 * Tuned for high recall on identifiers and high precision on ordinary text; the corpus in
 * tests/fixtures/anonymiser-corpus.ts measures both (tests/unit/anonymiser-corpus.test.ts, npm run bench).
 */
import { cuedNames, handles, shapedNames, spaces } from './detectors/accounts'
import { emails, links } from './detectors/links'
import { dates, quotes } from './detectors/moments'
import { ips, phones, platformIds } from './detectors/numbers'
import { people } from './detectors/people'
import { places } from './detectors/places'
import type { Lexicon } from './lexicon'
import { type Detector, type Finding, type FindingKind, findingKinds } from './text'

export { type Finding, type FindingKind, findingKinds } from './text'
export { type Lexicon, loadLexicon } from './lexicon'

// Breaks ties between spans of the same length only: longer spans always win first.
const specificity: Record<FindingKind, number> = {
  email: 0, link: 1, iban: 2, wallet: 3, ip: 4, phone: 5, plate: 6, reference: 7, platformId: 8, dateTime: 9, handle: 10, space: 11, username: 12, place: 13, name: 14, quote: 15,
}

const detectors: Detector[] = [emails, links, handles, cuedNames, shapedNames, spaces, platformIds, ips, phones, dates, quotes, people, places]

/**
 * Everything in the note that could identify someone, sorted and non-overlapping. When two candidates
 * overlap, the longer one wins (a link over the handle inside it, an e-mail over its "@domain"), then
 * the more specific kind.
 */
export function find(note: string, lexicon: Lexicon): Finding[] {
  const candidates = detectors.flatMap(detect => detect(note, lexicon)).filter(f => f.end > f.start)
  candidates.sort((a, b) => (b.end - b.start) - (a.end - a.start) || specificity[a.kind] - specificity[b.kind] || a.start - b.start)
  const kept: Finding[] = []
  for (const c of candidates) {
    if (!kept.some(k => c.start < k.end && k.start < c.end)) kept.push(c)
  }
  return kept.sort((a, b) => a.start - b.start)
}

/**
 * The note with each finding replaced by its label ("[pseudo]", "[lien]"...). A finding whose text no
 * longer sits at its offsets (the note was edited after `find`) is skipped rather than cutting the
 * wrong characters.
 */
export function redact(note: string, findings: readonly Finding[], labels: Record<FindingKind, string>): string {
  let out = ''
  let cursor = 0
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < cursor || note.slice(f.start, f.end) !== f.text) continue
    out += note.slice(cursor, f.start) + labels[f.kind]
    cursor = f.end
  }
  return out + note.slice(cursor)
}

/** How many findings of each kind, every kind present (zero when none). */
export function summarise(findings: readonly Finding[]): Record<FindingKind, number> {
  const counts = Object.fromEntries(findingKinds.map(kind => [kind, 0])) as Record<FindingKind, number>
  for (const f of findings) counts[f.kind] += 1
  return counts
}
