/**
 * Finds what could identify a person or a space in a case note (handles, usernames, IDs, links, e-mail
 * addresses, phone numbers, exact dates, quoted messages), so a support worker or a volunteer moderator
 * can share the note without exposing anyone. Pure functions: the note never leaves the page.
 *
 * Tuned for high recall on identifiers and high precision on ordinary text; the corpus in
 * tests/unit/anonymiser.test.ts measures both.
 */

export type FindingKind = 'handle' | 'username' | 'platformId' | 'link' | 'email' | 'phone' | 'dateTime' | 'quote'

export const findingKinds: readonly FindingKind[] = [
  'handle', 'username', 'platformId', 'link', 'email', 'phone', 'dateTime', 'quote',
]

export interface Finding {
  kind: FindingKind
  start: number
  end: number
  text: string
}

// Breaks ties between spans of the same length only: longer spans always win first.
const specificity: Record<FindingKind, number> = {
  email: 0, link: 1, phone: 2, platformId: 3, dateTime: 4, handle: 5, username: 6, quote: 7,
}

// JavaScript's \b only knows ASCII letters: "nommé" would never end on a boundary.
const W = '\\p{L}\\p{N}_'
const SP = '[ \\t\\u00a0\\u202f]'

type Detector = (note: string) => Finding[]

function finding(note: string, kind: FindingKind, start: number, end: number): Finding {
  return { kind, start, end, text: note.slice(start, end) }
}

function each(re: RegExp, note: string, accept: (m: RegExpExecArray) => Finding | undefined): Finding[] {
  const out: Finding[] = []
  for (const m of note.matchAll(re)) {
    const found = accept(m)
    if (found) out.push(found)
  }
  return out
}

// ---------------------------------------------------------------------------------------------------
// E-mail addresses and links

const emailRe = new RegExp(`(?<![${W}.%+-])[\\p{L}\\p{N}](?:[${W}.%+-]*[${W}])?@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}`, 'gu')

const emails: Detector = note => each(emailRe, note, m => finding(note, 'email', m.index, m.index + m[0].length))

const urlChar = '[^\\s<>«»"“”‘’`]'
const tlds = 'com|net|org|fr|gg|me|io|co|xyz|ru|be|ch|ca|eu|uk|de|info|app|dev|tv|cc|to|ly|gd|link|site|online|club|live|fun|biz|example|invalid|test'
const linkRes = [
  new RegExp(`(?:https?|ftp)://${urlChar}+`, 'giu'),
  new RegExp(`(?<![${W}.@/-])www\\.${urlChar}+`, 'giu'),
  // A bare domain followed by a path: discord.gg/code, t.me/channel, dis.gd/request.
  new RegExp(`(?<![${W}.@/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,24}/${urlChar}*`, 'giu'),
  // Invite links written with spaces around the slash, often to dodge automatic moderation.
  new RegExp(`(?<![${W}.@/-])(?:discord(?:app)?\\.(?:gg|com${SP}*/${SP}*invite)|t\\.me|dis\\.gd)${SP}*/${SP}*\\+?[${W}-]+`, 'giu'),
  // A bare domain without a path, only on common top-level domains, so "Node.js" stays text.
  new RegExp(`(?<![${W}.@/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${tlds})(?![${W}-]|\\.[a-z0-9])`, 'giu'),
]

