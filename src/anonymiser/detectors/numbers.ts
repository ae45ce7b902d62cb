/** Platform IDs, IP addresses and phone numbers. */
import type { CountryCode } from 'libphonenumber-js/min'
import { digitsOf, publicNumbers } from '../public-numbers'
import { after, type Detector, each, finding, type Finding, SP, W } from '../text'

// Fifteen to twenty digits (Discord's have seventeen to nineteen).
const snowflakeRe = new RegExp(`(?<![${W}])\\d{15,20}(?![${W}])`, 'gu')
const labelledIdRe = new RegExp(
  `(?<![${W}])(?:ids?|identifiants?|identifiers?|snowflake)(?![${W}])(?:${SP}+(?:du|de|des|de${SP}+la|of|the|of${SP}+the|d[’'])?${SP}*\\p{L}+){0,2}?${SP}*(?:[:=#]|n°)?${SP}*(\\d{5,20})(?![${W}])`,
  'giu',
)

export const platformIds: Detector = note => [
  ...each(snowflakeRe, note, m => finding(note, 'platformId', m.index, m.index + m[0].length)),
  ...each(labelledIdRe, note, (m) => {
    const digits = m[1] ?? ''
    const start = m.index + m[0].length - digits.length
    return finding(note, 'platformId', start, start + digits.length)
  }),
]

// ---------------------------------------------------------------------------------------------------
// IP addresses: four numbers up to 255, or eight groups of hexadecimal digits, "::" standing for zeros.

const byte = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)'
const ipv4Re = new RegExp(`(?<![\\d.])${byte}(?:\\.${byte}){3}(?![\\d]|\\.\\d)`, 'gu')
const ipv6Re = /(?<![\p{L}\p{N}:])(?:[0-9a-f]{0,4}:){2,7}(?:[0-9a-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\p{L}\p{N}:])/giu

function isIpv6(text: string): boolean {
  const halves = text.split('::')
  if (halves.length > 2) return false
  const groups = halves.flatMap(h => (h === '' ? [] : h.split(':')))
  if (groups.some(g => !/^[0-9a-f]{1,4}$/iu.test(g) && !/^(?:\d{1,3}\.){3}\d{1,3}$/u.test(g))) return false
  if (halves.length === 1 ? groups.length !== 8 : groups.length > 7) return false
  // "23:14:05" is a time: an address has a letter, "::", or groups of more than two digits.
  return halves.length === 2 || groups.some(g => /[a-f]|\d{3}/iu.test(g))
}

export const ips: Detector = note => [
  ...each(ipv4Re, note, m => finding(note, 'ip', m.index, m.index + m[0].length)),
  ...each(ipv6Re, note, m => (isIpv6(m[0]) ? finding(note, 'ip', m.index, m.index + m[0].length) : undefined)),
]

// ---------------------------------------------------------------------------------------------------
// Phone numbers. French numbers are recognised by their shape; numbers with a country code, and numbers
// written the national way in another country ("020 7946 0018", "0470 98 76 54", "(202) 555-0147"),
// by libphonenumber-js: a number valid in one of the countries people here most often deal with, or only
// possible there when a cue ("tél", "WhatsApp", "reachable at") or the country's name is near.

const sep = '[ .\\-\\u00a0\\u202f]'
const frPhoneRe = new RegExp(`(?<![\\d+])(?:(?:\\+|00)33${SP}?(?:\\(0\\)${SP}?)?|0)[1-9](?:${sep}?\\d{2}){4}(?!\\d)`, 'gu')
const intlPhoneRe = new RegExp(`(?<![\\d+${W}])(?:\\+|00)\\d{1,3}(?:${sep}?\\(?\\d{1,4}\\)?){2,7}(?!\\d)`, 'gu')
// A national number: a leading 0 or an area code in brackets, then groups of digits.
const nationalRe = new RegExp(`(?<![\\d+${W}.,/-])(?:\\(\\d{2,4}\\)${SP}?|0\\d{1,4}${sep}?|[2-9]\\d{2}[-.])\\d{2,4}(?:${sep}?\\d{2,4}){1,3}(?![\\d${W}]|[.,-]\\d)`, 'gu')

const countries: CountryCode[] = ['FR', 'BE', 'CH', 'LU', 'GB', 'IE', 'US', 'CA', 'ES', 'IT', 'PT', 'NL', 'MA', 'DZ', 'TN', 'SN', 'CI']
const phoneCueRe = new RegExp(
  `(?:^|[^${W}])(?:t[ée]l[ée]?(?:phone)?|tel\\.?|t[ée]l\\.|portable|mobile|fixe|num[ée]ro|num|joint|joignable|appel[ée]?e?|rappel[ée]?e?|appell?e(?:nt|r|z)?|rappell?e(?:nt|r|z)?|whatsapp|sms|texto|phone|phoned|phoning|number|no\\.|call(?:ed|s)?|rang|rings?|ringing|dial(?:l)?ed|texts?|text(?:ed|ing)|reachable|line|cell|landline|belge|suisse|britannique|anglais|am[ée]ricain|canadien|espagnol|italien|marocain|alg[ée]rien|tunisien|belgian|swiss|british|uk|us|american|canadian|irish)(?![${W}])[^\\n]{0,24}$`,
  'iu',
)

export const phones: Detector = (note, lexicon) => {
  const out: Finding[] = each(frPhoneRe, note, m => finding(note, 'phone', m.index, m.index + m[0].length))
  out.push(...each(intlPhoneRe, note, (m) => {
    const digits = m[0].replace(/\D/g, '').replace(/^00/, '')
    const number = lexicon.parsePhone(`+${digits}`)
    // E.164 allows at most fifteen digits; the library knows each country's lengths.
    // A closing bracket belongs to the sentence when no bracket opened inside the number: "(+233 24 412 7790)".
    const text = m[0].endsWith(')') && !m[0].includes('(') ? m[0].slice(0, -1) : m[0]
    return digits.length >= 8 && digits.length < 16 && number?.isPossible() ? finding(note, 'phone', m.index, m.index + text.length) : undefined
  }))
  out.push(...each(nationalRe, note, (m) => {
    const digits = m[0].replace(/\D/g, '').length
    if (digits < 9 || digits > 12) return undefined
    const cued = after(note, m.index, phoneCueRe)
    const numbers = countries.map(country => lexicon.parsePhone(m[0], country)).filter(n => n !== undefined)
    const found = finding(note, 'phone', m.index, m.index + m[0].length)
    if (numbers.some(n => n.isValid() || (cued && n.isPossible()))) return found
    // Safe by default: a number one of these countries could have is hidden, by doubt.
    return numbers.some(n => n.isPossible()) ? { ...found, doubt: true } : undefined
  }))
  return out.filter(f => !publicNumbers.has(digitsOf(f.text)))
}
