/**
 * Codes that point to one person, one case or one thing: case, ticket and police report numbers
 * (`reference`), bank account numbers (`iban`), licence plates (`plate`) and crypto wallets (`wallet`).
 */
import { after, type Detector, each, finding, type Finding, SP, W } from '../text'

// ---------------------------------------------------------------------------------------------------
// References. After a word that introduces one ("Cas n°F201K", "ticket #48620", "PV n° BR.20.LL.118734/2026",
// "crime ref 13260611284", "Réf. interne : GRM-2026-0311", "main courante n° 2026/004718"), any code with
// a digit; without one, a code shaped like a reference: capitals, then groups joined by hyphens with
// three digits or more ("CEOP-2611-9943", "SNC-4K7Q-82MX").

const refCues = [
  'cas', 'case', 'cases', 'dossier', 'dossiers', 'ticket', 'tickets', 'réf', 'ref', 'référence', 'reference', 'références', 'references',
  'pv', 'procès-verbal', 'proces-verbal', 'plainte', 'main courante', 'crime ref', 'crime reference', 'crime number', 'incident', 'log', 'modlog',
  'mod log', 'moderation log', 'signalement', 'report', 'rapport', 'récépissé', 'recepisse', 'case number', 'case no', 'ref no', 'affaire',
  'requête', 'requete', 'request', 'claim', 'complaint', 'fiche', 'suivi', 'numéro de dossier', 'numéro de plainte', 'parquet',
]
const refCueRe = new RegExp(`(?<![${W}])(?:${refCues.map(c => c.replace(/ /gu, `${SP}+`)).join('|')})(?![${W}])\\.?(?:${SP}+(?:interne|internal|officielle?|police|plateforme|platform|number|num(?:éro|ero)?|no\\.?|id))?(?:${SP}*[:=#-]${SP}*|${SP}+|(?=n°|nº))(?:(?:n°|nº|no\\.|n\\.|num\\.?|#|number)${SP}*)?:?${SP}*(?=[\\p{L}\\p{N}])`, 'giu')
const codeRe = new RegExp(`^[\\p{L}\\p{N}](?:[\\p{L}\\p{N}]|[-./_](?=[\\p{L}\\p{N}]))*`, 'u')
// What follows a cue and is no reference: a date, a time, an ordinal, a count ("signalement 2", "case 3").
const notCodeRe = /^(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}h\d{0,2}|\d{1,2}:\d{2}|\d{1,4}(?:er|e|ème|eme|st|nd|rd|th)|\d{1,3})$/iu

function code(note: string, start: number): string | undefined {
  const text = codeRe.exec(note.slice(start, start + 40))?.[0]
  if (!text || !/\d/u.test(text) || notCodeRe.test(text)) return undefined
  return text
}

// A ticket's number written with a hash alone, as trackers write them: "#52204", "ticket #48620".
const hashRefRe = new RegExp(`(?<![${W}&#/])#\\d{4,}(?![${W}])`, 'gu')
const shapedRefRe = new RegExp(`(?<![${W}.-])\\p{Lu}{1,6}(?:-[\\p{Lu}\\d]{1,10}){1,4}(?![${W}]|-[\\p{L}\\d])`, 'gu')
// "Cas n°F201K" with a capital first: letters then at least three digits then letters ("NFRC261104527").
const mixedRefRe = new RegExp(`(?<![${W}.-])(?:\\p{Lu}{2,6}\\d{5,14}|\\p{Lu}\\d{3,}\\p{Lu}{1,3}|\\d{3,}\\p{Lu}{2,}\\d+)(?![${W}]|-[\\p{L}\\d])`, 'gu')

