/**
 * Finds what could identify a person, a place or a space in a case note (names, towns, schools,
 * workplaces, handles and pseudonyms, server names, IDs, IP addresses, links, e-mail addresses, phone
 * numbers in any country's format, exact dates, quoted messages), so a support worker or a volunteer
 * moderator can share the note without exposing anyone. Pure functions: the note never leaves the
 * page. The word lists and the phone library come from `loadLexicon()` (lexicon.ts), which only the
 * anonymiser page loads.
 *
 * Safe by default (issue 24): what the detectors find is hidden for sure, what the public lexicon knows
 * stays (public.ts), and whatever else is capitalised or numbered is hidden by doubt
 * (detectors/doubt.ts). The corpus in tests/fixtures/anonymiser-*.ts measures it
 * (tests/unit/anonymiser-corpus.test.ts, npm run bench).
 */
import { cuedNames, handles, namedOn, shapedNames, spaces, speakers } from './detectors/accounts'
import { ibans, plates, references, wallets } from './detectors/codes'
import { doubts } from './detectors/doubt'
import { emails, links } from './detectors/links'
import { dates, quotes } from './detectors/moments'
import { ips, phones, platformIds } from './detectors/numbers'
import { people } from './detectors/people'
import { places } from './detectors/places'
import type { Lexicon } from './lexicon'
import { publicSpans, type Span } from './public'
import { type Detector, type Finding, type FindingKind, findingKinds, isCapitalised, key } from './text'

export { type Finding, type FindingKind, findingKinds } from './text'
export { type Lexicon, loadLexicon } from './lexicon'

// Breaks ties between spans of the same length only: longer spans always win first.
const specificity: Record<FindingKind, number> = {
  email: 0, link: 1, iban: 2, wallet: 3, ip: 4, phone: 5, plate: 6, reference: 7, platformId: 8, dateTime: 9, handle: 10, space: 11, username: 12, place: 13, name: 14, quote: 15,
}

const detectors: Detector[] = [emails, links, handles, cuedNames, shapedNames, spaces, platformIds, ips, phones, dates, quotes, people, places, references, ibans, plates, wallets, speakers, namedOn]

// Kinds whose shape alone says what they are: a public span around them changes nothing.
const shaped = new Set<FindingKind>(['email', 'link', 'ip', 'iban', 'wallet', 'handle', 'quote', 'dateTime', 'plate'])

/** Longest first, then the more specific kind; a candidate that overlaps one already kept is dropped. */
function resolve(candidates: Finding[]): Finding[] {
  candidates.sort((a, b) => (b.end - b.start) - (a.end - a.start) || Number(a.doubt ?? false) - Number(b.doubt ?? false) || specificity[a.kind] - specificity[b.kind] || a.start - b.start)
  const kept: Finding[] = []
  for (const c of candidates) {
    if (!kept.some(k => c.start < k.end && k.start < c.end)) kept.push(c)
  }
  return kept.sort((a, b) => a.start - b.start)
}

const wordAt = (note: string, start: number, end: number) => !/[\p{L}\p{N}_]/u.test(note[start - 1] ?? '') && !/[\p{L}\p{N}_]/u.test(note[end] ?? '')

/**
 * A name or a pseudonym found once is hidden wherever it comes back ("Ffion" in every sentence of the
 * note, "Liam" after "Liam Sutcliffe"), with the same certainty. A lower-case common word is not
 * followed ("victoire" the volunteer, then "petite victoire").
 */
function echoes(note: string, found: Finding[], lexicon: Lexicon, taken: readonly Span[]): Finding[] {
  const out: Finding[] = []
  const seen = new Set<string>()
  for (const f of found) {
    if (f.kind !== 'name' && f.kind !== 'username') continue
    const parts = [f.text, ...(f.kind === 'name' ? f.text.split(/[ \t\u00a0\u202f]+/u) : [])]
    for (const part of parts) {
      const k = key(part)
      if (seen.has(part) || part.length < 3 || !/^\p{L}/u.test(part) || /[.]$/u.test(part)) continue
      if (part !== f.text && (lexicon.common.has(k) || /^(?:M|Mme|Mlle|Mr|Mrs|Ms|Miss|Dr|Madame|Monsieur)$/u.test(part))) continue
      if (!isCapitalised(part) && lexicon.common.has(k)) continue
      seen.add(part)
      let from = 0
      for (;;) {
        const at = note.indexOf(part, from)
        if (at < 0) break
        from = at + part.length
        const end = at + part.length
        if (!wordAt(note, at, end) || taken.some(t => at < t.end && t.start < end) || found.some(g => at < g.end && g.start < end) || out.some(g => at < g.end && g.start < end)) continue
        out.push({ kind: f.kind, start: at, end, text: part, ...(f.doubt ? { doubt: true as const } : {}) })
      }
    }
  }
  return out
}