/** Sentence punctuation after a link belongs to the sentence; a closing bracket stays if it is paired. */
function trimLink(text: string): string {
  let out = text
  while (out.length > 0) {
    const last = out.at(-1) ?? ''
    if (!/[.,;:!?'’)\]}>»]/u.test(last)) break
    if (last === ')' && (out.match(/\(/g)?.length ?? 0) >= (out.match(/\)/g)?.length ?? 0)) break
    out = out.slice(0, -1)
  }
  return out
}

const inviteCueRe = new RegExp(
  `(?<![${W}])(?:code${SP}+d[’']invitation|lien${SP}+d[’']invitation|invite${SP}+code|invitation${SP}+code|code${SP}+invite)${SP}*:?${SP}*([A-Za-z0-9-]{4,24})(?![${W}])`,
  'giu',
)

const links: Detector = (note) => {
  const out = linkRes.flatMap(re => each(re, note, (m) => {
    const text = trimLink(m[0])
    return text.includes('.') ? finding(note, 'link', m.index, m.index + text.length) : undefined
  }))
  // A bare invite code only counts when it looks like one (digits or mixed case), not like a word.
  out.push(...each(inviteCueRe, note, (m) => {
    const code = m[1] ?? ''
    if (!/\d|\p{Ll}\p{Lu}|\p{Lu}\p{Ll}*\p{Lu}/u.test(code)) return undefined
    const start = m.index + m[0].length - code.length
    return finding(note, 'link', start, start + code.length)
  }))
  return out
}

// ---------------------------------------------------------------------------------------------------
// Handles and usernames

const handleRe = new RegExp(`(?<![${W}.@/\\\\])@([\\p{L}\\p{N}_](?:[${W}.]*[${W}])?)`, 'gu')
const notHandles = new Set(['everyone', 'here'])

const handles: Detector = note => each(handleRe, note, (m) => {
  const name = m[1] ?? ''
  if (name.length < 2 || name.length > 32 || notHandles.has(name.toLowerCase())) return undefined
  return finding(note, 'handle', m.index, m.index + m[0].length)
})

const platformWords = new Set([
  'discord', 'tiktok', 'snapchat', 'snap', 'instagram', 'insta', 'telegram', 'youtube', 'reddit', 'whatsapp',
  'facebook', 'messenger', 'twitter', 'x', 'twitch', 'onlyfans', 'signal', 'google', 'apple', 'microsoft',
  'bing', 'steam', 'threads', 'bluesky', 'mastodon', 'pornhub', 'yubo', 'bereal', 'kick', 'gmail', 'outlook',
  'icloud', 'proton', 'pharos', 'stopncii', 'skype', 'teams', 'zoom', 'roblox', 'minecraft', 'fortnite',
])

// Words that follow "pseudo", "compte" or "user" in ordinary sentences ("le pseudo de la personne",
// "compte supprimé", "user ID"): never a name.
const ordinaryWords = new Set([
  'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'un', 'une', 'et', 'ou', 'est', 'sont', 'a', 'ont', 'qui',
  'que', 'dont', 'sur', 'dans', 'avec', 'sans', 'pour', 'par', 'en', 'ni', 'pas', 'ne', 'n', 'se', 's', 'son',
  'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'cet', 'ces', 'était', 'etait', 'été', 'reste', 'aussi', 'encore',
  'déjà', 'puis', 'ici', 'y', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'mais', 'donc', 'car', 'si',
  'plus', 'très', 'trop', 'peu', 'tout', 'tous', 'toute', 'toutes', 'même', 'comme', 'avait', 'semble',
  'of', 'the', 'an', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'had', 'have', 'and', 'or', 'with',
  'without', 'for', 'in', 'at', 'by', 'to', 'from', 'that', 'this', 'these', 'those', 'their', 'his', 'her',
  'its', 'not', 'no', 'who', 'which', 'it', 'he', 'she', 'they', 'also', 'still', 'then', 'but', 'as', 'if',
  'id', 'ids', 'identifiant', 'identifiants', 'identifier', 'name', 'names', 'nom', 'noms', 'pseudo', 'pseudos',
  'visible', 'visibles', 'masqué', 'masquée', 'masqués', 'caché', 'cachée', 'flouté', 'floutée', 'changé',
  'changée', 'supprimé', 'supprimée', 'modifié', 'modifiée', 'bloqué', 'bloquée', 'banni', 'bannie', 'suspendu',
  'suspendue', 'différent', 'différente', 'inconnu', 'inconnue', 'anonyme', 'anonymes', 'complet', 'complète',
  'exact', 'exacte', 'actuel', 'actuelle', 'ancien', 'ancienne', 'nouveau', 'nouvelle', 'principal',
  'principale', 'secondaire', 'habituel', 'habituelle', 'similaire', 'identique', 'public', 'publique',
  'privé', 'privée', 'personnel', 'personnelle', 'officiel', 'officielle', 'vérifié', 'vérifiée', 'lié', 'liée',
  'hidden', 'blurred', 'changed', 'deleted', 'removed', 'unknown', 'new', 'old', 'same', 'different', 'current',
  'full', 'exact', 'redacted', 'banned', 'suspended', 'blocked', 'private', 'verified', 'linked', 'main',
  'original', 'fake', 'faux', 'fausse', 'fictif', 'fictive',
])

const strongCues = `pseudonymes?|pseudos?|usernames?|user${SP}?names?|display${SP}+names?|noms?${SP}+d[’']utilisat(?:eur|rice)s?|alias|surnomm[ée]e?s?|nicknamed|a\\.k\\.a\\.|aka`
const weakCues = `utilisat(?:eur|rice)|user|compte|account|profil|profile|nomm[ée]e?|named|handle|membre|member`
const cueRe = new RegExp(`(?<![${W}])(?:(${strongCues})|(${weakCues}))(?![${W}])(?:${SP}*[:=]${SP}*|${SP}+)`, 'giu')
const quotedNameRe = /^(?:«[ \u00a0\u202f]*[^»\n]{1,40}?[ \u00a0\u202f]*»|"[^"\n]{1,40}"|“[^”\n]{1,40}”|`[^`\n]{1,40}`)/u
const nameRe = new RegExp(`^@?[\\p{L}\\p{N}_](?:[${W}.-]*[${W}])?(?:#\\d{4})?(?![${W}])`, 'u')

/** Does the word after a cue look like a name someone chose, rather than the rest of the sentence? */
function looksLikeName(name: string, strong: boolean): boolean {
  const bare = name.replace(/^@/, '')
  const lower = bare.toLowerCase()
  if (ordinaryWords.has(lower) || platformWords.has(lower)) return false
  if (name.startsWith('@') || /[\d_]|[.-]\p{L}|#\d{4}$|\p{Ll}\p{Lu}/u.test(bare)) return true
  if (/^\p{Lu}/u.test(bare)) return true
  return strong && bare.length >= 3 && !/(?:ment|ant|ent|ée?s?|ible|able)$/u.test(lower)
}

const cuedNames: Detector = note => each(cueRe, note, (m) => {
  const start = m.index + m[0].length
  const rest = note.slice(start, start + 64)
  const quoted = quotedNameRe.exec(rest)
  // After "membre :" a quote is more often what the member wrote than their name.
  if (quoted && (m[1] !== undefined || !/[:=]/.test(m[0]) || looksLikeName(quoted[0].slice(1, -1).trim(), false))) {
    return finding(note, 'username', start, start + quoted[0].length)
  }
  const name = nameRe.exec(rest)?.[0]
  if (!name || !looksLikeName(name, m[1] !== undefined)) return undefined
  return finding(note, 'username', start, start + name.length)
})

const tagRe = new RegExp(`(?<![${W}.@#])@?[\\p{L}\\p{N}_.]{2,32}#\\d{4}(?!\\d)`, 'gu')
const redditRe = new RegExp(`(?<![${W}/.])/?u/[A-Za-z0-9_-]{3,20}(?![${W}-])`, 'gu')
// Underscores almost never appear in prose, but are everywhere in chosen names: "xX_lune_Xx".
const underscoredRe = new RegExp(`(?<![${W}.@/#-])[\\p{L}\\p{N}_](?:[${W}.]*[${W}])?(?![${W}@])`, 'gu')

const shapedNames: Detector = note => [
  ...each(tagRe, note, m => finding(note, 'username', m.index, m.index + m[0].length)),
  ...each(redditRe, note, m => finding(note, 'username', m.index, m.index + m[0].length)),
  ...each(underscoredRe, note, m => /_/.test(m[0]) && /\p{L}/u.test(m[0]) && m[0].length <= 40
    ? finding(note, 'username', m.index, m.index + m[0].length)
    : undefined),
]

// ---------------------------------------------------------------------------------------------------
// Platform IDs, phone numbers

// Fifteen to twenty digits (Discord's have seventeen to nineteen).
const snowflakeRe = new RegExp(`(?<![${W}])\\d{15,20}(?![${W}])`, 'gu')
const labelledIdRe = new RegExp(
  `(?<![${W}])(?:ids?|identifiants?|identifiers?|snowflake)(?![${W}])(?:${SP}+(?:du|de|des|de${SP}+la|of|the|of${SP}+the|d[’'])?${SP}*\\p{L}+){0,2}?${SP}*(?:[:=#]|n°)?${SP}*(\\d{5,20})(?![${W}])`,
  'giu',
)

const platformIds: Detector = note => [
  ...each(snowflakeRe, note, m => finding(note, 'platformId', m.index, m.index + m[0].length)),
  ...each(labelledIdRe, note, (m) => {
    const digits = m[1] ?? ''
    const start = m.index + m[0].length - digits.length
    return finding(note, 'platformId', start, start + digits.length)
  }),
]

const sep = '[ .\\-\\u00a0\\u202f]'
const frPhoneRe = new RegExp(`(?<![\\d+])(?:(?:\\+|00)33${SP}?(?:\\(0\\)${SP}?)?|0)[1-9](?:${sep}?\\d{2}){4}(?!\\d)`, 'gu')
const intlPhoneRe = new RegExp(`(?<![\\d+${W}])\\+\\d{1,3}(?:${sep}?\\(?\\d{1,4}\\)?){2,7}(?!\\d)`, 'gu')

const phones: Detector = note => [
  ...each(frPhoneRe, note, m => finding(note, 'phone', m.index, m.index + m[0].length)),
  ...each(intlPhoneRe, note, (m) => {
    const digits = m[0].replace(/\D/g, '').length
    // E.164 allows at most fifteen digits.
    return digits >= 8 && digits < 16 ? finding(note, 'phone', m.index, m.index + m[0].length) : undefined
  }),
]

// ---------------------------------------------------------------------------------------------------
// Exact dates, with the time of day when one is attached. A time alone, a month alone, a year alone
// or a duration is left as it is: it does not point to one moment.

const frMonths = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec'
const frDays = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche'
const enMonths = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec'
const enDays = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
const time = `(?:\\d{1,2}${SP}?h${SP}?\\d{2}(?!\\d)|\\d{1,2}:\\d{2}(?::\\d{2})?(?:${SP}?[ap]\\.?m\\.?)?|\\d{1,2}${SP}?h(?![${W}])|\\d{1,2}${SP}?[ap]\\.?m\\.?(?![${W}]))`

const dateRes: [RegExp, (m: RegExpExecArray) => boolean][] = [
  // 21/11/2026, 21-11-26, 21.11.2026, and 11/21/2026 in American order
  [/(?<!\d|\d[/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[/-]\d|\.\d)/gu, m => validDayMonth(m[1], m[3]) || validDayMonth(m[3], m[1])],
  // 2026-11-21, 2026-11-21T23:14
  [/(?<!\d|\d[/.-])\d{4}([-/.])(\d{1,2})\1(\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d|[/-]\d|\.\d)/gu, m => validDayMonth(m[3], m[2])],
  // 21/11: only with two digits each, or "le"/"on" before, or a time after, so "24/7" and "1/3" stay text
  [/(?<!\d|\d[/.-])(\d{1,2})\/(\d{1,2})(?!\d|\/\d)/gu, m => (validDayMonth(m[1], m[2]) || validDayMonth(m[2], m[1])) && shortDateInContext(m)],
  [new RegExp(`(?<![${W}])(?:(?:${frDays})${SP}+)?(1er|\\d{1,2})${SP}+(?:${frMonths})(?![${W}])(?:\\.?${SP}+\\d{4}(?!\\d))?`, 'giu'), m => validDay(m[1])],
  [new RegExp(`(?<![${W}])(?:(?:${enDays}),?${SP}+(?:the${SP}+)?)?(\\d{1,2})(?:st|nd|rd|th)?${SP}+(?:of${SP}+)?(?:${enMonths})(?![${W}])(?:\\.?,?${SP}+\\d{4}(?!\\d))?`, 'gu'), m => validDay(m[1])],
  [new RegExp(`(?<![${W}])(?:(?:${enDays}),?${SP}+)?(?:${enMonths})\\.?${SP}+(\\d{1,2})(?:st|nd|rd|th)?(?![${W}])(?:,?${SP}+\\d{4}(?!\\d))?`, 'gu'), m => validDay(m[1])],
]

function validDay(day: string | undefined): boolean {
  const n = day === '1er' ? 1 : Number(day)
  return n >= 1 && n <= 31
}

function validDayMonth(day: string | undefined, month: string | undefined): boolean {
  const m = Number(month)
  return validDay(day) && m >= 1 && m <= 12
}

const shortDateCueRe = new RegExp(`(?:^|[^${W}])(?:le|du|au|dès|depuis|jusqu[’']au|entre|on|the|since|from|until|between)${SP}+$`, 'iu')
const timeAfterRe = new RegExp(`^(?:${SP}*,)?${SP}*(?:(?:à|a|at|vers|around|about|-|–)${SP}+)?${time}`, 'iu')
// Only a time written right before the date ("23h14 le 21/11"): after a comma it may be another moment.
const timeBeforeRe = new RegExp(`(?<![${W}:])${time}${SP}+(?:(?:le|on|the)${SP}+)?$`, 'iu')

const abbreviatedMonthRe = /(?:janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec|jan|feb|mar|apr|jun|jul|aug|sep)$/iu

function shortDateInContext(m: RegExpExecArray): boolean {
  if ((m[1]?.length ?? 0) === 2 && (m[2]?.length ?? 0) === 2) return true
  const end = m.index + m[0].length
  const input = m.input
  return shortDateCueRe.test(input.slice(Math.max(0, m.index - 20), m.index)) || timeAfterRe.test(input.slice(end, end + 24))
}

const dates: Detector = note => dateRes.flatMap(([re, valid]) => each(re, note, (m) => {
  if (!valid(m)) return undefined
  let start = m.index
  let end = m.index + m[0].length
  // A time attached to a date pins the moment down further: it goes with it, across the dot of an
  // abbreviated month ("2 déc. à 18h").
  const dot = note[end] === '.' && abbreviatedMonthRe.test(m[0]) ? 1 : 0
  const after = timeAfterRe.exec(note.slice(end + dot, end + dot + 24))
  if (after) end += dot + after[0].length
  const window = note.slice(Math.max(0, start - 24), start)
  const before = timeBeforeRe.exec(window)
  if (before) start -= window.length - before.index
  return finding(note, 'dateTime', start, end)
}))

// ---------------------------------------------------------------------------------------------------
// Quoted messages: a short quoted word ("leaks", « tributes ») names a category, not a message.

const quoteRes = [/«[^«»]{1,800}»/gu, /“[^“”]{1,800}”/gu, /"[^"\n]{1,800}"/gu]
const quoteLineRe = /^[ \t]*> ?(\S.*)$/gmu

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}

const quotes: Detector = note => [
  ...quoteRes.flatMap(re => each(re, note, m => wordCount(m[0]) >= 3 ? finding(note, 'quote', m.index, m.index + m[0].length) : undefined)),
  ...each(quoteLineRe, note, (m) => {
    const text = (m[1] ?? '').trimEnd()
    const start = m.index + m[0].length - (m[1] ?? '').length
    return finding(note, 'quote', start, start + text.length)
  }),
]

// ---------------------------------------------------------------------------------------------------

const detectors: Detector[] = [emails, links, handles, cuedNames, shapedNames, platformIds, phones, dates, quotes]

/**
 * Everything in the note that could identify someone, sorted and non-overlapping. When two candidates
 * overlap, the longer one wins (a link over the handle inside it, an e-mail over its "@domain"), then
 * the more specific kind.
 */
export function find(note: string): Finding[] {
  const candidates = detectors.flatMap(detect => detect(note)).filter(f => f.end > f.start)
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