export const references: Detector = (note) => {
  const out: Finding[] = []
  for (const m of note.matchAll(refCueRe)) {
    const start = m.index + m[0].length
    // "n° de téléphone", "numéro de plainte": the cue goes on, no code yet.
    const text = code(note, start)
    // Four digits after "case" or "report" with no "n°" or "#" may be a year ("report 2024").
    if (text && !(/^(?:19|20)\d{2}$/u.test(text) && !/(?:n°|nº|#|no\.)/iu.test(m[0]))) {
      out.push(finding(note, 'reference', start, start + text.length))
    }
  }
  out.push(...each(hashRefRe, note, m => finding(note, 'reference', m.index + 1, m.index + m[0].length)))
  for (const re of [shapedRefRe, mixedRefRe]) {
    out.push(...each(re, note, (m) => {
      const digits = m[0].replace(/\D/gu, '').length
      return digits >= 3 ? finding(note, 'reference', m.index, m.index + m[0].length) : undefined
    }))
  }
  return out
}

// ---------------------------------------------------------------------------------------------------
// IBANs (ISO 13616): two letters, two check digits, then up to thirty letters and digits, written in
// groups of four or not. The check digits are verified by ibantools; one that fails (a typo, a digit
// missing) is still a bank account shaped like one, and is hidden all the same.

const ibanRe = new RegExp(`(?<![${W}])[A-Z]{2}\\d{2}(?:${SP}?[A-Z0-9]{4}){2,7}(?:${SP}?[A-Z0-9]{1,4})?(?![${W}])`, 'gu')

export const ibans: Detector = (note, lexicon) => each(ibanRe, note, (m) => {
  const compact = m[0].replace(/[^A-Z0-9]/gu, '')
  if (compact.length < 14 || compact.length > 34) return undefined
  const found = finding(note, 'iban', m.index, m.index + m[0].length)
  return lexicon.validIban(compact) ? found : { ...found, doubt: true }
})

// ---------------------------------------------------------------------------------------------------
// Licence plates. France: "GH-417-PK" (since 2009), "123 ABC 75" (before); Belgium: "1-KLM-482";
// the United Kingdom: "YK19 XRT"; Switzerland: the canton, then digits ("GE 481 227"), only with a word
// about a car or a plate before it.

const frPlateRe = new RegExp(`(?<![${W}-])(?:[A-HJ-NP-TV-Z]{2}[- ]\\d{3}[- ][A-HJ-NP-TV-Z]{2}|\\d{1,4}${SP}[A-Z]{2,3}${SP}(?:\\d{2}|2[AB]|97\\d))(?![${W}-])`, 'gu')
const bePlateRe = new RegExp(`(?<![${W}-])\\d[- ][A-Z]{3}[- ]\\d{3}(?![${W}-])`, 'gu')
const ukPlateRe = new RegExp(`(?<![${W}-])[A-Z]{2}\\d{2}${SP}?[A-Z]{3}(?![${W}-])`, 'gu')
const chPlateRe = new RegExp(`(?<![${W}-])(?:AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH)${SP}?\\d{1,3}(?:${SP}?\\d{3})?(?![${W}-])`, 'gu')
const plateCueRe = /(?:plaque|immatricul|plate|reg(?:istration)?|car|voiture|véhicule|vehicule|van|moto|scooter|camionnette)[^\n.]{0,30}$/iu

export const plates: Detector = note => [
  ...each(frPlateRe, note, m => finding(note, 'plate', m.index, m.index + m[0].length)),
  ...each(bePlateRe, note, m => finding(note, 'plate', m.index, m.index + m[0].length)),
  ...each(ukPlateRe, note, m => finding(note, 'plate', m.index, m.index + m[0].length)),
  ...each(chPlateRe, note, m => (m[0].replace(/\D/gu, '').length >= 3 && after(note, m.index, plateCueRe) ? finding(note, 'plate', m.index, m.index + m[0].length) : undefined)),
]

// ---------------------------------------------------------------------------------------------------
// Crypto wallets, by their shape: Bitcoin (bech32 "bc1…", or base58 starting with 1 or 3), Ethereum and
// its tokens ("0x" and 40 hexadecimal digits), Tron ("T…"), Litecoin, Monero. A wrong checksum does not
// make it less of an address someone uses, so none is checked.

const base58 = '[1-9A-HJ-NP-Za-km-z]'
const walletRe = new RegExp(`(?<![${W}])(?:bc1[02-9ac-hj-np-z]{11,71}|[13]${base58}{25,34}|0x[0-9a-fA-F]{40}|T${base58}{33}|[LM]${base58}{26,33}|4[0-9AB]${base58}{93})(?![${W}])`, 'gu')

export const wallets: Detector = note => each(walletRe, note, (m) => {
  // Base58 addresses mix capitals, small letters and digits: a long word is none.
  if (!/^(?:bc1|0x)/u.test(m[0]) && !(/\d/u.test(m[0]) && /\p{Lu}/u.test(m[0].slice(1)) && /\p{Ll}/u.test(m[0]))) return undefined
  return finding(note, 'wallet', m.index, m.index + m[0].length)
})