// What ends a place's name after it: "Canonbury station", "St Matthew's GAA club", "Lyon 7e".
const placeTailRe = /^(?:['’]s)?(?:[ \t\u00a0\u202f]+[A-Z]{2,6})?[ \t\u00a0\u202f]+(?:station|campus|club|parish|church|centre|center|hall|park|estate|market|library|gym|hospital|school|college|academy|stadium|arena|mall|bar|pub|café|cafe|branch|store|shop|office|offices|site|gare|stade)(?![\p{L}])/u
const arrondissementRe = /^[ \t\u00a0\u202f]+\d{1,2}(?:e|ème|eme|er)(?![\p{L}\p{N}])/u

/**
 * Parts of one place written with commas or small words between them ("Chaussée de Haecht 318, 1030
 * Schaerbeek", "Flat 4, 27 Harehills Lane, Leeds LS8 4HS", "Tesco Extra on Bourges Boulevard",
 * "Carrefour Market de Wasquehal") are taken whole, what joins them included. A name hidden by doubt
 * right after a place and a comma is the place's town ("Hay Hassani, Casablanca"), and so is a commune
 * in lower case ("parc Barbieux, roubaix").
 */
function joinPlaces(note: string, found: Finding[], lexicon: Lexicon): Finding[] {
  const out: Finding[] = []
  const merge = (last: Finding, end: number, doubt: boolean | undefined) => {
    out[out.length - 1] = { kind: 'place', start: last.start, end, text: note.slice(last.start, end), ...(doubt ? { doubt: true as const } : {}) }
  }
  for (const f of found) {
    const last = out.at(-1)
    const gap = last ? note.slice(last.end, f.start) : ''
    const comma = /^[ \t\u00a0\u202f]*,?[ \t\u00a0\u202f]*$/u.test(gap) && gap.length <= 3
    const small = /^[ \t\u00a0\u202f]+(?:de|du|des|de la|on|at|in|near|à)[ \t\u00a0\u202f]+$|^[ \t\u00a0\u202f]+d['’]$|^['’]s[ \t\u00a0\u202f]+$/u.test(gap)
    const joins = last && (
      (comma && last.kind === 'place' && (f.kind === 'place' || (f.doubt && f.kind === 'name' && gap.includes(','))))
      || (small && f.kind === 'place' && (last.kind === 'place' || (last.doubt === true && last.kind === 'name'))))
    if (last && joins) merge(last, f.end, last.doubt && f.doubt)
    else out.push(f)
    const now = out.at(-1)!
    if (now.kind !== 'place') continue
    const rest = note.slice(now.end, now.end + 40)
    const town = /^,[ \t\u00a0\u202f]*(\p{Ll}[\p{Ll}'’-]+)/u.exec(rest)
    const tail = placeTailRe.exec(rest) ?? arrondissementRe.exec(rest)
    // "quartier des Moulins (lille)": the commune in brackets after a place, in any case.
    const bracket = /^[ \t\u00a0\u202f]*\((\p{L}[\p{L}'’ -]*\p{L})\)/u.exec(rest)
    if (bracket && lexicon.towns.has(key(bracket[1]!))) {
      merge(now, now.end + bracket[0].length, now.doubt)
      continue
    }
    if (town && lexicon.towns.get(key(town[1]!)) === 0) merge(now, now.end + town[0].length, now.doubt)
    else if (tail && !found.some(g => g.start >= now.end && g.start < now.end + tail[0].length)) merge(now, now.end + tail[0].length, now.doubt)
  }
  return out
}

/**
 * Everything in the note that could identify someone, sorted and non-overlapping. When two candidates
 * overlap, the longer one wins (a link over the handle inside it, an e-mail over its "@domain"), then
 * the more specific kind. What is known to be public (public.ts: laws, courts and police with their
 * towns, helplines and their numbers, countries) stays; what is neither found nor known to be public
 * but capitalised or numbered is hidden by doubt (`doubt: true`, detectors/doubt.ts).
 */
export function find(note: string, lexicon: Lexicon): Finding[] {
  const publics = publicSpans(note, lexicon)
  // Inside a public span, a finding goes; a name or a place that overlaps a law, a court or a service
  // goes too ("association France Victimes"), but not one around a country or a public number
  // ("Avenue de France 12", "Rue Gray 58"), nor a reference ("CEOP-2611-9943").
  const inPublic = (f: Finding) => !shaped.has(f.kind) && publics.some(p => (p.start <= f.start && f.end <= p.end)
    || (!p.weak && f.kind !== 'reference' && f.start < p.end && p.start < f.end))
  const sure = resolve(detectors.flatMap(detect => detect(note, lexicon)).filter(f => f.end > f.start && !inPublic(f)))
  const doubtful = doubts(note, lexicon, [...sure, ...publics])
  const found = resolve([...sure, ...doubtful])
  return joinPlaces(note, resolve([...found, ...echoes(note, found, lexicon, publics)]), lexicon)
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
